import { businessDateOf } from '@core/calendar/business-date';
import { isIsoDate } from '@core/calendar/iso-date';
import { isAdvanceAidDue } from '@core/legal-aid/deadlines';
import { CASE_KINDS } from '@core/legal-aid/eligibility';
import type { LegalAidAction, LegalAidState } from './legal-aid-types';
import {
  ADVANCE_AID_GROUND_NUMBERS,
  APPLICATION_CHANNELS,
  ASSIGNMENT_BASES,
  FILE_GRADES,
  FILE_REVIEW_RESULTS,
  MIN_WRITTEN_REASON_LENGTH,
  OBJECTION_OUTCOMES,
  REFUSAL_REASONS,
  TERMINATION_GROUND_NUMBERS,
} from './legal-aid-vocabulary';

/**
 * Write-time checks of an action's payload (the fold does not repeat them, so tightening a rule never
 * breaks a stored log). Each returns the Chinese message and the field at fault.
 */
export interface PayloadProblem {
  message: string;
  field: string;
}

const VERDICTS: readonly unknown[] = ['eligible', 'ineligible', 'incomplete'];

/** Length in characters as a reader counts them (code points; '𠮷' is one), ignoring outer blanks. */
export function writtenLength(text: unknown): number {
  return typeof text === 'string' ? [...text.trim()].length : 0;
}

const isBlank = (text: unknown): boolean => writtenLength(text) === 0;
const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());
const has = (table: object, key: unknown): boolean => typeof key === 'string' && Object.hasOwn(table, key);
const isOneOf = (values: readonly unknown[], value: unknown): boolean => values.includes(value);

function problem(message: string, field: string): PayloadProblem {
  return { message, field };
}

function requireWritten(text: unknown, field: string, what: string): PayloadProblem | undefined {
  return writtenLength(text) < MIN_WRITTEN_REASON_LENGTH
    ? problem(`${what}应当书面说明，不少于${MIN_WRITTEN_REASON_LENGTH}个字`, field)
    : undefined;
}

function optionalNonBlank(text: unknown, field: string, what: string): PayloadProblem | undefined {
  return text !== undefined && isBlank(text) ? problem(`${what}不能为空`, field) : undefined;
}

/** Checks common to every action: a valid instant, not before the previous action; a named actor. */
export function commonProblem(
  state: LegalAidState | null,
  action: LegalAidAction,
): PayloadProblem | undefined {
  if (!isValidDate(action.at)) return problem('操作时间无效', 'at');
  if (state !== null && action.at.getTime() < state.lastActionAt.getTime())
    return problem('操作时间早于上一次操作', 'at');
  if (isBlank(action.actor?.id)) return problem('缺少操作人', 'actor.id');
  return undefined;
}

/**
 * The payload rules of each action, with their source. `state` is null only for 'apply'.
 * Assumes the transition is allowed (checked before).
 */
