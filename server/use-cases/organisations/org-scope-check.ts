import { assertCan, type Permission } from '@core/access';
import { AppError } from '@core/errors';
import type { StaffActor } from '../../context';

/** ORG.OUT_OF_SCOPE (403): the organisation named by `field` is outside the actor's scope. */
export function outOfScope(field?: string): AppError {
  return new AppError('forbidden', 'ORG.OUT_OF_SCOPE', '该机构不在您的管辖范围内', field);
}

/**
 * Checks that a role of `actor` grants `permission` (else AUTH.FORBIDDEN) and that `orgId` lies in the
 * actor's organisation scope (else ORG.OUT_OF_SCOPE, both 403). Used by the admin use cases before they
 * touch a row of organisation `orgId`; `field` names the input field for a form error.
 */
export function assertOrgInScope(
  actor: StaffActor,
  permission: Permission,
  orgId: string,
  field?: string,
): void {
  assertCan(actor, permission);
  if (!actor.scopeOrgIds.includes(orgId)) throw outOfScope(field);
}
