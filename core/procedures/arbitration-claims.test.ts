import { describe, expect, it } from 'vitest';
import { arbitration, claimLimitationInput, governingLimitation } from './arbitration';
import { lateApplicationWarnings } from './late-application';
import { calendar, dueDates, expectRefused, run, type Step } from './window.fixtures';

/** An application with its own claims; `limitation` is what the claims share (none by default). */
const apply = (
  on: string,
  claims: Record<string, unknown>[],
  limitation?: Record<string, unknown>,
): Step => ({
  type: 'apply',
  on,
  payload: {
    disputeKind: 'labour',
    receivedOn: on,
    form: 'written',
    applicantSide: 'worker',
    applicantName: '张建国',
    respondentName: '包头市某建筑劳务有限公司',
    claims,
    ...(limitation ? { limitation } : {}),
  },
});
const wages = (extra: Record<string, unknown>) => ({ kind: 'wages', amountFen: 1_800_000, ...extra });
const compensation = (knewOn: string) => ({ kind: 'compensation', amountFen: 600_000, knewOn });
const damages = (knewOn: string) => ({ kind: 'damages', amountFen: 300_000, knewOn });
const LAW = '劳动争议调解仲裁法 第二十七条';

describe('arbitration: each claim its own limitation (劳动争议调解仲裁法 第二十七条)', () => {
  it('第四款: wage arrears while employment lasts are not limited, with no knew-on day at all', () => {
    const state = run(arbitration, [apply('2026-09-24', [wages({ employment: 'ongoing' })])]);
    expect(state.claims[0]?.limitation).toMatchObject({
      rule: 'wage-arrears-during-employment',
      lastDay: null,
      expired: false,
      source: `${LAW}第四款`,
    });
    expect(state.limitation).toBeNull();
    expect(state.flags.limitationExpired).toBe(false);
    // No limitation clock: only the commission's 5 days to decide.
    expect(dueDates(arbitration, state, '2026-09-24')).toEqual({ acceptance: '2026-09-29' });
  });

  it('第四款: after the relation ended, one year from its end (not from the knew-on day)', () => {
    const onTime = run(arbitration, [
      apply('2026-09-24', [wages({ employment: 'ended', endedOn: '2025-09-24', knewOn: '2020-01-01' })]),
    ]);
    expect(onTime.claims[0]?.limitation).toMatchObject({
      rule: 'wage-arrears-after-employment',
      runsFrom: '2025-09-24',
      lastDay: '2026-09-24',
      expired: false,
    });
    const late = run(arbitration, [
      apply('2026-09-24', [wages({ employment: 'ended', endedOn: '2025-09-23' })]),
    ]);
    expect(late.claims[0]?.limitation).toMatchObject({ lastDay: '2026-09-23', expired: true });
    expect(late.flags.limitationExpired).toBe(true);
  });

  it('第一款: an ordinary claim runs one year from its own knew-on day, else the matter’s', () => {
    const state = run(arbitration, [
      apply('2026-09-24', [compensation('2025-09-29'), { kind: 'standards' }], { knewOn: '2025-11-03' }),
    ]);
    expect(state.claims.map((c) => c.limitation.lastDay)).toEqual(['2026-09-29', '2026-11-03']);
    expect(state.claims.map((c) => c.limitation.rule)).toEqual(['standard', 'standard']);
    // A wage claim that says nothing of the relation follows 第一款 like the others.
    const silent = run(arbitration, [apply('2026-09-24', [wages({ knewOn: '2025-10-08' })])]);
    expect(silent.claims[0]?.limitation).toMatchObject({ rule: 'standard', lastDay: '2026-10-08' });
  });

  it('第二款、第三款: interruptions and suspensions are matter-wide, applied to each claim from its start', () => {
    const interrupted = run(arbitration, [
      apply('2026-09-24', [compensation('2025-06-10'), damages('2025-12-01')], {
        interruptions: [{ on: '2025-11-03', kind: 'claim' }],
      }),
    ]);
    // The first restarts on 11-03; the second began after the interruption and is untouched.
    expect(interrupted.claims.map((c) => [c.limitation.runsFrom, c.limitation.lastDay])).toEqual([
      ['2025-11-03', '2026-11-03'],
      ['2025-12-01', '2026-12-01'],
    ]);
    const suspended = run(arbitration, [
      apply('2026-09-24', [compensation('2025-09-01'), damages('2025-11-03')], {
        suspensions: [{ from: '2026-03-02', to: '2026-04-01' }],
      }),
    ]);
    // 30 days added to each: 09-01 + 1 year + 30 = 10-01 (国庆) → 10-08; 11-03 → 12-03.
    expect(suspended.claims.map((c) => [c.limitation.suspendedDays, c.limitation.lastDay])).toEqual([
      [30, '2026-10-08'],
      [30, '2026-12-03'],
    ]);
    expect(suspended.flags.limitationExpired).toBe(false);
  });

  it('a last day on a rest day rolls to the next working day, as the clock shows (民法典 第二百零三条)', () => {
    const state = run(arbitration, [apply('2026-09-24', [compensation('2025-10-01')])]);
    expect(state.claims[0]?.limitation.lastDay).toBe('2026-10-08');
    expect(dueDates(arbitration, state, '2026-09-24')).toMatchObject({ limitation: '2026-10-08' });
    // Applying on the rolled last day is in time.
    expect(
      run(arbitration, [apply('2026-10-08', [compensation('2025-10-01')])]).flags.limitationExpired,
    ).toBe(false);
  });

  it('mixed claims: one out of time flags the matter, warns for that claim, and the clock shows the next', () => {
    const steps = [
      apply('2026-09-24', [
        wages({ employment: 'ongoing' }),
        compensation('2025-09-01'),
        damages('2025-11-03'),
      ]),
    ];
    const state = run(arbitration, steps);
    expect(state.claims.map((c) => c.limitation.expired)).toEqual([false, true, false]);
    expect(state.flags.limitationExpired).toBe(true);
    expect(state.limitation).toMatchObject({ claimIndex: 2, lastDay: '2026-11-03', expired: false });
    const [clock] = arbitration
      .clocks(state, { calendar, today: '2026-09-24' })
      .filter((c) => c.kind === 'limitation');
    expect(clock).toMatchObject({ dueAt: '2026-11-03', label: '仲裁时效届满（第3项请求）', source: LAW });
    expect(lateApplicationWarnings('arbitration', state)).toEqual([
      {
        code: 'ARBITRATION.LIMITATION_EXPIRED',
        limit: 'labour-limitation',
        lastDay: '2026-09-01',
        source: LAW,
        claimIndex: 1,
        claimKind: 'compensation',
        message: `第2项请求（经济补偿）已超过一年仲裁时效（最后一日 2026-09-01，${LAW}）`,
      },
    ]);
    // Acceptance of an out-of-time claim needs the recorded reason (第二十七条).
    expectRefused(
      arbitration,
      [...steps, { type: 'accept', on: '2026-09-25' }],
      'ARBITRATION.LIMITATION_EXPIRED',
      'limitationNote',
    );
    const accepted = run(arbitration, [
      ...steps,
      {
        type: 'accept',
        on: '2026-09-25',
        payload: { limitationNote: '申请人称曾于2026年3月向公司主张经济补偿，待庭审查明' },
      },
    ]);
    expect(accepted.status).toBe('accepted');
  });

  it('when every limited claim is out of time, the clock shows the earliest of them', () => {
    const state = run(arbitration, [
      apply('2026-09-24', [compensation('2025-09-10'), damages('2025-09-01')]),
    ]);
    expect(state.limitation).toMatchObject({ claimIndex: 1, lastDay: '2026-09-01', expired: true });
    expect(lateApplicationWarnings('arbitration', state).map((w) => w.claimIndex)).toEqual([0, 1]);
  });

  it('claim checks: knew-on day needed, the wage rule only for wages, the end date when ended', () => {
    const refused = (claims: Record<string, unknown>[], code: string, field: string) =>
      expectRefused(arbitration, [apply('2026-09-24', claims)], code, field);
    refused([{ kind: 'compensation', amountFen: 1 }], 'ARBITRATION.KNEW_ON_REQUIRED', 'claims.0.knewOn');
    refused([wages({})], 'ARBITRATION.KNEW_ON_REQUIRED', 'claims.0.knewOn');
    refused([compensation('2026-09-25')], 'ARBITRATION.KNEW_AFTER_APPLICATION', 'claims.0.knewOn');
    refused(
      [{ ...compensation('2026-01-01'), employment: 'ongoing' }],
      'ARBITRATION.WAGE_RULE_WITHOUT_WAGE_CLAIM',
      'claims.0.employment',
    );
    refused([wages({ employment: 'ended' })], 'ARBITRATION.EMPLOYMENT_END_REQUIRED', 'claims.0.endedOn');
    refused(
      [wages({ employment: 'ended', endedOn: '2026-09-25' })],
      'ARBITRATION.EMPLOYMENT_END_INVALID',
      'claims.0.endedOn',
    );
    refused(
      [wages({ employment: 'ongoing', endedOn: '2026-01-01' })],
      'ARBITRATION.EMPLOYMENT_END_INVALID',
      'claims.0.endedOn',
    );
  });
});

describe('claimLimitationInput / governingLimitation (arbitration-rules.ts)', () => {
  it('the claim’s own wage rule wins over the matter-wide one of older payloads; non-wage claims get none', () => {
    const matter = { knewOn: '2026-01-05', wageArrears: { employmentEnded: false } };
    expect(
      claimLimitationInput({ kind: 'wages', employment: 'ended', endedOn: '2026-03-02' }, matter),
    ).toEqual({
      knewOn: '2026-01-05',
      wageArrears: { employmentEnded: true, endedOn: '2026-03-02' },
    });
    expect(claimLimitationInput({ kind: 'wages' }, matter)).toEqual(matter);
    expect(claimLimitationInput({ kind: 'damages' }, matter)).toEqual({ knewOn: '2026-01-05' });
    expect(claimLimitationInput({ kind: 'damages' }, {})).toBeUndefined();
  });

  it('no limited claim: null', () => {
    const open = { rule: 'wage-arrears-during-employment' as const, runsFrom: null, lastDay: null };
    const limitation = { ...open, suspendedDays: 0, provisional: false, source: LAW, expired: false };
    expect(governingLimitation([{ limitation }])).toBeNull();
  });
});
