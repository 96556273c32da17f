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
import { lateWarningEn } from './late-warning-en';
import { type ActionContext, fail, ok } from './procedure-kit';

const P = 'ARBITRATION';

type Apply = ArbitrationPayload<'apply'>;

/** The first problem of the claims' dates (each claim's own, then the matter's), if any. */
function limitationProblem(p: Apply) {
  const l = p.limitation ?? {};
  if (l.knewOn !== undefined && l.knewOn > p.receivedOn)
    return fail(
      `${P}.KNEW_AFTER_APPLICATION`,
      {
        zh: '知道权利被侵害之日不能晚于申请日期',
        en: 'The day the infringement became known cannot be after the application date',
      },
      'limitation.knewOn',
    );
  for (const [i, c] of p.claims.entries()) {
    const n = `第${i + 1}项请求`;
    const nEn = `Claim ${i + 1}`;
    if (c.knewOn !== undefined && c.knewOn > p.receivedOn)
      return fail(
        `${P}.KNEW_AFTER_APPLICATION`,
        {
          zh: `${n}知道权利被侵害之日不能晚于申请日期`,
          en: `${nEn}: the day the infringement became known cannot be after the application date`,
        },
        `claims.${i}.knewOn`,
      );
    if (c.kind !== 'wages' && (c.employment !== undefined || c.endedOn !== undefined))
      return fail(
        `${P}.WAGE_RULE_WITHOUT_WAGE_CLAIM`,
        {
          zh: '仅追索劳动报酬的请求适用第二十七条第四款',
          en: 'Article 27, paragraph 4 applies only to claims for remuneration of labour',
        },
        `claims.${i}.employment`,
      );
    if (c.employment === 'ended' && c.endedOn === undefined)
      return fail(
        `${P}.EMPLOYMENT_END_REQUIRED`,
        {
          zh: '劳动关系已经终止的，请填写终止日期',
          en: 'The employment has ended: give the date it ended',
        },
        `claims.${i}.endedOn`,
      );
    if (c.endedOn !== undefined && (c.employment !== 'ended' || c.endedOn > p.receivedOn))
      return fail(
        `${P}.EMPLOYMENT_END_INVALID`,
        {
          zh: '劳动关系终止日期有误（应已终止且不晚于申请日期）',
          en: 'The end date of the employment is wrong (it must have ended, on or before the application date)',
        },
        `claims.${i}.endedOn`,
      );
    if (claimLimitationInput(c, l) === undefined)
      return fail(
        `${P}.KNEW_ON_REQUIRED`,
        {
          zh: `请填写${n}知道或者应当知道权利被侵害之日（第二十七条第一款）`,
          en: `${nEn}: give the day the infringement became or should have become known (art. 27, para. 1)`,
        },
        `claims.${i}.knewOn`,
      );
  }
  const badInterruption = (l.interruptions ?? []).findIndex(
    (i) => (l.knewOn !== undefined && i.on < l.knewOn) || i.on > p.receivedOn,
  );
  if (badInterruption >= 0)
    return fail(
      `${P}.INTERRUPTION_DATE_INVALID`,
      {
        zh: '时效中断日期应当在知道权利被侵害之日与申请日期之间',
        en: 'The date of interruption of the limitation period must lie between the day the infringement became known and the application date',
      },
      `limitation.interruptions.${badInterruption}.on`,
    );
  const badSuspension = (l.suspensions ?? []).findIndex((s) => s.from > s.to || s.to > p.receivedOn);
  if (badSuspension >= 0)
    return fail(
      `${P}.SUSPENSION_DATE_INVALID`,
      {
        zh: '时效中止的起止日期有误',
        en: 'The start or end date of the suspension of the limitation period is wrong',
      },
      `limitation.suspensions.${badSuspension}`,
    );
  if (l.wageArrears && !p.claims.some((c) => c.kind === 'wages'))
    return fail(
      `${P}.WAGE_RULE_WITHOUT_WAGE_CLAIM`,
      {
        zh: '仅追索劳动报酬的请求适用第二十七条第四款',
        en: 'Article 27, paragraph 4 applies only to claims for remuneration of labour',
      },
      'limitation.wageArrears',
    );
  if (l.wageArrears?.employmentEnded && l.wageArrears.endedOn === undefined)
    return fail(
      `${P}.EMPLOYMENT_END_REQUIRED`,
      {
        zh: '劳动关系已经终止的，请填写终止日期',
        en: 'The employment has ended: give the date it ended',
      },
      'limitation.wageArrears.endedOn',
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
  if (p.form === 'oral' && p.oralRecord === undefined)
    return fail(
      `${P}.ORAL_RECORD_REQUIRED`,
      {
        zh: '口头申请的，应当记入笔录（第二十八条第三款）',
        en: 'An oral application must be written down in a record (art. 28, para. 3)',
      },
      'oralRecord',
    );
  const missingAmount = p.claims.findIndex(
    (c) => MONETARY_CLAIM_KINDS.includes(c.kind) && c.amountFen === undefined,
  );
  if (missingAmount >= 0)
    return fail(
      `${P}.CLAIM_AMOUNT_REQUIRED`,
      { zh: '请填写请求金额（元）', en: 'Give the amount claimed (in yuan)' },
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
    {
      zh: `${late.map((w) => w.message).join('；')}，仍予受理的应当说明理由（第二十七条）`,
      en: `${late.map(lateWarningEn).join('; ')}; accepting it anyway requires a reason (art. 27)`,
    },
    'limitationNote',
  );
}
