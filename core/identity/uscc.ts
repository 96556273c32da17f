import { PROVINCE_DIVISIONS, UNKNOWN_DIVISION } from './divisions';
import { normalizeIdentifier } from './normalize-text';

/** A valid unified social credit code. */
export interface UsccOk {
  ok: true;
  /** The 18-character code, upper case. */
  code: string;
  /** Things staff should look at, in Chinese; they do not make the code invalid. */
  warnings: string[];
}

/** Why a USCC was refused; `message` is Chinese, for the user. */
export interface UsccError {
  ok: false;
  code: 'FORMAT' | 'CHECK_CODE';
  message: string;
}

export type UsccResult = UsccOk | UsccError;

/** GB 32100-2015 code characters, valued 0–30 in this order (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^(i−1) mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const USCC_MESSAGES = {
  length: '统一社会信用代码应为18位',
  characters: '统一社会信用代码含有无效字符（只能是数字和除I、O、S、V、Z以外的大写字母）',
  division: '统一社会信用代码第3至8位应为6位数字的行政区划代码',
  checkCode: '校验码错误，请核对代码',
} as const;

/**
 * The check character of the first 17 characters of a USCC (GB 32100-2015): T = Σ value × 3^(i−1)
 * mod 31, check = (31 − T mod 31) mod 31, written with `USCC_ALPHABET`.
 * Throws RangeError unless `body` is 17 characters of that alphabet.
 */
export function usccCheckChar(body: string): string {
  if (body.length !== 17) throw new RangeError(`expected 17 characters, got ${JSON.stringify(body)}`);
  let total = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(body[i] ?? '');
    if (value < 0) throw new RangeError(`not a USCC character: ${JSON.stringify(body[i])}`);
    total += value * (WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (total % 31)) % 31] ?? '';
}

/**
 * Parses a unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * - Normalises first: full-width → ASCII, lower case → upper case, whitespace removed.
 * - FORMAT unless 18 characters from `USCC_ALPHABET`, with digits in positions 3–8 (the
 *   division code). Position 1 (registration authority) may be a letter: A, N and Y exist
 *   (unlike python-stdnum, which wants 1–8 all digits; rules R33).
 * - CHECK_CODE unless position 18 matches `usccCheckChar`.
 * - Warning '行政区划代码未知' when the division code's province prefix is unknown ('10',
 *   national-level registrations, counts as known).
 *
 * Returns `{ ok: true, code, warnings }` or `{ ok: false, code, message }` (Chinese message).
 * Never throws.
 */
export function parseUscc(raw: string): UsccResult {
  const code = normalizeIdentifier(raw);
  if (code.length !== 18) return { ok: false, code: 'FORMAT', message: USCC_MESSAGES.length };
  for (const c of code) {
    if (!USCC_ALPHABET.includes(c)) return { ok: false, code: 'FORMAT', message: USCC_MESSAGES.characters };
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) return { ok: false, code: 'FORMAT', message: USCC_MESSAGES.division };
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) {
    return { ok: false, code: 'CHECK_CODE', message: USCC_MESSAGES.checkCode };
  }
  const province = division.slice(0, 2);
  const warnings = province === '10' || PROVINCE_DIVISIONS[province] ? [] : [UNKNOWN_DIVISION];
  return { ok: true, code, warnings };
}
