import { forbidden } from '../errors';
import { type Permission, ROLE_PERMISSIONS } from './permissions';
import type { Role } from './roles';

/**
 * Who is acting. `scopeOrgIds` is computed on the server: the subtree of the actor's bureau
 * (the city bureau sees itself and its counties and their centers, firms, ...; a county sees only its own).
 */
export interface Actor {
  userId: string;
  orgId: string;
  roles: readonly Role[];
  scopeOrgIds: readonly string[];
}

/**
 * What is acted on. Omit it for actions without a single target (lists are then filtered by scope).
 * `assignedUserIds`: for matters, the staff assigned to it (a lawyer sees only matters assigned to them).
 * `global`: system-wide reference data (holiday overrides) that has no owning organisation.
 */
export interface Resource {
  orgId?: string;
  assignedUserIds?: readonly string[];
  global?: boolean;
}

/** All permissions the actor's roles grant, sorted (sent to the UI as its abilities). */
export function abilities(actor: Pick<Actor, 'roles'>): Permission[] {
  const set = new Set<Permission>();
  for (const role of actor.roles) for (const permission of ROLE_PERMISSIONS[role] ?? []) set.add(permission);
  return [...set].sort();
}

/** Roles whose access to a matter does not depend on being assigned to it. */
const UNASSIGNED_ROLES: readonly Role[] = [
  'admin',
  'receptionist',
  'window-clerk',
  'legal-aid-reviewer',
  'legal-aid-director',
  'mediator',
  'notary',
  'bureau-leader',
  'training-officer',
  'auditor',
];

/**
 * May `actor` perform `permission` on `resource`? True when a role grants the permission and the
 * resource is inside the actor's organisation scope. For a resource with `assignedUserIds`, an actor
 * whose only granting role is `lawyer` must be one of the assigned users.
 */
export function can(actor: Actor, permission: Permission, resource?: Resource): boolean {
  const granting = actor.roles.filter((role) =>
    (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission),
  );
  if (granting.length === 0) return false;
  if (!resource || resource.global) return true;
  if (resource.orgId !== undefined && !actor.scopeOrgIds.includes(resource.orgId)) return false;
  if (resource.assignedUserIds !== undefined && !granting.some((role) => UNASSIGNED_ROLES.includes(role))) {
    return resource.assignedUserIds.includes(actor.userId);
  }
  return true;
}

/** Throws AppError AUTH.FORBIDDEN (HTTP 403) unless `can(actor, permission, resource)`. */
export function assertCan(actor: Actor, permission: Permission, resource?: Resource): void {
  if (!can(actor, permission, resource)) throw forbidden();
}

/**
 * Permissions that act on a hall's queue (排队叫号): the server checks them against the hall's
 * organisation (server/use-cases/queue, `assertCan(actor, 'queue.read', { orgId: center.id })`).
 */
export const HALL_PERMISSIONS: readonly Permission[] = ['queue.read', 'queue.issue', 'queue.manage'];

/**
 * What the UI may offer (GET /api/auth/me `abilities`): the roles' permissions, less the hall
 * permissions the actor cannot use on their hall (`hallOrgId`: the hall in their scope whose queue the
 * console works, null when their scope has none). A county administrator whose county runs no hall so
 * sees no 排队统计 or 取号 page the server would refuse with 403.
 */
export function effectiveAbilities(actor: Actor, hallOrgId: string | null): Permission[] {
  return abilities(actor).filter(
    (p) => !HALL_PERMISSIONS.includes(p) || (hallOrgId !== null && can(actor, p, { orgId: hallOrgId })),
  );
}
