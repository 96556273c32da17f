import { assertCan } from '@core/access';
import {
  APPOINTMENT_SERVICE_LABELS,
  APPOINTMENT_SERVICES,
  type AppointmentService,
  type AppointmentSettings,
  checkAppointmentSettings,
  DEFAULT_APPOINTMENT_SETTINGS,
} from '@core/appointments';
import { badInput, staleVersion } from '@core/errors';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { appointmentSettings } from '../../db/schema/index';
import { resolveCenter } from '../queue/queue-center';

export const serviceParam = z.object({
  service: z.enum(APPOINTMENT_SERVICES, { error: '未知的预约服务' }),
});

export const settingsItem = z.object({
  service: z.string(),
  serviceLabel: z.string(),
  slots: z.array(z.object({ start: z.string(), end: z.string() })),
  capacity: z.number().int(),
  daysAhead: z.number().int(),
  leadMinutes: z.number().int(),
  /** 0 = the defaults (no row yet). */
  version: z.number().int(),
});
export type SettingsItem = z.infer<typeof settingsItem>;

/** A hall's settings for `service` (the defaults when it has none) and the row's version (0 = none). */
export async function loadAppointmentSettings(
  executor: Executor,
  orgId: string,
  service: AppointmentService,
): Promise<AppointmentSettings & { version: number }> {
  const [row] = await executor
    .select()
    .from(appointmentSettings)
    .where(and(eq(appointmentSettings.orgId, orgId), eq(appointmentSettings.service, service)));
  if (!row) return { ...DEFAULT_APPOINTMENT_SETTINGS, version: 0 };
  return {
    slots: row.slots,
    capacity: row.capacity,
    daysAhead: row.daysAhead,
    leadMinutes: row.leadMinutes,
    version: row.version,
  };
}

/** The hall's settings of every appointment service (appointment.read). */
export async function listAppointmentSettings(
  services: Services,
  { actor }: UseCaseCall<Record<string, never>>,
): Promise<{ items: SettingsItem[] }> {
  assertCan(actor, 'appointment.read');
  const center = await resolveCenter(services.db);
  const items = await Promise.all(
    APPOINTMENT_SERVICES.map(async (service) => ({
      service,
      serviceLabel: APPOINTMENT_SERVICE_LABELS[service],
      ...(await loadAppointmentSettings(services.db, center.id, service)),
    })),
  );
  return { items };
}

export const settingsBody = z.object({
  version: z.number().int().min(0),
  slots: z.array(z.object({ start: z.string().max(5), end: z.string().max(5) })).max(24),
  capacity: z.number().int(),
  daysAhead: z.number().int(),
  leadMinutes: z.number().int(),
});

/**
 * Saves a service's slot times and capacity for the hall (appointment.manage, in scope; core
 * checkAppointmentSettings; version 0 creates). Slots already booked keep their capacity row; new bookings
 * use the new capacity.
 */
export async function updateAppointmentSettings(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof settingsBody> & { service: AppointmentService }>,
): Promise<SettingsItem> {
  assertCan(actor, 'appointment.manage');
  const problem = checkAppointmentSettings(input);
  if (problem) throw badInput('APPOINTMENT.INVALID_SETTINGS', problem);
  return services.db.transaction(async (tx) => {
    const center = await resolveCenter(tx);
    assertCan(actor, 'appointment.manage', { orgId: center.id });
    const current = await loadAppointmentSettings(tx, center.id, input.service);
    if (current.version !== input.version) throw staleVersion('预约设置');
    const values = {
      slots: input.slots,
      capacity: input.capacity,
      daysAhead: input.daysAhead,
      leadMinutes: input.leadMinutes,
      version: input.version + 1,
      updatedBy: actor.userId,
      updatedAt: services.now(),
    };
    await tx
      .insert(appointmentSettings)
      .values({ orgId: center.id, service: input.service, ...values })
      .onConflictDoUpdate({ target: [appointmentSettings.orgId, appointmentSettings.service], set: values });
    await recordAudit(tx, actor, meta, {
      action: 'appointment.settings',
      entityType: 'appointment-settings',
      entityId: input.service,
      orgId: center.id,
      before: current,
      after: values,
    });
    return { service: input.service, serviceLabel: APPOINTMENT_SERVICE_LABELS[input.service], ...values };
  });
}
