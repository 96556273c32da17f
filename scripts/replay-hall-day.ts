/**
 * `npm run replay -- [fixture.json] [--base-url http://localhost:3000] [--user admin] [--password lawhall2026]
 *  [--seed 20260316] [--extra-windows 4] [--keep-windows] [--lunch-break] [--force]`
 *
 * Replays one day of the hall (default: scripts/fixtures/hall-day-2026-03-16.json, 186 visitors) into the
 * queue of a running lawhall through its HTTP API, at simulated instants (Beijing time), so that the
 * statistics page shows that day with realistic waits. Each visitor takes a ticket at their arrival time
 * (with their resident ID number: priority for the elderly is derived by the server; other groups are
 * claimed as the reception desk would, with a reason); the windows call the next ticket in the server's call
 * order as soon as they are free, walk-up takes 20–90 s, and service lasts the service's default minutes
 * (core/queue/services.ts) ±40 % (seeded random, so a replay is repeatable). No tickets are issued during
 * the lunch break, but the windows keep serving those already waiting (错峰午休; --lunch-break stops calling
 * then); after closing they finish everyone still waiting.
 *
 * Simulated instants need the `queue.manage` permission (tickets with channel `replay` and `at`), so the
 * script logs in as `admin` by default. The hall's windows each serve one service in the demo data; for
 * the day the script lets under-used windows also take the busiest services (一厅通办), prints the plan, and
 * restores the windows afterwards (unless --keep-windows). The hall also staffs --extra-windows temporary
 * 综合窗口 (default 4, created once as `N号综合窗口（回放）`, closed again afterwards), without which the morning
 * peak alone makes the average wait about 50 minutes. A day that already has tickets is refused unless --force.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type PriorityGroup, priorityGroupLabel } from '@core/queue/priority';
import { getService, isServiceCode } from '@core/queue/services';
import { mulberry32 } from '@core/random';
import { ApiSession } from './replay/api-client';
import { printWaits } from './replay/print-report';
import type { HallDay, ReplayOptions, ReplayReport } from './replay/types';
import {
  DEFAULT_EXTRA_WINDOWS,
  openTemporaryWindows,
  planWindows,
  TEMPORARY_SUFFIX,
  type WindowRow,
} from './replay/windows-plan';

export type { HallDay, ReplayOptions, ReplayReport, ServedVisit } from './replay/types';
export { DEFAULT_EXTRA_WINDOWS, planWindows } from './replay/windows-plan';

const SERVICE_ALIASES: Record<string, string> = {
  'lawyer-services': 'lawyer',
  'judicial-appraisal': 'appraisal',
};
const GROUP_ALIASES: Record<string, string> = {
  'minimum-living-allowance': 'dibao-low-income',
  'migrant-worker': 'migrant-worker-wage',
};

export const DEFAULT_FIXTURE = fileURLToPath(new URL('./fixtures/hall-day-2026-03-16.json', import.meta.url));

/** Milliseconds of a Beijing wall-clock time `HH:MM` on `date`. */
function beijingMs(date: string, hhmm: string): number {
  return Date.parse(`${date}T${hhmm}:00+08:00`);
}

function beijingTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
}

const OUTCOMES = [
  'resolved',
  'resolved',
  'resolved',
  'matter-opened',
  'needs-documents',
  'referred',
] as const;

