import { pinyin } from 'pinyin-pro';

/**
 * The lower-case pinyin initials of a Chinese name, for search: '周志远' → 'zzy', '单田芳' → 'stf' (the
 * surname reading, `surname: 'head'`), '阿依古丽·买买提' → 'ayglmmt'. Characters pinyin-pro does not know
 * (the middle dot, digits, characters outside the BMP such as '𠮷') are left out; ASCII letters of a
 * Latin name are kept. Returns null when nothing is left.
 */
export function pinyinInitials(name: string): string | null {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return initials === '' ? null : initials;
}
