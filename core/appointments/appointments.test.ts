import { createCalendar } from '@core/calendar';
import { describe, expect, it } from 'vitest';
import {
  bookableDays,
  checkAppointmentSettings,
  DEFAULT_APPOINTMENT_SETTINGS,
  isBookable,
  slotStart,
} from './appointments';

const calendar = createCalendar();
const at = (local: string) => new Date(`${local}+08:00`);

describe('appointment slots on working days', () => {
  it('offers only working days, from today to today + daysAhead', () => {
    // Friday 2026-03-20, 08:00: today, then Monday–Friday of the next week (the weekend is left out).
    const days = bookableDays(
      calendar,
      DEFAULT_APPOINTMENT_SETTINGS,
      '2026-03-20',
      at('2026-03-20T08:00:00'),
    );
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });
  it('closes slots that start within the lead time, and drops a day with none left', () => {
    const days = bookableDays(
      calendar,
      DEFAULT_APPOINTMENT_SETTINGS,
      '2026-03-16',
      at('2026-03-16T09:30:00'),
    );
    expect(days[0]!.date).toBe('2026-03-16');
    expect(days[0]!.slots.map((s) => s.open)).toEqual([false, false, true, true]);
    const evening = bookableDays(
      calendar,
      DEFAULT_APPOINTMENT_SETTINGS,
      '2026-03-16',
      at('2026-03-16T18:00:00'),
    );
    expect(evening[0]!.date).toBe('2026-03-17');
  });
  it('skips statutory holidays (国庆 2026)', () => {
    const days = bookableDays(
      calendar,
      DEFAULT_APPOINTMENT_SETTINGS,
      '2026-09-30',
      at('2026-09-30T18:00:00'),
    );
    expect(days.map((d) => d.date).every((d) => d > '2026-10-07' || d < '2026-10-01')).toBe(true);
  });
  it('never offers a day whose status is a guess (a year without holiday data)', () => {
    const days = bookableDays(
      calendar,
      DEFAULT_APPOINTMENT_SETTINGS,
      '2031-03-03',
      at('2031-03-03T07:00:00'),
    );
    expect(days).toEqual([]);
  });
  it('isBookable finds an open slot and refuses a closed or unknown one', () => {
    const now = at('2026-03-16T09:30:00');
    expect(
      isBookable(calendar, DEFAULT_APPOINTMENT_SETTINGS, '2026-03-16', now, '2026-03-16', '14:30'),
    ).toEqual({
      start: '14:30',
      end: '15:30',
    });
    expect(
      isBookable(calendar, DEFAULT_APPOINTMENT_SETTINGS, '2026-03-16', now, '2026-03-16', '09:00'),
    ).toBeUndefined();
    expect(
      isBookable(calendar, DEFAULT_APPOINTMENT_SETTINGS, '2026-03-16', now, '2026-03-21', '09:00'),
    ).toBeUndefined();
    expect(
      isBookable(calendar, DEFAULT_APPOINTMENT_SETTINGS, '2026-03-16', now, '2026-03-17', '12:00'),
    ).toBeUndefined();
  });
  it('slotStart is Beijing time, whatever the process TZ', () => {
    expect(slotStart('2026-03-16', '09:00').toISOString()).toBe('2026-03-16T01:00:00.000Z');
  });
});

describe('checkAppointmentSettings', () => {
  it('accepts the defaults', () => {
    expect(checkAppointmentSettings(DEFAULT_APPOINTMENT_SETTINGS)).toBeUndefined();
  });
  it.each([
    [{ capacity: 0 }, '每个时段可预约人数'],
    [{ daysAhead: 0 }, '可提前预约天数'],
    [{ leadMinutes: -1 }, '截止预约'],
    [{ slots: [] }, '请设置'],
    [{ slots: [{ start: '9:00', end: '10:00' }] }, '时间格式'],
    [{ slots: [{ start: '10:00', end: '09:00' }] }, '开始时间应早于'],
    [
      {
        slots: [
          { start: '09:00', end: '10:30' },
          { start: '10:00', end: '11:00' },
        ],
      },
      '重叠',
    ],
  ])('refuses %j', (change, message) => {
    expect(checkAppointmentSettings({ ...DEFAULT_APPOINTMENT_SETTINGS, ...change })).toContain(message);
  });
});
