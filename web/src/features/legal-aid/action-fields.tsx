/**
 * The form of each legal-aid action (core LegalAidAction payloads) and how its values become the
 * payload. The detail page shows a button for each of `availableActions`; pressing it opens this form.
 * The forms live by stage in action-forms-intake.tsx (acceptance, review), action-forms-decision.tsx
 * (decisions, assignment, termination, objection) and action-forms-case.tsx (the provider's work, closing).
 */
import {
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_ACTION_SOURCES,
  type LegalAidActionType,
} from '@core/procedures/legal-aid-vocabulary';
import { CASE_FORMS } from './action-forms-case';
import { DECISION_FORMS } from './action-forms-decision';
import { INTAKE_FORMS } from './action-forms-intake';
import type { ActionForm } from './action-kit';

/** Buttons in the order of the procedure; the first the user may take is the primary one. */
export const ACTION_ORDER: LegalAidActionType[] = [
  'accept',
  'review',
  'grant',
  'assign',
  'accept-assignment',
  'sign-agreement',
  'close-case',
  'submit-file',
  'review-file',
  'pay-subsidy',
  'archive',
  'decide-objection',
  'materials-received',
  'request-materials',
  'start-advance-aid',
  'refuse',
  'provider-decline',
  'object',
  'terminate',
  'deem-withdrawn',
  'comment',
];

export const DANGER_ACTIONS: ReadonlySet<string> = new Set([
  'refuse',
  'terminate',
  'deem-withdrawn',
  'provider-decline',
]);

/** Every action's form, by the procedure's stages. */
export const ACTION_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
  ...INTAKE_FORMS,
  ...DECISION_FORMS,
  ...CASE_FORMS,
};

export function actionTitle(type: LegalAidActionType): string {
  return LEGAL_AID_ACTION_LABELS[type];
}

export function actionSource(type: LegalAidActionType): string | null {
  return LEGAL_AID_ACTION_SOURCES[type];
}
