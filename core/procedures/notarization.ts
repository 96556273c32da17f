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
import { z } from 'zod';
import { type ClockPause, closePause, isPastDue, openPause, runClock, yearPeriodEnd } from './clock';
import type { ProcedureCalendar, ProcedureClock, ProcedureResult } from './definition';
import { assessFee, FEE_RELIEF_CODES, FEE_RELIEFS, type FeeAssessment, feeOutstanding } from './fee';
import { type ProcedureLabels, pairLabels } from './labels';
import {
  missingMaterials,
  NOTARIAL_DECLINE_REASONS,
  NOTARIAL_MATERIAL_CODES,
  NOTARIAL_MATERIALS,
  NOTARIAL_MATTER_TYPE_CODES,
  NOTARIAL_MATTER_TYPES,
  NOTARIAL_PAUSE_REASONS,
  NOTARIAL_REVIEW_OUTCOMES,
  type NotarialMatterTypeCode,
  notarialMatterType,
} from './notarization-vocabulary';
import { shownWhen, zChoice, zCount, zDate, zFen, zFlag, zList, zText, zWritten } from './payload-kit';
import {
  type ActionContext,
  defineProcedure,
  fail,
  type MatterState,
  notAfterToday,
  ok,
} from './procedure-kit';

export * from './notarization-vocabulary';

const P = 'NOTARIZATION';

export const NOTARIZATION_STATUSES = [
  'booked',
  'applied',
  'accepted',
  'paused',
  'issued',
  'review-requested',
  'correcting',
  'refused',
  'declined',
  'withdrawn',
  'cancelled',
  'revoked',
] as const;
export type NotarizationStatus = (typeof NOTARIZATION_STATUSES)[number];

export const NOTARIZATION_ACTIONS = [
  'apply',
  'arrive',
  'cancel-appointment',
  'record-materials',
  'accept',
  'record-explanation',
  'assess-fee',
  'pay-fee',
  'pause',
  'resume',
  'issue-certificate',
  'refuse',
  'decline',
  'withdraw',
  'request-review',
  'decide-review',
  'issue-correction',
] as const;
export type NotarizationAction = (typeof NOTARIZATION_ACTIONS)[number];

/** 公证法 第三十条: the certificate is issued within this many working days of acceptance. */
export const CERTIFICATE_WORKING_DAYS = 15;
/** 公证程序规则 (复查, rules.md §4): decided within 30 days; a correction made within 10 days. */
export const REVIEW_DECISION_DAYS = 30;
export const CORRECTION_DAYS = 10;

export interface NotarizationState extends MatterState<NotarizationStatus> {
  channel: 'walk-in' | 'appointment' | 'online' | null;
  appointmentDate: string | null;
  matterType: NotarialMatterTypeCode | null;
  applicantName: string | null;
  byAgent: boolean;
  involvesImmovable: boolean;
  immovableInJurisdiction: boolean | null;
  legalAidEligible: boolean;
  appliedOn: string | null;
  acceptedOn: string | null;
  materialsReceived: string[];
  explanationRecorded: boolean;
  fee: FeeAssessment | null;
  pauses: ClockPause[];
  certificate: { number: string; issuedOn: string; mongolianText: boolean; late: boolean } | null;
  refusalGrounds: number[];
  declineReason: keyof typeof NOTARIAL_DECLINE_REASONS | null;
  review: {
    requestedOn: string;
    requester: 'party' | 'interested-person';
    decidedOn: string | null;
    outcome: 'upheld' | 'revoked' | 'corrected' | null;
  } | null;
}

