import type { Executor, RequestMeta, StaffActor } from '../context';
import { auditLog } from '../db/schema/index';

/** One audit entry: who (actor), when (now), what (action on entity), why (reason) and from where (meta). */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  orgId?: string | null;
}

/**
 * Writes an audit entry with the same executor as the change it records, so both commit or neither
 * does. `actor` may be null for anonymous events (a failed login, a kiosk ticket).
 */
export async function recordAudit(
  executor: Executor,
  actor: Pick<StaffActor, 'userId' | 'displayName' | 'orgId'> | null,
  meta: RequestMeta,
  entry: AuditEntry,
): Promise<void> {
  await auditInsert(executor, actor, meta, entry);
}

/**
 * The insert of `recordAudit`, not yet run: to be awaited, or embedded in a larger statement (a `with`
 * clause) so that the change and its audit entry are sent in one round trip.
 */
export function auditInsert(
  executor: Executor,
  actor: Pick<StaffActor, 'userId' | 'displayName' | 'orgId'> | null,
  meta: RequestMeta,
  entry: AuditEntry,
) {
  return executor.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    actorName: actor?.displayName ?? null,
    orgId: entry.orgId ?? actor?.orgId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
    requestId: meta.requestId ?? null,
  });
}
