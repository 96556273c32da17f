/**
 * Notarization (公证): the state of a matter and the rules its handlers share (the certificate clock,
 * refunds, acceptance and the time limits of 复查). The procedure itself is notarization.ts.
 */
import type { z } from 'zod';
import { type ClockPause, runClock, yearPeriodEnd } from './clock';
import type { ProcedureCalendar, ProcedureClock, ProcedureResult } from './definition';
import type { FeeAssessment } from './fee';
import type { NotarizationStatus, notarizationSchemas } from './notarization-payload';
import {
  materialNames,
  missingMaterials,
  type NOTARIAL_DECLINE_REASONS,
  type NotarialMatterTypeCode,
  notarialMatterType,
} from './notarization-vocabulary';
import { type ActionContext, fail, type MatterState } from './procedure-kit';

const P = 'NOTARIZATION';

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

/** 公证法 第三十条: 15 working days from acceptance, pauses (补充、核实、不可抗力) not counted. */
export function certificateClock(
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

export type Result = ProcedureResult<NotarizationState>;

export function refund(state: NotarizationState, refundFen: number | undefined): Result | undefined {
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
export function acceptanceProblem(state: NotarizationState): Result | undefined {
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
        zh: `证明材料不齐全，尚缺：${materialNames(missing, 'zh').join('、')}（公证法 第二十七条）`,
        en: `The supporting materials are incomplete; missing: ${materialNames(missing, 'en').join(', ')} (Notarization Law, art. 27)`,
      },
      'materials',
    );
  return undefined;
}

export function reviewTimeProblem(
  state: NotarizationState,
  payload: z.output<(typeof notarizationSchemas)['request-review']>,
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
