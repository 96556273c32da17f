import { type Actor, can, type Permission, type Resource } from '@core/access';
import { forbidden } from '@core/errors';
import type { LegalAidActionType } from '@core/procedures/legal-aid';

/**
 * The permission (any of) each action needs on the matter, on top of core's ACTION_ROLES (which role)
 * and assignment (which lawyer) rules: the route demands `legal-aid.read`, the use case this.
 * The window clerk reviews simple cases at the window (five same-day), hence intake for review.
 */
export const ACTION_PERMISSIONS: Record<LegalAidActionType, readonly Permission[]> = {
  apply: ['legal-aid.intake'],
  accept: ['legal-aid.intake'],
  'request-materials': ['legal-aid.intake'],
  'materials-received': ['legal-aid.intake'],
  'deem-withdrawn': ['legal-aid.review', 'legal-aid.decide'],
  review: ['legal-aid.review', 'legal-aid.intake'],
  grant: ['legal-aid.decide'],
  refuse: ['legal-aid.decide'],
  'start-advance-aid': ['legal-aid.decide'],
  assign: ['legal-aid.assign'],
  'provider-decline': ['legal-aid.provide'],
  'accept-assignment': ['legal-aid.provide'],
  'sign-agreement': ['legal-aid.provide'],
  terminate: ['legal-aid.decide'],
  object: ['legal-aid.intake', 'legal-aid.objection'],
  'decide-objection': ['legal-aid.objection'],
  'close-case': ['legal-aid.provide'],
  'submit-file': ['legal-aid.provide'],
  'review-file': ['legal-aid.review', 'legal-aid.decide'],
  'pay-subsidy': ['legal-aid.decide'],
  archive: ['legal-aid.review', 'legal-aid.decide'],
  comment: ['legal-aid.read'],
  attach: ['legal-aid.read'],
};

/** AUTH.FORBIDDEN (403) unless the actor holds one of `permissions` on `resource`. */
export function assertCanAny(actor: Actor, permissions: readonly Permission[], resource: Resource): void {
  if (!permissions.some((permission) => can(actor, permission, resource))) throw forbidden();
}
