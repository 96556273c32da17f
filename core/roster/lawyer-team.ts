import { findDateParts } from '../calendar/iso-date';

/**
 * Admission rule of the 公共法律服务律师团 (public legal service lawyer team): a lawyer may join, and
 * stay, only with **at least 10 years of practice** and **no administrative penalty (行政处罚) and no
 * industry sanction (行业处分) on record** (docs: /work/shared/GLOSSARY.md "公共法律服务律师团"; the
 * bureau's own admission notice is the source, its document number is UNCONFIRMED in rules.md).
 *
 * Units and counting:
 * - Years of practice are counted in calendar years from `firstPracticeYear` (the year printed on the
 *   first practice licence; the roster keeps no month): `years = year(onDate) − firstPracticeYear`,
 *   where `onDate` is a Beijing business date (`YYYY-MM-DD`). A lawyer first licensed in any month of
 *   2016 has 10 years on every day of 2026 and qualifies from 2026-01-01.
 * - Every sanction decided on or before `onDate` bars the lawyer, however old: the rule names no
 *   look-back period. Sanctions decided after `onDate` are ignored, so a past date gives the answer
 *   as it stood that day.
 */

/** The least number of years of practice for team membership. */
export const TEAM_MIN_PRACTICE_YEARS = 10;

/** 行政处罚 (administrative penalty, by a justice bureau) or 行业处分 (industry sanction, by the bar association). */
export type SanctionKind = 'administrative-penalty' | 'industry-sanction';

export const SANCTION_KIND_LABELS: Record<SanctionKind, string> = {
  'administrative-penalty': '行政处罚',
  'industry-sanction': '行业处分',
};

export interface SanctionRecord {
  kind: SanctionKind;
  /** Date of the decision, `YYYY-MM-DD`. */
  decidedOn: string;
}

export interface TeamCandidate {
  /** Year of first practice (4-digit integer). */
  firstPracticeYear: number;
  sanctions: readonly SanctionRecord[];
}

export type TeamIneligibilityCode =
  | 'INSUFFICIENT_PRACTICE_YEARS'
  | 'ADMINISTRATIVE_PENALTY'
  | 'INDUSTRY_SANCTION';

export interface TeamIneligibilityReason {
  code: TeamIneligibilityCode;
  /** Chinese, shown to staff. */
  message: string;
}

export interface TeamEligibility {
  eligible: boolean;
  /** Empty when eligible; otherwise every reason, years first, then penalties, then industry sanctions. */
  reasons: TeamIneligibilityReason[];
  /** Whole years of practice on `onDate` (may be negative when the first practice year lies ahead). */
  practiceYears: number;
}

/**
 * Whether a lawyer meets the team's admission rule on business date `onDate` (see the module comment).
 * Returns every reason that bars the lawyer, each with a stable code and a Chinese message.
 * Throws RangeError when `onDate` is not a real `YYYY-MM-DD` date, `firstPracticeYear` is not an
 * integer in 1–9999, or a sanction has an unknown kind or a bad date.
 */
export function checkTeamEligibility(candidate: TeamCandidate, onDate: string): TeamEligibility {
  const today = findDateParts(onDate);
  if (!today) throw new RangeError(`onDate must be a real YYYY-MM-DD date, got ${JSON.stringify(onDate)}`);
  const { firstPracticeYear, sanctions } = candidate;
  if (!Number.isInteger(firstPracticeYear) || firstPracticeYear < 1 || firstPracticeYear > 9999) {
    throw new RangeError(
      `firstPracticeYear must be a 4-digit year, got ${JSON.stringify(firstPracticeYear)}`,
    );
  }
  const counted: Record<SanctionKind, string[]> = { 'administrative-penalty': [], 'industry-sanction': [] };
  for (const [index, sanction] of sanctions.entries()) {
    if (!(sanction.kind in counted)) {
      throw new RangeError(`sanctions[${index}].kind is unknown: ${JSON.stringify(sanction.kind)}`);
    }
    if (!findDateParts(sanction.decidedOn)) {
      throw new RangeError(`sanctions[${index}].decidedOn must be a real YYYY-MM-DD date`);
    }
    if (sanction.decidedOn <= onDate) counted[sanction.kind].push(sanction.decidedOn);
  }

  const reasons: TeamIneligibilityReason[] = [];
  const practiceYears = today.year - firstPracticeYear;
  if (practiceYears < TEAM_MIN_PRACTICE_YEARS) {
    const shown = Math.max(practiceYears, 0);
    reasons.push({
      code: 'INSUFFICIENT_PRACTICE_YEARS',
      message: `执业年限不足${TEAM_MIN_PRACTICE_YEARS}年（${firstPracticeYear}年起执业，至${today.year}年为${shown}年）`,
    });
  }
  const sanctionReasons: [SanctionKind, TeamIneligibilityCode][] = [
    ['administrative-penalty', 'ADMINISTRATIVE_PENALTY'],
    ['industry-sanction', 'INDUSTRY_SANCTION'],
  ];
  for (const [kind, code] of sanctionReasons) {
    const dates = counted[kind];
    if (dates.length === 0) continue;
    const latest = [...dates].sort().at(-1);
    reasons.push({
      code,
      message: `有${SANCTION_KIND_LABELS[kind]}记录${dates.length}条（最近一次：${latest}）`,
    });
  }
  return { eligible: reasons.length === 0, reasons, practiceYears };
}
