import { businessDateOf } from '@core/calendar/business-date';
import { addCalendarDays } from '@core/calendar/iso-date';
import type { EligibilityResult } from '@core/legal-aid/eligibility';
import {
  applyLegalAidAction,
  type LegalAidAction,
  type LegalAidActionOf,
  type LegalAidActionType,
  type LegalAidActor,
  type LegalAidState,
} from './legal-aid';

/**
 * Test builders for legal-aid logs: a valid action of any type for a given state, and logs that
 * reach each status. Used by the tests of core/procedures and by server tests.
 */

export const ACTORS = {
  clerk: { id: 'clerk-1', role: 'window-clerk', name: '窗口甲' },
  reviewer: { id: 'reviewer-1', role: 'legal-aid-reviewer', name: '审查员乙' },
  director: { id: 'director-1', role: 'legal-aid-director', name: '主任丙' },
  director2: { id: 'director-2', role: 'legal-aid-director', name: '副主任丁' },
  bureau: { id: 'bureau-1', role: 'bureau-leader', name: '局领导戊' },
  applicant: { id: 'applicant-1', role: 'applicant' },
  system: { id: 'deadline-sweep', role: 'system' },
} as const satisfies Record<string, LegalAidActor>;

export const PROVIDER_ID = 'provider-7';
export const PROVIDER_NAME = '阿依古丽·买买提';

export function lawyer(providerId: string = PROVIDER_ID): LegalAidActor {
  return { id: `user-${providerId}`, role: 'lawyer', providerId };
}

export const ELIGIBLE: EligibilityResult = {
  verdict: 'eligible',
  hardship: 'met',
  requiresSeniorLawyer: false,
  perCapitaIncomeYuan: 800,
  reasons: [],
};

export const INELIGIBLE: EligibilityResult = {
  verdict: 'ineligible',
  hardship: 'not-met',
  requiresSeniorLawyer: false,
  reasons: [],
};

/** Monday 2026-03-02, 09:00 Beijing. */
export const T0 = new Date('2026-03-02T01:00:00Z');

const HOUR = 3_600_000;
export const later = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR);

/** 09:00 Beijing on a business date. */
export const nineAm = (date: string): Date => new Date(`${date}T09:00:00+08:00`);

/** A valid action of `type` for `state` at `at`, by a role allowed to take it. */
export function buildAction<T extends LegalAidActionType>(
  type: T,
  state: LegalAidState | null,
  at: Date,
): LegalAidActionOf<T> {
  return build(type, state, at) as LegalAidActionOf<T>;
}

