/**
 * The staff education-and-rectification programme (队伍教育整顿): its code lists and their Chinese labels.
 * Source: the programme as the bureau runs it (issue #8); no statute fixes these lists, so they are data
 * the UI shows and the API validates, not rules.
 */

/** Study themes (学习主题). */
export const STUDY_THEMES = ['political', 'party-history', 'warning', 'role-model'] as const;
export type StudyTheme = (typeof STUDY_THEMES)[number];
export const STUDY_THEME_LABELS: Record<StudyTheme, string> = {
  political: '政治教育',
  'party-history': '党史教育',
  warning: '警示教育',
  'role-model': '英模教育',
};

/** Study forms (学习形式): pairs the programme combines. */
export const STUDY_FORMS = [
  'self-and-group',
  'central-group-and-branch',
  'online-and-offline',
  'original-texts-and-practice',
] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];
export const STUDY_FORM_LABELS: Record<StudyForm, string> = {
  'self-and-group': '自学+集中学习',
  'central-group-and-branch': '中心组学习+支部学习',
  'online-and-offline': '线上+线下',
  'original-texts-and-practice': '原文原著+工作实际',
};

/** Kinds of session (学习活动). */
export const SESSION_KINDS = ['morning-drill', 'evening-study', 'seminar', 'lecture'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  'morning-drill': '晨训',
  'evening-study': '晚学',
  seminar: '集中研讨',
  lecture: '专题讲座',
};

/** Attendance of one person at one session. `absent` is never stored: it is the lack of a record. */
export const ATTENDANCE_STATUSES = ['present', 'late', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: '出勤',
  late: '迟到',
  leave: '请假',
  absent: '缺勤',
};

/** Question kinds of the knowledge test (应知应会). */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  'true-false': '判断题',
};

/** Grades of a spot-checked study record (抽查评定). */
export const RECORD_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type RecordGrade = (typeof RECORD_GRADES)[number];
export const RECORD_GRADE_LABELS: Record<RecordGrade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
};

/** Who an opinion form is sent to (开门纳谏). */
export const RESPONDENT_KINDS = ['npc-deputy', 'cppcc-member', 'service-user', 'other'] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];
export const RESPONDENT_KIND_LABELS: Record<RespondentKind, string> = {
  'npc-deputy': '人大代表',
  'cppcc-member': '政协委员',
  'service-user': '服务对象',
  other: '其他',
};

/** The life of one collected opinion: received → assigned → replied (and closed). */
export const OPINION_STATUSES = ['new', 'assigned', 'replied', 'closed'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];
export const OPINION_STATUS_LABELS: Record<OpinionStatus, string> = {
  new: '待分办',
  assigned: '办理中',
  replied: '已答复',
  closed: '已办结',
};
