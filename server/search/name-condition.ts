import { namePinyinPattern, pinyinQuery } from '@core/identity';
import { type AnyColumn, ilike, or, type SQL, sql } from 'drizzle-orm';
import { containsPattern } from './like';

/**
 * A name matching what was typed: the name column containing it (literal, any case), or, when it reads as
 * pinyin, the stored full pinyin (`name_pinyin`, server/search/name-pinyin.ts) matching it from any
 * syllable — full, initials or a mixture (core/identity name-pinyin; namePinyinPattern says how the
 * database filters it). For every search of people by name:
 * persons, legal-aid applicants, matter parties, lawyers, staff.
 */
export function nameCondition(columns: { name: AnyColumn; pinyin: AnyColumn }, q: string): SQL {
  const byName = ilike(columns.name, containsPattern(q));
  const key = pinyinQuery(q);
  return key ? or(byName, sql`${columns.pinyin} ~ ${namePinyinPattern(key)}`)! : byName;
}
