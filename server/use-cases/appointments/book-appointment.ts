import { createHash, randomBytes } from 'node:crypto';
import { assertCan } from '@core/access';
import {
  APPOINTMENT_SERVICE_LABELS,
  APPOINTMENT_SERVICES,
  type AppointmentService,
  bookableDays,
  isBookable,
} from '@core/appointments';
import { businessDateOf, isIsoDate } from '@core/calendar';
import { badInput, conflict, notFound } from '@core/errors';
import { maskPhone, validatePersonName } from '@core/identity';
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta, Services, UseCaseCall } from '../../context';
import { appointmentSlots, appointments } from '../../db/schema/index';
import { loadCalendar } from '../calendar/load-calendar';
import { checkedPhone, citizenErrors } from '../citizen/citizen-errors';
import { consumeCode } from '../citizen/sms-codes';
import { resolveCenter } from '../queue/queue-center';
import { loadAppointmentSettings } from './appointment-settings';

export const availabilityQuery = z.object({
  service: z.enum(APPOINTMENT_SERVICES, { error: '未知的预约服务' }),
});

export const availabilityReply = z.object({
  service: z.string(),
  serviceLabel: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      slots: z.array(
        z.object({
          start: z.string(),
          end: z.string(),
          open: z.boolean(),
          remaining: z.number().int(),
          /**
           * Why a slot can or cannot be booked: 'open' (seats left), 'full' (约满: no seat left), or
           * 'closed' (已过: it has started, or starts within the lead time, so it is past for booking).
           */
          state: z.enum(['open', 'full', 'closed']),
        }),
      ),
    }),
  ),
});

/**
 * 可预约时段 (public): the hall's working days and slots for a service (core bookableDays: working days
 * only, not within the lead time), with the seats left in each (capacity − booked) and each slot's
 * state: open, full (约满) or closed (已过: started or within the lead time; never called full).
 */
export async function listAvailability(
  services: Services,
  input: z.infer<typeof availabilityQuery>,
): Promise<z.infer<typeof availabilityReply>> {
  const now = services.now();
  const today = businessDateOf(now);
  const center = await resolveCenter(services.db);
  const [settings, calendar] = await Promise.all([
    loadAppointmentSettings(services.db, center.id, input.service),
    loadCalendar(services.db),
  ]);
  const days = bookableDays(calendar, settings, today, now);
  const booked = days.length
    ? await services.db
        .select({
          date: appointmentSlots.date,
          start: appointmentSlots.start,
          booked: appointmentSlots.booked,
          capacity: appointmentSlots.capacity,
        })
        .from(appointmentSlots)
        .where(
          and(
            eq(appointmentSlots.orgId, center.id),
            eq(appointmentSlots.service, input.service),
            inArray(
              appointmentSlots.date,
              days.map((d) => d.date),
            ),
          ),
        )
    : [];
  const seats = new Map(booked.map((b) => [`${b.date} ${b.start}`, Math.max(0, b.capacity - b.booked)]));
  return {
    service: input.service,
    serviceLabel: APPOINTMENT_SERVICE_LABELS[input.service],
    days: days.map((day) => ({
      date: day.date,
      slots: day.slots.map((slot) => {
        const remaining = seats.get(`${day.date} ${slot.start}`) ?? settings.capacity;
        const state = !slot.open ? 'closed' : remaining > 0 ? 'open' : 'full';
        return {
          ...slot,
          open: state === 'open',
          remaining: slot.open ? remaining : 0,
          state: state as 'open' | 'full' | 'closed',
        };
      }),
    })),
  };
}

export const bookBody = z.object({
  service: z.enum(APPOINTMENT_SERVICES, { error: '未知的预约服务' }),
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD'),
  start: z.string().regex(/^\d{2}:\d{2}$/, '时间应为 HH:MM'),
  name: z.string({ error: '请输入姓名' }).max(100, '姓名不能超过 100 个字'),
  phone: z.string({ error: '请输入手机号码' }).max(40, '手机号码过长'),
  code: z
    .string({ error: '请输入验证码' })
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
});

