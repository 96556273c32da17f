import { describe, expect, it } from 'vitest';
import { sessionsToPush } from './push';

const at = (iso: string) => new Date(iso);
const session = (id: string, startsAt: string, cancelled = false) => ({
  id,
  startsAt: at(startsAt),
  cancelledAt: cancelled ? at('2026-03-01T00:00:00+08:00') : null,
});

describe('sessionsToPush', () => {
  const sessions = [
    session('past', '2026-03-16T18:00:00+08:00'),
    session('now', '2026-03-17T18:00:00+08:00'),
    session('cancelled', '2026-03-18T18:00:00+08:00', true),
    session('future', '2026-03-19T18:00:00+08:00'),
  ];

  it('copies the sessions not started yet, leaves out started and cancelled ones', () => {
    const r = sessionsToPush(sessions, at('2026-03-17T18:00:00+08:00'));
    expect(r.copied.map((s) => s.id)).toEqual(['future']);
    expect(r.started).toBe(2);
  });

  it('copies every live session of a plan pushed before it starts', () => {
    const r = sessionsToPush(sessions, at('2026-03-10T09:00:00+08:00'));
    expect(r.copied.map((s) => s.id)).toEqual(['past', 'now', 'future']);
    expect(r.started).toBe(0);
  });

  it('a session starting one millisecond later is still copied', () => {
    const r = sessionsToPush(
      [session('x', '2026-03-17T18:00:00+08:00')],
      at('2026-03-17T17:59:59.999+08:00'),
    );
    expect(r.copied).toHaveLength(1);
  });
});
