import { assessFiveSameDay } from '@core/legal-aid/five-same-day';
import { describe, expect, it } from 'vitest';
import { matterRows } from './activity/activity-rows';
import { todayMatterSpecs } from './demo-today';

const shape = (now: string) => ({
  now: new Date(now),
  orgId: '00000000-0000-4000-8000-000000000001',
  prefix: '包',
  regionCode: '150200',
  lastSeq: 41,
  personIds: ['p1', 'p2', 'p3', 'p4', 'p5'],
  lawyer: { id: 'l1', name: '周志远', userId: 'u1' },
});

describe("the demo's applications of today", () => {
  it('on a working day: a five-same-day one in progress, one awaiting the director, one accepted, one just applied', () => {
    // Tuesday 2026-12-01, 16:00 Beijing (08:00 UTC): the whole day's schedule is before now.
    const now = new Date('2026-12-01T16:00:00+08:00');
    const specs = todayMatterSpecs(shape('2026-12-01T08:00:00Z'));
    expect(specs.map((s) => [s.stage, s.status, s.number])).toEqual([
      ['five-same-day', 'in-progress', '包法援〔2026〕第0042号'],
      ['reviewed', 'reviewed', '包法援〔2026〕第0043号'],
      ['under-review', 'under-review', '包法援〔2026〕第0044号'],
      ['applied', 'applied', '包法援〔2026〕第0045号'],
    ]);
    expect(new Set(specs.map((s) => s.applicantPersonId)).size).toBe(4);
    for (const spec of specs) {
      const rows = matterRows(spec);
      // The log's instants never go back, all today (Beijing) and before now.
      const times = rows.actions.map((a) => a.at!.getTime());
      expect(times, spec.stage).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThan(now.getTime());
      expect(assessFiveSameDay({ appliedAt: spec.appliedAt }).businessDate).toBe('2026-12-01');
    }
    const [showcase, reviewed] = specs;
    const five = assessFiveSameDay({
      appliedAt: showcase!.appliedAt,
      acceptedAt: showcase!.acceptedAt!,
      approvedAt: showcase!.approvedAt!,
      assignedAt: showcase!.assignedAt!,
      aidStartedAt: showcase!.aidStartedAt!,
    });
    expect(five.met).toBe(true);
    expect(showcase).toMatchObject({ assignedLawyerId: 'l1', assignedUserId: 'u1' });
    // The signed 告知承诺书 is on file before the grant (and, awaiting the director, before a decision).
    for (const spec of [showcase!, reviewed!]) {
      expect(spec.hardship?.method).toBe('commitment');
      expect(spec.commitmentSignedAt!.getTime()).toBeLessThan(spec.reviewedAt!.getTime());
    }
    expect(specs[3]).toMatchObject({ channel: 'online', acceptedAt: null });
  });

  it('early in the day, compresses the schedule into the time since opening; none before 09:00', () => {
    const specs = todayMatterSpecs(shape('2026-12-01T09:30:00+08:00'));
    expect(specs).toHaveLength(4);
    const last = Math.max(...specs.flatMap((s) => matterRows(s).actions.map((a) => a.at!.getTime())));
    expect(last).toBeLessThan(new Date('2026-12-01T09:30:00+08:00').getTime());
    expect(specs[0]!.appliedAt.getTime()).toBeGreaterThanOrEqual(
      new Date('2026-12-01T08:30:00+08:00').getTime(),
    );
    expect(todayMatterSpecs(shape('2026-12-01T08:50:00+08:00'))).toEqual([]);
  });

  it('has none on a rest day of the official calendar (a weekend, 国庆), by the Beijing date', () => {
    // Saturday 2026-12-05, 12:00 Beijing; 国庆 2026-10-01.
    expect(todayMatterSpecs(shape('2026-12-05T12:00:00+08:00'))).toEqual([]);
    expect(todayMatterSpecs(shape('2026-10-01T12:00:00+08:00'))).toEqual([]);
    // Friday 2026-12-04 23:30 Beijing is still Friday, a working day, though the day's steps are long done.
    expect(todayMatterSpecs(shape('2026-12-04T15:30:00Z'))).toHaveLength(4);
  });
});