export const bookingReply = z.object({
  reference: z.string(),
  service: z.string(),
  serviceLabel: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  cancelToken: z.string(),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function newReference(date: string): string {
  const bytes = randomBytes(4);
  const tail = [...bytes].map((b) => REF_ALPHABET[b % REF_ALPHABET.length]).join('');
  return `YY${date.slice(2).replaceAll('-', '')}-${tail}`;
}

/**
 * 预约 (public, after an SMS code, purpose 'book'): a seat in a slot that core isBookable allows now
 * (working day, not past the lead time; 409 APPOINTMENT.SLOT_CLOSED otherwise). The seat is taken with ONE
 * upsert on the slot row guarded by `booked < capacity` (409 APPOINTMENT.FULL when no row comes back; the
 * check constraint forbids over-booking outright), and one booked appointment per phone, service and day
 * (409 APPOINTMENT.ALREADY_BOOKED, a partial unique index, checked only after the code: nobody learns
 * whether someone else's phone holds a booking). One transaction with its audit entry.
 */
export async function bookAppointment(
  services: Services,
  input: z.infer<typeof bookBody>,
  meta: RequestMeta,
): Promise<z.infer<typeof bookingReply>> {
  const phone = checkedPhone(input.phone);
  const name = validatePersonName(input.name);
  if (!name.ok) throw badInput('PERSON.INVALID_NAME', name.message, 'name');
  const now = services.now();
  const center = await resolveCenter(services.db);
  const [settings, calendar] = await Promise.all([
    loadAppointmentSettings(services.db, center.id, input.service),
    loadCalendar(services.db),
  ]);
  const slot = isBookable(calendar, settings, businessDateOf(now), now, input.date, input.start);
  if (!slot) throw conflict('APPOINTMENT.SLOT_CLOSED', '该时段不可预约，请选择其他时段');
  // A full slot is refused before the code is spent (the upsert below still decides under a race).
  const [taken] = await services.db
    .select({ booked: appointmentSlots.booked, capacity: appointmentSlots.capacity })
    .from(appointmentSlots)
    .where(
      and(
        eq(appointmentSlots.orgId, center.id),
        eq(appointmentSlots.service, input.service),
        eq(appointmentSlots.date, input.date),
        eq(appointmentSlots.start, slot.start),
      ),
    );
  if (taken && taken.booked >= taken.capacity) throw full();
  const consumed = await consumeCode(services, { purpose: 'book', phone, code: input.code });
  if (!consumed) throw citizenErrors.invalidCode();
  // Whether this phone already holds a booking is told only to the phone's owner (after the code).
  const phoneHash = services.cipher.lookupHash(phone);
  const [existing] = await services.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.phoneHash, phoneHash),
        eq(appointments.service, input.service),
        eq(appointments.date, input.date),
        eq(appointments.status, 'booked'),
      ),
    );
  if (existing) throw alreadyBooked();
  const cancelToken = randomBytes(24).toString('base64url');
  try {
    return await services.db.transaction(async (tx) => {
      const [seat] = await tx
        .insert(appointmentSlots)
        .values({
          orgId: center.id,
          service: input.service,
          date: input.date,
          start: slot.start,
          end: slot.end,
          capacity: settings.capacity,
          booked: 1,
        })
        .onConflictDoUpdate({
          target: [
            appointmentSlots.orgId,
            appointmentSlots.service,
            appointmentSlots.date,
            appointmentSlots.start,
          ],
          set: { booked: sql`${appointmentSlots.booked} + 1` },
          setWhere: sql`${appointmentSlots.booked} < ${appointmentSlots.capacity}`,
        })
        .returning({ id: appointmentSlots.id });
      if (!seat) throw full();
      const reference = newReference(input.date);
      const [row] = await tx
        .insert(appointments)
        .values({
          reference,
          orgId: center.id,
          slotId: seat.id,
          service: input.service,
          date: input.date,
          start: slot.start,
          end: slot.end,
          name: name.name,
          phoneEnc: services.cipher.encrypt(phone),
          phoneHash,
          phoneMasked: maskPhone(phone),
          note: input.note || null,
          cancelTokenHash: sha256(cancelToken),
          createdAt: now,
        })
        .returning({ id: appointments.id });
      await recordAudit(tx, null, meta, {
        action: 'appointment.book',
        entityType: 'appointment',
        entityId: row!.id,
        orgId: center.id,
        after: {
          reference,
          service: input.service,
          date: input.date,
          start: slot.start,
          phone: maskPhone(phone),
        },
      });
      return {
        reference,
        service: input.service,
        serviceLabel: APPOINTMENT_SERVICE_LABELS[input.service],
        date: input.date,
        start: slot.start,
        end: slot.end,
        cancelToken,
      };
    });
  } catch (error) {
    const code =
      (error as { cause?: { code?: string }; code?: string }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '23505') throw alreadyBooked();
    throw error;
  }
}