const schemas = {
  apply: z.object({
    channel: zChoice(['walk-in', 'appointment', 'online'], '申请方式'),
    appointmentDate: shownWhen(zDate('预约日期').optional(), 'channel', ['appointment']),
    matterType: zChoice(NOTARIAL_MATTER_TYPE_CODES, '公证事项'),
    applicantName: zText('申请人姓名', 100),
    byAgent: zFlag('是否委托他人代办'),
    agentName: zText('代理人姓名', 100).optional(),
    involvesImmovable: zFlag('是否涉及不动产'),
    immovableInJurisdiction: zFlag('不动产是否在本公证机构所在地').optional(),
    legalAidEligible: zFlag('是否符合法律援助条件'),
    aidEligibilityBasis: zText('符合法律援助条件的依据', 200).optional(),
    purpose: zText('公证书用途', 200).optional(),
  }),
  arrive: z.object({ note: zText('备注').optional() }),
  'cancel-appointment': z.object({ reason: zText('取消原因').optional() }),
  'record-materials': z.object({ items: zList(zChoice(NOTARIAL_MATERIAL_CODES, '材料'), '收到的材料') }),
  accept: z.object({ notaryName: zText('承办公证员', 100) }),
  'record-explanation': z.object({
    content: zWritten('告知的法律意义和可能产生的法律后果'),
    acknowledgedBy: zText('确认已被告知的当事人', 100),
  }),
  'assess-fee': z.object({
    relief: zChoice(FEE_RELIEF_CODES, '是否减免公证费'),
    standardFeeFen: zFen('收费标准').optional(),
    payableFen: zFen('应收金额').optional(),
    note: zText('备注').optional(),
  }),
  'pay-fee': z.object({ amountFen: zFen('缴费金额'), receiptNumber: zText('票据号', 50).optional() }),
  pause: z.object({
    reason: zChoice(['supplement', 'verification', 'force-majeure'], '暂停计时的原因'),
    items: zList(zText('需补充的材料'), '需补充的材料').optional(),
    note: zText('说明').optional(),
  }),
  resume: z.object({ note: zText('备注').optional() }),
  'issue-certificate': z.object({
    certificateNumber: zText('公证书编号', 50),
    mongolianText: zFlag('是否制作蒙古文文本').optional(),
    lateReason: zWritten('逾期出具的原因').optional(),
  }),
  refuse: z.object({
    grounds: zList(zCount('不予办理的情形', 1, 9), '不予办理的情形（第三十一条）'),
    reasons: zWritten('不予办理的理由'),
    refundFen: zFen('退还的公证费'),
  }),
  decline: z.object({
    reason: zChoice(
      Object.keys(NOTARIAL_DECLINE_REASONS) as [keyof typeof NOTARIAL_DECLINE_REASONS],
      '不予受理的原因',
    ),
    explanation: zWritten('不予受理的理由'),
  }),
  withdraw: z.object({ reason: zText('撤回原因').optional(), refundFen: zFen('退还的公证费').optional() }),
  'request-review': z.object({
    requester: zChoice(['party', 'interested-person'], '申请人身份'),
    certificateReceivedOn: zDate('收到公证书的日期').optional(),
    learnedOn: zDate('知道公证书的日期').optional(),
    grounds: zWritten('申请复查的理由'),
  }),
  'decide-review': z.object({
    outcome: zChoice(['upheld', 'revoked', 'corrected'], '复查结论'),
    reasons: zWritten('复查决定的理由'),
    announcement: zText('撤销公告', 500).optional(),
  }),
  'issue-correction': z.object({ correctedCertificateNumber: zText('更正后的公证书编号', 50) }),
};

/** 公证法 第三十条: 15 working days from acceptance, pauses (补充、核实、不可抗力) not counted. */
function certificateClock(
  state: NotarizationState,
  calendar: ProcedureCalendar,
  today: string,
): ProcedureClock {
  return runClock(
    {
      kind: 'certificate',
      label: '出具公证书',
      startsAt: state.acceptedOn ?? today,
      amount: CERTIFICATE_WORKING_DAYS,
      basis: 'working-days',
      source: '公证法 第三十条',
      pauses: state.pauses,
      responsibleRole: 'notary',
    },
    { calendar, today },
  );
}

type Result = ProcedureResult<NotarizationState>;

function refund(state: NotarizationState, refundFen: number | undefined): Result | undefined {
  const paid = state.fee?.paidFen ?? 0;
  return (refundFen ?? 0) > paid
    ? fail(
        `${P}.REFUND_EXCEEDS_PAID`,
        {
          zh: `退还金额不能超过已收公证费（${paid} 分）`,
          en: `The refund cannot exceed the notarial fee paid (${paid} fen)`,
        },
        'refundFen',
      )
    : undefined;
}

/** 公证法 第二十五条、第二十六条、第二十七条: who may apply where, in person, with what. */
function acceptanceProblem(state: NotarizationState): Result | undefined {
  if (state.matterType === null)
    return fail(
      `${P}.NOT_OPENED`,
      { zh: '尚未登记公证事项', en: 'No notarial matter has been registered yet' },
      'matterType',
    );
  const type = notarialMatterType(state.matterType);
  if (type.inPersonOnly && state.byAgent)
    return fail(
      `${P}.IN_PERSON_REQUIRED`,
      {
        zh: `${type.labelZh}公证应当由本人办理，不得委托他人（公证法 第二十六条）`,
        en: `Notarization of this kind (${state.matterType}) must be applied for in person, not through an agent (Notarization Law, art. 26)`,
      },
      'byAgent',
    );
  if (state.involvesImmovable && !type.immovableAnyOffice && state.immovableInJurisdiction === false)
    return fail(
      `${P}.IMMOVABLE_JURISDICTION`,
      {
        zh: '涉及不动产的公证应当向不动产所在地的公证机构申请（公证法 第二十五条）',
        en: 'Notarization concerning immovable property must be applied for at a notary office where the property lies (Notarization Law, art. 25)',
      },
      'immovableInJurisdiction',
    );
  const missing = missingMaterials(state.matterType, state.materialsReceived);
  if (missing.length > 0)
    return fail(
      `${P}.MATERIALS_INCOMPLETE`,
      {
        zh: `证明材料不齐全，尚缺：${missing.map((item) => item.label).join('、')}（公证法 第二十七条）`,
        en: `The supporting materials are incomplete; missing: ${missing.map((item) => NOTARIAL_MATERIALS[item.code][1]).join(', ')} (Notarization Law, art. 27)`,
      },
      'materials',
    );
  return undefined;
}

