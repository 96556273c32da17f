import { RECTIFICATION_STATUS_LABELS } from '@core/evaluation';
import { type MessagePairs, useMessages, type Vars } from '../../app/i18n';

/** The service-evaluation pages' strings (my ratings, rankings, rectification) and appointments, zh-CN first. */
const MESSAGES = {
  colDate: ['日期', 'Date'],
  colRating: ['评价', 'Rating'],
  colMatter: ['事项', 'Service'],
  colWindowStaff: ['窗口 / 人员', 'Window / staff'],
  windowN: ['{n}号窗口 ', 'Window {n} '],
  lawyerName: [' 律师：{name}', ' Lawyer: {name}'],
  colTagsComment: ['标签与意见', 'Tags and comments'],
  colChannel: ['渠道', 'Channel'],
  myRatings: ['我的评价', 'My ratings'],
  myRatingsSubtitle: [
    '政务服务“好差评”：群众对本人所提供服务的评价；差评由中心回访整改',
    'Citizens rate the service you gave; bad ratings are followed up and rectified by the center',
  ],
  count: ['评价数', 'Ratings'],
  satisfaction: ['满意率', 'Satisfaction'],
  averageLevel: ['平均等级（5 = 非常满意）', 'Average level (5 = very satisfied)'],
  rankings: ['评价排名', 'Rankings'],
  rankingsSubtitle: [
    '按满意率（非常满意、满意、基本满意的比例）、平均等级、评价数排序',
    'By satisfaction rate (very satisfied, satisfied, fairly satisfied), average level and count',
  ],
  window: ['窗口', 'Windows'],
  staff: ['工作人员', 'Staff'],
  lawyer: ['律师', 'Lawyers'],
  rank: ['名次', 'Rank'],
  average: ['平均等级', 'Average level'],
  badCount: ['差评数', 'Bad ratings'],
  registered: ['已登记', 'Recorded'],
  rectifications: ['差评整改', 'Rectification'],
  rectificationsSubtitle: [
    '差评 1 个工作日内回访、15 个工作日内整改，整改后由群众复评；逾期自动向局领导督办',
    'Call back within 1 working day and rectify within 15; the citizen re-rates; overdue items go to the bureau leaders',
  ],
  active: ['办理中', 'In progress'],
  overdue: ['已逾期', 'Overdue'],
  closed: ['已办结', 'Closed'],
  badRating: ['差评', 'Bad rating'],
  rated: ['被评价人', 'Rated'],
  deadlines: ['期限', 'Deadlines'],
  callbackDue: ['回访 {date}', 'Call back by {date}'],
  fixDue: ['整改 {date}', 'Rectify by {date}'],
  late: ['逾期', 'Late'],
  status: ['状态', 'Status'],
  statusOverdue: ['{status}（已逾期）', '{status} (overdue)'],
  escalated: ['已督办', 'Escalated'],
  followUp: ['复评：{n} 分', 'Re-rated: {n}'],
  actions: ['操作', 'Actions'],
  recordCallback: ['登记回访', 'Record call-back'],
  recordFix: ['登记整改', 'Record rectification'],
  callbackTitle: ['登记回访情况', 'Record the call-back'],
  fixTitle: ['登记整改情况', 'Record the rectification'],
  save: ['保存', 'Save'],
  saved: ['已保存', 'Saved'],
  description: ['情况说明', 'What was done'],
  descriptionMin: ['情况说明不少于 5 个字', 'At least 5 characters'],
  // appointments
  appointments: ['预约名单', 'Appointments'],
  appointmentsSubtitle: [
    '群众在手机上预约的公证、人民调解和律师团咨询（仅工作日，每个时段限额）',
    'Notarization, mediation and lawyer-team bookings made on the phone (working days, limited per slot)',
  ],
  bookings: ['预约', 'Bookings'],
  fromToday: ['自今日起', 'From today'],
  reference: ['预约号', 'Reference'],
  service: ['服务', 'Service'],
  time: ['时间', 'Time'],
  name: ['姓名', 'Name'],
  mobile: ['手机', 'Mobile'],
  note: ['备注', 'Note'],
  booked: ['已预约', 'Booked'],
  cancelled: ['已取消', 'Cancelled'],
  slotSettings: ['时段设置', 'Slots'],
  slots: ['时段', 'Slots'],
  capacity: ['每时段人数', 'People per slot'],
  daysAhead: ['可提前预约（天）', 'Days ahead'],
  leadMinutes: ['截止（开始前分钟）', 'Closes (minutes before)'],
  change: ['修改', 'Edit'],
  setUp: ['设置{service}预约', 'Set up {service} bookings'],
  slotsLabel: ['时段（如 09:00-10:00, 14:30-15:30）', 'Slots (e.g. 09:00-10:00, 14:30-15:30)'],
  daysAheadLabel: ['可提前预约天数', 'Days that can be booked ahead'],
  leadMinutesLabel: ['开始前多少分钟停止预约', 'Stop booking this many minutes before'],
  listSeparator: ['、', ', '],
} as const satisfies MessagePairs;

export type EvaluationMessage = keyof typeof MESSAGES;

export function useEvaluationMessages(): (key: EvaluationMessage, vars?: Vars) => string {
  return useMessages(MESSAGES);
}

/** The steps of a rectification item (core RECTIFICATION_STATUS_LABELS in Chinese). */
export const RECTIFICATION_STATUS: MessagePairs = {
  open: [RECTIFICATION_STATUS_LABELS.open, 'Awaiting call-back'],
  'called-back': [RECTIFICATION_STATUS_LABELS['called-back'], 'Called back, being rectified'],
  rectified: [RECTIFICATION_STATUS_LABELS.rectified, 'Rectified, awaiting re-rating'],
  closed: [RECTIFICATION_STATUS_LABELS.closed, 'Closed'],
};

/** Rating levels 1–5 (政务服务好差评). */
export const LEVEL: MessagePairs = {
  5: ['非常满意', 'Very satisfied'],
  4: ['满意', 'Satisfied'],
  3: ['基本满意', 'Fairly satisfied'],
  2: ['不满意', 'Dissatisfied'],
  1: ['非常不满意', 'Very dissatisfied'],
};
