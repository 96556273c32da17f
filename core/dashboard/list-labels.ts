/**
 * Labels of the codes the dashboard's legal-aid and rating lists carry, as `code: [zh-CN, en-US]`: one
 * table for the lists on screen (web/src/features/dashboard) and their .xlsx exports
 * (server/use-cases/dashboard), so neither shows a raw code and both say the same thing.
 */
type Pairs = Record<string, readonly [string, string]>;

/** Legal-aid decision of a matter of the cohort (server matter-facts.ts `outcome`). */
export const MATTER_OUTCOME_LABELS = {
  granted: ['给予', 'Granted'],
  refused: ['不予', 'Refused'],
  withdrawn: ['视为撤回', 'Deemed withdrawn'],
  pending: ['待决定', 'Pending'],
} as const satisfies Pairs;

/** 五个当天 of a matter (matter-facts.ts `five`). */
export const FIVE_RESULT_LABELS = {
  met: ['达成', 'Met'],
  missed: ['未达成', 'Missed'],
  open: ['今日进行中', 'Open today'],
  'n/a': ['不适用', 'N/A'],
} as const satisfies Pairs;

/** The decision (审批) and assignment (指派) deadlines of a matter (matter-facts.ts `decision`, `assignment`). */
export const DEADLINE_RESULT_LABELS = {
  met: ['按期', 'On time'],
  breached: ['超期', 'Overdue'],
  pending: ['未到期', 'Not yet due'],
  'n/a': ['不适用', 'N/A'],
} as const satisfies Pairs;

/**
 * Why a deadline does not apply to a matter (the `n/a` of matter-facts.ts), shown beside 不适用:
 * - decision: a case organ's notice (通知辩护/代理) needs no 审批 (法律援助法 第三十六条), and a
 *   withdrawn application is never decided;
 * - assignment: only a matter granted aid (or notified by a case organ) is assigned (第四十三条第一款).
 */
export const DEADLINE_NOT_APPLICABLE_REASONS = {
  decision: [
    '办案机关通知的案件无需审批，或申请已视为撤回',
    'No decision: notified by a case organ, or withdrawn',
  ],
  assignment: [
    '未给予法律援助（不予、撤回、终止或尚待审批），无需指派',
    'Not assigned: aid not granted (refused, withdrawn, terminated or awaiting decision)',
  ],
} as const satisfies Pairs;

/** The Chinese label of a code (`zhLabel(FIVE_RESULT_LABELS, 'met')` = 达成); an unknown code as it is. */
export function zhLabel(table: Pairs, code: string | number): string {
  return table[String(code)]?.[0] ?? String(code);
}
