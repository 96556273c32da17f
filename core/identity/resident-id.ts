import { businessDateOf } from '../calendar/business-date';
import { findDateParts, isIsoDate } from '../calendar/iso-date';
import { divisionWarnings } from './divisions';
import { normalizeIdentifier } from './normalize-text';

/** A valid resident ID number, normalised to 18 characters. */
export interface ResidentIdOk {
  ok: true;
  /** The 18-character number (upper-case X); a 15-digit number comes back upgraded. */
  id: string;
  /** Birth date, `YYYY-MM-DD`. */
  birthDate: string;
  /** From the 17th digit: odd = male, even = female. */
  sex: 'male' | 'female';
  /** Digits 1–6: the county-level division code (GB/T 2260) where the number was issued. */
  divisionCode: string;
  /** Things staff should look at, in Chinese; they do not make the number invalid. */
  warnings: string[];
}

/** Why a resident ID number was refused; `message` is Chinese, for the user. */
export interface ResidentIdError {
  ok: false;
  code: 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';
  message: string;
}

export type ResidentIdResult = ResidentIdOk | ResidentIdError;

/** ISO 7064 MOD 11-2 weights 2^(17−i) mod 11 for positions 1–17 (GB 11643-1999 §7). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for S mod 11 = 0…10. */
const CHECK_CHARS = '10X98765432';

/** Birth dates before this are refused: no living holder, and the 15-digit upgrade assumes 19xx. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

export const RESIDENT_ID_MESSAGES = {
  length: '公民身份号码应为18位（或15位旧号码）',
  characters: '公民身份号码只能由数字组成，18位号码的最后一位可以是X',
  birthDateInvalid: '出生日期无效',
  checkDigit: '校验码错误，请核对号码',
  upgraded: '15位旧号码已升级为18位',
  residencePermit: '该号码为港澳台居民居住证号码，请按居住证登记',
} as const;

/**
 * The check character (0–9 or X) of the first 17 digits of a resident ID number, by ISO 7064
 * MOD 11-2 (GB 11643-1999): S = Σ digit × weight, check = (12 − S mod 11) mod 11, 10 written X.
 * Throws RangeError unless `body` is exactly 17 ASCII digits.
 */
export function residentIdCheckChar(body: string): string {
  if (!/^\d{17}$/.test(body)) throw new RangeError(`expected 17 digits, got ${JSON.stringify(body)}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Upgrades a 15-digit number (GB 11643-1989: division 6 + YYMMDD + sequence 3, no check digit)
 * to 18 characters: '19' goes before the 2-digit year and the check character is appended.
 * Throws RangeError unless `old` is exactly 15 ASCII digits.
 */
export function upgradeResidentId15(old: string): string {
  if (!/^\d{15}$/.test(old)) throw new RangeError(`expected 15 digits, got ${JSON.stringify(old)}`);
  const body = `${old.slice(0, 6)}19${old.slice(6)}`;
  return body + residentIdCheckChar(body);
}

function birthDateProblem(birthDate: string, today: string): string | undefined {
  if (!findDateParts(birthDate)) return `${RESIDENT_ID_MESSAGES.birthDateInvalid}：${birthDate} 不是真实日期`;
  if (birthDate < EARLIEST_BIRTH_DATE) return `${RESIDENT_ID_MESSAGES.birthDateInvalid}：早于1900年1月1日`;
  if (birthDate > today) return `${RESIDENT_ID_MESSAGES.birthDateInvalid}：晚于今天（${today}）`;
  return undefined;
}

/**
 * Parses a resident ID number (公民身份号码, GB 11643-1999; 居民身份证法 第三条).
 *
 * - Normalises first: full-width digits and letters → ASCII, lower-case x → X, and all
 *   whitespace removed (ASCII and full-width spaces, tabs, zero-width). Hyphens and other
 *   punctuation are NOT stripped: they make the number a FORMAT error, since an ID is never
 *   written with them and stripping could hide a mistyped number.
 * - 18 characters: 17 digits + check (digit or X), verified by ISO 7064 MOD 11-2.
 * - 15 digits (GB 11643-1989, born 19xx): upgraded to 18 (see `upgradeResidentId15`), with the
 *   warning '15位旧号码已升级为18位'; store the upgraded number (rules R32).
 * - Birth date (digits 7–14) must exist, be on or after 1900-01-01 and not after `today`
 *   (a `YYYY-MM-DD` business date; default: today in Beijing). Checked before the check digit,
 *   because its message is more specific.
 * - The division code (digits 1–6) is a plausibility check only: an unknown province prefix
 *   or Baotou county code is a warning, not a refusal (old codes stay valid).
 *
 * Returns `{ ok: true, id, birthDate, sex, divisionCode, warnings }` or `{ ok: false, code,
 * message }` with code FORMAT, BIRTH_DATE or CHECK_DIGIT and a Chinese message. Throws
 * RangeError only when `options.today` is given and is not a real `YYYY-MM-DD` date.
 */
export function parseResidentId(raw: string, options: { today?: string } = {}): ResidentIdResult {
  const today = options.today ?? businessDateOf(new Date());
  if (!isIsoDate(today)) {
    throw new RangeError(
      `today must be a real calendar date in YYYY-MM-DD form, got ${JSON.stringify(today)}`,
    );
  }
  const cleaned = normalizeIdentifier(raw);
  const warnings: string[] = [];
  let id: string;
  if (cleaned.length === 18) {
    if (!/^\d{17}[\dX]$/.test(cleaned))
      return { ok: false, code: 'FORMAT', message: RESIDENT_ID_MESSAGES.characters };
    id = cleaned;
  } else if (cleaned.length === 15) {
    if (!/^\d{15}$/.test(cleaned))
      return { ok: false, code: 'FORMAT', message: RESIDENT_ID_MESSAGES.characters };
    id = upgradeResidentId15(cleaned);
    warnings.push(RESIDENT_ID_MESSAGES.upgraded);
  } else {
    return { ok: false, code: 'FORMAT', message: RESIDENT_ID_MESSAGES.length };
  }

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const problem = birthDateProblem(birthDate, today);
  if (problem) return { ok: false, code: 'BIRTH_DATE', message: problem };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return { ok: false, code: 'CHECK_DIGIT', message: RESIDENT_ID_MESSAGES.checkDigit };
  }

  const divisionCode = id.slice(0, 6);
  // Residence permits for HK, Macao and Taiwan residents use 810000/820000/830000 (rules §8.1, UNCONFIRMED).
  if (divisionCode === '810000' || divisionCode === '820000' || divisionCode === '830000') {
    warnings.push(RESIDENT_ID_MESSAGES.residencePermit);
  } else {
    warnings.push(...divisionWarnings(divisionCode));
  }
  const sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, id, birthDate, sex, divisionCode, warnings };
}

/**
 * Masks an ID number for lists and logs (ARCHITECTURE, rules R37): the first 4 and last 4
 * characters stay, every character between becomes '*', e.g. '150203199001011234' →
 * '1502**********1234' (10 stars for 18 characters). A value of 8 characters or fewer is masked
 * completely. Counts code points, never throws.
 */
export function maskResidentId(id: string): string {
  const chars = [...(typeof id === 'string' ? id : '')];
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}
