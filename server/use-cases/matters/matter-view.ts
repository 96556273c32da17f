import { addCalendarDays, businessDateOf, calendarDaysBetween } from '@core/calendar';
import { type LateApplicationWarning, lateApplicationWarnings } from '@core/procedures/late-application';
import { matterTitle } from '@core/procedures/matter-title';
import type { MatterState } from '@core/procedures/procedure-kit';
import { getProcedure, type MatterService } from '@core/procedures/registry';
import { getService } from '@core/queue/services';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, StaffActor } from '../../context';
import { matterActions, matterClocks, matterParties, matters, persons } from '../../db/schema/index';
import type { MatterRow } from './matter-store';

/** Days before the last day a clock counts as due soon (reminders, the "my deadlines" colour). */
export const DUE_SOON_DAYS = 3;

export const clockItem = z.object({
  kind: z.string(),
  label: z.string(),
  source: z.string(),
  basis: z.enum(['calendar-days', 'working-days']),
  amount: z.number().int(),
  extendedBy: z.number().int(),
  startsOn: z.string(),
  dueOn: z.string(),
  pausedSince: z.string().nullable(),
  pausedDays: z.number().int(),
  provisional: z.boolean(),
  responsibleRole: z.string().nullable(),
  /** Calendar days from today (Beijing) to the last day; negative when past. */
  daysLeft: z.number().int(),
  level: z.enum(['ok', 'due-soon', 'overdue', 'paused']),
  remindedAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
});
export type ClockItem = z.infer<typeof clockItem>;

export const matterListItem = z.object({
  id: z.string(),
  orgId: z.string(),
  service: z.string(),
  serviceName: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  closed: z.boolean(),
  version: z.number().int(),
  summary: z.string(),
  /** '人民调解 · 李四 与 王五（邻里纠纷）' (core/procedures/matter-title.ts), and in English. */
  title: z.string(),
  titleEn: z.string(),
  parties: z.array(z.object({ name: z.string(), role: z.string() })),
  handlerUserId: z.string().nullable(),
  openedAt: z.string(),
  /** The nearest open clock, if any. */
  nextDue: clockItem.nullable(),
  /** True when some clock is past its last day. */
  breached: z.boolean(),
});
export type MatterListItem = z.infer<typeof matterListItem>;

export const partyItem = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  role: z.string(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
});

