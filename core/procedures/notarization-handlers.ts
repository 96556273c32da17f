/**
 * The action handlers of a notarization matter (公证法 2017; 公证程序规则 2006, amended 2020; rules.md §4,
 * R27; the procedure in notarization.ts): what each action checks and records. Acceptance, refunds and
 * the review's time limits are in notarization-rules.ts.
 */
import { closePause, isPastDue, openPause } from './clock';
import { assessFee, feeOutstanding } from './fee';
import type { NotarizationAction, notarizationSchemas } from './notarization-payload';
import {
  acceptanceProblem,
  CERTIFICATE_WORKING_DAYS,
  certificateClock,
  type NotarizationState,
  refund,
  reviewTimeProblem,
} from './notarization-rules';
import {
  materialNames,
  missingMaterials,
  NOTARIAL_MATERIALS,
  NOTARIAL_PAUSE_REASONS,
  notarialMatterType,
} from './notarization-vocabulary';
import { fail, type Handlers, ok } from './procedure-kit';

const P = 'NOTARIZATION';

/** What each action of a notarization matter checks and records (the `handlers` of notarization.ts). */
export const notarizationHandlers: Handlers<
  NotarizationAction,
  NotarizationState,
  typeof notarizationSchemas
> = {
  /** 公证法 第二十五条、第二十六条: where and by whom; appointments on working days only. */
  apply(state, p, context) {
    if (p.channel === 'appointment') {
      if (p.appointmentDate === undefined)
        return fail(
          `${P}.APPOINTMENT_DATE_REQUIRED`,
          { zh: '预约办理的，请填写预约日期', en: 'An appointment needs an appointment date' },
          'appointmentDate',
        );
      if (!context.calendar.isWorkingDay(p.appointmentDate).working)
        return fail(
          `${P}.APPOINTMENT_NOT_WORKING_DAY`,
          { zh: '预约日期应为工作日', en: 'The appointment date must be a working day' },
          'appointmentDate',
        );
    }
    if (p.byAgent && p.agentName === undefined)
      return fail(
        `${P}.AGENT_NAME_REQUIRED`,
        {
          zh: '委托他人代办的，请填写代理人姓名',
          en: 'An application through an agent needs the agent’s name',
        },
        'agentName',
      );
    if (p.involvesImmovable && p.immovableInJurisdiction === undefined)
      return fail(
        `${P}.IMMOVABLE_LOCATION_REQUIRED`,
        {
          zh: '涉及不动产的，请说明不动产是否在本公证机构所在地',
          en: 'For immovable property, say whether it lies where this notary office is',
        },
        'immovableInJurisdiction',
      );
    if (p.legalAidEligible && p.aidEligibilityBasis === undefined)
      return fail(
        `${P}.AID_BASIS_REQUIRED`,
        {
          zh: '请填写符合法律援助条件的依据（如法律援助决定书）',
          en: 'Give the basis of legal aid eligibility (e.g. the legal aid decision)',
        },
        'aidEligibilityBasis',
      );
    return ok({
      ...state,
      status: p.channel === 'appointment' ? 'booked' : 'applied',
      channel: p.channel,
      appointmentDate: p.appointmentDate ?? null,
      matterType: p.matterType,
      applicantName: p.applicantName,
      byAgent: p.byAgent,
      involvesImmovable: p.involvesImmovable,
      immovableInJurisdiction: p.involvesImmovable ? (p.immovableInJurisdiction ?? null) : null,
      legalAidEligible: p.legalAidEligible,
      appliedOn: p.channel === 'appointment' ? null : context.date,
    });
  },
  arrive: (state, _p, context) => ok({ ...state, status: 'applied', appliedOn: context.date }),
  'cancel-appointment': (state) => ok({ ...state, status: 'cancelled' }),
  /** 公证法 第二十七条第一款: the materials of the matter's checklist. */
  'record-materials'(state, p) {
    const checklist = state.matterType ? notarialMatterType(state.matterType).checklist : [];
    const unknown = p.items.find((code) => !checklist.some((item) => item.code === code));
    if (unknown !== undefined)
      return fail(
        `${P}.UNKNOWN_MATERIAL`,
        {
          zh: `“${NOTARIAL_MATERIALS[unknown][0]}”不在该公证事项的材料清单中`,
          en: `“${NOTARIAL_MATERIALS[unknown][1]}” is not on this notarial matter’s list of materials`,
        },
        'items',
      );
    return ok({ ...state, materialsReceived: [...new Set([...state.materialsReceived, ...p.items])] });
  },
  accept(state, _p, context) {
    return acceptanceProblem(state) ?? ok({ ...state, status: 'accepted', acceptedOn: context.date });
  },
  /** 公证法 第二十七条第二款: after acceptance, explain the legal meaning and consequences and file it. */
  'record-explanation'(state) {
    if (state.explanationRecorded)
      return fail(
        `${P}.EXPLANATION_ALREADY_RECORDED`,
        { zh: '已告知并记录存档', en: 'The explanation has already been given and recorded' },
        'content',
      );
    return ok({ ...state, explanationRecorded: true });
  },
  /** 公证法 第三十四条第二款; 法律援助法 第五十三条第二款: relief for people entitled to legal aid. */
  'assess-fee'(state, p) {
    if (state.fee !== null && state.fee.paidFen > 0)
      return fail(
        `${P}.FEE_ALREADY_PAID`,
        {
          zh: '公证费已经缴纳，不能重新核定',
          en: 'The notarial fee has been paid and cannot be assessed again',
        },
        'relief',
      );
    const type = state.matterType ? notarialMatterType(state.matterType) : null;
    const standardFen = p.standardFeeFen ?? type?.standardFeeFen ?? null;
    if (standardFen === null)
      return fail(
        `${P}.FEE_STANDARD_REQUIRED`,
        {
          zh: '该事项按标的额收费，请填写收费标准金额',
          en: 'This matter is charged by the amount at stake: give the standard fee amount',
        },
        'standardFeeFen',
      );
    const assessed = assessFee(
      P,
      { standardFen, relief: p.relief, payableFen: p.payableFen },
      state.legalAidEligible,
      '公证法 第三十四条第二款',
    );
    return assessed.ok ? ok({ ...state, fee: assessed.fee }) : assessed;
  },
  'pay-fee'(state, p) {
    if (state.fee === null)
      return fail(
        `${P}.FEE_NOT_ASSESSED`,
        { zh: '尚未核定公证费', en: 'The notarial fee has not been assessed yet' },
        'amountFen',
      );
    const outstanding = feeOutstanding(state.fee);
    if (outstanding === 0)
      return fail(
        `${P}.FEE_NOTHING_DUE`,
        {
          zh: '公证费已结清或者已免收，无需缴纳',
          en: 'The notarial fee is settled or waived; nothing is due',
        },
        'amountFen',
      );
    if (p.amountFen !== outstanding)
      return fail(
        `${P}.FEE_AMOUNT_MISMATCH`,
        { zh: `应缴金额为 ${outstanding} 分`, en: `The amount due is ${outstanding} fen` },
        'amountFen',
      );
    return ok({ ...state, fee: { ...state.fee, paidFen: state.fee.paidFen + p.amountFen } });
  },
  /** 公证法 第三十条: time for 补充证明材料、核实、不可抗力 is not counted; supplements listed at once. */
  pause(state, p, context) {
    if (p.reason === 'supplement' && p.items === undefined)
      return fail(
        `${P}.SUPPLEMENT_ITEMS_REQUIRED`,
        {
          zh: '要求补充材料的，应当一次性列明需补充的材料',
          en: 'A request for more materials must list everything needed at once',
        },
        'items',
      );
    return ok({
      ...state,
      status: 'paused',
      pauses: openPause(state.pauses, context.date, NOTARIAL_PAUSE_REASONS[p.reason]),
    });
  },
  resume: (state, _p, context) =>
    ok({ ...state, status: 'accepted', pauses: closePause(state.pauses, context.date) }),
  /** 公证法 第三十条、第三十二条 (in time, signed and sealed) with 第二十七条第二款 and 第三十四条 done. */
  'issue-certificate'(state, p, context) {
    if (!state.explanationRecorded)
      return fail(
        `${P}.EXPLANATION_MISSING`,
        {
          zh: '尚未告知法律意义和可能产生的法律后果并记录存档（公证法 第二十七条）',
          en: 'The legal meaning and possible legal consequences have not yet been explained and recorded (Notarization Law, art. 27)',
        },
        'type',
      );
    if (state.fee === null)
      return fail(
        `${P}.FEE_NOT_ASSESSED`,
        { zh: '尚未核定公证费', en: 'The notarial fee has not been assessed yet' },
        'type',
      );
    if (feeOutstanding(state.fee) > 0)
      return fail(
        `${P}.FEE_UNPAID`,
        {
          zh: `公证费尚未缴清（欠 ${feeOutstanding(state.fee)} 分）`,
          en: `The notarial fee is not fully paid (${feeOutstanding(state.fee)} fen outstanding)`,
        },
        'type',
      );
    const missing = state.matterType ? missingMaterials(state.matterType, state.materialsReceived) : [];
    if (missing.length > 0)
      return fail(
        `${P}.MATERIALS_INCOMPLETE`,
        {
          zh: `证明材料不齐全，尚缺：${materialNames(missing, 'zh').join('、')}`,
          en: `The supporting materials are incomplete; missing: ${materialNames(missing, 'en').join(', ')}`,
        },
        'type',
      );
    const late = isPastDue(certificateClock(state, context.calendar, context.date), context.date);
    if (late && p.lateReason === undefined)
      return fail(
        `${P}.CERTIFICATE_OVERDUE`,
        {
          zh: `已超过自受理之日起${CERTIFICATE_WORKING_DAYS}个工作日的出证期限（公证法 第三十条），请说明逾期原因`,
          en: `The certificate period of ${CERTIFICATE_WORKING_DAYS} working days from acceptance has passed (Notarization Law, art. 30); give the reason for the delay`,
        },
        'lateReason',
      );
    return ok({
      ...state,
      status: 'issued',
      certificate: {
        number: p.certificateNumber,
        issuedOn: context.date,
        mongolianText: p.mongolianText ?? false,
        late,
      },
    });
  },
  /** 公证法 第三十一条: one or more of the nine grounds, with written reasons and the refund decided. */
  refuse(state, p, context) {
    if (p.grounds.includes(9) && feeOutstanding(state.fee) === 0)
      return fail(
        `${P}.FEE_GROUND_INVALID`,
        {
          zh: '没有应缴未缴的公证费，不能以拒绝支付公证费为由不予办理',
          en: 'No notarial fee is outstanding, so refusal to pay cannot be the ground for declining',
        },
        'grounds',
      );
    return (
      refund(state, p.refundFen) ??
      ok({
        ...state,
        status: 'refused',
        refusalGrounds: [...p.grounds].sort((a, b) => a - b),
        pauses: closePause(state.pauses, context.date),
      })
    );
  },
  decline: (state, p) => ok({ ...state, status: 'declined', declineReason: p.reason }),
  withdraw: (state, p, context) =>
    refund(state, p.refundFen) ??
    ok({ ...state, status: 'withdrawn', pauses: closePause(state.pauses, context.date) }),
  /** 公证法 第三十九条; 公证程序规则: a party within 1 year of receipt; others 1 year of learning, 20 at most. */
  'request-review'(state, p, context) {
    return (
      reviewTimeProblem(state, p, context) ??
      ok({
        ...state,
        status: 'review-requested',
        review: { requestedOn: context.date, requester: p.requester, decidedOn: null, outcome: null },
      })
    );
  },
  /** 公证法 第三十九条: revoke (void from the start, announced) or correct; else the certificate stands. */
  'decide-review'(state, p, context) {
    if (p.outcome === 'revoked' && p.announcement === undefined)
      return fail(
        `${P}.REVOCATION_NOT_ANNOUNCED`,
        {
          zh: '撤销公证书的，应当予以公告，请填写公告内容',
          en: 'A revoked notarial certificate must be announced: give the announcement',
        },
        'announcement',
      );
    const review = state.review && { ...state.review, decidedOn: context.date, outcome: p.outcome };
    const status = p.outcome === 'upheld' ? 'issued' : p.outcome === 'revoked' ? 'revoked' : 'correcting';
    return ok({ ...state, status, review });
  },
  'issue-correction'(state, p, context) {
    const certificate = state.certificate && { ...state.certificate, number: p.correctedCertificateNumber };
    return ok({
      ...state,
      status: 'issued',
      certificate,
      review: state.review && { ...state.review, decidedOn: state.review.decidedOn ?? context.date },
    });
  },
};
