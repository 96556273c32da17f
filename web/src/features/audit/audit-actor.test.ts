import { describe, expect, it } from 'vitest';
import { anonymousActor } from './audit-actor';
import { AUDIT_MESSAGES } from './messages';

describe('anonymousActor (操作人 of an entry without a staff member)', () => {
  it('names the kiosk for the tickets it issued', () => {
    expect(
      anonymousActor({
        after: { channel: 'kiosk', serviceCode: 'legal-aid' },
        ip: '10.0.0.8',
        requestId: 'r1',
      }),
    ).toBe('audit.actorKiosk');
  });

  it('names someone not signed in for other entries written from a request', () => {
    expect(anonymousActor({ after: { channel: 'remote' }, ip: '10.0.0.9', requestId: 'r2' })).toBe(
      'audit.actorPublic',
    );
    expect(anonymousActor({ after: null, ip: null, requestId: 'r3' })).toBe('audit.actorPublic');
  });

  it('names the system for entries without a request (background jobs, migrations)', () => {
    expect(anonymousActor({ after: { overdueDays: 3 }, ip: null, requestId: null })).toBe('audit.system');
    expect(anonymousActor({ after: 'x', ip: null, requestId: null })).toBe('audit.system');
  });

  it('has both languages for each answer', () => {
    for (const key of ['audit.actorKiosk', 'audit.actorPublic', 'audit.system'] as const)
      expect(AUDIT_MESSAGES[key].every((text) => text.length > 0)).toBe(true);
  });
});