export const actionItem = z.object({
  seq: z.number().int(),
  type: z.string(),
  label: z.string(),
  source: z.string(),
  at: z.string(),
  actorRole: z.string(),
  actorName: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

export const nextActionItem = z.object({
  type: z.string(),
  label: z.string(),
  source: z.string(),
  roles: z.array(z.string()),
  /** True when one of the actor's roles may take it. */
  mine: z.boolean(),
  /** The values this matter allows for the action's enum fields, by field path (the form offers only these). */
  choices: z.record(z.string(), z.array(z.string())),
});

/** A late-application warning (core/procedures/late-application.ts). */
export const lateApplicationWarning = z.object({
  code: z.string(),
  limit: z.enum(['labour-limitation', 'application-period', 'one-year-cap', 'long-stop']),
  lastDay: z.string(),
  source: z.string(),
  claimIndex: z.number().int().optional(),
  claimKind: z.string().optional(),
  message: z.string(),
}) satisfies z.ZodType<LateApplicationWarning>;

export const matterDetail = matterListItem.extend({
  state: z.record(z.string(), z.unknown()),
  ticketNumber: z.string().nullable(),
  referredFrom: z.object({ id: z.string(), number: z.string(), service: z.string() }).nullable(),
  referrals: z.array(z.object({ id: z.string(), number: z.string(), service: z.string() })),
  partyDetails: z.array(partyItem),
  actions: z.array(actionItem),
  clocks: z.array(clockItem),
  nextActions: z.array(nextActionItem),
  /**
   * That the application was made after a statutory limit had passed (劳动争议调解仲裁法 第二十七条 per claim;
   * 行政复议法 第二十条、第二十一条), as the registration warned: kept on the matter so its page says so too.
   */
  lateWarnings: z.array(lateApplicationWarning),
});
export type MatterDetail = z.infer<typeof matterDetail>;

type ClockRow = typeof matterClocks.$inferSelect;

/** A stored clock as the API returns it, as of business date `today`. */
export function toClockItem(row: ClockRow, today: string): ClockItem {
  const daysLeft = calendarDaysBetween(today, row.dueOn);
  const level: ClockItem['level'] = row.pausedSince
    ? 'paused'
    : daysLeft < 0
      ? 'overdue'
      : row.dueOn <= addCalendarDays(today, DUE_SOON_DAYS)
        ? 'due-soon'
        : 'ok';
  return {
    kind: row.kind,
    label: row.label,
    source: row.source,
    basis: row.basis === 'working-days' ? 'working-days' : 'calendar-days',
    amount: row.amount,
    extendedBy: row.extendedBy,
    startsOn: row.startsOn,
    dueOn: row.dueOn,
    pausedSince: row.pausedSince,
    pausedDays: row.pausedDays,
    provisional: row.provisional,
    responsibleRole: row.responsibleRole,
    daysLeft,
    level,
    remindedAt: row.remindedAt?.toISOString() ?? null,
    breachedAt: row.breachedAt?.toISOString() ?? null,
  };
}

function labelOf(service: string, status: string): string {
  const definition = getProcedure(service).definition;
  return definition.statusLabels[status] ?? status;
}

/** List items for rows, with their parties and nearest clock (two queries for the page). */
export async function toListItems(
  executor: Executor,
  rows: readonly MatterRow[],
  now: Date,
): Promise<MatterListItem[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const today = businessDateOf(now);
  const parties = await executor
    .select({ matterId: matterParties.matterId, name: matterParties.name, role: matterParties.role })
    .from(matterParties)
    .where(inArray(matterParties.matterId, ids))
    .orderBy(asc(matterParties.position), asc(matterParties.id));
  const clocks = await executor
    .select()
    .from(matterClocks)
    .where(inArray(matterClocks.matterId, ids))
    .orderBy(asc(matterClocks.dueOn), asc(matterClocks.kind));
  return rows.map((row) => {
    const mine = clocks.filter((clock) => clock.matterId === row.id);
    const first = mine[0];
    const own = parties.filter((p) => p.matterId === row.id).map(({ name, role }) => ({ name, role }));
    const titleInput = {
      service: row.service as MatterService,
      parties: own,
      state: row.state,
      summary: row.summary,
    };
    return {
      id: row.id,
      orgId: row.orgId,
      service: row.service,
      serviceName: getService(row.service).nameZh,
      number: row.number,
      status: row.status,
      statusLabel: labelOf(row.service, row.status),
      closed: row.closed,
      version: row.version,
      summary: row.summary,
      title: matterTitle(titleInput, 'zh'),
      titleEn: matterTitle(titleInput, 'en'),
      parties: own,
      handlerUserId: row.handlerUserId,
      openedAt: row.openedAt.toISOString(),
      nextDue: first ? toClockItem(first, today) : null,
      breached: mine.some((clock) => clock.dueOn < today),
    };
  });
}

/** The full detail of a matter: parties (masked), log, clocks, next actions for `actor`. */
export async function readMatterDetail(
  executor: Executor,
  actor: StaffActor,
  row: MatterRow & { service: MatterService },
  now: Date,
): Promise<MatterDetail> {
  const [item] = await toListItems(executor, [row], now);
  const today = businessDateOf(now);
  const definition = getProcedure(row.service).definition;
  const partyRows = await executor
    .select({
      id: matterParties.id,
      personId: matterParties.personId,
      role: matterParties.role,
      name: matterParties.name,
      idNumberMasked: persons.idNumberMasked,
      phoneMasked: persons.phoneMasked,
    })
    .from(matterParties)
    .leftJoin(persons, eq(persons.id, matterParties.personId))
    .where(eq(matterParties.matterId, row.id))
    .orderBy(asc(matterParties.position), asc(matterParties.id));
  const log = await executor
    .select()
    .from(matterActions)
    .where(eq(matterActions.matterId, row.id))
    .orderBy(asc(matterActions.seq));
  const clocks = await executor
    .select()
    .from(matterClocks)
    .where(eq(matterClocks.matterId, row.id))
    .orderBy(asc(matterClocks.dueOn));
  const link = { id: matters.id, number: matters.number, service: matters.service };
  const [from] = row.referredFromId
    ? await executor.select(link).from(matters).where(eq(matters.id, row.referredFromId))
    : [];
  const referrals = await executor
    .select(link)
    .from(matters)
    .where(and(eq(matters.referredFromId, row.id)))
    .orderBy(desc(matters.openedAt));
  const state = row.state as unknown as MatterState<string>;
  const next = definition.nextActions({ ...state, openedAt: new Date(row.openedAt) });
  const choices = definition.choices({ ...state, openedAt: new Date(row.openedAt) });
  return {
    ...item!,
    state: row.state,
    ticketNumber: row.ticketNumber,
    referredFrom: from ?? null,
    referrals,
    partyDetails: partyRows.map((p) => ({
      ...p,
      idNumberMasked: p.idNumberMasked ?? null,
      phoneMasked: p.phoneMasked ?? null,
    })),
    actions: log.map((entry) => ({
      seq: entry.seq,
      type: entry.type,
      label: definition.actionLabels[entry.type] ?? entry.type,
      source: definition.actionSources[entry.type] ?? '',
      at: entry.at.toISOString(),
      actorRole: entry.actorRole,
      actorName: entry.actorName,
      payload: entry.payload,
    })),
    clocks: clocks.map((clock) => toClockItem(clock, today)),
    lateWarnings: lateApplicationWarnings(row.service, row.state),
    nextActions: next.map((type) => {
      const roles = [...(definition.actionRoles[type] ?? [])];
      return {
        type,
        label: definition.actionLabels[type] ?? type,
        source: definition.actionSources[type] ?? '',
        roles,
        mine: actor.roles.some((role) => roles.includes(role)),
        choices: Object.fromEntries(
          Object.entries(choices[type] ?? {}).map(([path, values]) => [path, [...values]]),
        ),
      };
    }),
  };
}
