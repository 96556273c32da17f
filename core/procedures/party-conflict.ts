/**
 * The conflict-of-interest rule of the window matters' conflict check (一厅通办: one person, many
 * matters). A conflict is a person standing on OPPOSITE sides — the one who asks against the one asked
 * against — either in another open matter or within the same matter. Two co-applicants, or a person who
 * is an applicant here and an applicant elsewhere, are on the same side: no conflict. Agents and third
 * parties take no side by their role, so they never conflict by role alone.
 *
 * Basis: 律师法 第三十九条 (a lawyer may not act for both parties in the same case, nor in a matter with
 * a conflict of interest) and 人民调解法 第二十一条 (the mediator 主持公道); the check only warns, the staff
 * member decides.
 */

/** The side a party role stands on: the one who asks, the one asked against, or neither. */
export type PartySide = 'asking' | 'opposing' | null;

const SIDE: Record<string, PartySide> = {
  applicant: 'asking',
  client: 'asking',
  complainant: 'asking',
  respondent: 'opposing',
  'opposing-party': 'opposing',
  agent: null,
  'third-party': null,
};

/** The side of a party role (unknown roles: none). */
export function sideOf(role: string): PartySide {
  return SIDE[role] ?? null;
}

/** True when a person in `role` here and in `otherRole` elsewhere stands on opposite sides. */
export function opposingSides(role: string, otherRole: string): boolean {
  const mine = sideOf(role);
  const theirs = sideOf(otherRole);
  return mine !== null && theirs !== null && mine !== theirs;
}

/** One party of a matter, `key` naming the person (person id, ID-number hash or name). */
export interface KeyedParty {
  key: string;
  role: string;
}

/**
 * The parties of one matter that are the same person on both sides (e.g. applicant and respondent):
 * each such pair once, in list order. Same-side duplicates (two co-applicants) are no conflict.
 */
export function selfConflicts<T extends KeyedParty>(parties: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (const [i, a] of parties.entries())
    for (const b of parties.slice(i + 1))
      if (a.key === b.key && opposingSides(a.role, b.role)) pairs.push([a, b]);
  return pairs;
}
