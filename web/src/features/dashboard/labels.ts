import {
  DEADLINE_NOT_APPLICABLE_REASONS,
  DEADLINE_RESULT_LABELS,
  FIVE_RESULT_LABELS,
  MATTER_OUTCOME_LABELS,
} from '@core/dashboard';
import { VENUE_TYPE_LABELS, VENUE_TYPE_LABELS_EN } from '@core/publicity';
import { useMemo } from 'react';
import { type MessagePairs, pick, useCodeLabel, useI18n } from '../../app/i18n';
import { LEVEL, RECTIFICATION_STATUS } from '../evaluations/messages';
import { ART31, CASE_KIND, LOCAL_MATTERS } from '../legal-aid/labels';
import { PRIORITY_GROUP, TICKET_STATUS, useServiceName } from '../queue/messages';

/**
 * The codes the dashboard's figures and lists carry, as `code: [zh-CN, en-US]` (the Chinese from core's
 * label tables where core has them), so no chart axis, slice or list column shows a raw code.
 */
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

/** Outcome, 五个当天 and deadline results of a matter: one table with the .xlsx exports (core/dashboard). */
export const OUTCOME: MessagePairs = MATTER_OUTCOME_LABELS;
export const FIVE_RESULT: MessagePairs = FIVE_RESULT_LABELS;
export const DEADLINE_RESULT: MessagePairs = DEADLINE_RESULT_LABELS;
/** Why a deadline is 不适用, by deadline (decision, assignment). */
export const DEADLINE_NOT_APPLICABLE: MessagePairs = DEADLINE_NOT_APPLICABLE_REASONS;

export const DEADLINE_KIND: MessagePairs = {
  decision: ['审批（7日）', 'Decision (7 days)'],
  assignment: ['指派（3日）', 'Assignment (3 days)'],
};

/**
 * Legal-aid matters as the dashboard groups them (`coalesce(matter, case_kind)`): a 第三十一条 item or a
 * case kind; a local matter (free text) keeps the server's label.
 */
export const LEGAL_AID_MATTER: MessagePairs = { ...CASE_KIND, ...ART31, ...LOCAL_MATTERS };

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
  const notApplicable = useCodeLabel(DEADLINE_NOT_APPLICABLE);
  const legalAidMatter = useCodeLabel(LEGAL_AID_MATTER);
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
      /** Why the decision or assignment deadline is 不适用 to a matter. */
      notApplicable,
      /** A legal-aid matter key (第三十一条 item or case kind), else the server's label. */
      legalAidMatter,
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
      notApplicable,
      legalAidMatter,
    ],
  );
}
export type DashboardLabels = ReturnType<typeof useDashboardLabels>;
