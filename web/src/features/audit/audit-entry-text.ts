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

/** The fields an entry's after (else before) names its object by, in order: a number, a name, an account. */
const CAPTION_FIELDS = ['number', 'name', 'username'] as const;

/**
 * What the 对象 column shows beside the object's type: its number (a ticket's B017, a matter's
 * 包调〔2026〕第0001号), else its name or account, from the entry's after, else its before; null when neither
 * names it (the id stays in the detail view).
 */
export function entityCaption(entry: Pick<AuditEntry, 'after' | 'before'>): string | null {
  for (const side of [entry.after, entry.before]) {
    if (!side || typeof side !== 'object') continue;
    for (const field of CAPTION_FIELDS) {
      const value = (side as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  return null;
}
