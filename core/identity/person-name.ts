/** The middle dot we store between the parts of a transliterated name (e.g. 阿依古丽·买买提). */
export const MIDDLE_DOT = '\u00B7';

/** The longest name accepted, in code points (a character outside the BMP such as '𠮷' counts once). */
export const MAX_PERSON_NAME_LENGTH = 50;

/**
 * Dots typed in place of U+00B7: • U+2022 bullet, ‧ U+2027 hyphenation point, ・ U+30FB katakana
 * middle dot, ･ U+FF65 half-width katakana middle dot, · U+0387 Greek ano teleia, ∙ U+2219
 * bullet operator, ⋅ U+22C5 dot operator, ⸱ U+2E31 word separator middle dot.
 */
const DOT_VARIANTS = /[\u00B7\u0387\u2022\u2027\u2219\u22C5\u2E31\u30FB\uFF65]/gu;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
const FULL_WIDTH_LATIN = /[\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

export const PERSON_NAME_MESSAGES = {
  empty: '姓名不能为空',
  tooLong: `姓名不能超过${MAX_PERSON_NAME_LENGTH}个字`,
  invalidCharacter: '姓名含有无效字符（如控制字符或不完整的生僻字编码）',
} as const;

/**
 * The canonical form of a person's name, for storing and matching:
 * - zero-width characters removed; whitespace of any kind (incl. U+3000) trimmed at both ends
 *   and collapsed to one ASCII space inside;
 * - middle-dot variants (see DOT_VARIANTS) → U+00B7, with no space on either side
 *   ('艾力 • 买买提' → '艾力·买买提');
 * - full-width Latin letters → ASCII ('ＭＡＲＹ' → 'MARY'); nothing else changes case or form.
 * Characters outside the BMP (生僻字 such as '𠮷', '𡒄') are kept intact; no Unicode
 * normalisation is applied, as NFC would replace CJK compatibility ideographs.
 * Never throws (a non-string gives '').
 */
export function normalizePersonName(raw: string): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH_LATIN, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DOT_VARIANTS, MIDDLE_DOT)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?\u00B7 ?/gu, MIDDLE_DOT);
}

export type PersonNameResult =
  | { ok: true; name: string }
  | { ok: false; code: 'EMPTY' | 'TOO_LONG' | 'INVALID_CHARACTER'; message: string };

/**
 * Normalises (see `normalizePersonName`) and validates a person's name. Refuses, with a Chinese
 * message: an empty name (EMPTY), one longer than 50 code points (TOO_LONG), one holding control
 * characters or a lone UTF-16 surrogate, i.e. half of a character outside the BMP
 * (INVALID_CHARACTER). Never throws.
 */
export function validatePersonName(raw: string): PersonNameResult {
  const name = normalizePersonName(raw);
  if (name === '') return { ok: false, code: 'EMPTY', message: PERSON_NAME_MESSAGES.empty };
  if (/[\p{Cc}\p{Cs}]/u.test(name)) {
    return { ok: false, code: 'INVALID_CHARACTER', message: PERSON_NAME_MESSAGES.invalidCharacter };
  }
  if ([...name].length > MAX_PERSON_NAME_LENGTH) {
    return { ok: false, code: 'TOO_LONG', message: PERSON_NAME_MESSAGES.tooLong };
  }
  return { ok: true, name };
}
