import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assessFiveSameDay,
  type FiveSameDayLightOptions,
  type FiveSameDayMilestone,
  type FiveSameDayMilestones,
  type FiveSameDayResult,
  fiveSameDayLight,
} from './five-same-day';

/** An instant given in Beijing time, so the tests mean the same in every process TZ. */
const bj = (time: string, date = '2026-03-16'): Date => new Date(`${date}T${time}+08:00`);
const NEXT = '2026-03-17';
const RULE = '五个当天（法律援助法 第四十三条）';

interface Row {
  name: string;
  milestones: FiveSameDayMilestones;
  businessDate?: string;
  missing?: FiveSameDayMilestone[];
  late?: FiveSameDayMilestone[];
  outOfOrder?: FiveSameDayMilestone[];
}

const ALL_SAME_DAY: FiveSameDayMilestones = {
  appliedAt: bj('09:00'),
  acceptedAt: bj('09:05'),
  approvedAt: bj('09:30'),
  assignedAt: bj('10:00'),
  aidStartedAt: bj('11:00'),
};

const rows: Row[] = [
  { name: 'all five on the day, in order', milestones: ALL_SAME_DAY },
  {
    name: 'all five at the same instant (one-stop window)',
    milestones: {
      appliedAt: bj('09:00'),
      acceptedAt: bj('09:00'),
      approvedAt: bj('09:00'),
      assignedAt: bj('09:00'),
      aidStartedAt: bj('09:00'),
    },
  },
  {
    name: 'only applied: the other four are missing, in order',
    milestones: { appliedAt: bj('09:00') },
    missing: ['acceptedAt', 'approvedAt', 'assignedAt', 'aidStartedAt'],
  },
  {
    name: 'a gap in the middle is missing, later milestones still count',
    milestones: { appliedAt: bj('09:00'), acceptedAt: bj('09:10'), assignedAt: bj('09:20') },
    missing: ['approvedAt', 'aidStartedAt'],
  },
  {
    name: 'aid started the next business day is late',
    milestones: { ...ALL_SAME_DAY, aidStartedAt: bj('09:00', NEXT) },
    late: ['aidStartedAt'],
  },
  {
    name: '23:59:59 is the same day, 00:00 Beijing is the next',
    milestones: {
      appliedAt: bj('23:50'),
      acceptedAt: bj('23:59:59'),
      approvedAt: bj('00:00', NEXT),
      assignedAt: bj('00:10', NEXT),
      aidStartedAt: bj('08:30', NEXT),
    },
    late: ['approvedAt', 'assignedAt', 'aidStartedAt'],
  },
  {
    name: 'applied 00:10 Beijing (still the previous day in UTC): met on the Beijing date',
    milestones: {
      appliedAt: bj('00:10'),
      acceptedAt: bj('00:20'),
      approvedAt: bj('07:00'),
      assignedAt: bj('07:30'),
      aidStartedAt: bj('07:59'),
    },
  },
  {
    name: 'approved before accepted is out of order, not late',
    milestones: { ...ALL_SAME_DAY, approvedAt: bj('09:02') },
    outOfOrder: ['approvedAt'],
  },
  {
    name: 'accepted the day before the application is out of order',
    milestones: { ...ALL_SAME_DAY, acceptedAt: bj('17:00', '2026-03-15') },
    outOfOrder: ['acceptedAt'],
  },
  {
    name: 'order is checked against the latest milestone so far',
    milestones: {
      ...ALL_SAME_DAY,
      acceptedAt: bj('10:00'),
      approvedAt: bj('09:30'),
      assignedAt: bj('09:45'),
    },
    outOfOrder: ['approvedAt', 'assignedAt'],
  },
  {
    name: 'late and out of order at once',
    milestones: { ...ALL_SAME_DAY, assignedAt: bj('10:00', NEXT), aidStartedAt: bj('09:00', NEXT) },
    late: ['assignedAt', 'aidStartedAt'],
    outOfOrder: ['aidStartedAt'],
  },
];

