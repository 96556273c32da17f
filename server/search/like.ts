/**
 * LIKE / ILIKE patterns from text a user typed. `%`, `_` and `\` are escaped with a backslash (PostgreSQL's
 * default LIKE escape character), so a search for '%' finds only values containing a literal '%'.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Matches values containing `value` anywhere. */
export const containsPattern = (value: string): string => `%${escapeLike(value)}%`;
