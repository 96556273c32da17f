import type { AuditEntry } from '../../lib/types';

/** Who did an entry that names no staff member, as a message key of messages.ts. */
export type AnonymousActor = 'audit.actorKiosk' | 'audit.actorPublic' | 'audit.system';

/**
 * The 操作人 of an entry without a signed-in actor: the hall's kiosk for a ticket it issued (`after.channel`
 * 'kiosk'), someone not signed in for any other entry written from a request (it has the request's IP: a
 * citizen's phone page, a failed login), and the system for the rest (background jobs and migrations write
 * no request).
 */
export function anonymousActor(entry: Pick<AuditEntry, 'after' | 'ip' | 'requestId'>): AnonymousActor {
  const after = entry.after as { channel?: unknown } | null;
  if (after && typeof after === 'object' && after.channel === 'kiosk') return 'audit.actorKiosk';
  if (entry.ip !== null || entry.requestId !== null) return 'audit.actorPublic';
  return 'audit.system';
}
