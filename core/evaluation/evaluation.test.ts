import { createCalendar } from '@core/calendar';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_TAGS,
  EVALUATION_LEVELS,
  isBadReview,
  isMatterRateable,
  PRAISE_TAGS,
  rectificationDeadlines,
  rectificationOverdue,
  tagsFor,
} from './evaluation';
import { rankEvaluations } from './ranking';

const calendar = createCalendar();

describe('好差评 levels and tags', () => {
  it('treats 不满意 and 非常不满意 as bad reviews, the other three not', () => {
    expect(EVALUATION_LEVELS.filter(isBadReview)).toEqual([2, 1]);
  });
  it('offers praise tags for 3–5 and complaint tags for 1–2', () => {
    expect(tagsFor(5)).toEqual(Object.keys(PRAISE_TAGS));
    expect(tagsFor(3)).toEqual(Object.keys(PRAISE_TAGS));
    expect(tagsFor(2)).toEqual(Object.keys(COMPLAINT_TAGS));
  });
  it('rates a legal-aid matter only once the agency has answered', () => {
    expect(isMatterRateable('applied')).toBe(false);
    expect(isMatterRateable('under-review')).toBe(false);
    expect(isMatterRateable('objection-pending')).toBe(false);
    expect(isMatterRateable('granted')).toBe(true);
    expect(isMatterRateable('refused')).toBe(true);
    expect(isMatterRateable('archived')).toBe(true);
  });
});

describe('rectification periods (1 and 15 working days)', () => {
  it('counts working days from the day of the review, start excluded', () => {
    // Monday 2026-03-16: call back by Tuesday 17th; the fix counts 15 working days the same way.
    const d = rectificationDeadlines(calendar, '2026-03-16');
    expect(d.callbackDueOn).toBe('2026-03-17');
    expect(d.provisional).toBe(false);
    const fifteen = calendar.addPeriod('2026-03-16', 15, 'working-day').due;
    expect(d.fixDueOn).toBe(fifteen);
  });
  it('skips the weekend: a review on Friday is called back on Monday', () => {
    expect(rectificationDeadlines(calendar, '2026-03-20').callbackDueOn).toBe('2026-03-23');
  });
  it('skips the 国庆 holiday', () => {
    expect(rectificationDeadlines(calendar, '2026-09-30').callbackDueOn > '2026-10-07').toBe(true);
  });
  it('is overdue only after the whole due day has passed (Beijing), whatever the process TZ', () => {
    const item = {
      status: 'open' as const,
      callbackDueOn: '2026-03-17',
      fixDueOn: '2026-04-07',
      calledBackAt: null,
      rectifiedAt: null,
    };
    expect(rectificationOverdue(item, new Date('2026-03-17T23:59:59+08:00')).callbackOverdue).toBe(false);
    const late = rectificationOverdue(item, new Date('2026-03-18T00:00:00+08:00'));
    expect(late).toEqual({ callbackOverdue: true, fixOverdue: false, overdue: true });
    const done = { ...item, calledBackAt: new Date('2026-03-17T10:00:00+08:00') };
    expect(rectificationOverdue(done, new Date('2026-03-20T00:00:00+08:00')).overdue).toBe(false);
    const lateCallback = { ...item, calledBackAt: new Date('2026-03-18T10:00:00+08:00') };
    expect(rectificationOverdue(lateCallback, new Date('2026-03-19T00:00:00+08:00')).callbackOverdue).toBe(
      true,
    );
    expect(rectificationOverdue(item, new Date('2026-04-08T00:00:00+08:00')).fixOverdue).toBe(true);
  });
});

describe('rankEvaluations', () => {
  it('ranks by satisfaction rate, then mean level, then count, sharing ranks on ties', () => {
    const rows = rankEvaluations([
      { key: 'w1', level: 5 },
      { key: 'w1', level: 1 },
      { key: 'w2', level: 3 },
      { key: 'w2', level: 3 },
      { key: 'w3', level: 5 },
      { key: 'w4', level: 5 },
      { key: 'w5', level: 4 },
    ]);
    expect(rows.map((r) => [r.key, r.rank])).toEqual([
      ['w3', 1],
      ['w4', 1],
      ['w5', 3],
      ['w2', 4],
      ['w1', 5],
    ]);
    const w1 = rows.find((r) => r.key === 'w1')!;
    expect(w1).toMatchObject({ count: 2, averageLevel: 3, satisfactionRate: 0.5, badCount: 1 });
  });
  it('is empty for no evaluations', () => {
    expect(rankEvaluations([])).toEqual([]);
  });
});