/** Replays the day; returns the report (also computed from GET /api/queue/stats). */
export async function replayHallDay(options: ReplayOptions): Promise<ReplayReport> {
  const { fixture } = options;
  const log = options.log ?? (() => undefined);
  const progress = options.progress ?? (() => undefined);
  const random = mulberry32(options.seed);
  const api = new ApiSession(options.baseUrl.replace(/\/$/, ''));
  await api.login(options.username, options.password);

  const orgs = await api.ok<{ items: { id: string; name: string }[] }>('GET', '/api/organisations');
  const center = orgs.items.find((o) => o.name === fixture.center);
  if (!center) throw new Error(`找不到服务中心：${fixture.center}`);
  const existing = await api.ok<{ total: number }>(
    'GET',
    `/api/queue/tickets?date=${fixture.date}&pageSize=1&centerId=${center.id}`,
  );
  if (existing.total > 0 && !options.force) {
    throw new Error(`${fixture.date} 已有 ${existing.total} 张号票（已回放过？）；加 --force 仍然回放`);
  }

  const visitors = fixture.visitors.map((v) => {
    const service = SERVICE_ALIASES[v.service] ?? v.service;
    if (!isServiceCode(service)) throw new Error(`${v.id}: 未知的服务事项 ${v.service}`);
    const groups = (v.groups ?? []).map((g) => GROUP_ALIASES[g] ?? g).filter((g) => g !== 'elderly');
    const at = beijingMs(fixture.date, v.arrival) + Math.floor(random() * 60) * 1000;
    return {
      id: v.id,
      service,
      idNumber: v.person.idNumber,
      claim: groups[0] as PriorityGroup | undefined,
      at,
    };
  });
  visitors.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const perService = new Map<string, number>();
  for (const v of visitors) perService.set(v.service, (perService.get(v.service) ?? 0) + 1);

  const listed = (await api.ok<{ items: WindowRow[] }>('GET', `/api/windows?orgId=${center.id}&pageSize=500`))
    .items;
  const temporary = await openTemporaryWindows(api, center.id, listed, options.extraWindows ?? 0, log);
  const windows = [...listed.filter((w) => !w.name.endsWith(TEMPORARY_SUFFIX)), ...temporary];
  const plan = planWindows(windows, perService);
  const changed: WindowRow[] = [];
  for (const window of windows) {
    const services = plan.get(window.id);
    if (!services || services.length === window.services.length) continue;
    const updated = await api.ok<WindowRow>('PATCH', `/api/windows/${window.id}`, {
      version: window.version,
      services,
      reason: `回放 ${fixture.date}：一厅通办，兼办${services
        .slice(window.services.length)
        .map((c) => getService(c).nameZh)
        .join('、')}`,
    });
    changed.push({ ...window, version: updated.version });
    log(
      `  ${window.number}号窗口（${window.name}）兼办：${services
        .slice(window.services.length)
        .map((c) => getService(c).nameZh)
        .join('、')}`,
    );
  }

  const [morning, afternoon] = [fixture.hours[0], fixture.hours[fixture.hours.length - 1]];
  const opensAt = beijingMs(fixture.date, morning?.[0] ?? '08:30');
  const lunch =
    options.lunchBreak && fixture.hours.length > 1
      ? [beijingMs(fixture.date, morning?.[1] ?? '12:00'), beijingMs(fixture.date, afternoon?.[0] ?? '13:30')]
      : undefined;
  const desks = windows
    .filter((w) => plan.has(w.id))
    .map((w) => ({
      id: w.id,
      number: w.number,
      services: plan.get(w.id) ?? [],
      freeAt: opensAt,
      idle: true,
    }));
  const iso = (ms: number) => new Date(ms).toISOString();
  let issued = 0;
  let finished = 0;
  let lastFinish = opensAt;
  let clock = opensAt;
  const visitorOf = new Map<string, string>();
  const show = () =>
    progress(
      `回放 ${fixture.date} ${beijingTime(clock)}  已取号 ${issued}/${visitors.length}  已办结 ${finished}`,
    );

  try {
    let next = 0;
    for (;;) {
      const arrival = visitors[next];
      const desk = desks.filter((d) => !d.idle).sort((a, b) => a.freeAt - b.freeAt || a.number - b.number)[0];
      if (!arrival && !desk) break;
      if (arrival && (!desk || arrival.at <= desk.freeAt)) {
        clock = arrival.at;
        const ticket = await api.ok<{ id: string }>('POST', '/api/queue/reception/tickets', {
          centerId: center.id,
          serviceCode: arrival.service,
          idNumber: arrival.idNumber,
          channel: 'replay',
          at: iso(arrival.at),
          ...(arrival.claim
            ? {
                priorityGroup: arrival.claim,
                priorityReason: `现场查验${priorityGroupLabel(arrival.claim)}证明（回放）`,
              }
            : {}),
        });
        visitorOf.set(ticket.id, arrival.id);
        issued += 1;
        next += 1;
        for (const d of desks) {
          if (d.idle && d.services.includes(arrival.service)) {
            d.idle = false;
            d.freeAt = Math.max(d.freeAt, arrival.at);
          }
        }
        show();
        continue;
      }
      if (!desk) break;
      if (lunch && desk.freeAt >= (lunch[0] ?? 0) && desk.freeAt < (lunch[1] ?? 0)) {
        desk.freeAt = lunch[1] ?? desk.freeAt;
        continue;
      }
      clock = desk.freeAt;
      const called = await api.call<{ id: string; serviceCode: string; code?: string }>(
        'POST',
        `/api/queue/windows/${desk.id}/call-next`,
        { at: iso(desk.freeAt) },
      );
      if (called.status === 404 && called.body.code === 'QUEUE.EMPTY') {
        desk.idle = true;
        continue;
      }
      if (called.status !== 200) throw new Error(`叫号失败：${called.status} ${JSON.stringify(called.body)}`);
      const ticket = called.body;
      const startAt = desk.freeAt + Math.round(20_000 + random() * 70_000);
      const minutes = getService(ticket.serviceCode).defaultAvgServiceMinutes * (0.6 + random() * 0.8);
      let finishAt = startAt + Math.round(minutes * 60_000);
      await api.ok('POST', `/api/queue/tickets/${ticket.id}/start`, { windowId: desk.id, at: iso(startAt) });
      const outcome = OUTCOMES[Math.floor(random() * OUTCOMES.length)] ?? 'resolved';
      const served = await options.serve?.({
        visitorId: visitorOf.get(ticket.id) ?? '',
        ticketId: ticket.id,
        serviceCode: ticket.serviceCode,
        windowId: desk.id,
        startedAt: new Date(startAt),
        finishAt: new Date(finishAt),
      });
      if (served) finishAt = served.getTime();
      else {
        await api.ok('POST', `/api/queue/tickets/${ticket.id}/finish`, {
          windowId: desk.id,
          outcome,
          at: iso(finishAt),
        });
      }
      finished += 1;
      lastFinish = Math.max(lastFinish, finishAt);
      desk.freeAt = finishAt + Math.round(15_000 + random() * 45_000);
      show();
    }
  } finally {
    if (!options.keepWindows) {
      // Current versions: the plan may have changed a temporary window too.
      const now = (
        await api.ok<{ items: WindowRow[] }>('GET', `/api/windows?orgId=${center.id}&pageSize=500`)
      ).items;
      const current = new Map(now.map((w) => [w.id, w]));
      for (const window of changed) {
        const latest = current.get(window.id);
        if (!latest) continue;
        const isTemporary = temporary.some((t) => t.id === window.id);
        await api.call('PATCH', `/api/windows/${window.id}`, {
          version: latest.version,
          ...(isTemporary ? { status: 'closed' } : { services: window.services }),
          reason: `回放 ${fixture.date} 结束，${isTemporary ? '关闭临时窗口' : '恢复窗口事项'}`,
        });
        current.delete(window.id);
      }
      for (const window of temporary) {
        const latest = current.get(window.id);
        if (!latest) continue;
        await api.call('PATCH', `/api/windows/${window.id}`, {
          version: latest.version,
          status: 'closed',
          reason: `回放 ${fixture.date} 结束，关闭临时窗口`,
        });
      }
    }
  }

  const stats = await api.ok<{
    overall: { avgWaitSeconds: number | null; p90WaitSeconds: number | null };
    services: {
      code: string;
      name: string;
      tickets: number;
      avgWaitSeconds: number | null;
      p90WaitSeconds: number | null;
    }[];
  }>('GET', `/api/queue/stats?date=${fixture.date}&centerId=${center.id}`);
  const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);
  return {
    date: fixture.date,
    visitors: visitors.length,
    issued,
    finished,
    services: stats.services.map((s) => ({
      code: s.code,
      name: s.name,
      visitors: s.tickets,
      avgWaitMinutes: minutes(s.avgWaitSeconds),
      p90WaitMinutes: minutes(s.p90WaitSeconds),
    })),
    overall: {
      avgWaitMinutes: minutes(stats.overall.avgWaitSeconds),
      p90WaitMinutes: minutes(stats.overall.p90WaitSeconds),
    },
    lastFinish: beijingTime(lastFinish),
  };
}

