import { VENUE_TYPE_LABELS, VENUE_TYPE_LABELS_EN } from '@core/publicity';
import { useMemo } from 'react';
import { type MessagePairs, pick, useCodeLabel, useI18n } from '../../app/i18n';
/**
 * The codes the dashboard's figures and lists carry, as `code: [zh-CN, en-US]` (the Chinese from core's
 * label tables where core has them), so no chart axis, slice or list column shows a raw code.
 */
import { LEVEL, RECTIFICATION_STATUS } from '../evaluations/messages';
import { PRIORITY_GROUP, TICKET_STATUS, useServiceName } from '../queue/messages';

export { RECTIFICATION_STATUS };

export const VENUE_TYPE: MessagePairs = Object.fromEntries(
  Object.entries(VENUE_TYPE_LABELS).map(([code, zh]) => [
    code,
    [zh, VENUE_TYPE_LABELS_EN[code as keyof typeof VENUE_TYPE_LABELS_EN]] as const,
  ]),
);

/** Priority groups of legal-aid matters; `none` = a matter of no priority group (legal-aid-figures.ts). */
export const MATTER_PRIORITY_GROUP: MessagePairs = {
  ...PRIORITY_GROUP,
  none: ['非重点群体', 'No priority group'],
};

/** Legal-aid decision of a matter of the cohort (matter-facts.ts `outcome`). */
export const OUTCOME: MessagePairs = {
  granted: ['给予', 'Granted'],
  refused: ['不予', 'Refused'],
  withdrawn: ['视为撤回', 'Deemed withdrawn'],
  pending: ['待决定', 'Pending'],
};

/** 五个当天 of a matter (matter-facts.ts `five`). */
export const FIVE_RESULT: MessagePairs = {
  met: ['达成', 'Met'],
  missed: ['未达成', 'Missed'],
  open: ['今日进行中', 'Open today'],
  'n/a': ['不适用', 'N/A'],
};

/** The decision and assignment deadlines of a matter (matter-facts.ts `decision`, `assignment`). */
export const DEADLINE_RESULT: MessagePairs = {
  met: ['按期', 'Met'],
  breached: ['超期', 'Breached'],
  pending: ['未到期', 'Pending'],
};

export const DEADLINE_KIND: MessagePairs = {
  decision: ['审批（7日）', 'Decision (7 days)'],
  assignment: ['指派（3日）', 'Assignment (3 days)'],
};

/** Every label function the dashboard needs, in the current locale. */
export function useDashboardLabels() {
  const { locale } = useI18n();
  const service = useServiceName();
  const ticketStatus = useCodeLabel(TICKET_STATUS);
  const level = useCodeLabel(LEVEL);
  const rectification = useCodeLabel(RECTIFICATION_STATUS);
  const venueType = useCodeLabel(VENUE_TYPE);
  const priorityGroup = useCodeLabel(MATTER_PRIORITY_GROUP);
  const outcome = useCodeLabel(OUTCOME);
  const five = useCodeLabel(FIVE_RESULT);
  const deadline = useCodeLabel(DEADLINE_RESULT);
  const deadlineKind = useCodeLabel(DEADLINE_KIND);
  return useMemo(
    () => ({
      service,
      ticketStatus,
      /** `5` → 非常满意 / Very satisfied. */
      level: (value: number | string, fallback?: string) => level(String(value), fallback),
      rectification,
      venueType,
      priorityGroup,
      outcome,
      five,
      deadline,
      deadlineKind,
      /** A window as the hall names it: `3号 法律援助` / `No. 3 法律援助`. */
      window: (number: number, name?: string) =>
        `${pick(locale, `${number}号`, `No. ${number}`)}${name ? ` ${name}` : ''}`,
    }),
    [
      locale,
      service,
      ticketStatus,
      level,
      rectification,
      venueType,
      priorityGroup,
      outcome,
      five,
      deadline,
      deadlineKind,
    ],
  );
}
export type DashboardLabels = ReturnType<typeof useDashboardLabels>;
