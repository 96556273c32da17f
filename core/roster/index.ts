/** The lawyer roster's rules: admission to the 公共法律服务律师团. Pure, no I/O. */
export {
  checkTeamEligibility,
  SANCTION_KIND_LABELS,
  type SanctionKind,
  type SanctionRecord,
  TEAM_MIN_PRACTICE_YEARS,
  type TeamCandidate,
  type TeamEligibility,
  type TeamIneligibilityCode,
  type TeamIneligibilityReason,
} from './lawyer-team';
