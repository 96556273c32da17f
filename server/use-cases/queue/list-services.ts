import { services as allServices } from '@core/queue/services';
import { z } from 'zod';
import type { Services } from '../../context';
import { loadCalendar } from '../calendar/load-calendar';
import { hallStatusAt } from './hall-hours';
import { estimatedWaitMinutes, loadHallLoad, windowsServing } from './hall-load';
import { resolveCenter } from './queue-center';
import { loadQueueSettings } from './queue-settings';

export const listServicesQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
});

export const kioskServices = z.object({
  businessDate: z.string(),
  open: z.boolean(),
  /** Why tickets cannot be taken now, naming the next opening (Chinese); absent when open. */
  closedReason: z.string().optional(),
  nextOpening: z.object({ date: z.string(), time: z.string(), at: z.string() }).nullable().optional(),
  services: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      prefix: z.string(),
      icon: z.string(),
      description: z.string(),
      waiting: z.number().int(),
      openWindows: z.number().int(),
      estimatedWaitMinutes: z.number().int().nullable(),
    }),
  ),
});
export type KioskServices = z.infer<typeof kioskServices>;

/**
 * What the kiosk offers now (public, no personal data): the services some window of the center serves,
 * in kiosk order, with the waiting count, open windows and the estimated wait of a new ticket (core
 * estimateWait: whole minutes, null without an open window), and whether the hall issues tickets now.
 */
export async function listServices(
  services: Services,
  input: { centerId?: string | undefined },
): Promise<KioskServices> {
  const center = await resolveCenter(services.db, input.centerId);
  const now = services.now();
  const calendar = await loadCalendar(services.db);
  const businessDate = calendar.businessDate(now);
  const [settings, load] = await Promise.all([
    loadQueueSettings(services.db, center.id),
    loadHallLoad(services.db, center.id, businessDate),
  ]);
  const hall = hallStatusAt(calendar, settings.openingHours, now);
  return {
    businessDate,
    open: hall.open,
    ...(hall.open ? {} : { closedReason: hall.message, nextOpening: hall.nextOpening }),
    services: allServices
      .filter((service) => windowsServing(load, service.code).all > 0)
      .map((service) => {
        const waiting = load.waiting.get(service.code) ?? 0;
        return {
          code: service.code,
          name: service.nameZh,
          prefix: service.ticketPrefix,
          icon: service.icon,
          description: service.descriptionZh,
          waiting,
          openWindows: windowsServing(load, service.code).open,
          estimatedWaitMinutes: estimatedWaitMinutes(load, service.code, waiting),
        };
      }),
  };
}
