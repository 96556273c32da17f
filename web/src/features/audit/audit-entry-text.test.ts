import { describe, expect, it } from 'vitest';
import { anonymousActor, entityCaption } from './audit-entry-text';
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

describe('entityCaption (the 对象 column names the object)', () => {
  it('takes the number first, then the name, then the account, from after before before', () => {
    expect(entityCaption({ after: { number: 'B017', name: '王秀英' }, before: null })).toBe('B017');
    expect(entityCaption({ after: { status: 'paused' }, before: { number: '包调〔2026〕第0001号' } })).toBe(
      '包调〔2026〕第0001号',
    );
    expect(entityCaption({ after: { name: ' 3号窗口 ' }, before: { number: 'x' } })).toBe('3号窗口');
    expect(entityCaption({ after: { username: 'clerk2' }, before: null })).toBe('clerk2');
  });

  it('gives null when nothing names it (numbers that are not text, empty texts, no after or before)', () => {
    expect(entityCaption({ after: { number: 3, name: '' }, before: null })).toBeNull();
    expect(entityCaption({ after: null, before: null })).toBeNull();
    expect(entityCaption({ after: '包调', before: [] })).toBeNull();
  });
});
