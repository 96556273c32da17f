import {
  ATTENDANCE_LABELS,
  type AttendanceStatus,
  SESSION_KIND_LABELS,
  type SessionKind,
} from '@core/staff-programme/vocabulary';
import { Tag } from 'antd';

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

export function AttendanceTag({ status }: { status: AttendanceStatus | null | undefined }) {
  if (!status) return <span style={{ color: '#999' }}>—</span>;
  return (
    <Tag color={ATTENDANCE_COLORS[status]} data-testid="attendance-status">
      {ATTENDANCE_LABELS[status]}
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
