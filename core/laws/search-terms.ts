/**
 * Full-text search over Chinese statute text without a word segmenter. Chinese writes no spaces, and a
 * word such as 工资 must be found inside 用人单位应当按时足额支付劳动者工资, so the index holds every
 * character pair (bigram) of a text plus every single character, and a term is looked up by its bigrams
 * (a one-character term by itself), then confirmed by a plain substring test. The keys are computed here, at
 * import and at query time, and stored as int8 codes (server/db/schema/laws.ts `search_grams`).
 */

/** At most this many terms per query, each at most this many characters. */
export const MAX_SEARCH_TERMS = 6;
export const MAX_TERM_LENGTH = 20;

/**
 * Splits what the user typed into distinct terms: on spaces and punctuation (Chinese and Latin), lower-cased.
 * `%` and `_` are ordinary characters here (the search is by substring, not LIKE).
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const part of query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,，。、；;：:！!？?（）()《》〈〉“”"'‘’【】[\]{}·…—]+/u)) {
    const term = [...part].slice(0, MAX_TERM_LENGTH).join('');
    if (term !== '' && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/**
 * The int8 key of one character (its code point) or of a character pair (first × 2^21 + second; code points
 * are below 2^21, so pairs never collide with single characters). int8 keys make the GIN index several
 * times faster to build than text keys.
 */
export function gramCode(first: string, second?: string): number {
  const a = first.codePointAt(0) ?? 0;
  return second === undefined ? a : a * 2 ** 21 + (second.codePointAt(0) ?? 0);
}

/** The index keys of a text: every character and every pair of neighbouring characters, lower-cased, distinct. */
export function textGrams(text: string): number[] {
  const chars = [...text.toLowerCase()];
  const grams = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    grams.add(gramCode(chars[i]!));
    if (i + 1 < chars.length) grams.add(gramCode(chars[i]!, chars[i + 1]));
  }
  return [...grams];
}

/**
 * The keys a term is looked up by: its pairs, or the character itself for a one-character term. A text holds
 * the term only if it holds all these keys; for terms of three or more characters the converse needs the
 * substring test too (甲乙 … 乙丙 is not 甲乙丙).
 */
export function queryGrams(term: string): number[] {
  const chars = [...term];
  if (chars.length <= 1) return chars.map((c) => gramCode(c));
  const grams: number[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = gramCode(chars[i]!, chars[i + 1]);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * An HTML snippet of `text` around the first match of any term, every match wrapped in `<mark>`, the rest
 * HTML-escaped (safe to insert as HTML). `radius` characters are kept on each side of the first match;
 * cut ends get an ellipsis. Matching is case-insensitive like the search.
 */
export function highlightSnippet(text: string, terms: readonly string[], radius = 60): string {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const first = merged[0];
  const start = first ? Math.max(0, first[0] - radius) : 0;
  const end = Math.min(text.length, (first ? first[1] : 0) + radius * (first ? 1 : 2));
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [from, to] of merged) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? `${html}…` : html;
}