function reviewTimeProblem(
  state: NotarizationState,
  payload: z.output<(typeof schemas)['request-review']>,
  context: ActionContext,
): Result | undefined {
  const issuedOn = state.certificate?.issuedOn ?? context.date;
  const within = (from: string, years: number) =>
    context.date <= yearPeriodEnd(from, years, context.calendar).due;
  if (payload.requester === 'party') {
    const received = payload.certificateReceivedOn;
    if (received === undefined)
      return fail(
        `${P}.REVIEW_RECEIPT_DATE_REQUIRED`,
        { zh: '请填写收到公证书的日期', en: 'Give the date the notarial certificate was received' },
        'certificateReceivedOn',
      );
    const future = notAfterToday(P, received, context, 'certificateReceivedOn', '收到公证书的日期');
    if (future) return { ok: false, error: future };
    if (received < issuedOn)
      return fail(
        `${P}.REVIEW_RECEIPT_DATE_INVALID`,
        {
          zh: '收到公证书的日期不能早于出具日期',
          en: 'The date the certificate was received cannot be before the date it was issued',
        },
        'certificateReceivedOn',
      );
    if (!within(received, 1))
      return fail(
        `${P}.REVIEW_OUT_OF_TIME`,
        {
          zh: '当事人应当自收到公证书之日起一年内申请复查（公证程序规则）',
          en: 'A party must apply for review within one year of receiving the notarial certificate (Notarial Procedure Rules)',
        },
        'certificateReceivedOn',
      );
    return undefined;
  }
  const learned = payload.learnedOn;
  if (learned === undefined)
    return fail(
      `${P}.REVIEW_LEARNED_DATE_REQUIRED`,
      { zh: '请填写知道公证书的日期', en: 'Give the date the notarial certificate became known' },
      'learnedOn',
    );
  const future = notAfterToday(P, learned, context, 'learnedOn', '知道公证书的日期');
  if (future) return { ok: false, error: future };
  if (!within(learned, 1))
    return fail(
      `${P}.REVIEW_OUT_OF_TIME`,
      {
        zh: '利害关系人应当自知道公证书之日起一年内申请复查（公证程序规则）',
        en: 'An interested person must apply for review within one year of learning of the notarial certificate (Notarial Procedure Rules)',
      },
      'learnedOn',
    );
  if (!within(issuedOn, 20))
    return fail(
      `${P}.REVIEW_OUT_OF_TIME`,
      {
        zh: '自公证书出具之日起超过二十年的，不能申请复查（公证程序规则）',
        en: 'No review can be applied for more than twenty years after the certificate was issued (Notarial Procedure Rules)',
      },
      'learnedOn',
    );
  return undefined;
}

