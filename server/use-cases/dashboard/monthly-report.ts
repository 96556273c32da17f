import { businessDateOf } from '@core/calendar';
import { monthPeriod } from '@core/dashboard';
import { badInput } from '@core/errors';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import {
  type Cell,
  formTable,
  packDocument,
  para,
  signOff,
  TEXT_WIDTH,
  title,
} from '../../documents/docx-kit';
import { getLawyerTeamFigures } from './lawyer-team-figures';
import { getLegalAidFigures } from './legal-aid-figures';
import { getQueueFigures } from './queue-figures';
import { getSatisfactionFigures } from './satisfaction-figures';

export const monthlyReportQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
  orgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
});

const minutes = (s: number | null) => (s === null ? '—' : (s / 60).toFixed(1));
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function table(headers: string[], rows: (string | number)[][]) {
  const width = Math.floor(TEXT_WIDTH / headers.length);
  const cells: Cell[][] = [
    headers.map((text) => ({ text, label: true })),
    ...rows.map((row) => row.map((value) => ({ text: String(value) }))),
  ];
  return formTable(
    headers.map(() => width),
    cells,
  );
}

/**
 * 月度工作报告 (.docx) of the root organisation for one calendar month (dashboard.read): the month's
 * visits and times per service, legal aid (outcomes, five same-day, deadlines) per unit, ratings and
 * rectification, and the lawyer team — the dashboard's own figures, typeset by documents/docx-kit.
 * Throws 400 DASHBOARD.MONTH_IN_FUTURE for a month that has not begun.
 */
export async function buildMonthlyReport(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof monthlyReportQuery>>,
): Promise<{ fileName: string; buffer: Buffer }> {
  const period = monthPeriod(input.month);
  // Refused before any figure is read: the month's first day after today's Beijing business date.
  if (period.from > businessDateOf(services.now()))
    throw badInput('DASHBOARD.MONTH_IN_FUTURE', '该月尚未开始，无法生成报告', 'month');
  const call = { actor, meta, input: { ...period, orgId: input.orgId } };
  const [queue, legalAid, satisfaction, team] = await Promise.all([
    getQueueFigures(services, call),
    getLegalAidFigures(services, call),
    getSatisfactionFigures(services, call),
    getLawyerTeamFigures(services, call),
  ]);
  const [year, month] = input.month.split('-').map(Number) as [number, number];
  const name = `${queue.root.name}${year}年${month}月公共法律服务工作报告`;
  const o = queue.overall;
  const la = legalAid;
  const s = satisfaction.overall;
  const children = [
    title(name),
    para(
      `统计区间：${period.from}至${period.to}${period.to > queue.today ? `（截至${queue.today}）` : ''}；范围：${queue.root.name}${queue.units.length > 1 ? '及所属旗县区' : ''}。`,
    ),
    para('一、窗口办件', { heading: true, indent: false }),
    para(
      `本月取号${o.tickets}件，办结${o.finished}件，形成事项${o.matters}件，过号${o.noShows}件；平均等候${minutes(o.avgWaitSeconds)}分钟（90%的群众不超过${minutes(o.p90WaitSeconds)}分钟），平均办理${minutes(o.avgServiceSeconds)}分钟。`,
    ),
    table(
      ['事项', '取号', '办结', '平均等候（分）', 'P90等候（分）', '平均办理（分）'],
      queue.services.map((r) => [
        r.name,
        r.tickets,
        r.finished,
        minutes(r.avgWaitSeconds),
        minutes(r.p90WaitSeconds),
        minutes(r.avgServiceSeconds),
      ]),
    ),
    para('二、法律援助', { heading: true, indent: false }),
    para(
      `本月受理法律援助申请${la.applications}件，决定给予${la.outcomes.granted}件、不予${la.outcomes.refused}件，待决定${la.outcomes.pending}件；“五个当天”达成${la.fiveSameDay.met}件，达成率${percent(la.fiveSameDay.rate)}；审批期限（7日）按期${la.deadlines.decision.met}件、超期${la.deadlines.decision.breached}件，指派期限（3日）按期${la.deadlines.assignment.met}件、超期${la.deadlines.assignment.breached}件。`,
    ),
    table(
      ['单位', '申请', '给予', '不予', '五个当天达成率', '审批超期', '指派超期'],
      la.byUnit.map((u) => [
        u.name,
        u.applications,
        u.outcomes.granted,
        u.outcomes.refused,
        percent(u.fiveSameDay.rate),
        u.decision.breached,
        u.assignment.breached,
      ]),
    ),
    para('三、群众评价', { heading: true, indent: false }),
    para(
      `本月收到“好差评”${s.evaluations}条，满意率${percent(s.satisfactionRate)}；差评${s.badReviews}条，开展整改${s.rectifications}件，已整改${s.rectified}件，超期${s.overdue}件。`,
    ),
    para('四、公共法律服务律师团', { heading: true, indent: false }),
    para(
      `律师团成员${team.members}名，本月在窗口解答咨询${team.totals.consultations}件，承办法律援助${team.totals.legalAid}件。`,
    ),
    ...(team.lawyers.length
      ? [
          table(
            ['律师', '律师事务所', '咨询', '法律援助'],
            team.lawyers.slice(0, 30).map((l) => [l.name, l.firmName ?? '', l.consultations, l.legalAid]),
          ),
        ]
      : []),
    ...signOff(queue.root.name, [queue.today, period.to].sort()[0]!),
  ];
  const buffer = await packDocument({ title: name, creator: queue.root.name }, children);
  return { fileName: `${name}.docx`, buffer };
}