describe('assessFiveSameDay', () => {
  it.each(rows)(`${RULE} — $name`, (row) => {
    const expected: FiveSameDayResult = {
      met: !row.missing && !row.late && !row.outOfOrder,
      businessDate: row.businessDate ?? '2026-03-16',
      missing: row.missing ?? [],
      late: row.late ?? [],
      outOfOrder: row.outOfOrder ?? [],
      refused: false,
      notApplicable: [],
      next: row.missing?.[0] ?? null,
    };
    expect(assessFiveSameDay(row.milestones)).toEqual(expected);
  });

  const REFUSAL = '不予法律援助即审批决定（法律援助法 第四十三条第一款、第四十九条）';

  it(`${REFUSAL} — a refusal on the day: 审批 done, 指派/援助 not applicable, no next step`, () => {
    const result = assessFiveSameDay({
      appliedAt: bj('10:55'),
      acceptedAt: bj('10:59'),
      refusedAt: bj('11:00'),
    });
    expect(result).toEqual({
      met: false,
      businessDate: '2026-03-16',
      missing: [],
      late: [],
      outOfOrder: [],
      refused: true,
      notApplicable: ['assignedAt', 'aidStartedAt'],
      next: null,
    });
    expect(fiveSameDayLight(result, bj('16:00', NEXT))).toBe('green');
  });

  it(`${REFUSAL} — a refusal on a later business date is a late 审批`, () => {
    const result = assessFiveSameDay({
      appliedAt: bj('10:55'),
      acceptedAt: bj('10:59'),
      refusedAt: bj('09:00', NEXT),
    });
    expect(result.late).toEqual(['approvedAt']);
    expect(result.next).toBeNull();
    expect(fiveSameDayLight(result, bj('10:00', NEXT))).toBe('red');
  });

  it(`${REFUSAL} — a refusal known only by status (list row) still decides 审批`, () => {
    const result = assessFiveSameDay({ appliedAt: bj('10:55'), acceptedAt: bj('10:59') }, { refused: true });
    expect(result.missing).toEqual([]);
    expect(result.notApplicable).toEqual(['assignedAt', 'aidStartedAt']);
    expect(result.next).toBeNull();
  });

  it(`${REFUSAL} — a refusal before acceptance leaves 受理 as the next step`, () => {
    const result = assessFiveSameDay({ appliedAt: bj('10:55'), refusedAt: bj('11:00') });
    expect(result.missing).toEqual(['acceptedAt']);
    expect(result.next).toBe('acceptedAt');
  });

  it(`${REFUSAL} — a grant wins over a stale refusal (objection corrected, then granted)`, () => {
    const result = assessFiveSameDay({ ...ALL_SAME_DAY, refusedAt: bj('09:20') });
    expect(result.refused).toBe(false);
    expect(result.met).toBe(true);
  });

  it(`${RULE} — appliedAt is required`, () => {
    expect(() => assessFiveSameDay({ acceptedAt: bj('09:00') })).toThrow(RangeError);
  });

  it(`${RULE} — an invalid Date throws`, () => {
    expect(() => assessFiveSameDay({ appliedAt: new Date('nope') })).toThrow(RangeError);
    expect(() => assessFiveSameDay({ appliedAt: bj('09:00'), acceptedAt: new Date('nope') })).toThrow(
      RangeError,
    );
  });

  it(`${RULE} — accepts the contract's Record<string, Date | undefined>`, () => {
    const record: Record<string, Date | undefined> = { appliedAt: bj('09:00'), acceptedAt: undefined };
    expectTypeOf(record).toExtend<FiveSameDayMilestones>();
    expect(assessFiveSameDay(record).missing).toHaveLength(4);
  });
});

interface LightRow {
  name: string;
  milestones: FiveSameDayMilestones;
  now: Date;
  options?: FiveSameDayLightOptions;
  light: 'green' | 'amber' | 'red';
}

const PENDING: FiveSameDayMilestones = { appliedAt: bj('09:00'), acceptedAt: bj('09:05') };

const lightRows: LightRow[] = [
  { name: 'met stays green the next day', milestones: ALL_SAME_DAY, now: bj('10:00', NEXT), light: 'green' },
  { name: 'missing before 15:00 is on track', milestones: PENDING, now: bj('14:59:59'), light: 'green' },
  { name: 'missing at 15:00 is amber', milestones: PENDING, now: bj('15:00'), light: 'amber' },
  { name: 'missing at 23:59 is amber', milestones: PENDING, now: bj('23:59:59'), light: 'amber' },
  {
    name: 'missing once the business date has passed is red',
    milestones: PENDING,
    now: bj('00:00', NEXT),
    light: 'red',
  },
  {
    name: 'late is red',
    milestones: { ...PENDING, approvedAt: bj('08:40', NEXT) },
    now: bj('09:00', NEXT),
    light: 'red',
  },
  {
    name: 'out of order is red even in the morning',
    milestones: { ...ALL_SAME_DAY, approvedAt: bj('09:01') },
    now: bj('11:30'),
    light: 'red',
  },
  {
    name: 'a clock before the business date shows green',
    milestones: PENDING,
    now: bj('23:00', '2026-03-15'),
    light: 'green',
  },
  {
    name: 'custom amberFrom 12:00: amber at 12:00',
    milestones: PENDING,
    now: bj('12:00'),
    options: { amberFrom: '12:00', redFrom: '17:30' },
    light: 'amber',
  },
  {
    name: 'custom redFrom 17:30 (hall closes): red at 17:30',
    milestones: PENDING,
    now: bj('17:30'),
    options: { amberFrom: '12:00', redFrom: '17:30' },
    light: 'red',
  },
  {
    name: 'amberFrom equal to redFrom skips amber',
    milestones: PENDING,
    now: bj('16:00'),
    options: { amberFrom: '16:00', redFrom: '16:00' },
    light: 'red',
  },
];

describe('fiveSameDayLight', () => {
  it.each(lightRows)(`${RULE} — $name`, (row) => {
    expect(fiveSameDayLight(assessFiveSameDay(row.milestones), row.now, row.options)).toBe(row.light);
  });

  it.each([
    { amberFrom: '25:00' },
    { amberFrom: '9:00' },
    { amberFrom: '12:60' },
    { redFrom: '24:01' },
    { amberFrom: 'noon' },
    { amberFrom: '16:00', redFrom: '15:00' },
  ])(`${RULE} — bad threshold %o throws`, (options) => {
    expect(() => fiveSameDayLight(assessFiveSameDay(PENDING), bj('10:00'), options)).toThrow(RangeError);
  });

  it(`${RULE} — an invalid now throws`, () => {
    expect(() => fiveSameDayLight(assessFiveSameDay(PENDING), new Date('nope'))).toThrow(RangeError);
  });
});
