/**
 * Matter and document numbers in the official style (ARCHITECTURE "Data"; GB/T 9704-2012 发文字号):
 * the organisation's short name, the service's type word, the year in 六角括号 〔〕 and the sequence
 * as 第NNNN号, e.g. '包法援〔2026〕第0001号'. Sequences are unique per printed series (short name and
 * type word, '包法援') and year, not per organisation, since organisations may share a short name; the
 * server allocates them inside the transaction; this file only formats and parses.
 */

/** The sequence is zero-padded to this many digits; larger sequences simply have more digits. */
export const MATTER_SEQUENCE_DIGITS = 4;

/** The type word of a legal-aid matter. */
export const LEGAL_AID_TYPE_WORD = '法援';

export interface MatterNumberParts {
  /** The organisation's short name, e.g. '包' (包头市), '昆' (昆都仑区). Chinese characters only. */
  orgShort: string;
  year: number;
  /** 1 or more. */
  seq: number;
  /** The type word; default '法援'. */
  typeWord?: string;
}

const HAN = /^\p{Script=Han}{1,8}$/u;

/**
 * `formatMatterNumber({ orgShort: '包', year: 2026, seq: 1 })` → '包法援〔2026〕第0001号'.
 * Throws RangeError on an orgShort or typeWord that is not 1–8 Chinese characters, a year outside
 * 2000–9999, or a sequence that is not a safe integer ≥ 1.
 */
export function formatMatterNumber(parts: MatterNumberParts): string {
  const typeWord = parts.typeWord ?? LEGAL_AID_TYPE_WORD;
  if (typeof parts.orgShort !== 'string' || !HAN.test(parts.orgShort))
    throw new RangeError(`orgShort must be 1–8 Chinese characters, got ${JSON.stringify(parts.orgShort)}`);
  if (!HAN.test(typeWord))
    throw new RangeError(`typeWord must be 1–8 Chinese characters, got ${JSON.stringify(typeWord)}`);
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 9999)
    throw new RangeError(`year must be an integer 2000–9999, got ${JSON.stringify(parts.year)}`);
  if (!Number.isSafeInteger(parts.seq) || parts.seq < 1)
    throw new RangeError(`seq must be an integer ≥ 1, got ${JSON.stringify(parts.seq)}`);
  const seq = String(parts.seq).padStart(MATTER_SEQUENCE_DIGITS, '0');
  return `${parts.orgShort}${typeWord}〔${parts.year}〕第${seq}号`;
}

// Brackets people type instead of 〔〕: [] ［］ 【】 () （） ﹝﹞ 〖〗.
const OPEN = '[〔\\[［【(（﹝〖]';
const CLOSE = '[〕\\]］】)）﹞〗]';
const PATTERN = new RegExp(
  `^(\\p{Script=Han}{2,16})\\s*${OPEN}\\s*(\\d{4})\\s*${CLOSE}\\s*第?\\s*(\\d+)\\s*号?$`,
  'u',
);

/**
 * Parses a number as typed: surrounding blanks, full-width digits, the usual wrong brackets and a
 * missing 第 or 号 are accepted ('包法援[2026]1号'). With `typeWord` (default '法援') the type word
 * must be that one, and what precedes it is the org. Returns undefined when the text is not a
 * matter number; format the result again to get the canonical spelling.
 */
export function parseMatterNumber(
  text: string,
  typeWord: string = LEGAL_AID_TYPE_WORD,
): Required<MatterNumberParts> | undefined {
  if (typeof text !== 'string') return undefined;
  const normalized = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  // NFKC maps full-width brackets and digits to ASCII, and 〔〕 stay as they are.
  const match = PATTERN.exec(normalized);
  if (!match) return undefined;
  const head = match[1] ?? '';
  if (!head.endsWith(typeWord) || head.length === typeWord.length) return undefined;
  const orgShort = head.slice(0, head.length - typeWord.length);
  const year = Number(match[2]);
  const seq = Number(match[3]);
  if (year < 2000 || !Number.isSafeInteger(seq) || seq < 1) return undefined;
  return { orgShort, year, seq, typeWord };
}