export const notarization = defineProcedure({
  service: 'notarization',
  nameZh: '公证',
  codePrefix: P,
  statuses: NOTARIZATION_STATUSES,
  statusLabels: {
    booked: '已预约',
    applied: '已申请，待受理',
    accepted: '已受理，办理中',
    paused: '暂停计时（补充材料、核实等）',
    issued: '已出具公证书',
    'review-requested': '复查中',
    correcting: '待更正公证书',
    refused: '不予办理',
    declined: '不予受理',
    withdrawn: '已撤回',
    cancelled: '预约已取消',
    revoked: '公证书已撤销',
  },
  actions: NOTARIZATION_ACTIONS,
  actionLabels: {
    apply: '申请公证',
    arrive: '预约到场',
    'cancel-appointment': '取消预约',
    'record-materials': '登记收到的材料',
    accept: '受理',
    'record-explanation': '告知法律意义和后果',
    'assess-fee': '核定公证费',
    'pay-fee': '缴纳公证费',
    pause: '暂停计时',
    resume: '恢复计时',
    'issue-certificate': '出具公证书',
    refuse: '不予办理',
    decline: '不予受理',
    withdraw: '撤回申请',
    'request-review': '申请复查',
    'decide-review': '作出复查决定',
    'issue-correction': '出具更正后的公证书',
  },
  actionSources: {
    apply: '公证法 第二十五条、第二十六条',
    arrive: '公证法 第二十六条',
    'cancel-appointment': '',
    'record-materials': '公证法 第二十七条第一款',
    accept: '公证法 第二十五条至第二十八条',
    'record-explanation': '公证法 第二十七条第二款',
    'assess-fee': '公证法 第三十四条、第四十六条；法律援助法 第五十三条第二款',
    'pay-fee': '公证法 第三十四条第一款',
    pause: '公证法 第三十条',
    resume: '公证法 第三十条',
    'issue-certificate': '公证法 第三十条、第三十二条',
    refuse: '公证法 第三十一条',
    decline: '公证法 第十一条、第二十五条至第二十七条',
    withdraw: '公证程序规则 第五十条',
    'request-review': '公证法 第三十九条；公证程序规则 第六十一条',
    'decide-review': '公证法 第三十九条；公证程序规则 第六十二条',
    'issue-correction': '公证法 第三十九条；公证程序规则 第六十三条',
  },
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
        if (p.appointmentDate < context.date)
          return fail(
            `${P}.APPOINTMENT_IN_PAST`,
            { zh: '预约日期不能早于今天', en: 'The appointment date cannot be before today' },
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
            zh: `证明材料不齐全，尚缺：${missing.map((m) => m.label).join('、')}`,
            en: `The supporting materials are incomplete; missing: ${missing.map((m) => NOTARIAL_MATERIALS[m.code][1]).join(', ')}`,
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
  /** 公证法 第二十七条第一款: the materials the matter's own checklist names. */
  choices: (state) =>
    state.matterType
      ? {
          'record-materials': {
            items: notarialMatterType(state.matterType).checklist.map((item) => item.code),
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

/** Bilingual labels of the notarization window (core/procedures/labels.ts). */
export const NOTARIZATION_LABELS: ProcedureLabels<NotarizationStatus, NotarizationAction> = {
  clocksEn: {
    certificate: 'Issue the notarial certificate',
    'review-decision': 'Decide on the review',
    correction: 'Correct the notarial certificate',
  },
  statusesEn: {
    booked: 'Booked',
    applied: 'Applied, awaiting acceptance',
    accepted: 'Accepted, in progress',
    paused: 'Clock paused',
    issued: 'Certificate issued',
    'review-requested': 'Under review',
    correcting: 'Certificate to be corrected',
    refused: 'Refused',
    declined: 'Not accepted',
    withdrawn: 'Withdrawn',
    cancelled: 'Appointment cancelled',
    revoked: 'Certificate revoked',
  },
  actionsEn: {
    apply: 'Apply',
    arrive: 'Arrive for appointment',
    'cancel-appointment': 'Cancel appointment',
    'record-materials': 'Record materials',
    accept: 'Accept',
    'record-explanation': 'Explain legal effect',
    'assess-fee': 'Assess fee',
    'pay-fee': 'Pay fee',
    pause: 'Pause clock',
    resume: 'Resume clock',
    'issue-certificate': 'Issue certificate',
    refuse: 'Refuse',
    decline: 'Do not accept',
    withdraw: 'Withdraw',
    'request-review': 'Request review',
    'decide-review': 'Decide review',
    'issue-correction': 'Issue corrected certificate',
  },
  values: {
    // First: 'marital-status' names a material and a matter type, which keeps its own label.
    ...NOTARIAL_MATERIALS,
    'walk-in': ['现场申请', 'Walk-in'],
    appointment: ['预约', 'Appointment'],
    online: ['网上申请', 'Online'],
    ...pairLabels(NOTARIAL_MATTER_TYPES, {
      'house-purchase-contract': 'House purchase contract',
      'power-of-attorney': 'Power of attorney',
      inheritance: 'Inheritance',
      education: 'Education',
      'no-criminal-record': 'No criminal record',
      kinship: 'Kinship',
      will: 'Will',
      gift: 'Gift',
      survival: 'Being alive',
      adoption: 'Adoption',
      'marital-status': 'Marital status',
      birth: 'Birth',
      declaration: 'Declaration',
      'copy-conformity': 'Copy conforms to original',
      'evidence-preservation': 'Evidence preservation',
    }),
    ...pairLabels(FEE_RELIEFS, { none: 'No relief', reduced: 'Reduced', waived: 'Waived' }),
    ...pairLabels(NOTARIAL_PAUSE_REASONS, {
      supplement: 'Supplementing materials',
      verification: 'Verifying facts',
      'force-majeure': 'Force majeure',
    }),
    ...pairLabels(NOTARIAL_DECLINE_REASONS, {
      'out-of-jurisdiction': "Outside this office's jurisdiction",
      'in-person-required': 'Must be done in person',
      'not-notarial-matter': 'Not a notarial matter',
      'materials-incomplete': 'Materials incomplete',
    }),
    party: ['当事人', 'Party'],
    'interested-person': ['公证事项的利害关系人', 'Interested person'],
    ...pairLabels(NOTARIAL_REVIEW_OUTCOMES, { upheld: 'Upheld', revoked: 'Revoked', corrected: 'Corrected' }),
  },
};