const full = () => conflict('APPOINTMENT.FULL', '该时段已约满，请选择其他时段');
const alreadyBooked = () =>
  conflict('APPOINTMENT.ALREADY_BOOKED', '您当天已预约该项服务，如需改期请先取消原预约');

export const cancelBody = z.object({
  reference: z.string().trim().max(40),
  cancelToken: z.string().max(100),
});

/** Cancels a booking with the token given at booking; frees its seat. 404 for a wrong reference or token. */
export async function cancelAppointment(
  services: Services,
  input: z.infer<typeof cancelBody>,
  meta: RequestMeta,
): Promise<{ cancelled: true }> {
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.reference, input.reference),
          eq(appointments.cancelTokenHash, sha256(input.cancelToken)),
        ),
      )
      .for('update');
    if (row?.status !== 'booked') throw notFound('APPOINTMENT.NOT_FOUND', '未找到该预约或已取消');
    await tx
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: services.now() })
      .where(eq(appointments.id, row.id));
    await tx
      .update(appointmentSlots)
      .set({ booked: sql`${appointmentSlots.booked} - 1` })
      .where(eq(appointmentSlots.id, row.slotId));
    await recordAudit(tx, null, meta, {
      action: 'appointment.cancel',
      entityType: 'appointment',
      entityId: row.id,
      orgId: row.orgId,
      before: { status: 'booked' },
      after: { status: 'cancelled' },
    });
    return { cancelled: true as const };
  });
}

export const appointmentsQuery = z.object({
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD').optional(),
  service: z.enum(APPOINTMENT_SERVICES).optional(),
});

export const appointmentList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      service: z.string(),
      serviceLabel: z.string(),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      name: z.string(),
      phoneMasked: z.string(),
      note: z.string().nullable(),
      status: z.string(),
    }),
  ),
});

/** 预约名单 (appointment.read, in scope): the hall's bookings from `date` (default today) on. */
export async function listAppointments(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof appointmentsQuery>>,
): Promise<z.infer<typeof appointmentList>> {
  assertCan(actor, 'appointment.read');
  const from = input.date ?? businessDateOf(services.now());
  const rows = await services.db
    .select()
    .from(appointments)
    .where(
      and(
        inArray(appointments.orgId, [...actor.scopeOrgIds]),
        input.date ? eq(appointments.date, from) : gte(appointments.date, from),
        input.service ? eq(appointments.service, input.service) : undefined,
      ),
    )
    .orderBy(asc(appointments.date), asc(appointments.start), asc(appointments.createdAt))
    .limit(500);
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      service: r.service,
      serviceLabel: APPOINTMENT_SERVICE_LABELS[r.service as AppointmentService] ?? r.service,
      date: r.date,
      start: r.start,
      end: r.end,
      name: r.name,
      phoneMasked: r.phoneMasked,
      note: r.note,
      status: r.status,
    })),
  };
}