function parseArgs(argv: string[]) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (['keep-windows', 'force', 'lunch-break', 'help'].includes(name)) flags.set(name, true);
    else flags.set(name, argv[++i] ?? '');
  }
  return { flags, positional };
}

async function main(): Promise<void> {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(`${readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]}*/\n`);
    return;
  }
  const file = positional[0] ?? DEFAULT_FIXTURE;
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as HallDay;
  const string = (name: string, fallback: string) => {
    const value = flags.get(name);
    return typeof value === 'string' && value !== '' ? value : fallback;
  };
  const tty = process.stderr.isTTY;
  let lastLine = '';
  let lastPrinted = 0;
  const report = await replayHallDay({
    fixture,
    baseUrl: string('base-url', process.env.LAWHALL_URL ?? 'http://localhost:3000'),
    username: string('user', 'admin'),
    password: string('password', 'lawhall2026'),
    seed: Number(string('seed', '20260316')),
    keepWindows: flags.has('keep-windows'),
    force: flags.has('force'),
    lunchBreak: flags.has('lunch-break'),
    extraWindows: Number(string('extra-windows', String(DEFAULT_EXTRA_WINDOWS))),
    log: (line) => process.stdout.write(`${line}\n`),
    progress: (line) => {
      lastLine = line;
      if (tty) process.stderr.write(`\r${line}   `);
      else if (Date.now() - lastPrinted > 2000) {
        lastPrinted = Date.now();
        process.stderr.write(`${line}\n`);
      }
    },
  });
  process.stderr.write(tty ? '\n' : `${lastLine}\n`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('');
  out(
    `${report.date} 回放完成：${report.visitors} 位来访者，取号 ${report.issued}，办结 ${report.finished}，最后办结 ${report.lastFinish}`,
  );
  printWaits(report, out);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`\n回放失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
