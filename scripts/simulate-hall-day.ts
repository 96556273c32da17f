/**
 * `npm run simulate -- [fixture.json] [--base-url http://localhost:3000] [--password lawhall2026] [--seed 20260316]
 *  [--extra-windows 4]`
 *
 * Simulates one day of the hall (default: scripts/fixtures/hall-day-2026-03-16.json) through the HTTP API:
 * 1. the queue: every visitor takes a ticket, is called, served and finished (scripts/replay-hall-day.ts,
 *    reused as is: consultations and the other services are simple visits), with the replay's temporary
 *    综合窗口 (--extra-windows, default 4 as for `npm run replay`);
 * 2. legal aid: each legal-aid visitor's application is registered from their ticket (with the signed
 *    commitment where the fixture says so), accepted, reviewed, then granted (assigned to the best-ranked
 *    lawyer with an account, who accepts) or refused with reason codes, or sent a materials notice.
 *    Simple cases go through on the day (五个当天); others are decided the next day. In-process, the
 *    application is registered at the window while the ticket is served (the replay's `serve` hook), which
 *    finishes the ticket with the matter linked; against a live server, after the replay (linked only).
 * Then it prints visitors per service, waits (avg / P90), legal aid granted / refused / incomplete, the five
 * same-day rate and the run time.
 *
 * Without a server at --base-url (default http://localhost:3000, unless given explicitly) it starts one
 * in-process on a temporary embedded PostgreSQL with the demo data and a simulated clock, so legal-aid
 * steps happen at the day's instants. Against a running server the queue is replayed at the day's
 * instants (`at`, queue.manage) but legal-aid steps happen at the server's own clock (the legal-aid API
 * takes no simulated instants), so its five same-day figures are those of "today".
 *
 * Demo accounts are used (clerk, reviewer, director, admin; password lawhall2026). So that assigned lawyers
 * can accept, the script links a staff account (`sim.lawyer.N`) to up to 5 roster lawyers without one.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { maskResidentId } from '@core/identity';
import { ApiSession } from './replay/api-client';
import { reachable, startInProcess } from './replay/in-process-server';
import { printWaits } from './replay/print-report';
import {
  DEFAULT_EXTRA_WINDOWS,
  DEFAULT_FIXTURE,
  type HallDay,
  replayHallDay,
  type ServedVisit,
} from './replay-hall-day';

interface LegalAidFacts {
  caseKind: string;
  matter: string;
  householdSize: number;
  householdMonthlyIncomeYuan: number;
  hardshipMethod: string;
  simple: boolean;
  facts: string;
}
type Visitor = HallDay['visitors'][number] & {
  person: { name: string; idNumber: string; phone?: string; address?: string };
  legalAid?: LegalAidFacts;
};

const SIGNATURE_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

/** Fixture codes → core/legal-aid/eligibility codes (the fixture uses finer matter names). */
const MATTERS: Record<string, string> = {
  'labour-remuneration': 'labour-relation-or-remuneration',
  'labour-relation': 'labour-relation-or-remuneration',
  'social-insurance': 'social-insurance-or-assistance',
  'personal-injury-work': 'personal-injury',
  'personal-injury-traffic': 'personal-injury',
  'medical-injury': 'personal-injury',
  maintenance: 'maintenance',
  'state-compensation': 'state-compensation',
};
const MIGRANT_MATTERS = ['labour-relation-or-remuneration', 'personal-injury'];

