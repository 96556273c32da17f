/**
 * Periodic bulletins (定期通报): the figures of a period from attendance, tests and spot checks, and the
 * draft text the training officer then edits and publishes. Pure: the server gathers the data.
 * Source: issue #8 ("generated from attendance, test and spot-check data for a period").
 */
import { formatRate, type Tally } from './attendance';
import type { RecordGrade } from './vocabulary';

export interface BulletinData {
  orgName: string;
  period: { from: string; to: string };
  sessionsHeld: number;
  attendance: Tally;
  /** Per unit (department or county), worst first is decided here. */
  byUnit: { unit: string; tally: Tally }[];
  /** People with a rate below the threshold, or absent at least once. */
  persons: { name: string; unit: string; tally: Tally }[];
  tests: {
    title: string;
    participants: number;
    expected: number;
    average: number | null;
    passRate: number | null;
    maxScore: number;
  }[];
  spotChecks: {
    checked: number;
    grades: Record<RecordGrade, number>;
    failed: { name: string; unit: string }[];
    followUpsOpen: number;
  };
  notesWritten: number;
}

/** Attendance below this rate is named in the bulletin (通报批评). */
export const LOW_ATTENDANCE_RATE = 0.8;

/** The figures the bulletin prints, in order; derived from the data, never typed by hand. */
export function bulletinFigures(data: BulletinData) {
  const units = [...data.byUnit].sort(
    (a, b) => (a.tally.rate ?? 2) - (b.tally.rate ?? 2) || a.unit.localeCompare(b.unit, 'zh-CN'),
  );
  const low = data.persons
    .filter((p) => p.tally.rate !== null && p.tally.rate < LOW_ATTENDANCE_RATE)
    .sort((a, b) => (a.tally.rate ?? 0) - (b.tally.rate ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
  return {
    sessionsHeld: data.sessionsHeld,
    attendanceRate: data.attendance.rate,
    absences: data.attendance.absent,
    late: data.attendance.late,
    leave: data.attendance.leave,
    units: units.map((u) => ({ unit: u.unit, rate: u.tally.rate, absent: u.tally.absent })),
    lowAttendance: low.map((p) => ({
      name: p.name,
      unit: p.unit,
      rate: p.tally.rate,
      absent: p.tally.absent,
    })),
    tests: data.tests,
    spotChecked: data.spotChecks.checked,
    grades: data.spotChecks.grades,
    failedRecords: data.spotChecks.failed,
    followUpsOpen: data.spotChecks.followUpsOpen,
    notesWritten: data.notesWritten,
  };
}
export type BulletinFigures = ReturnType<typeof bulletinFigures>;

const score = (n: number) => (Math.round(n * 10) / 10).toString();

/** A rate in the bulletin's words: 93.3%, or 暂无数据 when nobody was due (never a bare "—"). */
const rateText = (rate: number | null) => (rate === null ? '暂无数据' : formatRate(rate));

/** One test's sentence: its figures, or that nobody took it (no "平均分—分"). */
function testSentence(t: BulletinData['tests'][number]): string {
  if (t.participants === 0) return `“${t.title}”应参考${t.expected}人，本期无人参加测试，暂无成绩。`;
  return `“${t.title}”应参考${t.expected}人，实参考${t.participants}人，平均分${score(t.average ?? 0)}分（满分${t.maxScore}分），合格率${rateText(t.passRate)}。`;
}

/** 2026-03-02 → 2026年3月2日. */
function zhDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A bulletin's period in words: 2026年3月2日至2026年3月8日, or one day alone (2026年11月30日) when it
 * begins and ends the same day — never "X至X".
 */
export function bulletinPeriodText(from: string, to: string): string {
  return from === to ? zhDate(from) : `${zhDate(from)}至${zhDate(to)}`;
}

/** The draft: a title and body paragraphs in the bureau's usual wording, to be edited before publishing. */
export function draftBulletin(data: BulletinData): { title: string; paragraphs: string[] } {
  const f = bulletinFigures(data);
  const period = bulletinPeriodText(data.period.from, data.period.to);
  const paragraphs: string[] = [];
  paragraphs.push(
    `为推动队伍教育整顿各项学习任务落实落地，现将${period}${data.orgName}学习教育开展情况通报如下。`,
  );
  paragraphs.push('一、学习考勤情况');
  paragraphs.push(
    f.sessionsHeld === 0
      ? '本期未组织集中学习活动。'
      : `本期共组织晨训、晚学等集中学习${f.sessionsHeld}场，应到${data.attendance.expected}人次，实到${
          data.attendance.present + data.attendance.late
        }人次（其中迟到${f.late}人次），请假${f.leave}人次，缺勤${f.absences}人次，出勤率${rateText(f.attendanceRate)}。`,
  );
  if (f.units.length > 1)
    paragraphs.push(`各单位出勤率：${f.units.map((u) => `${u.unit}${rateText(u.rate)}`).join('，')}。`);
  if (f.lowAttendance.length > 0)
    paragraphs.push(
      `出勤率低于${formatRate(LOW_ATTENDANCE_RATE)}的人员：${f.lowAttendance
        .map((p) => `${p.unit}${p.name}（${formatRate(p.rate)}，缺勤${p.absent}次）`)
        .join('；')}。请所在单位督促整改。`,
    );
  paragraphs.push('二、应知应会测试情况');
  if (f.tests.length === 0) paragraphs.push('本期无测试：未组织应知应会测试。');
  for (const t of f.tests) paragraphs.push(testSentence(t));
  paragraphs.push('三、学习笔记抽查情况');
  paragraphs.push(
    `本期共提交学习笔记${f.notesWritten}篇，抽查${f.spotChecked}篇，其中优秀${f.grades.excellent}篇、良好${f.grades.good}篇、合格${f.grades.pass}篇、不合格${f.grades.fail}篇${
      f.followUpsOpen > 0 ? `，尚有${f.followUpsOpen}项整改未完成` : ''
    }。`,
  );
  if (f.failedRecords.length > 0)
    paragraphs.push(
      `笔记不合格人员：${f.failedRecords.map((p) => `${p.unit}${p.name}`).join('、')}，请于一周内完成整改。`,
    );
  paragraphs.push('四、下一步工作要求');
  paragraphs.push(
    '各单位要进一步提高思想认识，严格落实学习考勤制度，确保学习教育全覆盖、不走过场；对出勤率偏低、笔记不合格的人员要加强谈心谈话和跟踪督促。',
  );
  return { title: `关于${period}队伍教育整顿学习情况的通报`, paragraphs };
}
