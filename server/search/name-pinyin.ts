import { namePinyinText } from '@core/identity';
import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Readings of name characters pinyin-pro has none for, added as the hall meets them: 𠮷 (U+20BB7, a form
 * of 吉 used in surnames, 《通用规范汉字表》 does not list it; read jí). Registered with pinyin-pro's
 * `customPinyin` when this module loads, so every name below reads them; pinyin-pro is used nowhere else.
 */
export const NAME_READINGS: Readonly<Record<string, string>> = { 𠮷: 'jí' };
customPinyin(NAME_READINGS);

/**
 * The lower-case pinyin initials of a Chinese name, for sorting and display: '周志远' → 'zzy', '单田芳' →
 * 'stf' (the surname reading, `surname: 'head'`), '阿依古丽·买买提' → 'ayglmmt', '𠮷振华' → 'jzh' (NAME_READINGS).
 * Characters with no reading (the middle dot, digits, rare characters outside the BMP such as '𡒄') are left
 * out; ASCII letters of a Latin name are kept. Returns null when nothing is left.
 */
export function pinyinInitials(name: string): string | null {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return initials === '' ? null : initials;
}

/**
 * The full pinyin of a name as searched (core/identity name-pinyin: syllables, lower-case, one space apart,
 * ü as v): '李四' → 'li si', '单田芳' → 'shan tian fang' and '曾小贤' → 'zeng xiao xian' (surname readings,
 * `surname: 'head'`), '吕布' → 'lv bu', 'John Smith' → 'john smith' (a run of Latin letters is one
 * syllable; pinyin-pro gives them a letter at a time). Null when the name has no letter to search by.
 */
export function namePinyin(name: string): string | null {
  const readings = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  const characters = [...name];
  const syllables: string[] = [];
  let latin = false;
  // pinyin-pro gives one reading per character (code point), so they line up with the characters.
  for (const [i, reading] of readings.entries()) {
    const isLatin = readings.length === characters.length && /^[A-Za-z]$/.test(characters[i] ?? '');
    if (isLatin && latin) syllables[syllables.length - 1] += reading;
    else syllables.push(reading);
    latin = isLatin;
  }
  return namePinyinText(syllables);
}

/**
 * The stored pinyin of a staff member's display name (`users.name_pinyin`): `namePinyin`, or '' when the
 * name has no letter to search by — never null, which marks a row the start-up backfill has still to fill
 * (backfill-name-pinyin.ts; migration 0016).
 */
export const staffNamePinyin = (displayName: string): string => namePinyin(displayName) ?? '';

/** Both stored forms of a name's pinyin, for the `persons` and `lawyers` rows that keep them. */
export const namePinyinColumns = (
  name: string,
): { namePinyinInitials: string | null; namePinyin: string | null } => ({
  namePinyinInitials: pinyinInitials(name),
  namePinyin: namePinyin(name),
});
