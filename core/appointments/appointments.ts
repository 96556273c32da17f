import { addCalendarDays, type Calendar } from '@core/calendar';

/**
 * Appointments (预约) citizens book on their phone: a notarization, a people's mediation session, or a
 * consultation with the public legal service lawyer team (公共法律服务律师团). Slots are fixed times of a
 * working day (core/calendar), each with a capacity; a hall sets its own times and capacity.
 */
export const APPOINTMENT_SERVICES = ['notarization', 'mediation', 'lawyer-consultation'] as const;
export type AppointmentService = (typeof APPOINTMENT_SERVICES)[number];
export const APPOINTMENT_SERVICE_LABELS = {
  notarization: '公证办理',
  mediation: '人民调解',
  'lawyer-consultation': '律师团咨询',
} as const satisfies Record<AppointmentService, string>;

export function isAppointmentService(value: unknown): value is AppointmentService {
  return (APPOINTMENT_SERVICES as readonly unknown[]).includes(value);
}

/** A slot of the day, Beijing wall-clock `HH:MM`, `start` < `end`. */
export interface SlotTime {
  start: string;
  end: string;
}

export interface AppointmentSettings {
  slots: SlotTime[];
  /** Citizens per slot (≥ 1). */
  capacity: number;
  /** How many calendar days ahead (from today) may be booked. */
  daysAhead: number;
  /** Minutes before a slot starts after which it can no longer be booked. */
  leadMinutes: number;
}

/** Used until a hall saves its own settings for a service. */
export const DEFAULT_APPOINTMENT_SETTINGS: AppointmentSettings = {
  slots: [
    { start: '09:00', end: '10:00' },
    { start: '10:00', end: '11:00' },
    { start: '14:30', end: '15:30' },
    { start: '15:30', end: '16:30' },
  ],
  capacity: 4,
  daysAhead: 7,
  leadMinutes: 60,
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A problem with settings (Chinese message), or undefined when they are valid. */
export function checkAppointmentSettings(settings: AppointmentSettings): string | undefined {
  if (!Number.isInteger(settings.capacity) || settings.capacity < 1 || settings.capacity > 200)
    return '每个时段可预约人数应为 1–200 的整数';
  if (!Number.isInteger(settings.daysAhead) || settings.daysAhead < 1 || settings.daysAhead > 60)
    return '可提前预约天数应为 1–60 的整数';
  if (!Number.isInteger(settings.leadMinutes) || settings.leadMinutes < 0 || settings.leadMinutes > 1440)
    return '截止预约提前分钟数应为 0–1440 的整数';
  if (settings.slots.length === 0 || settings.slots.length > 24) return '请设置 1–24 个预约时段';
  for (const [i, slot] of settings.slots.entries()) {
    if (!HHMM.test(slot.start) || !HHMM.test(slot.end)) return `第 ${i + 1} 个时段的时间格式应为 HH:MM`;
    if (slot.start >= slot.end) return `第 ${i + 1} 个时段的开始时间应早于结束时间`;
    const previous = settings.slots[i - 1];
    if (previous && previous.end > slot.start) return `第 ${i + 1} 个时段与前一时段重叠或顺序有误`;
  }
  return undefined;
}

/** The instant a slot of business date `date` starts (`HH:MM` Beijing). */
export function slotStart(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

export interface BookableDay {
  date: string;
  slots: (SlotTime & { open: boolean })[];
}

/**
 * The days and slots that may be booked at `now` (today = `today`, the Beijing business date): working
 * days from today to today + daysAhead, leaving out days whose working status is only a guess (a year the
 * holiday data does not cover: never book a citizen onto what may be a holiday). A slot is open while it
 * starts at least `leadMinutes` after `now`; days with no open slot are left out.
 */
export function bookableDays(
  calendar: Calendar,
  settings: AppointmentSettings,
  today: string,
  now: Date,
): BookableDay[] {
  const days: BookableDay[] = [];
  for (let offset = 0; offset <= settings.daysAhead; offset++) {
    const date = addCalendarDays(today, offset);
    const day = calendar.isWorkingDay(date);
    if (!day.working || day.provisional) continue;
    const slots = settings.slots.map((slot) => ({
      ...slot,
      open: slotStart(date, slot.start).getTime() - now.getTime() >= settings.leadMinutes * 60_000,
    }));
    if (slots.some((slot) => slot.open)) days.push({ date, slots });
  }
  return days;
}

/** Whether `date` + `start` is one of the open slots at `now`. */
export function isBookable(
  calendar: Calendar,
  settings: AppointmentSettings,
  today: string,
  now: Date,
  date: string,
  start: string,
): SlotTime | undefined {
  const day = bookableDays(calendar, settings, today, now).find((d) => d.date === date);
  const slot = day?.slots.find((s) => s.start === start && s.open);
  return slot ? { start: slot.start, end: slot.end } : undefined;
}