/** The application body of a legal-aid visitor (brief: fixture codes mapped to core's). */
export function applicationOf(
  visitor: Visitor,
  ticketId: string | undefined,
  receivedAt: string | undefined,
) {
  const la = visitor.legalAid!;
  const caseKind = la.caseKind === 'criminal' ? 'criminal-defence' : la.caseKind;
  const matter = caseKind === 'criminal-defence' ? undefined : (MATTERS[la.matter] ?? la.matter);
  const groups = visitor.groups ?? [];
  const exemptions: string[] = [];
  if (groups.includes('migrant-worker') && caseKind === 'civil' && matter && MIGRANT_MATTERS.includes(matter))
    exemptions.push('migrant-worker-wage-or-injury');
  if (groups.includes('minimum-living-allowance')) exemptions.push('social-assistance');
  return {
    ...(ticketId ? { ticketId } : {}),
    ...(receivedAt ? { receivedAt } : {}),
    channel: 'window',
    applicant: {
      name: visitor.person.name,
      idNumber: visitor.person.idNumber,
      ...(visitor.person.phone ? { phone: visitor.person.phone } : {}),
      ...(visitor.person.address ? { address: visitor.person.address } : {}),
    },
    facts: la.facts,
    caseKind,
    ...(matter ? { matter } : {}),
    exemptions,
    priorityGroups: groups,
    simpleCase: la.simple,
    hardship: {
      householdSize: la.householdSize,
      householdMonthlyIncomeYuan: la.householdMonthlyIncomeYuan,
      method: la.hardshipMethod,
    },
  };
}

interface Matter {
  id: string;
  version: number;
  status: string;
  eligibility: { verdict: string; reasons: { code: string }[] };
}

/** Links staff accounts to up to `n` roster lawyers without one (team members first); returns lawyerId → session. */
async function lawyerSessions(base: string, admin: ApiSession, password: string, n: number) {
  const roster = await admin.ok<{
    items: {
      id: string;
      name: string;
      userId: string | null;
      version: number;
      teamMember: boolean;
      orgId: string;
    }[];
  }>('GET', '/api/lawyers?active=true&pageSize=200');
  const sessions = new Map<string, ApiSession>();
  const simPassword = `Sim-${password}-2026`;
  let created = 0;
  for (const lawyer of [...roster.items].sort((a, b) => Number(b.teamMember) - Number(a.teamMember))) {
    if (lawyer.userId) {
      if (lawyer.name === '周志远')
        sessions.set(lawyer.id, await new ApiSession(base).login('lawyer', password));
      continue;
    }
    if (created >= n) continue;
    created += 1;
    const username = `sim.lawyer.${lawyer.id.slice(0, 8)}`;
    const staff = await admin.call<{ id: string }>('POST', '/api/staff', {
      orgId: lawyer.orgId,
      username,
      displayName: lawyer.name,
      roles: ['lawyer'],
      password: simPassword,
    });
    if (staff.status !== 201 && staff.status !== 200) continue;
    await admin.ok('PATCH', `/api/lawyers/${lawyer.id}`, { version: lawyer.version, userId: staff.body.id });
    sessions.set(lawyer.id, await new ApiSession(base).login(username, simPassword));
  }
  return sessions;
}

interface Outcome {
  granted: number;
  refused: number;
  incomplete: number;
  failed: string[];
}

const REFUSAL_CODES: Record<string, string> = {
  MATTER_NOT_IN_SCOPE: 'not-in-scope',
  HARDSHIP_NOT_MET: 'hardship-not-met',
};

/** Registers a visitor's application (from their ticket, which the submission finishes when still served). */
function submit(
  clerk: ApiSession,
  visitor: Visitor,
  ticketId: string | undefined,
  receivedAt: Date | undefined,
) {
  return clerk.ok<Matter>(
    'POST',
    '/api/legal-aid/applications',
    applicationOf(visitor, ticketId, receivedAt?.toISOString()),
  );
}

/**
 * Runs one visitor's legal-aid flow after the application (`submitted`, or registered now from the
 * ticket); `at(minutes)` moves the simulated clock from the submission (no-op against a live server).
 */
