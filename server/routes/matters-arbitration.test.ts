import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * Labour arbitration over HTTP (docs/matters-api.md): each claim's own limitation (劳动争议调解仲裁法
 * 第二十七条) in the matter, its clock and "my deadlines"; the late-application warnings of the opening
 * check and of the registration reply, for arbitration and reconsideration (行政复议法 第二十条、第二十一条).
 */
let t: TestApp;
let clerk: TestClient;
const clockAt = (local: string) => t.services.clock.set(new Date(`${local}:00+08:00`));

beforeAll(async () => {
  t = await buildTestApp();
  clerk = await t.login({ roles: ['window-clerk'] });
});
afterAll(async () => {
  await t?.close();
});

interface Warning {
  code: string;
  limit: string;
  lastDay: string;
  source: string;
  claimIndex?: number;
  message: string;
}
interface ClaimState {
  kind: string;
  limitation: { rule: string; lastDay: string | null; expired: boolean };
}
interface Matter {
  id: string;
  version: number;
  status: string;
  clocks: { kind: string; dueOn: string; label: string }[];
  state: { claims: ClaimState[]; flags: { limitationExpired: boolean } };
}

const arbitration = (claims: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  disputeKind: 'labour',
  receivedOn: '2026-09-24',
  form: 'written',
  applicantSide: 'worker',
  applicantName: '张建国',
  respondentName: '包头市某建筑劳务有限公司',
  claims,
  ...extra,
});
const reconsideration = (receivedOn: string) => ({
  receivedOn,
  form: 'written',
  applicantName: '刘桂英',
  respondentAgency: '包头市某区市场监督管理局',
  actDescription: '罚款五千元的行政处罚决定',
  actDate: '2026-08-20',
  knewActOn: '2026-08-21',
  rightsNotified: true,
  immovable: false,
});
const MIXED = [
  { kind: 'wages', amountFen: 1_800_000, employment: 'ongoing' },
  { kind: 'compensation', amountFen: 600_000, knewOn: '2025-09-01' },
  { kind: 'damages', amountFen: 300_000, knewOn: '2025-11-03' },
];

async function open(service: string, payload: Record<string, unknown>) {
  const r = await clerk.post('/api/matters', { service, payload });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { item: Matter; lateWarnings: Warning[] };
}
async function check(service: string, payload: Record<string, unknown>) {
  return clerk.post('/api/matters/opening-check', { service, payload });
}
async function act(matter: Matter, type: string, payload: Record<string, unknown> = {}) {
  return clerk.post(`/api/matters/${matter.id}/actions`, { type, expectedVersion: matter.version, payload });
}

describe('arbitration: each claim its own limitation (第二十七条)', () => {
  it('the opening check warns for the out-of-time claim only, and writes nothing', async () => {
    clockAt('2026-09-24T09:00');
    const before = (await clerk.get('/api/matters?service=arbitration')).json().total as number;
    const r = await check('arbitration', arbitration(MIXED));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().warnings).toEqual([
      expect.objectContaining({
        code: 'ARBITRATION.LIMITATION_EXPIRED',
        limit: 'labour-limitation',
        lastDay: '2026-09-01',
        source: '劳动争议调解仲裁法 第二十七条',
        claimIndex: 1,
      }),
    ]);
    expect((await clerk.get('/api/matters?service=arbitration')).json().total).toBe(before);
    // The same checks as the registration: a claim with no knew-on day is a field error.
    const bad = await check('arbitration', arbitration([{ kind: 'compensation', amountFen: 1 }]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'ARBITRATION.KNEW_ON_REQUIRED',
      field: 'payload.claims.0.knewOn',
    });
  });

  it('registered anyway: each claim shows its limitation, the clock the next pending one; accepting needs the reason', async () => {
    clockAt('2026-09-24T09:00');
    const { item, lateWarnings } = await open('arbitration', arbitration(MIXED));
    expect(lateWarnings.map((w) => w.claimIndex)).toEqual([1]);
    expect((await clerk.get(`/api/matters/${item.id}`)).json().lateWarnings).toEqual(lateWarnings);
    expect(item.state.flags.limitationExpired).toBe(true);
    expect(
      item.state.claims.map((c) => [c.limitation.rule, c.limitation.lastDay, c.limitation.expired]),
    ).toEqual([
      ['wage-arrears-during-employment', null, false],
      ['standard', '2026-09-01', true],
      ['standard', '2026-11-03', false],
    ]);
    expect(item.clocks.find((c) => c.kind === 'limitation')).toMatchObject({
      dueOn: '2026-11-03',
      label: '仲裁时效届满（第3项请求）',
    });
    clockAt('2026-09-25T09:00');
    const refused = await act(item, 'accept');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'ARBITRATION.LIMITATION_EXPIRED',
      field: 'payload.limitationNote',
    });
    const accepted = await act(item, 'accept', {
      limitationNote: '申请人称曾于2026年3月书面主张经济补偿，待庭审查明',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(
      accepted.json().item.clocks.map((c: { kind: string; dueOn: string }) => [c.kind, c.dueOn]),
    ).toContainEqual(['award', '2026-11-09']);
  });

  it('a payload with the old matter-wide limitation still registers and replays (no warning in time)', async () => {
    clockAt('2026-09-24T09:00');
    const { item, lateWarnings } = await open(
      'arbitration',
      arbitration([{ kind: 'wages', amountFen: 1_800_000 }], {
        limitation: { knewOn: '2019-01-01', wageArrears: { employmentEnded: false } },
      }),
    );
    expect(lateWarnings).toEqual([]);
    expect(item.state.claims[0]?.limitation).toMatchObject({
      rule: 'wage-arrears-during-employment',
      lastDay: null,
    });
    clockAt('2026-09-25T09:00');
    const accepted = await act(item, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().item.status).toBe('accepted');
  });
});

describe('reconsideration: late-application warning (行政复议法 第二十条)', () => {
  it('none on the 60th day; the day after, the check and the registration reply name the last day', async () => {
    clockAt('2026-10-21T09:00');
    expect((await check('reconsideration', reconsideration('2026-10-20'))).json().warnings).toEqual([]);
    const late = (await check('reconsideration', reconsideration('2026-10-21'))).json().warnings as Warning[];
    expect(late).toEqual([
      expect.objectContaining({
        code: 'RECONSIDERATION.APPLICATION_OUT_OF_TIME',
        limit: 'application-period',
        lastDay: '2026-10-20',
        source: '行政复议法 第二十条',
      }),
    ]);
    const { item, lateWarnings } = await open('reconsideration', reconsideration('2026-10-21'));
    expect(lateWarnings).toEqual(late);
    expect(item.status).toBe('applied');
    // The matter keeps saying so (its page shows it), after registration and for the other side too.
    const detail = await clerk.get(`/api/matters/${item.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().lateWarnings).toEqual(late);
    const inTime = await open('reconsideration', reconsideration('2026-10-20'));
    expect((await clerk.get(`/api/matters/${inTime.item.id}`)).json().lateWarnings).toEqual([]);
  });
});
