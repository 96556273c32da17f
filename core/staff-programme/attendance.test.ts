import { describe, expect, it } from 'vitest';
import {
  attendanceFacts,
  attendanceStatusOf,
  checkInPhase,
  dueAtSessions,
  formatRate,
  rankByRate,
  tally,
  tallyBy,
} from './attendance';

const startsAt = new Date('2026-03-02T09:30:00Z'); // 17:30 Beijing
const endsAt = new Date('2026-03-02T10:30:00Z');
const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);

describe('checkInPhase', () => {
  it.each([
    [-31, 'not-open'],
    [-30, 'open'],
    [0, 'open'],
    [60, 'open'],
    [60.01, 'closed'],
  ])('%s minutes from the start → %s', (minutes, phase) => {
    expect(checkInPhase({ startsAt, endsAt }, at(minutes))).toBe(phase);
  });
});

describe('attendanceStatusOf', () => {
  it.each([
    [-20, 'present'],
    [5, 'present'],
    [5.01, 'late'],
    [40, 'late'],
  ])('check-in %s minutes after the start → %s', (minutes, status) => {
    expect(attendanceStatusOf(at(minutes), startsAt)).toBe(status);
  });
});

describe('attendanceFacts and tallies', () => {
  const expected = [
    { sessionId: 's1', userId: 'u1' },
    { sessionId: 's1', userId: 'u2' },
    { sessionId: 's1', userId: 'u3' },
    { sessionId: 's2', userId: 'u1' },
    { sessionId: 's2', userId: 'u2' },
    { sessionId: 's2', userId: 'u3' },
    { sessionId: 's2', userId: 'u3' },
  ];
  const records = [
    { sessionId: 's1', userId: 'u1', status: 'present' as const },
    { sessionId: 's1', userId: 'u2', status: 'late' as const },
    { sessionId: 's2', userId: 'u1', status: 'present' as const },
    { sessionId: 's2', userId: 'u3', status: 'leave' as const },
    { sessionId: 's2', userId: 'outsider', status: 'present' as const },
  ];
  const facts = attendanceFacts(expected, records);

  it('marks missing records absent, drops duplicates and outsiders', () => {
    expect(facts).toEqual([
      { sessionId: 's1', userId: 'u1', status: 'present' },
      { sessionId: 's1', userId: 'u2', status: 'late' },
      { sessionId: 's1', userId: 'u3', status: 'absent' },
      { sessionId: 's2', userId: 'u1', status: 'present' },
      { sessionId: 's2', userId: 'u2', status: 'absent' },
      { sessionId: 's2', userId: 'u3', status: 'leave' },
    ]);
  });

  it('rate = attended / (expected − leave)', () => {
    expect(tally(facts)).toEqual({ expected: 6, present: 2, late: 1, leave: 1, absent: 2, rate: 3 / 5 });
  });

  it('groups by person', () => {
    const byPerson = tallyBy(facts, (f) => f.userId);
    expect([...byPerson.keys()]).toEqual(['u1', 'u2', 'u3']);
    expect(byPerson.get('u1')!.rate).toBe(1);
    expect(byPerson.get('u2')!.rate).toBe(0.5);
    expect(byPerson.get('u3')).toMatchObject({ leave: 1, absent: 1, rate: 0 });
  });

  it('has no rate when nobody was due', () => {
    expect(tally([]).rate).toBeNull();
    expect(tally([{ status: 'leave' }]).rate).toBeNull();
  });
});

describe('formatRate', () => {
  it.each([
    [null, '—'],
    [1, '100.0%'],
    [0, '0.0%'],
    [14 / 15, '93.3%'],
    [0.8, '80.0%'],
    [0.0005, '0.1%'],
  ])('%s → %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe('rankByRate', () => {
  const row = (name: string, rate: number | null) => ({ name, tally: { ...tally([]), rate } });

  it('puts the highest rate first, rows without a rate last, ties by name', () => {
    const rows = [row('乙', 0.5), row('丙', null), row('甲', 1), row('丁', 0.5)];
    expect(rankByRate(rows).map((r) => r.name)).toEqual(['甲', '丁', '乙', '丙']);
    expect(rows.map((r) => r.name)).toEqual(['乙', '丙', '甲', '丁']);
  });

  it('keeps the tallies of the rows it ranks', () => {
    const facts = [
      { userId: 'a', status: 'present' as const },
      { userId: 'b', status: 'absent' as const },
      { userId: 'b', status: 'late' as const },
    ];
    const rows = [...tallyBy(facts, (f) => f.userId)].map(([name, t]) => ({ name, tally: t }));
    const ranked = rankByRate(rows);
    expect(ranked.map((r) => [r.name, r.tally.rate])).toEqual([
      ['a', 1],
      ['b', 0.5],
    ]);
  });
});

describe('dueAtSessions (who was due: staff who existed by the session, leave excused)', () => {
  const monday = { id: 's1', startsAt: new Date('2026-03-02T10:00:00Z') }; // 18:00 Beijing
  const thursday = { id: 's2', startsAt: new Date('2026-03-05T10:00:00Z') };
  const veteran = { id: 'old', joinedAt: new Date('2025-01-01T00:00:00Z') };
  const newcomer = { id: 'new', joinedAt: new Date('2026-03-03T01:00:00Z') }; // joined Tuesday
  const sameInstant = { id: 'edge', joinedAt: monday.startsAt };

  it('does not expect a newcomer at sessions held before their account existed', () => {
    const due = dueAtSessions([monday, thursday], [veteran, newcomer, sameInstant]);
    expect(due).toEqual([
      { sessionId: 's1', userId: 'old' },
      { sessionId: 's1', userId: 'edge' },
      { sessionId: 's2', userId: 'old' },
      { sessionId: 's2', userId: 'new' },
      { sessionId: 's2', userId: 'edge' },
    ]);
    const facts = attendanceFacts(due, [{ sessionId: 's2', userId: 'new', status: 'present' }]);
    expect(tally(facts.filter((f) => f.userId === 'new'))).toMatchObject({ expected: 1, absent: 0, rate: 1 });
  });

  it('keeps anyone who has a record for the session (they were due after all)', () => {
    const due = dueAtSessions([monday], [newcomer], [{ sessionId: 's1', userId: 'new' }]);
    expect(due).toEqual([{ sessionId: 's1', userId: 'new' }]);
  });

  it('rate = attended / (expected − approved leave), leave shown on its own', () => {
    const due = dueAtSessions([monday, thursday], [veteran]);
    const facts = attendanceFacts(due, [
      { sessionId: 's1', userId: 'old', status: 'present' },
      { sessionId: 's2', userId: 'old', status: 'leave' },
    ]);
    expect(tally(facts)).toEqual({ expected: 2, present: 1, late: 0, leave: 1, absent: 0, rate: 1 });
  });
});
