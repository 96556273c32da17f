import { describe, expect, it } from 'vitest';
import { generateHistory } from './history';

describe('generateHistory: the hall keeps the official calendar', () => {
  const days = [
    ...generateHistory({
      from: '2026-09-18',
      to: '2026-10-12',
      today: '2026-10-13',
      seed: 'calendar-test',
      centers: [
        {
          orgId: 'center',
          windows: [{ id: 'w1', services: ['consultation', 'legal-aid'] }],
          ticketsPerDay: 40,
        },
      ],
      agencies: [
        { orgId: 'agency', prefix: '包', regionCode: '150200', mattersPerDay: 3, personIds: ['p1', 'p2'] },
      ],
      lawyers: [{ id: 'l1', name: '周志远' }],
      consultationUserIds: ['u1'],
      settleAll: true,
    }),
  ];
  const busy = (date: string) => {
    const day = days.find((d) => d.date === date)!;
    return day.tickets.length + day.matters.length;
  };

  it('has no visitors on 中秋 (09-25), 国庆 (10-01…10-07) or an ordinary weekend (10-11)', () => {
    for (const date of ['2026-09-25', '2026-10-01', '2026-10-04', '2026-10-07', '2026-10-11'])
      expect([date, busy(date)]).toEqual([date, 0]);
  });

  it('has visitors on the make-up working days (Sunday 09-20, Saturday 10-10) and ordinary weekdays', () => {
    for (const date of ['2026-09-20', '2026-10-10', '2026-09-18', '2026-10-09', '2026-10-12'])
      expect(busy(date), date).toBeGreaterThan(0);
  });
});
