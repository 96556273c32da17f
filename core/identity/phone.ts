import { toHalfWidth } from './normalize-text';

export type PhoneResult = { ok: true; phone: string } | { ok: false; code: 'FORMAT'; message: string };

/** Mainland mobile: 11 digits, 1[3-9]… (MIIT numbering plan). */
const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Landline with trunk prefix and area code: 010 / 02X + 8-digit subscriber number, or a
 * 4-character area code 0[3-9]XX + 7- or 8-digit subscriber number that does not start with 0.
 */
const LANDLINE = /^(?:0(?:10|2\d)[1-9]\d{7}|0[3-9]\d{2}[1-9]\d{6,7})$/;
/** Separators people type inside phone numbers: spaces, hyphens and dashes, parentheses. */
const SEPARATORS = /[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212()]/gu;

export const PHONE_MESSAGES = {
  format: '电话号码格式不正确：应为11位手机号码，或带区号的固定电话（如 0472-1234567）',
} as const;

/**
 * Normalises a contact phone number to digits only.
 *
 * - Full-width digits → ASCII; spaces (incl. U+3000), hyphens/dashes and parentheses removed;
 *   a leading '+86', '0086' or '86' (the last only before an 11-digit mobile) removed. After
 *   +86/0086 a landline written without its trunk 0 ('+86 472 1234567', '+86 10 87654321') gets
 *   the 0 back.
 * - Accepts mainland mobiles (11 digits, 1[3-9]…) → e.g. '13812345678', and landlines with
 *   area code → digits with the area code, e.g. '0472-1234567' → '04721234567'.
 * - Refuses (FORMAT, Chinese message) landlines without area code, extensions, service
 *   numbers (12348, 95xxx, 400…), foreign numbers and anything else.
 *
 * Never throws.
 */
export function normalizePhone(raw: string): PhoneResult {
  let digits = toHalfWidth(typeof raw === 'string' ? raw : '').replace(SEPARATORS, '');
  let international = false;
  if (digits.startsWith('+86')) {
    digits = digits.slice(3);
    international = true;
  } else if (digits.startsWith('0086')) {
    digits = digits.slice(4);
    international = true;
  } else if (/^861[3-9]\d{9}$/.test(digits)) {
    digits = digits.slice(2);
  }
  if (international && !MOBILE.test(digits) && !digits.startsWith('0')) digits = `0${digits}`;
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return { ok: true, phone: digits };
  return { ok: false, code: 'FORMAT', message: PHONE_MESSAGES.format };
}

/**
 * Masks a phone number for lists and logs (rules R37). The number is normalised first. A mobile
 * keeps its first 3 and last 4 digits: '13812345678' → '138****5678'. A landline keeps its area
 * code and last 4 digits: '04721234567' → '0472***4567', '01087654321' → '010****4321'.
 * Anything that is not a valid number is masked completely (one '*' per character). Never throws.
 */
export function maskPhone(phone: string): string {
  const result = normalizePhone(phone);
  if (!result.ok) return '*'.repeat([...(typeof phone === 'string' ? phone : '')].length);
  const digits = result.phone;
  const keepStart = MOBILE.test(digits) ? 3 : /^0(?:10|2\d)/.test(digits) ? 3 : 4;
  return digits.slice(0, keepStart) + '*'.repeat(digits.length - keepStart - 4) + digits.slice(-4);
}
