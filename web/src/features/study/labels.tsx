import {
  ATTENDANCE_LABELS,
  type AttendanceStatus,
  OPINION_STATUS_LABELS,
  type OpinionStatus,
  QUESTION_KIND_LABELS,
  type QuestionKind,
  RECORD_GRADE_LABELS,
  RESPONDENT_KIND_LABELS,
  type RecordGrade,
  type RespondentKind,
  SESSION_KIND_LABELS,
  type SessionKind,
  STUDY_FORM_LABELS,
  STUDY_THEME_LABELS,
  type StudyForm,
  type StudyTheme,
} from '@core/staff-programme/vocabulary';
import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';

export {
  ATTENDANCE_LABELS,
  OPINION_STATUS_LABELS,
  QUESTION_KIND_LABELS,
  RECORD_GRADE_LABELS,
  RESPONDENT_KIND_LABELS,
  SESSION_KIND_LABELS,
  STUDY_FORM_LABELS,
  STUDY_THEME_LABELS,
} from '@core/staff-programme/vocabulary';

const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  present: 'green',
  late: 'orange',
  leave: 'blue',
  absent: 'red',
};

/** English names of the programme's vocabulary (the Chinese ones are core's, the source of truth). */
const EN = {
  theme: {
    political: 'Political education',
    'party-history': 'Party history',
    warning: 'Warning education',
    'role-model': 'Role models',
  } satisfies Record<StudyTheme, string>,
  form: {
    'self-and-group': 'Self-study + group study',
    'central-group-and-branch': 'Central group + branch',
    'online-and-offline': 'Online + offline',
    'original-texts-and-practice': 'Original texts + practice',
  } satisfies Record<StudyForm, string>,
  sessionKind: {
    'morning-drill': 'Morning drill',
    'evening-study': 'Evening study',
    seminar: 'Seminar',
    lecture: 'Lecture',
  } satisfies Record<SessionKind, string>,
  attendance: {
    present: 'Present',
    late: 'Late',
    leave: 'On leave',
    absent: 'Absent',
  } satisfies Record<AttendanceStatus, string>,
  questionKind: {
    single: 'Single choice',
    multiple: 'Multiple choice',
    'true-false': 'True/false',
  } satisfies Record<QuestionKind, string>,
  planStatus: { draft: 'Draft', published: 'Published', closed: 'Closed' },
  paperStatus: { draft: 'Draft', published: 'Open', closed: 'Closed' },
  leaveStatus: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  grade: {
    excellent: 'Excellent',
    good: 'Good',
    pass: 'Pass',
    fail: 'Fail',
  } satisfies Record<RecordGrade, string>,
  respondentKind: {
    'npc-deputy': "People's Congress deputy",
    'cppcc-member': 'CPPCC member',
    'service-user': 'Service user',
    other: 'Other',
  } satisfies Record<RespondentKind, string>,
  opinionStatus: {
    new: 'To assign',
    assigned: 'Being handled',
    replied: 'Replied',
    closed: 'Closed',
  } satisfies Record<OpinionStatus, string>,
  spotMode: {
    random: 'At random',
    rate: 'By rate',
    'per-person': 'Per person',
    short: 'Too short',
    picked: 'Picked by hand',
  } satisfies Record<SpotMode, string>,
};

/** How the notes of a spot check were chosen: the draw rules, and `picked` (by hand, 指定抽查). */
export type SpotMode = 'random' | 'rate' | 'per-person' | 'short' | 'picked';
const SPOT_MODE_LABELS: Record<SpotMode, string> = {
  random: '随机抽取',
  rate: '按比例',
  'per-person': '每人抽取',
  short: '字数过少',
  picked: '指定抽查',
};

/** The vocabulary's labels in the current locale (zh-CN: core's labels). */
export function useVocabulary() {
  const { locale } = useI18n();
  if (locale !== 'zh-CN') return EN;
  return {
    theme: STUDY_THEME_LABELS,
    form: STUDY_FORM_LABELS,
    sessionKind: SESSION_KIND_LABELS,
    attendance: ATTENDANCE_LABELS,
    questionKind: QUESTION_KIND_LABELS,
    planStatus: PLAN_STATUS_LABELS,
    paperStatus: PAPER_STATUS_LABELS,
    leaveStatus: LEAVE_STATUS_LABELS,
    grade: RECORD_GRADE_LABELS,
    respondentKind: RESPONDENT_KIND_LABELS,
    opinionStatus: OPINION_STATUS_LABELS,
    spotMode: SPOT_MODE_LABELS,
  };
}

/** Whether a session's title only repeats its kind (`晚学` for an 晚学, in either language) or is empty. */
export function titleIsKind(kind: SessionKind, title: string | null | undefined): boolean {
  const t = (title ?? '').trim();
  return t === '' || t === SESSION_KIND_LABELS[kind] || t === EN.sessionKind[kind];
}

/**
 * A session as `kind · title` in the current locale, saying the kind once: `晚学 · 宪法专题`, but only `晚学`
 * when the title is the kind's own name (the default title of a new session).
 */
export function useSessionName(): (kind: SessionKind, title: string | null | undefined) => string {
  const vocabulary = useVocabulary();
  return (kind, title) =>
    titleIsKind(kind, title) ? vocabulary.sessionKind[kind] : `${vocabulary.sessionKind[kind]} · ${title}`;
}

/**
 * A session's stored title in the current locale: a title that is only its kind's name (`晚学`, the
 * default) reads as the kind in this language; any other title is shown as written.
 */
export function useSessionTitle(): (title: string | null | undefined) => string {
  const vocabulary = useVocabulary();
  return (title) => {
    const kind = (Object.keys(SESSION_KIND_LABELS) as SessionKind[]).find(
      (k) => (title ?? '').trim() !== '' && titleIsKind(k, title),
    );
    return kind ? vocabulary.sessionKind[kind] : (title ?? '');
  };
}

export function AttendanceTag({ status }: { status: AttendanceStatus | null | undefined }) {
  const vocabulary = useVocabulary();
  if (!status) return <span style={{ color: '#999' }}>—</span>;
  return (
    <Tag color={ATTENDANCE_COLORS[status]} data-testid="attendance-status">
      {vocabulary.attendance[status]}
    </Tag>
  );
}

/** A 0…1 rate as a percentage, `—` when there is none. */
export function percent(rate: number | null | undefined, none = '—'): string {
  return rate === null || rate === undefined ? none : `${(rate * 100).toFixed(1)}%`;
}

/** A number with one decimal, `none` (default `—`) when there is none. */
export function decimal(value: number | null | undefined, none = '—'): string {
  return value === null || value === undefined ? none : value.toFixed(1);
}

export const PLAN_STATUS_LABELS = { draft: '草稿', published: '已发布', closed: '已结束' } as const;
export const PAPER_STATUS_LABELS = { draft: '草稿', published: '进行中', closed: '已结束' } as const;
export const LEAVE_STATUS_LABELS = { pending: '待审批', approved: '已批准', rejected: '未批准' } as const;
export const LEAVE_COLORS = { pending: 'blue', approved: 'green', rejected: 'red' } as const;
export const PLAN_STATUS_COLORS = { draft: 'default', published: 'green', closed: 'gray' } as const;

/** Reads a File as base64 without the data: prefix (the import routes take base64 JSON). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}
