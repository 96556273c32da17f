/**
 * Attendance of study sessions (考勤): when check-in is open, who was late, and attendance rates per
 * person, department and county. Source: the programme's attendance rule (issue #8); the thresholds are
 * the bureau's, kept here as named constants.
 */
import type { AttendanceStatus } from './vocabulary';

/** Check-in opens this long before a session starts (people arrive early to the 晨训). */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** Checking in more than this long after the start counts as late (迟到). */
export const LATE_AFTER_MS = 5 * 60_000;

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

/** Whether check-in to a session is open at `now`: from 30 minutes before its start to its end. */
export function checkInPhase(session: SessionTimes, now: Date): 'not-open' | 'open' | 'closed' {
  const t = now.getTime();
  if (t < session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS) return 'not-open';
  if (t > session.endsAt.getTime()) return 'closed';
  return 'open';
}

/** Present or late, from the check-in instant and the session's start. */
export function attendanceStatusOf(checkedInAt: Date, startsAt: Date): 'present' | 'late' {
  return checkedInAt.getTime() - startsAt.getTime() > LATE_AFTER_MS ? 'late' : 'present';
}

/** One person expected at one session, with what happened (`absent` when nothing was recorded). */
export interface AttendanceFact {
  sessionId: string;
  userId: string;
  status: AttendanceStatus;
}

/**
 * Counts and the attendance rate: (present + late) / (expected − leave). Approved leave (请假) is
 * excused, so it neither helps nor hurts; `rate` is null when nobody was due (all on leave, or nothing held).
 */
export interface Tally {
  expected: number;
  present: number;
  late: number;
  leave: number;
  absent: number;
  rate: number | null;
}

export const EMPTY_TALLY: Tally = { expected: 0, present: 0, late: 0, leave: 0, absent: 0, rate: null };

/**
 * The facts of the expected person-sessions: each gets the status recorded for it, else `absent`.
 * Records of people who were not expected (not in the audience) are left out of the rates.
 */
export function attendanceFacts(
  expected: readonly { sessionId: string; userId: string }[],
  records: readonly { sessionId: string; userId: string; status: Exclude<AttendanceStatus, 'absent'> }[],
): AttendanceFact[] {
  const byKey = new Map(records.map((r) => [`${r.sessionId}|${r.userId}`, r.status]));
  const seen = new Set<string>();
  const out: AttendanceFact[] = [];
  for (const e of expected) {
    const key = `${e.sessionId}|${e.userId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sessionId: e.sessionId, userId: e.userId, status: byKey.get(key) ?? 'absent' });
  }
  return out;
}

/**
 * Who was due (应到) at each session: a member is expected at a session only if their account existed
 * by the session's start (`joinedAt` ≤ `startsAt`) — staff who joined later are not counted absent for
 * sessions held before they came. Anyone with a record for the session (checked in, recorded by the
 * organiser, excused on approved leave) is expected there all the same: the record shows they were due.
 * Source: the programme's attendance rule (issue #8).
 */
export function dueAtSessions(
  sessions: readonly { id: string; startsAt: Date }[],
  members: readonly { id: string; joinedAt: Date }[],
  records: readonly { sessionId: string; userId: string }[] = [],
): { sessionId: string; userId: string }[] {
  const recorded = new Set(records.map((r) => `${r.sessionId}|${r.userId}`));
  const out: { sessionId: string; userId: string }[] = [];
  for (const s of sessions)
    for (const m of members)
      if (m.joinedAt.getTime() <= s.startsAt.getTime() || recorded.has(`${s.id}|${m.id}`))
        out.push({ sessionId: s.id, userId: m.id });
  return out;
}

/** The tally of a list of facts. */
export function tally(facts: readonly { status: AttendanceStatus }[]): Tally {
  const t = { ...EMPTY_TALLY };
  for (const f of facts) {
    t.expected += 1;
    t[f.status] += 1;
  }
  const due = t.expected - t.leave;
  return { ...t, rate: due === 0 ? null : (t.present + t.late) / due };
}

/** Tallies grouped by `keyOf` (a person, a department, a county), in first-seen order. */
export function tallyBy<F extends { status: AttendanceStatus }, K>(
  facts: readonly F[],
  keyOf: (fact: F) => K,
): Map<K, Tally> {
  const groups = new Map<K, F[]>();
  for (const f of facts) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return new Map([...groups].map(([key, list]) => [key, tally(list)]));
}

/** A rate as the bulletin and the UI print it: 0.9333… → '93.3%'; null → '—'. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A row of an attendance-rate table: a person, a department or a county, with its tally. */
export interface RateRow {
  name: string;
  tally: Tally;
}

/**
 * Rows in the order an attendance table (and its chart) shows them: highest rate first, rows with no
 * rate (nobody due) last, ties by name (Chinese collation) so the order is stable. Returns a new array.
 */
export function rankByRate<R extends RateRow>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => {
    const ra = a.tally.rate;
    const rb = b.tally.rate;
    if (ra !== rb) {
      if (ra === null) return 1;
      if (rb === null) return -1;
      return rb - ra;
    }
    return a.name.localeCompare(b.name, 'zh-CN');
  });
}
