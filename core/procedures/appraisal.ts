/**
 * Judicial appraisal (司法鉴定), the hall's 'appraisal' window. Source: 司法鉴定程序通则 (司法部令第132号,
 * 2016), read only through secondary extracts (rules.md §6, R29): article numbers and the refusal and
 * termination lists are UNCONFIRMED against the official text; fee relief: 法律援助法 第五十三条第二款.
 *
 *   entrust → entrusted ─accept→ accepted (7 working days, 第十三条; 委托书 signed, ≥ 2 appraisers)
 *   entrusted ─decline→ declined (reasons, materials returned) | ─withdraw→ withdrawn
 *   accepted ─request-supplement→ supplementing ─receive-supplement→ accepted (clock paused, 第二十八条)
 *   accepted | supplementing ─extend→ (same) (≤ 30 working days in all, approved, client told)
 *   accepted ─complete→ completed (30 working days, 第二十八条) | ─terminate→ terminated (第二十九条)
 */
import { z } from 'zod';
import {
  ACCEPTANCE_WORKING_DAYS,
  APPRAISAL_ACTIONS,
  APPRAISAL_DECLINE_GROUNDS,
  APPRAISAL_FIELDS,
  APPRAISAL_STATUSES,
  APPRAISAL_TERMINATION_GROUNDS,
  type AppraisalState,
  COMPLETION_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  MIN_APPRAISERS,
} from './appraisal-vocabulary';
import { closePause, fixedDateClock, isPastDue, openPause, type PeriodClock, runClock } from './clock';
import type { ProcedureCalendar } from './definition';
import { assessFee, FEE_RELIEF_CODES } from './fee';
import { zChoice, zCount, zDate, zFen, zFlag, zList, zText, zWritten } from './payload-kit';
import { defineProcedure, fail, ok } from './procedure-kit';

const P = 'APPRAISAL';
const RULES = '司法鉴定程序通则';

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const schemas = {
  entrust: z.object({
    receivedOn: zDate('收到委托的日期', { notAfter: 'today' }),
    clientKind: zChoice(
      ['court', 'procuratorate', 'police', 'other-organ', 'lawyer', 'individual'],
      '委托人类型',
    ),
    clientName: zText('委托人', 200),
    field: zChoice(keys(APPRAISAL_FIELDS), '鉴定类别'),
    matter: zText('鉴定事项', 500),
    complex: zFlag('是否复杂、疑难或者特殊鉴定事项'),
    agreedAcceptanceBy: zDate('约定的受理期限', { notBefore: { field: 'receivedOn' } }).optional(),
    legalAidRecipient: zFlag('是否受援人'),
    aidDecisionNumber: zText('给予法律援助决定书编号', 50).optional(),
  }),
  accept: z.object({
    appraisers: zList(zText('司法鉴定人', 50), '司法鉴定人', 10),
    agreedWorkingDays: zCount('约定的鉴定时限（工作日）', 1, 250).optional(),
    relief: zChoice(FEE_RELIEF_CODES, '是否减免鉴定费'),
    standardFeeFen: zFen('鉴定费标准'),
    payableFen: zFen('应收鉴定费').optional(),
    lateReason: zWritten('逾期受理的原因').optional(),
  }),
  decline: z.object({
    grounds: zList(zChoice(keys(APPRAISAL_DECLINE_GROUNDS), '不予受理的情形'), '不予受理的情形'),
    reasons: zWritten('不予受理的理由'),
    materialsReturned: zFlag('是否已退还鉴定材料'),
  }),
  withdraw: z.object({ reason: zText('撤回原因').optional() }),
  'request-supplement': z.object({ items: zList(zText('需补充的材料'), '需补充的材料') }),
  'receive-supplement': z.object({ note: zText('备注').optional() }),
  extend: z.object({
    workingDays: zCount('延长的工作日', 1, MAX_EXTENSION_WORKING_DAYS),
    approvedBy: zText('批准延长的司法鉴定机构负责人', 50),
    reason: zWritten('延长时限的理由'),
    clientNotified: z.literal(true, { error: '延长时限应当告知委托人' }),
  }),
  complete: z.object({
    opinionNumber: zText('司法鉴定意见书编号', 50),
    lateReason: zWritten('逾期完成的原因').optional(),
  }),
  terminate: z.object({
    ground: zChoice(keys(APPRAISAL_TERMINATION_GROUNDS), '终止鉴定的情形'),
    reasons: zWritten('终止鉴定的理由'),
    materialsReturned: zFlag('是否已退还鉴定材料'),
    refundFen: zFen('退还的鉴定费'),
  }),
};

/** 第十三条: 7 working days from receipt, or the date agreed for a complex matter. */
function acceptanceClock(state: AppraisalState, calendar: ProcedureCalendar, today: string): PeriodClock {
  const startsAt = state.receivedOn ?? today;
  const base = {
    kind: 'acceptance',
    label: '决定是否受理鉴定委托',
    startsAt,
    source: `${RULES} 第十三条`,
    responsibleRole: 'window-clerk' as const,
  };
  return state.agreedAcceptanceBy
    ? fixedDateClock({ ...base, dueAt: state.agreedAcceptanceBy })
    : runClock({ ...base, amount: ACCEPTANCE_WORKING_DAYS, basis: 'working-days' }, { calendar, today });
}

