import { createCalendar } from '@core/calendar';
import { describe, expect, it } from 'vitest';
import { beijingHour, beijingMinuteOfDay, hallStatusAt } from './hall-hours';

const calendar = createCalendar([{ date: '2026-03-18', kind: 'holiday', source: '临时闭厅通知' }]);
const hours = [
  { from: '08:30', to: '12:00' },
  { from: '13:30', to: '17:30' },
];
const at = (beijing: string) => new Date(`${beijing}+08:00`);

describe('hall hours (Beijing time, whatever TZ)', () => {
  it('reads the Beijing time of day of an instant', () => {
    expect(beijingMinuteOfDay(new Date('2026-03-16T15:59:59Z'))).toBe(23 * 60 + 59);
    expect(beijingMinuteOfDay(new Date('2026-03-16T16:00:00Z'))).toBe(0);
    expect(beijingHour(new Date('2026-03-16T01:30:00Z'))).toBe(9);
  });

  it('opens from `from` inclusive to `to` exclusive', () => {
    expect(hallStatusAt(calendar, hours, at('2026-03-16T08:30:00')).open).toBe(true);
    expect(hallStatusAt(calendar, hours, at('2026-03-16T11:59:59')).open).toBe(true);
    expect(hallStatusAt(calendar, hours, at('2026-03-16T12:00:00')).open).toBe(false);
    expect(hallStatusAt(calendar, [{ from: '00:00', to: '24:00' }], at('2026-03-16T23:59:59')).open).toBe(
      true,
    );
  });

  it('follows administrator overrides and names the next opening', () => {
    const closed = hallStatusAt(calendar, hours, at('2026-03-18T10:00:00'));
    expect(closed).toMatchObject({
      open: false,
      reason: 'rest-day',
      nextOpening: { date: '2026-03-19', time: '08:30', at: '2026-03-19T00:30:00.000Z' },
    });
    const friday = hallStatusAt(calendar, hours, at('2026-03-20T18:00:00'));
    expect(friday).toMatchObject({ reason: 'outside-hours', nextOpening: { date: '2026-03-23' } });
    expect(friday.open ? '' : friday.message).toContain('3月23日（星期一）08:30');
  });
});
