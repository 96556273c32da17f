import { describe, expect, it } from 'vitest';
import { isFinalAward, labourLimitation } from './arbitration-rules';
import { calendar } from './window.fixtures';

describe('labourLimitation (劳动争议调解仲裁法 第二十七条)', () => {
  it('第一款: one year from knowing, ending on the corresponding day', () => {
    expect(labourLimitation({ knewOn: '2025-10-08' }, calendar)).toEqual({
      rule: 'standard',
      runsFrom: '2025-10-08',
      lastDay: '2026-10-08',
      suspendedDays: 0,
      provisional: false,
      source: '劳动争议调解仲裁法 第二十七条',
    });
  });

  it('a last day in 国庆 2026 rolls to the first working day after it (民法典 第二百零三条)', () => {
    expect(labourLimitation({ knewOn: '2025-10-03' }, calendar).lastDay).toBe('2026-10-08');
  });

  it('29 February: the year ends on 28 February (民法典 第二百零二条)', () => {
    expect(labourLimitation({ knewOn: '2024-02-29' }, calendar).lastDay).toBe('2025-02-28');
  });

  it('第二款: an interruption within the year restarts it from that day', () => {
    const result = labourLimitation(
      { knewOn: '2025-06-10', interruptions: [{ on: '2025-09-01', kind: 'claim' }] },
      calendar,
    );
    expect(result).toMatchObject({ runsFrom: '2025-09-01', lastDay: '2026-09-01' });
  });

  it('第二款: interruptions are taken in date order, each within the year then running', () => {
    const result = labourLimitation(
      {
        knewOn: '2024-06-10',
        interruptions: [
          { on: '2026-02-02', kind: 'agreed-to-perform' },
          { on: '2025-05-20', kind: 'relief-request' },
        ],
      },
      calendar,
    );
    expect(result).toMatchObject({ runsFrom: '2026-02-02', lastDay: '2027-02-02' });
  });

  it('第二款: an "interruption" after the year ran out revives nothing', () => {
    // 2025-03-01 is a Saturday: the year ran out on Monday 2025-03-03.
    const result = labourLimitation(
      { knewOn: '2024-03-01', interruptions: [{ on: '2025-05-01', kind: 'claim' }] },
      calendar,
    );
    expect(result).toMatchObject({ runsFrom: '2024-03-01', lastDay: '2025-03-03' });
  });

  it('第三款: a suspension adds the days it lasted', () => {
    const result = labourLimitation(
      { knewOn: '2025-06-10', suspensions: [{ from: '2025-07-01', to: '2025-07-31' }] },
      calendar,
    );
    expect(result).toMatchObject({ lastDay: '2026-07-10', suspendedDays: 30 });
  });

  it('第三款: only the part of a suspension after the year started counts', () => {
    const result = labourLimitation(
      { knewOn: '2025-06-10', suspensions: [{ from: '2025-06-01', to: '2025-06-20' }] },
      calendar,
    );
    expect(result).toMatchObject({ lastDay: '2026-06-22', suspendedDays: 10 });
  });

  it('第四款: unpaid wages are not barred while employment lasts; otherwise one year from its end', () => {
    expect(
      labourLimitation({ knewOn: '2020-01-15', wageArrears: { employmentEnded: false } }, calendar),
    ).toEqual({
      rule: 'wage-arrears-during-employment',
      runsFrom: null,
      lastDay: null,
      suspendedDays: 0,
      provisional: false,
      source: '劳动争议调解仲裁法 第二十七条第四款',
    });
    expect(
      labourLimitation(
        { knewOn: '2020-01-15', wageArrears: { employmentEnded: true, endedOn: '2025-09-30' } },
        calendar,
      ),
    ).toMatchObject({ rule: 'wage-arrears-after-employment', runsFrom: '2025-09-30', lastDay: '2026-09-30' });
  });

  it('a year without holiday data is marked provisional', () => {
    expect(labourLimitation({ knewOn: '2026-11-02' }, calendar).provisional).toBe(true);
  });
});

describe('isFinalAward (劳动争议调解仲裁法 第四十七条)', () => {
  const wage = 200_000; // 2,000 yuan a month: the ceiling is 24,000 yuan = 2,400,000 fen per item.

  it.each([
    [[{ kind: 'wages', amountFen: 2_400_000 }], true],
    [[{ kind: 'wages', amountFen: 2_400_001 }], false],
    [
      [
        { kind: 'wages', amountFen: 2_000_000 },
        { kind: 'compensation', amountFen: 2_000_000 },
      ],
      true,
    ],
    [[{ kind: 'standards' }], true],
    [[{ kind: 'standards' }, { kind: 'injury-medical', amountFen: 100 }], true],
    [[{ kind: 'wages', amountFen: 100 }, { kind: 'employment-relationship' }], false],
    [[{ kind: 'other' }], false],
    [[], false],
  ] as const)('%j → %s', (items, expected) => {
    expect(isFinalAward(items, wage)).toBe(expected);
  });

  it('without the minimum wage a monetary item cannot be shown final', () => {
    expect(isFinalAward([{ kind: 'wages', amountFen: 1 }], undefined)).toBe(false);
  });
});
