/**
 * The action handlers of a people's mediation (人民调解法 2010; rules.md §3, §11.2; the procedure in
 * mediation.ts): what each action checks and records.
 */
import { runClock } from './clock';
import {
  confirmationSpec,
  type MediationAgreement,
  type MediationState,
  OPEN_BEFORE_AGREEMENT,
} from './mediation-clocks';
import type { AdvisedRoute, MediationAction, mediationSchemas } from './mediation-payload';
import { fail, type Handlers, ok } from './procedure-kit';

const P = 'MEDIATION';

/** What each action of a mediation matter checks and records (the `handlers` of mediation.ts). */
export const mediationHandlers: Handlers<MediationAction, MediationState, typeof mediationSchemas> = {
  /**
   * 人民调解法 第十七条、第十八条: a party applies, or the committee acts on its own initiative, or a
   * court or the police refer. Only when both parties applied together is the case accepted at once;
   * otherwise it waits for the other party's consent (第十七条: no mediation against a party's refusal).
   */
  apply(state, p, context) {
    if (p.initiatedBy === 'party' && p.applicants === 'none')
      return fail(
        `${P}.NO_APPLICANT`,
        {
          zh: '当事人申请调解的，应当至少有一方当事人申请',
          en: 'A mediation on application needs at least one party applying',
        },
        'applicants',
      );
    const both = p.applicants === 'both';
    return ok({
      ...state,
      status: both ? 'accepted' : 'awaiting-consent',
      disputeKind: p.disputeKind,
      initiatedBy: p.initiatedBy,
      appliedOn: context.date,
      allPartiesConsent: both,
      acceptedOn: both ? context.date : null,
    });
  },
  'other-party-consents': (state, _p, context) =>
    ok({ ...state, status: 'accepted', allPartiesConsent: true, acceptedOn: context.date }),
  /**
   * 人民调解法 第十七条: a party clearly refusing → no mediation (refused); 第二十三条: a party may end
   * mediation under way (failed, with the routes left to `fail`'s advice: here none recorded yet, so
   * the litigation route is advised by default as 第二十六条 requires some advice).
   */
  'party-refuses'(state, p, context) {
    if (state.status === 'awaiting-consent' || state.status === 'accepted')
      return ok({ ...state, status: 'refused', refusedBy: p.partyName, allPartiesConsent: false });
    return ok({
      ...state,
      status: 'failed',
      refusedBy: p.partyName,
      failure: {
        reason: `${p.partyName}要求终止调解${p.reason ? `：${p.reason}` : ''}`,
        routes: ['litigation'] as AdvisedRoute[],
        endedOn: context.date,
      },
    });
  },
  /** 人民调解法 第十九条 (chosen or assigned), 第二十条 (invited participants with the parties' consent). */
  'assign-mediator': (state, p) =>
    ok({
      ...state,
      status: 'mediating',
      mediator: { name: p.mediatorName, userId: p.mediatorUserId ?? null, how: p.how },
      invitedParticipants: (p.invitedParticipants ?? []).map(({ name, role }) => ({ name, role })),
    }),
  /** 人民调解法 第二十七条: the mediator records each session. */
  'hold-session'(state, p, _context) {
    if (state.acceptedOn !== null && p.heldOn < state.acceptedOn)
      return fail(
        `${P}.SESSION_BEFORE_ACCEPTANCE`,
        {
          zh: '调解日期不能早于受理日期',
          en: 'The mediation date cannot be before the date of acceptance',
        },
        'heldOn',
      );
    return ok({
      ...state,
      sessions: [...state.sessions, { heldOn: p.heldOn, summary: p.summary, public: p.public }],
    });
  },
  /** R23: continuing past one month needs both parties' recorded consent. */
  'continue-past-month': (state, _p, context) => ok({ ...state, continuedWithConsentOn: context.date }),
  /**
   * 人民调解法 第二十八条、第二十九条: a written agreement with the art. 29 contents waits for signatures
   * and the seal; an oral agreement takes effect when reached (第三十条), its content recorded.
   */
  'draft-agreement'(state, p, context) {
    if (p.form === 'oral' && state.status === 'agreement-drafted')
      return fail(
        `${P}.ALREADY_WRITTEN`,
        {
          zh: '已拟定书面调解协议，不能改为口头协议',
          en: 'A written mediation agreement has been drafted; it cannot become an oral one',
        },
        'form',
      );
    const agreement: MediationAgreement = {
      form: p.form,
      partiesDetails: p.partiesDetails,
      facts: p.facts,
      disputedPoints: p.disputedPoints,
      responsibilities: p.responsibilities,
      terms: p.terms,
      draftedOn: context.date,
      effectiveOn: p.form === 'oral' ? context.date : null,
    };
    return ok({ ...state, status: p.form === 'oral' ? 'performing' : 'agreement-drafted', agreement });
  },
  /**
   * 人民调解法 第二十九条第二款: a written agreement takes effect only when every party has signed,
   * sealed or fingerprinted it, the mediator has signed it and the committee's seal is affixed.
   */
  'sign-agreement'(state, p, _context) {
    const missing = !p.allPartiesSigned
      ? { field: 'allPartiesSigned', what: '各方当事人签名、盖章或者按指印' }
      : !p.mediatorSigned
        ? { field: 'mediatorSigned', what: '人民调解员签名' }
        : !p.sealAffixed
          ? { field: 'sealAffixed', what: '人民调解委员会印章' }
          : undefined;
    if (missing)
      return fail(
        `${P}.AGREEMENT_NOT_EFFECTIVE`,
        {
          zh: `调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效；尚缺${missing.what}（人民调解法 第二十九条）`,
          en: 'A mediation agreement takes effect once every party has signed, sealed or fingerprinted it and the mediator has signed it under the seal of the mediation committee; something is still missing (People’s Mediation Law, art. 29)',
        },
        missing.field,
      );
    if (state.agreement && p.signedOn < state.agreement.draftedOn)
      return fail(
        `${P}.SIGNED_BEFORE_DRAFT`,
        {
          zh: '签订日期不能早于协议拟定日期',
          en: 'The signing date cannot be before the date the agreement was drafted',
        },
        'signedOn',
      );
    return ok({
      ...state,
      status: 'performing',
      agreement: state.agreement && { ...state.agreement, effectiveOn: p.signedOn },
    });
  },
  /** 人民调解法 第二十六条: on failure, end the mediation and tell the parties the other routes. */
  fail: (state, p, context) =>
    ok({
      ...state,
      status: 'failed',
      failure: { reason: p.reason, routes: p.routesAdvised, endedOn: context.date },
    }),
  /** 人民调解法 第三十三条: joint application within 30 days of effect; late ones are refused here. */
  'record-confirmation'(state, p, context) {
    const effectiveOn = state.agreement?.effectiveOn;
    if (!effectiveOn)
      return fail(
        `${P}.NOT_EFFECTIVE`,
        { zh: '调解协议尚未生效', en: 'The mediation agreement has not taken effect yet' },
        'appliedOn',
      );
    if (p.appliedOn < effectiveOn)
      return fail(
        `${P}.CONFIRMATION_BEFORE_EFFECT`,
        {
          zh: '申请日期不能早于调解协议生效日期',
          en: 'The application date cannot be before the day the mediation agreement took effect',
        },
        'appliedOn',
      );
    const due = runClock(confirmationSpec(effectiveOn), {
      calendar: context.calendar,
      today: context.date,
    });
    if (p.appliedOn > due.dueAt)
      return fail(
        `${P}.CONFIRMATION_LATE`,
        {
          zh: `司法确认应自调解协议生效之日起三十日内申请，已于 ${due.dueAt} 届满（人民调解法 第三十三条）`,
          en: `Judicial confirmation must be applied for within thirty days of the agreement taking effect; that period ended on ${due.dueAt} (People’s Mediation Law, art. 33)`,
        },
        'appliedOn',
      );
    return ok({
      ...state,
      judicialConfirmation: { appliedOn: p.appliedOn, court: p.court, jointly: true },
    });
  },
  /** 人民调解法 第三十一条: return visits; a visit finding full performance concludes the matter. */
  'follow-up'(state, p, _context) {
    const followUps = [
      ...state.followUps,
      { visitedOn: p.visitedOn, performance: p.performance, note: p.note },
    ];
    return ok({ ...state, status: p.performance === 'performed' ? 'concluded' : state.status, followUps });
  },
  withdraw(state) {
    if (!OPEN_BEFORE_AGREEMENT.includes(state.status))
      return fail(
        `${P}.ACTION_NOT_ALLOWED`,
        {
          zh: '调解协议已生效，不能撤回',
          en: 'The mediation agreement has taken effect and cannot be withdrawn',
        },
        'type',
      );
    return ok({ ...state, status: 'withdrawn' });
  },
};