async function legalAidFlow(
  staff: { clerk: ApiSession; reviewer: ApiSession; director: ApiSession },
  lawyers: Map<string, ApiSession>,
  visitor: Visitor,
  submitted: Matter | (() => Promise<Matter>),
  at: (minutes: number) => void,
  outcome: Outcome,
): Promise<void> {
  const act = async (who: ApiSession, matter: Matter, type: string, body: Record<string, unknown> = {}) =>
    who.ok<Matter>('POST', `/api/legal-aid/applications/${matter.id}/actions`, {
      type,
      expectedVersion: matter.version,
      ...body,
    });
  at(0);
  let m = typeof submitted === 'function' ? await submitted() : submitted;
  if (visitor.legalAid?.hardshipMethod === 'commitment') {
    at(3);
    m = await staff.clerk.ok<Matter>('POST', `/api/legal-aid/applications/${m.id}/commitment`, {
      signaturePng: SIGNATURE_PNG,
    });
  }
  at(5);
  m = await act(staff.clerk, m, 'accept');
  at(15);
  m = await act(staff.reviewer, m, 'review');
  const verdict = m.eligibility.verdict;
  const simple = visitor.legalAid?.simple === true;
  const decideAt = simple ? 30 : 24 * 60 + 60; // non-simple: decided the next day
  if (verdict === 'incomplete') {
    at(20);
    await act(staff.clerk, m, 'request-materials', {
      items: ['经济困难状况说明', '与申请事项有关的证据材料'],
      dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
    }).catch(() => undefined);
    outcome.incomplete += 1;
    return;
  }
  at(decideAt);
  if (verdict === 'ineligible') {
    const codes = [...new Set(m.eligibility.reasons.map((r) => REFUSAL_CODES[r.code]).filter(Boolean))];
    await act(staff.director, m, 'refuse', {
      reasonCodes: codes.length > 0 ? codes : ['other'],
      reasons: '经审查，申请人的申请不符合《中华人民共和国法律援助法》规定的法律援助条件。',
    });
    outcome.refused += 1;
    return;
  }
  m = await act(staff.director, m, 'grant');
  outcome.granted += 1;
  const suggestions = await staff.reviewer.ok<{ lawyerId: string; conflict: boolean }[]>(
    'GET',
    `/api/legal-aid/applications/${m.id}/provider-suggestions`,
  );
  const choice = suggestions.find((s) => !s.conflict && lawyers.has(s.lawyerId)) ?? suggestions[0];
  if (!choice) return;
  at(decideAt + 15);
  m = await act(staff.reviewer, m, 'assign', { providerId: choice.lawyerId, basis: 'expertise' });
  const lawyer = lawyers.get(choice.lawyerId);
  if (!lawyer) return;
  at(decideAt + 45);
  await act(lawyer, m, 'accept-assignment');
}