export function payloadProblem(
  state: LegalAidState | null,
  action: LegalAidAction,
): PayloadProblem | undefined {
  const today = businessDateOf(action.at);
  switch (action.type) {
    case 'apply':
      if (!isOneOf(APPLICATION_CHANNELS, action.channel)) return problem('未知的申请渠道', 'channel');
      if (!isValidDate(action.receivedAt)) return problem('收到申请的时间无效', 'receivedAt');
      if (action.receivedAt.getTime() > action.at.getTime())
        return problem('收到申请的时间不能晚于登记时间', 'receivedAt');
      if (action.caseKind !== undefined && !isOneOf(CASE_KINDS, action.caseKind))
        return problem('未知的案件类别', 'caseKind');
      return undefined;

    case 'request-materials': {
      // 法律援助法 第四十三条第二款: one notice listing everything that is missing.
      if (!Array.isArray(action.items) || action.items.length === 0)
        return problem('应当一次性列明需要补充的全部材料', 'items');
      if (action.items.some(isBlank)) return problem('补充材料名称不能为空', 'items');
      const names = action.items.map((item) => item.trim());
      if (new Set(names).size !== names.length) return problem('补充材料重复列出', 'items');
      if (!isIsoDate(action.dueDate)) return problem('补充期限应为 YYYY-MM-DD 格式的日期', 'dueDate');
      if (action.dueDate <= today) return problem('补充期限应当晚于告知当日', 'dueDate');
      return undefined;
    }

    case 'review': {
      const verdict = action.eligibility?.verdict;
      if (!VERDICTS.includes(verdict)) return problem('缺少资格审查结果', 'eligibility');
      if (action.recommendation !== 'grant' && action.recommendation !== 'refuse')
        return problem('审查意见应为给予或者不予法律援助', 'recommendation');
      const departs =
        (action.recommendation === 'grant' && verdict !== 'eligible') ||
        (action.recommendation === 'refuse' && verdict !== 'ineligible');
      if (departs)
        return requireWritten(action.overrideReason, 'overrideReason', '审查意见与资格审查结果不一致的理由');
      return undefined;
    }

    case 'grant':
      if (state?.review?.recommendation === 'refuse')
        return requireWritten(action.overrideReason, 'overrideReason', '不采纳审查意见的理由');
      return optionalNonBlank(action.documentNumber, 'documentNumber', '决定书编号');

    case 'refuse': {
      // 法律援助法 第四十三条第一款 (written reasons) and 第四十九条 (where to object).
      const codes = action.reasonCodes;
      if (!Array.isArray(codes) || codes.length === 0)
        return problem('请选择不予法律援助的理由', 'reasonCodes');
      if (codes.some((code) => !has(REFUSAL_REASONS, code)))
        return problem('未知的不予法律援助理由', 'reasonCodes');
      if (new Set(codes).size !== codes.length) return problem('不予法律援助理由重复', 'reasonCodes');
      const reasons = requireWritten(action.reasons, 'reasons', '不予法律援助的理由');
      if (reasons) return reasons;
      if (isBlank(action.objectionBody)) return problem('应当告知受理异议的司法行政部门', 'objectionBody');
      if (state?.review?.recommendation === 'grant') {
        const override = requireWritten(action.overrideReason, 'overrideReason', '不采纳审查意见的理由');
        if (override) return override;
      }
      return optionalNonBlank(action.documentNumber, 'documentNumber', '决定书编号');
    }

    case 'start-advance-aid':
      // 法律援助法 第四十四条.
      if (!isOneOf(ADVANCE_AID_GROUND_NUMBERS, action.ground))
        return problem('请选择先行提供法律援助的情形', 'ground');
      if (isBlank(action.reason)) return problem('请说明先行提供法律援助的理由', 'reason');
      if (action.ground === 1) {
        if (!isIsoDate(action.limitationDueOn))
          return problem('请填写法定时效或者期限届满日（YYYY-MM-DD）', 'limitationDueOn');
        if (!isAdvanceAidDue(action.limitationDueOn, today))
          return problem(
            '距法定时效或者期限届满不足七日的，方可依第四十四条第一项先行提供法律援助',
            'limitationDueOn',
          );
      }
      return optionalNonBlank(action.providerId, 'providerId', '先行提供法律援助的人员');

    case 'assign':
      if (isBlank(action.providerId) || isBlank(action.providerName))
        return problem('请选择法律援助人员', 'providerId');
      if (!has(ASSIGNMENT_BASES, action.basis)) return problem('请选择指派依据', 'basis');
      // 法律援助法 第二十六条: life-or-death and death-review cases need ≥ 3 years of practice.
      if (state?.review?.requiresSeniorLawyer && action.seniorLawyerConfirmed !== true)
        return problem('本案应当指派具有三年以上相关执业经历的律师（第二十六条）', 'seniorLawyerConfirmed');
      return optionalNonBlank(action.documentNumber, 'documentNumber', '指派通知书编号');

    case 'provider-decline':
      // 法律援助法 第四十六条: no refusal without good reason.
      return requireWritten(action.reason, 'reason', '拒绝接受指派的正当理由');

    case 'sign-agreement':
      return optionalNonBlank(action.lateReason, 'lateReason', '逾期签订的原因');

    case 'terminate': {
      // 法律援助法 第四十八条 and 第四十九条.
      if (!isOneOf(TERMINATION_GROUND_NUMBERS, action.ground))
        return problem('请选择第四十八条规定的终止情形', 'ground');
      const reason = requireWritten(action.reason, 'reason', '终止法律援助的理由');
      if (reason) return reason;
      if (isBlank(action.objectionBody)) return problem('应当告知受理异议的司法行政部门', 'objectionBody');
      return optionalNonBlank(action.documentNumber, 'documentNumber', '决定书编号');
    }

    case 'object': {
      if (!isValidDate(action.receivedAt)) return problem('收到异议的时间无效', 'receivedAt');
      if (action.receivedAt.getTime() > action.at.getTime())
        return problem('收到异议的时间不能晚于登记时间', 'receivedAt');
      const decidedAt = state?.status === 'terminated' ? state.termination?.at : state?.decision?.at;
      if (decidedAt !== undefined && action.receivedAt.getTime() < decidedAt.getTime())
        return problem('收到异议的时间不能早于被异议的决定', 'receivedAt');
      if (isBlank(action.statement)) return problem('请记录异议的事实和理由', 'statement');
      return undefined;
    }

    case 'decide-objection': {
      if (!has(OBJECTION_OUTCOMES, action.outcome))
        return problem('异议审查结果应为维持或者责令改正', 'outcome');
      const reason = requireWritten(action.reason, 'reason', '异议审查决定的理由');
      if (reason) return reason;
      return optionalNonBlank(action.documentNumber, 'documentNumber', '决定书编号');
    }

    case 'close-case':
      if (!isIsoDate(action.endedOn)) return problem('办结日期应为 YYYY-MM-DD 格式的日期', 'endedOn');
      if (action.endedOn > today) return problem('办结日期不能晚于今天', 'endedOn');
      if (isBlank(action.result)) return problem('请填写办理结果', 'result');
      return undefined;

    case 'review-file':
      if (!has(FILE_REVIEW_RESULTS, action.result)) return problem('审查结果应为通过或者退回', 'result');
      if (action.grade !== undefined && !has(FILE_GRADES, action.grade))
        return problem('未知的质量等级', 'grade');
      if (action.result === 'returned') return requireWritten(action.note, 'note', '退回补正的理由');
      return undefined;

    case 'pay-subsidy':
      // 法律援助法 第五十二条: money in integer fen, never float.
      if (!Number.isSafeInteger(action.amountFen) || action.amountFen < 0)
        return problem('补贴金额应为不小于0的整数（单位：分）', 'amountFen');
      if (typeof action.taxExempt !== 'boolean') return problem('请标明是否免税（第五十二条）', 'taxExempt');
      return optionalNonBlank(action.rateVersion, 'rateVersion', '补贴标准版本');

    case 'archive':
      return optionalNonBlank(action.archiveNumber, 'archiveNumber', '档案号');

    case 'comment':
      return isBlank(action.text) ? problem('备注内容不能为空', 'text') : undefined;

    case 'attach':
      if (isBlank(action.fileId)) return problem('缺少附件', 'fileId');
      return isBlank(action.fileName) ? problem('附件名称不能为空', 'fileName') : undefined;

    case 'accept':
    case 'materials-received':
    case 'deem-withdrawn':
    case 'accept-assignment':
    case 'submit-file':
      return undefined;

    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