function build(type: LegalAidActionType, state: LegalAidState | null, at: Date): LegalAidAction {
  const today = businessDateOf(at);
  const providerId = state?.assignedProviderId ?? PROVIDER_ID;
  switch (type) {
    case 'apply':
      return { type, at, actor: ACTORS.clerk, channel: 'window', receivedAt: at, caseKind: 'civil' };
    case 'accept':
    case 'materials-received':
      return { type, at, actor: ACTORS.clerk };
    case 'request-materials':
      return {
        type,
        at,
        actor: ACTORS.clerk,
        items: ['劳动合同或者工资条', '身份证复印件'],
        dueDate: addCalendarDays(today, 5),
      };
    case 'deem-withdrawn':
      return { type, at, actor: ACTORS.system };
    case 'review':
      return { type, at, actor: ACTORS.reviewer, eligibility: ELIGIBLE, recommendation: 'grant' };
    case 'grant':
      return state?.review?.recommendation === 'refuse'
        ? { type, at, actor: ACTORS.director, overrideReason: '申请人提交了新的收入证明，符合经济困难标准' }
        : { type, at, actor: ACTORS.director };
    case 'refuse': {
      const action: LegalAidAction = {
        type,
        at,
        actor: ACTORS.director,
        reasonCodes: ['hardship-not-met'],
        reasons: '申请人家庭人均月收入高于本地经济困难标准',
        objectionBody: '包头市司法局',
      };
      return state?.review?.recommendation === 'grant'
        ? { ...action, overrideReason: '经核查，申请人隐瞒了经营收入，不符合条件' }
        : action;
    }
    case 'start-advance-aid':
      return {
        type,
        at,
        actor: ACTORS.director,
        ground: 1,
        reason: '劳动仲裁时效即将届满',
        limitationDueOn: addCalendarDays(today, 3),
      };
    case 'assign':
      return {
        type,
        at,
        actor: ACTORS.reviewer,
        providerId: PROVIDER_ID,
        providerName: PROVIDER_NAME,
        firmName: '内蒙古某某律师事务所',
        basis: 'rotation',
        seniorLawyerConfirmed: true,
      };
    case 'provider-decline':
      return { type, at, actor: lawyer(providerId), reason: '本人与对方当事人存在利害关系，依法应当回避' };
    case 'accept-assignment':
    case 'submit-file':
      return { type, at, actor: lawyer(providerId) };
    case 'sign-agreement':
      return { type, at, actor: lawyer(providerId) };
    case 'terminate':
      return {
        type,
        at,
        actor: ACTORS.director,
        ground: 6,
        reason: '受援人已自行委托律师，书面申请终止',
        objectionBody: '包头市司法局',
      };
    case 'object':
      return {
        type,
        at,
        actor: ACTORS.bureau,
        receivedAt: at,
        statement: '申请人认为其收入计算有误',
      };
    case 'decide-objection':
      return {
        type,
        at,
        actor: ACTORS.bureau,
        outcome: 'upheld',
        reason: '经审查，原决定认定事实清楚、理由充分',
      };
    case 'close-case':
      return { type, at, actor: lawyer(providerId), endedOn: today, result: '调解结案，追回工资三万元' };
    case 'review-file':
      return { type, at, actor: ACTORS.reviewer, result: 'accepted', grade: 'good' };
    case 'pay-subsidy':
      return { type, at, actor: ACTORS.director, amountFen: 120_000, taxExempt: true };
    case 'archive':
      return { type, at, actor: ACTORS.reviewer, archiveNumber: 'DA-2026-0001' };
    case 'comment':
      return { type, at, actor: ACTORS.reviewer, text: '已电话联系申请人' };
    case 'attach':
      return { type, at, actor: ACTORS.clerk, fileId: 'file-1', fileName: '身份证.pdf' };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

export interface BuiltLog {
  log: LegalAidAction[];
  state: LegalAidState;
}

/**
 * Applies `steps` in order from `start`, an hour apart (deem-withdrawn: on the day after the
 * materials due date). A step is an action type, or a function building the action. Throws on a
 * refused step, naming it.
 */
export function buildLog(
  steps: readonly (LegalAidActionType | ((state: LegalAidState | null, at: Date) => LegalAidAction))[],
  start: Date = T0,
): BuiltLog {
  const log: LegalAidAction[] = [];
  let state: LegalAidState | null = null;
  let at = start;
  for (const step of steps) {
    if (step === 'deem-withdrawn' && state?.materialsNotice) {
      at = nineAm(addCalendarDays(state.materialsNotice.dueDate, 1));
    }
    const action = typeof step === 'function' ? step(state, at) : buildAction(step, state, at);
    const result = applyLegalAidAction(state, action, { expectedVersion: state?.version ?? 0 });
    if (!result.ok)
      throw new Error(
        `step ${log.length} (${action.type}) refused: ${result.error.code} ${result.error.message}`,
      );
    log.push(action);
    state = result.state;
    at = later(action.at, 1);
  }
  if (state === null) throw new Error('buildLog: no steps');
  return { log, state };
}

/** Paths to each status (and a few variants), as action types. */
export const PATHS = {
  applied: ['apply'],
  'materials-requested': ['apply', 'request-materials'],
  'under-review': ['apply', 'accept'],
  reviewed: ['apply', 'accept', 'review'],
  granted: ['apply', 'accept', 'review', 'grant'],
  refused: ['apply', 'accept', 'review', 'refuse'],
  'deemed-withdrawn': ['apply', 'request-materials', 'deem-withdrawn'],
  assigned: ['apply', 'accept', 'review', 'grant', 'assign'],
  'agreement-signed': ['apply', 'accept', 'review', 'grant', 'assign', 'sign-agreement'],
  'in-progress': ['apply', 'accept', 'review', 'grant', 'assign', 'sign-agreement', 'accept-assignment'],
  'in-progress (agreement pending)': ['apply', 'accept', 'review', 'grant', 'assign', 'accept-assignment'],
  closed: [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'close-case',
  ],
  'file-submitted': [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'close-case',
    'submit-file',
  ],
  'file-reviewed': [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'close-case',
    'submit-file',
    'review-file',
  ],
  'subsidy-paid': [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'close-case',
    'submit-file',
    'review-file',
    'pay-subsidy',
  ],
  archived: [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'close-case',
    'submit-file',
    'review-file',
    'pay-subsidy',
    'archive',
  ],
  terminated: [
    'apply',
    'accept',
    'review',
    'grant',
    'assign',
    'sign-agreement',
    'accept-assignment',
    'terminate',
  ],
  'objection-pending': ['apply', 'accept', 'review', 'refuse', 'object'],
  'refused (objection upheld)': ['apply', 'accept', 'review', 'refuse', 'object', 'decide-objection'],
} as const satisfies Record<string, readonly LegalAidActionType[]>;
export type PathName = keyof typeof PATHS;