async function main(): Promise<void> {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? DEFAULT_FIXTURE;
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as Omit<HallDay, 'visitors'> & {
    visitors: Visitor[];
  };
  const password = flag('password') ?? 'lawhall2026';
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const tty = process.stderr.isTTY;
  let lastPrinted = 0;
  const progress = (line: string) => {
    if (tty) process.stderr.write(`\r${line}   `);
    else if (Date.now() - lastPrinted > 2000) {
      lastPrinted = Date.now();
      process.stderr.write(`${line}\n`);
    }
  };

  let baseUrl = (flag('base-url') ?? process.env.LAWHALL_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  let local: Awaited<ReturnType<typeof startInProcess>> | undefined;
  if (!(await reachable(baseUrl))) {
    if (flag('base-url')) throw new Error(`无法连接 ${baseUrl}`);
    local = await startInProcess(out);
    baseUrl = local.baseUrl;
  }
  try {
    out(`模拟 ${fixture.date}（${fixture.visitors.length} 位来访者）→ ${baseUrl}`);
    const staff = {
      clerk: await new ApiSession(baseUrl).login('clerk', password),
      reviewer: await new ApiSession(baseUrl).login('reviewer', password),
      director: await new ApiSession(baseUrl).login('director', password),
    };
    const byVisitor = new Map(fixture.visitors.map((v) => [v.id, v]));
    // In-process (a settable clock): each legal-aid application is registered at the window while its
    // ticket is served, at the end of the visit, which finishes the ticket with the matter linked.
    const submitted = new Map<string, { matter: Matter; at: Date }>();
    const intakeFailures: string[] = [];
    const serve = local
      ? async (visit: ServedVisit): Promise<Date | undefined> => {
          const visitor = byVisitor.get(visit.visitorId);
          if (!visitor?.legalAid) return undefined;
          local?.clock.set(visit.finishAt);
          try {
            const matter = await submit(staff.clerk, visitor, visit.ticketId, undefined);
            submitted.set(visitor.id, { matter, at: visit.finishAt });
            return visit.finishAt;
          } catch (error) {
            intakeFailures.push(`${visitor.id}: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
          } finally {
            local?.clock.set(undefined);
          }
        }
      : undefined;
    const queue = await replayHallDay({
      fixture,
      baseUrl,
      username: 'admin',
      password,
      seed: Number(flag('seed') ?? '20260316'),
      keepWindows: false,
      force: argv.includes('--force'),
      extraWindows: Number(flag('extra-windows') ?? DEFAULT_EXTRA_WINDOWS),
      log: out,
      progress,
      ...(serve ? { serve } : {}),
    });
    process.stderr.write(tty ? '\n' : '');

    const admin = await new ApiSession(baseUrl).login('admin', password);
    const lawyers = await lawyerSessions(baseUrl, admin, password, 5);
    const tickets = await admin.ok<{
      items: { id: string; idNumberMasked: string | null; startedAt: string | null }[];
    }>('GET', `/api/queue/tickets?date=${fixture.date}&serviceCode=legal-aid&pageSize=500`);
    const ticketOf = new Map(tickets.items.map((ticket) => [ticket.idNumberMasked, ticket]));
    const aided = fixture.visitors.filter((v) => v.service === 'legal-aid' && v.legalAid);
    const outcome: Outcome = { granted: 0, refused: 0, incomplete: 0, failed: [...intakeFailures] };
    for (const [index, visitor] of aided.entries()) {
      const ticket = ticketOf.get(maskResidentId(visitor.person.idNumber));
      const done = submitted.get(visitor.id);
      const startAt = local
        ? (done?.at ?? new Date(ticket?.startedAt ?? `${fixture.date}T${visitor.arrival}:00+08:00`))
        : undefined;
      const at = (minutes: number) =>
        local?.clock.set(startAt ? new Date(startAt.getTime() + minutes * 60_000) : undefined);
      try {
        await legalAidFlow(
          staff,
          lawyers,
          visitor,
          done?.matter ?? (() => submit(staff.clerk, visitor, ticket?.id, startAt)),
          at,
          outcome,
        );
      } catch (error) {
        outcome.failed.push(`${visitor.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
      progress(
        `法律援助 ${index + 1}/${aided.length}  给予 ${outcome.granted}  不予 ${outcome.refused}  待补正 ${outcome.incomplete}`,
      );
    }
    local?.clock.set(new Date(`${fixture.date}T23:59:00+08:00`));
    const board = await staff.director.ok<{ summary: { total: number; met: number; rate: number | null } }>(
      'GET',
      `/api/legal-aid/today?date=${local ? fixture.date : new Date().toISOString().slice(0, 10)}`,
    );
    local?.clock.set(undefined);
    process.stderr.write(tty ? '\n' : '');

    const percent = (part: number, whole: number) =>
      whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
    out('');
    out(
      `${fixture.date} 模拟完成：来访 ${queue.visitors}，取号 ${queue.issued}，办结 ${queue.finished}，最后办结 ${queue.lastFinish}`,
    );
    printWaits(queue, out);
    out('');
    out(
      `法律援助 ${aided.length} 件：给予 ${outcome.granted}，不予 ${outcome.refused}，材料不全（一次性告知）${outcome.incomplete}${outcome.failed.length ? `，失败 ${outcome.failed.length}` : ''}${submitted.size ? `；其中 ${submitted.size} 件在窗口办理时登记，排队号随之办结并关联案件` : ''}`,
    );
    out(
      `五个当天：给予法律援助的 ${outcome.granted} 件中 ${board.summary.met} 件当天完成（${percent(board.summary.met, outcome.granted)}）；当日全部 ${board.summary.total} 件申请的达成率 ${percent(board.summary.met, board.summary.total)}${local ? '' : '（按服务器当日时钟计）'}`,
    );
    for (const line of outcome.failed.slice(0, 10)) out(`  失败 ${line}`);
    out(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  } finally {
    await local?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `\n模拟失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
