/**
 * QR check-in tokens (扫码签到). The room's screen shows a QR code whose token changes every
 * CHECK_IN_ROTATION_MS; a staff member who scans it checks in to that session only. The token is
 * `<sessionId>.<window>.<signature>`: `window` is the index of the 30-second slot it was issued in and
 * the signature an HMAC (made by the server with its secret key; core only gets the `sign` function)
 * over the session and the slot. So a token
 * - cannot be forged or moved to another session (the session id is signed: `wrong-session`,
 *   `bad-signature`);
 * - expires: it is accepted during its own slot and CHECK_IN_GRACE_MS after it (a scan just before the
 *   code changes still works), never later (`expired`).
 * Source: the programme's attendance rule (issue #8: check-in "time-limited, bound to the session").
 */

/** How often the room screen shows a new code. */
export const CHECK_IN_ROTATION_MS = 30_000;
/** How long a code stays valid after the screen has moved on to the next one. */
export const CHECK_IN_GRACE_MS = 15_000;
/** Tolerated clock difference between server instances for a code from a slot that has not begun. */
export const CHECK_IN_CLOCK_SKEW_MS = 5_000;

/** HMAC of `payload` as base64url, with the server's secret key. */
export type Signer = (payload: string) => string;

export interface IssuedCheckInToken {
  token: string;
  /** The instant the screen should show the next code. */
  rotatesAt: Date;
  /** The last instant the code is accepted. */
  expiresAt: Date;
}

export type CheckInTokenFailure =
  | 'malformed'
  | 'bad-signature'
  | 'wrong-session'
  | 'expired'
  | 'not-yet-valid';

export type CheckInTokenResult =
  | { ok: true; sessionId: string; window: number }
  | { ok: false; reason: CheckInTokenFailure };

/** Chinese messages of the failures, as the check-in page shows them. */
export const CHECK_IN_FAILURE_MESSAGES: Record<CheckInTokenFailure, string> = {
  malformed: '签到码无效，请重新扫描会场屏幕上的二维码',
  'bad-signature': '签到码无效，请重新扫描会场屏幕上的二维码',
  'wrong-session': '该签到码不属于本场学习活动',
  expired: '签到码已过期，请扫描会场屏幕上的最新二维码',
  'not-yet-valid': '签到码无效，请重新扫描会场屏幕上的二维码',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const payloadOf = (sessionId: string, window: number) => `lawhall/check-in/v1|${sessionId}|${window}`;

/** The 30-second slot of an instant (milliseconds since the epoch). */
export function checkInWindowOf(nowMs: number): number {
  return Math.floor(nowMs / CHECK_IN_ROTATION_MS);
}

/** The code the room screen shows now for `sessionId` (a UUID). */
export function issueCheckInToken(sessionId: string, nowMs: number, sign: Signer): IssuedCheckInToken {
  const id = sessionId.toLowerCase();
  if (!UUID.test(id)) throw new RangeError(`issueCheckInToken: not a session id: ${sessionId}`);
  const window = checkInWindowOf(nowMs);
  const rotatesAtMs = (window + 1) * CHECK_IN_ROTATION_MS;
  return {
    token: `${id}.${window}.${sign(payloadOf(id, window))}`,
    rotatesAt: new Date(rotatesAtMs),
    expiresAt: new Date(rotatesAtMs + CHECK_IN_GRACE_MS),
  };
}

/** Compares two strings in time that depends on their length only (no early exit on the first difference). */
function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks a scanned token for `expectedSessionId` at `nowMs`: well-formed, signed by us, issued for that
 * session, and within its slot plus the grace period. The signature is checked before anything the
 * token claims is believed.
 */
export function verifyCheckInToken(
  token: string,
  expectedSessionId: string,
  nowMs: number,
  sign: Signer,
): CheckInTokenResult {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [sessionId, windowText, signature] = parts as [string, string, string];
  if (!UUID.test(sessionId) || !/^\d{1,15}$/.test(windowText) || !/^[A-Za-z0-9_-]{16,}$/.test(signature))
    return { ok: false, reason: 'malformed' };
  const window = Number(windowText);
  if (!sameString(sign(payloadOf(sessionId, window)), signature))
    return { ok: false, reason: 'bad-signature' };
  if (sessionId !== expectedSessionId.toLowerCase()) return { ok: false, reason: 'wrong-session' };
  const startsAt = window * CHECK_IN_ROTATION_MS;
  if (startsAt - nowMs > CHECK_IN_CLOCK_SKEW_MS) return { ok: false, reason: 'not-yet-valid' };
  if (nowMs > startsAt + CHECK_IN_ROTATION_MS + CHECK_IN_GRACE_MS) return { ok: false, reason: 'expired' };
  return { ok: true, sessionId, window };
}
