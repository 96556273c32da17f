/**
 * Registering a labour-arbitration application (劳动争议调解仲裁法 第二十七条、第二十八条): the checks of
 * the opening action and each claim's own limitation, and the warnings an out-of-time claim gives.
 */
import type { ArbitrationClaim, ArbitrationState } from './arbitration-clocks';
import type { ArbitrationPayload } from './arbitration-payload';
import {
  CLAIM_KINDS,
  claimLimitation,
  claimLimitationInput,
  governingLimitation,
  MONETARY_CLAIM_KINDS,
} from './arbitration-rules';
import type { ProcedureResult } from './definition';
import type { LateApplicationWarning } from './late-application';
import { type ActionContext, fail, notAfterToday, ok } from './procedure-kit';

const P = 'ARBITRATION';

type Apply = ArbitrationPayload<'apply'>;

/** The first problem of the claims' dates (each claim's own, then the matter's), if any. */
function limitationProblem(p: Apply) {
  const l = p.limitation ?? {};
  const at = (field: string, code: string, message: string) => fail(`${P}.${code}`, message, field);
  if (l.knewOn !== undefined && l.knewOn > p.receivedOn)
    return at('limitation.knewOn', 'KNEW_AFTER_APPLICATION', '知道权利被侵害之日不能晚于申请日期');
  for (const [i, c] of p.claims.entries()) {
    const n = `第${i + 1}项请求`;
    if (c.knewOn !== undefined && c.knewOn > p.receivedOn)
      return at(`claims.${i}.knewOn`, 'KNEW_AFTER_APPLICATION', `${n}知道权利被侵害之日不能晚于申请日期`);
    if (c.kind !== 'wages' && (c.employment !== undefined || c.endedOn !== undefined))
      return at(
        `claims.${i}.employment`,
        'WAGE_RULE_WITHOUT_WAGE_CLAIM',
        '仅追索劳动报酬的请求适用第二十七条第四款',
      );
    if (c.employment === 'ended' && c.endedOn === undefined)
      return at(`claims.${i}.endedOn`, 'EMPLOYMENT_END_REQUIRED', '劳动关系已经终止的，请填写终止日期');
    if (c.endedOn !== undefined && (c.employment !== 'ended' || c.endedOn > p.receivedOn))
      return at(
        `claims.${i}.endedOn`,
        'EMPLOYMENT_END_INVALID',
        '劳动关系终止日期有误（应已终止且不晚于申请日期）',
      );
    if (claimLimitationInput(c, l) === undefined)
      return at(
        `claims.${i}.knewOn`,
        'KNEW_ON_REQUIRED',
        `请填写${n}知道或者应当知道权利被侵害之日（第二十七条第一款）`,
      );
  }
  const badInterruption = (l.interruptions ?? []).findIndex(
    (i) => (l.knewOn !== undefined && i.on < l.knewOn) || i.on > p.receivedOn,
  );
  if (badInterruption >= 0)
    return at(
      `limitation.interruptions.${badInterruption}.on`,
      'INTERRUPTION_DATE_INVALID',
      '时效中断日期应当在知道权利被侵害之日与申请日期之间',
    );
  const badSuspension = (l.suspensions ?? []).findIndex((s) => s.from > s.to || s.to > p.receivedOn);
  if (badSuspension >= 0)
    return at(`limitation.suspensions.${badSuspension}`, 'SUSPENSION_DATE_INVALID', '时效中止的起止日期有误');
  if (l.wageArrears && !p.claims.some((c) => c.kind === 'wages'))
    return at(
      'limitation.wageArrears',
      'WAGE_RULE_WITHOUT_WAGE_CLAIM',
      '仅追索劳动报酬的请求适用第二十七条第四款',
    );
  if (l.wageArrears?.employmentEnded && l.wageArrears.endedOn === undefined)
    return at(
      'limitation.wageArrears.endedOn',
      'EMPLOYMENT_END_REQUIRED',
      '劳动关系已经终止的，请填写终止日期',
    );
  return undefined;
}

/**
 * 第二十八条 (written, or oral recorded by the commission) and 第二十七条 per claim: each 仲裁请求 gets its
 * own limitation (`claimLimitation`); the matter is flagged when any claim is out of time, and its
 * clock shows the claim `governingLimitation` picks.
 */
export function applyArbitration(
  state: ArbitrationState,
  p: Apply,
  context: ActionContext,
): ProcedureResult<ArbitrationState> {
  const future = notAfterToday(P, p.receivedOn, context, 'receivedOn', '收到申请的日期');
  if (future) return { ok: false, error: future };
  if (p.form === 'oral' && p.oralRecord === undefined)
    return fail(`${P}.ORAL_RECORD_REQUIRED`, '口头申请的，应当记入笔录（第二十八条第三款）', 'oralRecord');
  const missingAmount = p.claims.findIndex(
    (c) => MONETARY_CLAIM_KINDS.includes(c.kind) && c.amountFen === undefined,
  );
  if (missingAmount >= 0)
    return fail(
      `${P}.CLAIM_AMOUNT_REQUIRED`,
      '请填写请求金额（单位：分）',
      `claims.${missingAmount}.amountFen`,
    );
  const problem = limitationProblem(p);
  if (problem) return problem;
  const matter = p.limitation ?? {};
  const claims: ArbitrationClaim[] = p.claims.map((c) => {
    const input = claimLimitationInput(c, matter);
    if (input === undefined) throw new Error('unreachable: checked by limitationProblem');
    return {
      kind: c.kind,
      ...(c.amountFen === undefined ? {} : { amountFen: c.amountFen }),
      limitation: claimLimitation(input, p.receivedOn, context.calendar),
    };
  });
  const governing = governingLimitation(claims);
  return ok({
    ...state,
    status: 'applied',
    receivedOn: p.receivedOn,
    applicantSide: p.applicantSide,
    claims,
    limitation: governing && { ...governing.limitation, claimIndex: governing.claimIndex },
    flags: { ...state.flags, limitationExpired: claims.some((c) => c.limitation.expired) },
  });
}

/** 第二十七条: one warning per claim applied for after its limitation ended (the clerk may still accept). */
export function arbitrationLateWarnings(state: ArbitrationState): LateApplicationWarning[] {
  return state.claims.flatMap((claim, claimIndex) => {
    const { expired, lastDay, source } = claim.limitation;
    if (!expired || lastDay === null) return [];
    return [
      {
        code: `${P}.LIMITATION_EXPIRED`,
        limit: 'labour-limitation' as const,
        lastDay,
        source,
        claimIndex,
        claimKind: claim.kind,
        message: `第${claimIndex + 1}项请求（${CLAIM_KINDS[claim.kind]}）已超过一年仲裁时效（最后一日 ${lastDay}，${source}）`,
      },
    ];
  });
}

/** 第二十七条、第二十九条: a claim out of time is accepted only with the reason recorded (`limitationNote`). */
export function limitationNoteProblem(state: ArbitrationState, note: string | undefined) {
  const late = arbitrationLateWarnings(state);
  if (late.length === 0 || note !== undefined) return undefined;
  return fail(
    `${P}.LIMITATION_EXPIRED`,
    `${late.map((w) => w.message).join('；')}，仍予受理的应当说明理由（第二十七条）`,
    'limitationNote',
  );
}
