import { addCalendarDays, type Calendar, startOfBusinessDate } from '@core/calendar';
import type { LegalAidStatus } from '@core/procedures/legal-aid-vocabulary';

/**
 * 政务服务“好差评” (service evaluation): five levels, tags, the bad-review rule and the rectification
 * periods. Source: 国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见（国办发〔2019〕51号）:
 * five levels 非常满意、满意、基本满意、不满意、非常不满意; every bad review (差评) is verified and
 * rectified, the citizen is called back and rates the rectification. The day counts used here (call back
 * within 1 working day, rectify within 15 working days) are the hall's rule as set in issue #6; the exact
 * paragraph of 国办发〔2019〕51号 that fixes them is UNCONFIRMED (rules.md has no entry yet).
 */

/** 5 = 非常满意 … 1 = 非常不满意. */
export const EVALUATION_LEVELS = [5, 4, 3, 2, 1] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];

export const EVALUATION_LEVEL_LABELS = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
} as const satisfies Record<EvaluationLevel, string>;

export function isEvaluationLevel(value: unknown): value is EvaluationLevel {
  return (EVALUATION_LEVELS as readonly unknown[]).includes(value);
}

/** 不满意 and 非常不满意 are bad reviews (差评): each opens a rectification item. */
export function isBadReview(level: EvaluationLevel): boolean {
  return level <= 2;
}

/** Tags a citizen may pick: praise for levels 3–5, complaints for 1–2 (a tag of the other side is refused). */
export const PRAISE_TAGS = {
  'warm-service': '服务热情',
  efficient: '办事高效',
  'one-visit': '一次办好',
  'clear-answers': '解答清楚',
  'short-wait': '等候时间短',
  'convenient-online': '线上办理方便',
} as const;
export const COMPLAINT_TAGS = {
  'poor-attitude': '态度生硬',
  'long-wait': '等候时间长',
  'repeat-visits': '多次跑腿',
  'unclear-answers': '解答不清',
  'slow-handling': '办理拖延',
  'fees-or-favours': '索要财物',
} as const;
export type PraiseTag = keyof typeof PRAISE_TAGS;
export type ComplaintTag = keyof typeof COMPLAINT_TAGS;
export type EvaluationTag = PraiseTag | ComplaintTag;
export const EVALUATION_TAG_LABELS: Record<EvaluationTag, string> = { ...PRAISE_TAGS, ...COMPLAINT_TAGS };

/** The tags that fit `level` (praise for a good or neutral review, complaints for a bad one). */
export function tagsFor(level: EvaluationLevel): EvaluationTag[] {
  return Object.keys(isBadReview(level) ? COMPLAINT_TAGS : PRAISE_TAGS) as EvaluationTag[];
}

/** Where an evaluation was given. */
export const EVALUATION_CHANNELS = ['window-pad', 'kiosk', 'display-qr', 'phone'] as const;
export type EvaluationChannel = (typeof EVALUATION_CHANNELS)[number];
export const EVALUATION_CHANNEL_LABELS = {
  'window-pad': '窗口评价器',
  kiosk: '自助终端',
  'display-qr': '大屏二维码',
  phone: '手机页面',
} as const satisfies Record<EvaluationChannel, string>;

/** What is evaluated: a finished ticket of the hall, or a legal-aid matter. */
export const EVALUATION_SUBJECTS = ['ticket', 'legal-aid-matter'] as const;
export type EvaluationSubject = (typeof EVALUATION_SUBJECTS)[number];

/**
 * A legal-aid matter can be rated once the agency has answered the application (a grant, a refusal, a
 * deemed withdrawal) — not while it is still being received, reviewed or heard on objection.
 */
const MATTER_NOT_YET_RATEABLE: readonly LegalAidStatus[] = [
  'applied',
  'materials-requested',
  'under-review',
  'reviewed',
  'objection-pending',
];
export function isMatterRateable(status: LegalAidStatus): boolean {
  return !MATTER_NOT_YET_RATEABLE.includes(status);
}

/** The rectification periods, in working days from the business date the bad review was given. */
export const RECTIFICATION_PERIODS = {
  callback: {
    amount: 1,
    label: '回访',
    source: '国办发〔2019〕51号（好差评制度），本中心规定 1 个工作日内回访',
  },
  fix: {
    amount: 15,
    label: '整改',
    source: '国办发〔2019〕51号（好差评制度），本中心规定 15 个工作日内整改',
  },
} as const;

export interface RectificationDeadlines {
  callbackDueOn: string;
  fixDueOn: string;
  /** True when a day counted lies in a year the holiday data does not cover (a guess). */
  provisional: boolean;
}

/** The last days to call the citizen back and to finish the rectification (working days, start day excluded). */
export function rectificationDeadlines(calendar: Calendar, openedOn: string): RectificationDeadlines {
  const callback = calendar.addPeriod(openedOn, RECTIFICATION_PERIODS.callback.amount, 'working-day');
  const fix = calendar.addPeriod(openedOn, RECTIFICATION_PERIODS.fix.amount, 'working-day');
  return {
    callbackDueOn: callback.due,
    fixDueOn: fix.due,
    provisional: callback.provisional || fix.provisional,
  };
}

/** The steps of a rectification item. */
export const RECTIFICATION_STATUSES = ['open', 'called-back', 'rectified', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS = {
  open: '待回访',
  'called-back': '已回访，整改中',
  rectified: '已整改，待群众复评',
  closed: '已办结',
} as const satisfies Record<RectificationStatus, string>;

export interface RectificationClock {
  status: RectificationStatus;
  callbackDueOn: string;
  fixDueOn: string;
  calledBackAt: Date | null;
  rectifiedAt: Date | null;
}

export interface RectificationOverdue {
  callbackOverdue: boolean;
  fixOverdue: boolean;
  overdue: boolean;
}

/** The instant a due day ends: 00:00 Beijing of the next day. */
export function endOfDueDay(dueOn: string): Date {
  return startOfBusinessDate(addCalendarDays(dueOn, 1));
}

/**
 * Which deadlines have passed at `now`: the call-back is late when not done by the end of its due day,
 * the rectification when not done by the end of its own. A step done late stays late (it was overdue).
 */
export function rectificationOverdue(item: RectificationClock, now: Date): RectificationOverdue {
  const late = (due: string, doneAt: Date | null) => (doneAt ?? now).getTime() >= endOfDueDay(due).getTime();
  const callbackOverdue = late(item.callbackDueOn, item.calledBackAt);
  const fixOverdue = late(item.fixDueOn, item.rectifiedAt);
  return { callbackOverdue, fixOverdue, overdue: callbackOverdue || fixOverdue };
}

/** Which action each status allows next. */
export const RECTIFICATION_NEXT = {
  open: 'callback',
  'called-back': 'rectify',
  rectified: 'follow-up',
  closed: null,
} as const satisfies Record<RectificationStatus, 'callback' | 'rectify' | 'follow-up' | null>;
