import {
  ATTENDANCE_LABELS,
  type AttendanceStatus,
  QUESTION_KIND_LABELS,
  type QuestionKind,
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

export function kindLabel(kind: SessionKind): string {
  return SESSION_KIND_LABELS[kind];
}

/** A 0…1 rate as a percentage, `—` when there is none. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A number with one decimal, `—` when there is none. */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

export const PLAN_STATUS_LABELS = { draft: '草稿', published: '已发布', closed: '已结束' } as const;
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