/** 第二十八条: 30 working days (or as agreed) from the 委托书, plus extensions, supplements not counted. */
function completionClock(state: AppraisalState, calendar: ProcedureCalendar, today: string): PeriodClock {
  return runClock(
    {
      kind: 'completion',
      label: '完成鉴定',
      startsAt: state.acceptedOn ?? today,
      amount: state.agreedWorkingDays ?? COMPLETION_WORKING_DAYS,
      basis: 'working-days',
      source: `${RULES} 第二十八条`,
      extendedBy: state.extensionDays,
      pauses: state.pauses,
      responsibleRole: 'window-clerk',
    },
    { calendar, today },
  );
}

const materialsNotReturned = () =>
  fail(
    `${P}.MATERIALS_NOT_RETURNED`,
    {
      zh: '不予受理或者终止鉴定的，应当退还鉴定材料',
      en: 'A refused or terminated appraisal must return the materials',
    },
    'materialsReturned',
  );

export const appraisal = defineProcedure({
  service: 'appraisal',
  nameZh: '司法鉴定',
  codePrefix: P,
  statuses: APPRAISAL_STATUSES,
  statusLabels: {
    entrusted: '已委托，待受理',
    accepted: '已受理，鉴定中',
    supplementing: '补充材料中（暂停计时）',
    completed: '已出具鉴定意见书',
    declined: '不予受理',
    terminated: '终止鉴定',
    withdrawn: '委托已撤回',
  },
  actions: APPRAISAL_ACTIONS,
  actionLabels: {
    entrust: '登记鉴定委托',
    accept: '受理并签订委托书',
    decline: '不予受理',
    withdraw: '撤回委托',
    'request-supplement': '要求补充材料',
    'receive-supplement': '收到补充材料',
    extend: '延长鉴定时限',
    complete: '出具鉴定意见书',
    terminate: '终止鉴定',
  },
  actionSources: {
    entrust: `${RULES} 第十一条`,
    accept: `${RULES} 第十三条、第十九条；法律援助法 第五十三条第二款`,
    decline: `${RULES} 第十三条、第十五条`,
    withdraw: `${RULES} 第二十九条`,
    'request-supplement': `${RULES} 第二十八条`,
    'receive-supplement': `${RULES} 第二十八条`,
    extend: `${RULES} 第二十八条`,
    complete: `${RULES} 第二十八条`,
    terminate: `${RULES} 第二十九条`,
  },
  openingAction: 'entrust',
  allowedActions: {
    entrusted: ['accept', 'decline', 'withdraw'],
    accepted: ['request-supplement', 'extend', 'complete', 'terminate'],
    supplementing: ['receive-supplement', 'extend', 'terminate'],
    completed: [],
    declined: [],
    terminated: [],
    withdrawn: [],
  },
  actionRoles: {
    entrust: ['window-clerk', 'party'],
    accept: ['window-clerk'],
    decline: ['window-clerk'],
    withdraw: ['window-clerk', 'party'],
    'request-supplement': ['window-clerk'],
    'receive-supplement': ['window-clerk'],
    extend: ['window-clerk'],
    complete: ['window-clerk'],
    terminate: ['window-clerk'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['completed', 'declined', 'terminated', 'withdrawn'],
  initialState: (): AppraisalState => ({
    status: 'entrusted',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    receivedOn: null,
    complex: false,
    agreedAcceptanceBy: null,
    legalAidRecipient: false,
    acceptedOn: null,
    agreedWorkingDays: null,
    appraisers: [],
    fee: null,
    pauses: [],
    extensionDays: 0,
    opinion: null,
    declineGrounds: [],
    terminationGround: null,
  }),
  handlers: {
    /** 第十三条: a complex matter may have its acceptance time agreed; 法律援助法 第五十三条: aided persons. */
    entrust(state, p, _context) {
      if (p.agreedAcceptanceBy !== undefined && !p.complex)
        return fail(
          `${P}.AGREED_TIME_ONLY_FOR_COMPLEX`,
          {
            zh: '仅复杂、疑难或者特殊鉴定事项可以协商受理时间（第十三条）',
            en: 'Only complex, difficult or special appraisals may agree the acceptance time (art. 13)',
          },
          'agreedAcceptanceBy',
        );
      if (p.legalAidRecipient && p.aidDecisionNumber === undefined)
        return fail(
          `${P}.AID_DECISION_REQUIRED`,
          {
            zh: '受援人请填写给予法律援助决定书编号',
            en: 'For a legal aid recipient, give the number of the legal aid decision',
          },
          'aidDecisionNumber',
        );
      return ok({
        ...state,
        status: 'entrusted',
        receivedOn: p.receivedOn,
        complex: p.complex,
        agreedAcceptanceBy: p.agreedAcceptanceBy ?? null,
        legalAidRecipient: p.legalAidRecipient,
      });
    },
    /** 第十三条 (in time), 第十九条 (two appraisers), 法律援助法 第五十三条第二款 (fee relief). */
    accept(state, p, context) {
      if (p.appraisers.length < MIN_APPRAISERS)
        return fail(
          `${P}.TOO_FEW_APPRAISERS`,
          {
            zh: '对同一鉴定事项，应当指定或者选择二名司法鉴定人进行鉴定（第十九条）',
            en: 'Two forensic appraisers must be designated or chosen for one appraisal (art. 19)',
          },
          'appraisers',
        );
      if (
        isPastDue(acceptanceClock(state, context.calendar, context.date), context.date) &&
        p.lateReason === undefined
      )
        return fail(
          `${P}.ACCEPTANCE_OVERDUE`,
          {
            zh: '已超过受理期限（第十三条：七个工作日），请说明逾期原因',
            en: 'The acceptance time limit (art. 13: seven working days) has passed; give the reason for the delay',
          },
          'lateReason',
        );
      const fee = assessFee(
        P,
        { standardFen: p.standardFeeFen, relief: p.relief, payableFen: p.payableFen },
        state.legalAidRecipient,
        '法律援助法 第五十三条第二款',
      );
      if (!fee.ok) return fee;
      return ok({
        ...state,
        status: 'accepted',
        acceptedOn: context.date,
        agreedWorkingDays: p.agreedWorkingDays ?? null,
        appraisers: p.appraisers,
        fee: fee.fee,
      });
    },
    decline: (state, p) =>
      p.materialsReturned
        ? ok({ ...state, status: 'declined', declineGrounds: p.grounds })
        : materialsNotReturned(),
    withdraw: (state) => ok({ ...state, status: 'withdrawn' }),
    /** 第二十八条: the time the client takes to supplement materials is not counted. */
    'request-supplement': (state, _p, context) =>
      ok({ ...state, status: 'supplementing', pauses: openPause(state.pauses, context.date, 'supplement') }),
    'receive-supplement': (state, _p, context) =>
      ok({ ...state, status: 'accepted', pauses: closePause(state.pauses, context.date) }),
    /** 第二十八条: complex cases, with the head's approval and the client told, ≤ 30 working days. */
    extend(state, p, context) {
      if (state.extensionDays + p.workingDays > MAX_EXTENSION_WORKING_DAYS)
        return fail(
          `${P}.EXTENSION_TOO_LONG`,
          {
            zh: `延长时限累计一般不得超过三十个工作日（已延长 ${state.extensionDays} 个工作日）`,
            en: `Extensions may in general total no more than thirty working days (already extended by ${state.extensionDays})`,
          },
          'workingDays',
        );
      if (isPastDue(completionClock(state, context.calendar, context.date), context.date))
        return fail(
          `${P}.EXTENSION_TOO_LATE`,
          {
            zh: '鉴定时限已经届满，不能再延长',
            en: 'The appraisal time limit has already run out and can no longer be extended',
          },
          'workingDays',
        );
      return ok({ ...state, extensionDays: state.extensionDays + p.workingDays });
    },
    /** 第二十八条: in time, or the reason for the delay is recorded. */
    complete(state, p, context) {
      const late = isPastDue(completionClock(state, context.calendar, context.date), context.date);
      if (late && p.lateReason === undefined)
        return fail(
          `${P}.COMPLETION_OVERDUE`,
          {
            zh: '已超过鉴定时限（第二十八条），请说明逾期原因',
            en: 'The appraisal time limit (art. 28) has passed; give the reason for the delay',
          },
          'lateReason',
        );
      return ok({
        ...state,
        status: 'completed',
        opinion: { number: p.opinionNumber, issuedOn: context.date, late },
      });
    },
    /** 第二十九条: on its grounds, in writing, materials returned, the fee refunded as decided. */
    terminate(state, p, context) {
      if (!p.materialsReturned) return materialsNotReturned();
      const charged = state.fee?.payableFen ?? 0;
      if (p.refundFen > charged)
        return fail(
          `${P}.REFUND_EXCEEDS_FEE`,
          {
            zh: `退还金额不能超过应收鉴定费（${charged} 分）`,
            en: `The refund cannot exceed the appraisal fee charged (${charged} fen)`,
          },
          'refundFen',
        );
      return ok({
        ...state,
        status: 'terminated',
        terminationGround: p.ground,
        pauses: closePause(state.pauses, context.date),
      });
    },
  },
  openClocks(state, { calendar, today }) {
    switch (state.status) {
      case 'entrusted':
        return [acceptanceClock(state, calendar, today)];
      case 'accepted':
      case 'supplementing':
        return [completionClock(state, calendar, today)];
      default:
        return [];
    }
  },
});

export * from './appraisal-labels';
export * from './appraisal-vocabulary';
