import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_GRACE_MS,
  CHECK_IN_ROTATION_MS,
  checkInWindowOf,
  issueCheckInToken,
  verifyCheckInToken,
} from './check-in-token';

const sign = (payload: string) => createHmac('sha256', 'test-key').update(payload).digest('base64url');
const otherKey = (payload: string) => createHmac('sha256', 'other-key').update(payload).digest('base64url');
const A = '0b7c8a52-3a55-4c86-9c59-4cbd0a5f1d11';
const B = '9d1e3f40-1111-4a2b-8c3d-0123456789ab';
const T0 = Date.parse('2026-03-02T17:30:00+08:00');

describe('issueCheckInToken', () => {
  it('binds the session and the 30-second slot, and says when it rotates and expires', () => {
    const issued = issueCheckInToken(A, T0 + 12_000, sign);
    const window = checkInWindowOf(T0 + 12_000);
    expect(issued.token.startsWith(`${A}.${window}.`)).toBe(true);
    expect(issued.rotatesAt.getTime()).toBe((window + 1) * CHECK_IN_ROTATION_MS);
    expect(issued.expiresAt.getTime()).toBe(issued.rotatesAt.getTime() + CHECK_IN_GRACE_MS);
  });

  it('gives the same token within a slot and a new one in the next', () => {
    const start = checkInWindowOf(T0) * CHECK_IN_ROTATION_MS;
    const a = issueCheckInToken(A, start, sign).token;
    expect(issueCheckInToken(A, start + CHECK_IN_ROTATION_MS - 1, sign).token).toBe(a);
    expect(issueCheckInToken(A, start + CHECK_IN_ROTATION_MS, sign).token).not.toBe(a);
  });

  it('lower-cases the id and refuses what is not a session id', () => {
    expect(issueCheckInToken(A.toUpperCase(), T0, sign).token.startsWith(A)).toBe(true);
    expect(() => issueCheckInToken('not-a-uuid', T0, sign)).toThrow(RangeError);
  });
});

describe('verifyCheckInToken', () => {
  const start = checkInWindowOf(T0) * CHECK_IN_ROTATION_MS;
  const { token } = issueCheckInToken(A, start, sign);

  it.each([
    ['at issue', 0, true],
    ['end of its slot', CHECK_IN_ROTATION_MS - 1, true],
    ['within the grace after rotation', CHECK_IN_ROTATION_MS + CHECK_IN_GRACE_MS, true],
    ['one millisecond after the grace', CHECK_IN_ROTATION_MS + CHECK_IN_GRACE_MS + 1, false],
    ['ten minutes later', 600_000, false],
  ])('%s', (_label, offset, ok) => {
    const result = verifyCheckInToken(token, A, start + offset, sign);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe('expired');
  });

  it('accepts the token for its own session only', () => {
    expect(verifyCheckInToken(token, A, start, sign)).toEqual({
      ok: true,
      sessionId: A,
      window: checkInWindowOf(start),
    });
    expect(verifyCheckInToken(token, A.toUpperCase(), start, sign).ok).toBe(true);
    expect(verifyCheckInToken(token, B, start, sign)).toEqual({ ok: false, reason: 'wrong-session' });
  });

  it('refuses a token whose session was swapped (the signature covers it)', () => {
    const forged = token.replace(A, B);
    expect(verifyCheckInToken(forged, B, start, sign)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token whose slot was moved forward to make it last', () => {
    const later = checkInWindowOf(start) + 20;
    const [id, , signature] = token.split('.');
    expect(verifyCheckInToken(`${id}.${later}.${signature}`, A, later * CHECK_IN_ROTATION_MS, sign)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a token signed with another key', () => {
    const foreign = issueCheckInToken(A, start, otherKey).token;
    expect(verifyCheckInToken(foreign, A, start, sign)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token from a slot that has not begun (beyond the clock skew)', () => {
    const future = issueCheckInToken(A, start + 10 * CHECK_IN_ROTATION_MS, sign).token;
    expect(verifyCheckInToken(future, A, start, sign)).toEqual({ ok: false, reason: 'not-yet-valid' });
    const next = issueCheckInToken(A, start + CHECK_IN_ROTATION_MS, sign).token;
    expect(verifyCheckInToken(next, A, start + CHECK_IN_ROTATION_MS - 2_000, sign).ok).toBe(true);
  });

  it.each([
    [''],
    ['abc'],
    [`${A}.${'1'.repeat(16)}.xxxxxxxxxxxxxxxxxxxx`],
    [`${A}.12.short`],
    [`${A}.-5.${'a'.repeat(43)}`],
    [`not-a-uuid.12.${'a'.repeat(43)}`],
    [`${A}.12.${'a'.repeat(43)}.extra`],
  ])('refuses malformed %j', (bad) => {
    expect(verifyCheckInToken(bad, A, start, sign)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('property: a token verifies for its session during its slot and grace, and never after', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.uuid(),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 0, max: 10 * CHECK_IN_ROTATION_MS }),
        (session, other, issuedAt, elapsed) => {
          const issued = issueCheckInToken(session, issuedAt, sign);
          const now = issuedAt + elapsed;
          const result = verifyCheckInToken(issued.token, session, now, sign);
          expect(result.ok).toBe(now <= issued.expiresAt.getTime());
          if (other.toLowerCase() !== session.toLowerCase())
            expect(verifyCheckInToken(issued.token, other, issuedAt, sign).ok).toBe(false);
        },
      ),
    );
  });
});
