/**
 * Finding a person by the pinyin of their name, as Chinese address books do. A name's pinyin is stored as
 * its syllables, lower-case, separated by one space: 李四 → 'li si', 单田芳 → 'shan tian fang' (the surname
 * reading), 阿依古丽·买买提 → 'a yi gu li mai mai ti'; ü is written v (吕 → 'lv'), and a run of Latin
 * letters counts as one syllable ('John Smith' → 'john smith'). server/search/name-pinyin.ts builds it.
 *
 * The rule: what the user types, lower-cased and without spaces or apostrophes, must be consecutive
 * syllables of the name in order, starting at any of them, each typed in full or shortened to any
 * non-empty beginning. So for 李四 ('li si'): `l`, `li`, `ls`, `lis`, `lisi`, `lsi`, `li si`, `LiSi`,
 * and the given name alone, `s` and `si`, all match; `i` (not a syllable's beginning), `lss`, `lii` and
 * `sili` (out of order) do not. For 周志远 ('zhou zhi yuan'): `zzy`, `zhouzy`, `zhouzhiyuan`, and from the
 * given name `zhiyuan`, `zy`, `zhiy`, `yuan`; a syllable in the middle cannot be left out (`zhouyuan`
 * does not match). The user's `u` also matches ü (`lu` and `lv` both find 吕).
 */

/**
 * The syllables of a name in their stored form (see above): lower-cased, ü → v, anything but a–z dropped,
 * empty syllables left out. Null when nothing is left (e.g. a name of characters outside the BMP only).
 */
export function namePinyinText(syllables: readonly string[]): string | null {
  const kept = syllables
    .map((s) =>
      s
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z]/g, ''),
    )
    .filter((s) => s !== '');
  return kept.length === 0 ? null : kept.join(' ');
}

/**
 * What the user typed as a pinyin search key: lower-cased, spaces and apostrophes (xi'an) removed, ü → v.
 * Null when it is not pinyin (anything but Latin letters, spaces and apostrophes, or nothing at all).
 */
export function pinyinQuery(typed: string): string | null {
  const key = typed
    .toLowerCase()
    .replace(/[\s'’]+/gu, '')
    .replace(/ü/g, 'v');
  return /^[a-z]+$/.test(key) ? key : null;
}

/** Whether the user's letter `typed` stands for the stored letter `stored` (u also for ü, stored v). */
const sameLetter = (typed: string, stored: string) => typed === stored || (typed === 'u' && stored === 'v');

/**
 * Whether a pinyin search key (from `pinyinQuery`) matches a name's stored pinyin (from `namePinyinText`):
 * the rule above. Linear in the key × the name (each letter either continues the current syllable or
 * starts the next one; both are tried, from every syllable at once).
 */
export function matchesNamePinyin(namePinyin: string, key: string): boolean {
  if (key === '') return false;
  const syllables = namePinyin.split(' ');
  // Where the letters typed so far can end: [syllable, letters of it used]. Before the first letter, at
  // the beginning of any syllable: [s, 0] lets the first letter begin syllable s.
  let ends: [number, number][] = syllables.map((_, s) => [s, 0]);
  for (const letter of key) {
    const next = new Map<string, [number, number]>();
    for (const [s, used] of ends) {
      const current = syllables[s] ?? '';
      if (used < current.length && sameLetter(letter, current[used]!))
        next.set(`${s}:${used + 1}`, [s, used + 1]);
      const following = syllables[s + 1];
      if (used > 0 && following && sameLetter(letter, following[0]!)) next.set(`${s + 1}:1`, [s + 1, 1]);
    }
    if (next.size === 0) return false;
    ends = [...next.values()];
  }
  return true;
}

/**
 * The same rule as a regular expression over the stored pinyin, for PostgreSQL (`name_pinyin ~ pattern`;
 * the syntax is common to PostgreSQL and JavaScript): the first letter at the beginning of a syllable
 * (`(?:^| )`, the start of the text or after a space), each later letter either following the previous
 * one in its syllable or beginning the next syllable (`(?:[a-z]* )?` skips the rest of a syllable and its
 * space). 'lis' → `(?:^| )l(?:[a-z]* )?i(?:[a-z]* )?s`. `key` must come from `pinyinQuery`.
 *
 * No index serves it, nor did one serve the earlier pattern anchored at the start of the text (`^l…`):
 * `name_pinyin` has no index (a left-anchored regular expression would need a `text_pattern_ops` btree),
 * and the search ORs it with the name's substring (`name ILIKE '%…%'`), which no btree serves either. So
 * a search reads the rows of the actor's scope (`org_id`) and filters them, as before; matching at any
 * syllable keeps that plan and costs about 1.5× the anchored pattern per row (measured on PostgreSQL 15:
 * 200,000 names filtered in 0.18–0.27 s against 0.11–0.18 s for `^…`, a loaded 2-core machine). That
 * suits the tables' sizes (a city's persons, its lawyers, a few thousand staff). Were a scope's persons to
 * grow into millions, the remedy would be a search key of its own (say each syllable-start suffix's
 * initials, prefix-indexed, re-checked with this pattern), not a return to matching the first syllable only.
 */
export function namePinyinPattern(key: string): string {
  if (!/^[a-z]+$/.test(key)) throw new Error(`not a pinyin search key: ${JSON.stringify(key)}`);
  return `(?:^| )${[...key].map((letter) => (letter === 'u' ? '[uv]' : letter)).join('(?:[a-z]* )?')}`;
}
