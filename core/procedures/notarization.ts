/**
 * Notarization (公证), the hall's 'notarization' window. Sources: 公证法 (2017 text); 公证程序规则
 * (2006 令103, amended 2020) for 复查 as read in secondary extracts (rules.md §4, R27).
 *
 *   apply ─(appointment)→ booked ─arrive→ applied | ─cancel-appointment→ cancelled
 *   apply ─(walk-in, online)→ applied ─accept→ accepted (certificate clock: 15 working days, 第三十条)
 *   applied ─decline→ declined (不予受理)
 *   accepted ─pause→ paused ─resume→ accepted (补充材料、核实、不可抗力: not counted, 第三十条)
 *   accepted ─issue-certificate→ issued (needs the 第二十七条 explanation and the fee settled)
 *   accepted | paused ─refuse→ refused (第三十一条) ; applied … paused ─withdraw→ withdrawn
 *   issued ─request-review→ review-requested ─decide-review→ issued | revoked | correcting
 *   correcting ─issue-correction→ issued (公证法 第三十九条)
 * Materials (record-materials) and the fee (assess-fee, pay-fee) are recorded alongside.
 */
import { closePause, isPastDue, openPause, runClock } from './clock';
import { assessFee, feeOutstanding } from './fee';
import {
  NOTARIZATION_ACTION_LABELS,
  NOTARIZATION_ACTION_SOURCES,
  NOTARIZATION_STATUS_LABELS,
} from './notarization-labels';
import {
  NOTARIZATION_ACTIONS,
  NOTARIZATION_STATUSES,
  notarizationSchemas as schemas,
} from './notarization-payload';
import {
  acceptanceProblem,
  CERTIFICATE_WORKING_DAYS,
  CORRECTION_DAYS,
  certificateClock,
  type NotarizationState,
  REVIEW_DECISION_DAYS,
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
import { defineProcedure, fail, neededKey, ok } from './procedure-kit';

export * from './notarization-labels';
export * from './notarization-payload';
export * from './notarization-rules';
export * from './notarization-vocabulary';

const P = 'NOTARIZATION';

export const notarization = defineProcedure({
  service: 'notarization',
  nameZh: '公证',
  codePrefix: P,
  statuses: NOTARIZATION_STATUSES,
  statusLabels: NOTARIZATION_STATUS_LABELS,
  actions: NOTARIZATION_ACTIONS,
  actionLabels: NOTARIZATION_ACTION_LABELS,
  actionSources: NOTARIZATION_ACTION_SOURCES,
  openingAction: 'apply',
  allowedActions: {
    booked: ['arrive', 'cancel-appointment', 'record-materials'],
    applied: ['record-materials', 'accept', 'assess-fee', 'pay-fee', 'decline', 'withdraw'],
    accepted: [
      'record-materials',
      'record-explanation',
      'assess-fee',
      'pay-fee',
      'pause',
      'issue-certificate',
      'refuse',
      'withdraw',
    ],
    paused: [
      'record-materials',
      'record-explanation',
      'assess-fee',
      'pay-fee',
      'resume',
      'refuse',
      'withdraw',
    ],
    issued: ['request-review'],
    'review-requested': ['decide-review'],
    correcting: ['issue-correction'],
    refused: [],
    declined: [],
    withdrawn: [],
    cancelled: [],
    revoked: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'notary', 'receptionist', 'party'],
    arrive: ['window-clerk', 'notary', 'receptionist'],
    'cancel-appointment': ['window-clerk', 'notary', 'party'],
    'record-materials': ['window-clerk', 'notary'],
    accept: ['notary'],
    'record-explanation': ['notary'],
    'assess-fee': ['notary'],
    'pay-fee': ['window-clerk', 'notary'],
    pause: ['notary'],
    resume: ['notary'],
    'issue-certificate': ['notary'],
    refuse: ['notary'],
    decline: ['notary'],
    withdraw: ['window-clerk', 'notary', 'party'],
    'request-review': ['window-clerk', 'notary', 'party'],
    'decide-review': ['notary'],
    'issue-correction': ['notary'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['issued', 'refused', 'declined', 'withdrawn', 'cancelled', 'revoked'],
  initialState: (): NotarizationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    channel: null,
    appointmentDate: null,
    matterType: null,
    applicantName: null,
    byAgent: false,
    involvesImmovable: false,
    immovableInJurisdiction: null,
    legalAidEligible: false,
    appliedOn: null,
    acceptedOn: null,
    materialsReceived: [],
    explanationRecorded: false,
    fee: null,
    pauses: [],
    certificate: null,
    refusalGrounds: [],
    declineReason: null,
    review: null,
  }),
  handlers: {
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
  },
  /**
   * 公证法 第二十七条第一款: the materials the matter's own checklist names, and of them the required ones
   * not yet received (acceptance waits for them).
   */
  choices: (state) =>
    state.matterType
      ? {
          'record-materials': {
            items: notarialMatterType(state.matterType).checklist.map((item) => item.code),
            [neededKey('items')]: missingMaterials(state.matterType, state.materialsReceived).map(
              (item) => item.code,
            ),
          },
        }
      : {},
  /** 公证法 第三十四条第一款: a fee is paid once assessed, while some of it is still due. */
  offers: (state, action) => action !== 'pay-fee' || feeOutstanding(state.fee) > 0,
  openClocks(state, { calendar, today }) {
    switch (state.status) {
      case 'accepted':
      case 'paused':
        return [certificateClock(state, calendar, today)];
      case 'review-requested':
        return state.review
          ? [
              runClock(
                {
                  kind: 'review-decision',
                  label: '作出复查决定',
                  startsAt: state.review.requestedOn,
                  amount: REVIEW_DECISION_DAYS,
                  basis: 'calendar-days',
                  source: '公证程序规则 第六十二条',
                  responsibleRole: 'notary',
                },
                { calendar, today },
              ),
            ]
          : [];
      case 'correcting':
        return state.review?.decidedOn
          ? [
              runClock(
                {
                  kind: 'correction',
                  label: '更正公证书',
                  startsAt: state.review.decidedOn,
                  amount: CORRECTION_DAYS,
                  basis: 'calendar-days',
                  source: '公证程序规则 第六十三条',
                  responsibleRole: 'notary',
                },
                { calendar, today },
              ),
            ]
          : [];
      default:
        return [];
    }
  },
});
