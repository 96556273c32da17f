import { useI18n } from '../../app/i18n';
import { KNOWLEDGE_TEST_MESSAGES } from './knowledge-test-messages';
import { PLAN_MESSAGES } from './plan-messages';
import { SUPERVISION_MESSAGES } from './supervision-messages';

/**
 * The staff programme's page titles and the words several pages share, zh-CN first (kept here, not in
 * app/i18n.ts, to keep that file small); each area's own strings are in plan-messages.ts,
 * knowledge-test-messages.ts and supervision-messages.ts.
 */
const CORE_MESSAGES = {
  // Page titles and subtitles.
  plansTitle: ['学习计划', 'Study plans'],
  plansSubtitle: [
    '队伍教育整顿：学习主题、形式、晨训晚学等学习活动和必读篇目；市局可下发到旗县区并查看进度',
    'Staff programme: themes, forms, sessions and readings; the city pushes plans to the counties',
  ],
  newPlan: ['新建计划', 'New plan'],
  planTitle: ['学习计划详情', 'Study plan'],
  screenTitle: ['签到屏', 'Check-in screen'],
  checkInTitle: ['扫码签到', 'Check in'],
  myTitle: ['我的学习', 'My study'],
  mySubtitle: [
    '本人考勤、请假、学习笔记、抽查结果和通报；只有本人和督导人员能看到您的记录',
    'Your attendance, leave, notes, spot-check results and bulletins; only you and supervisors see them',
  ],
  leaveTitle: ['请假审批', 'Leave requests'],
  spotTitle: ['笔记抽查', 'Spot checks'],
  spotSubtitle: [
    '按随机、比例、每人或字数规则抽取学习笔记，评定等次、点评并要求整改',
    'Draw study notes at random or by rule, grade, comment and ask for follow-up',
  ],
  questionsTitle: ['题库', 'Question bank'],
  questionsSubtitle: [
    '应知应会试题：单选、多选、判断，可从 .xlsx 模板批量导入',
    'Single, multiple choice and true/false questions; import from the .xlsx template',
  ],
  papersTitle: ['试卷与成绩', 'Papers and results'],
  papersSubtitle: [
    '按规则抽题组卷，发布后每人题目和选项顺序各不相同；成绩、试题分析和两轮对比',
    'Papers drawn by rule, shuffled per person; results, item statistics and two rounds compared',
  ],
  testsTitle: ['应知应会测试', 'Knowledge tests'],
  testsSubtitle: [
    '可参加的测试和本人成绩；交卷前答案不会显示',
    'Tests open to you and your scores; answers are never shown before grading',
  ],
  bulletinsTitle: ['定期通报', 'Bulletins'],
  bulletinsSubtitle: [
    '按期间汇总考勤、测试和抽查情况生成通报，编辑后发布（.docx）',
    'Generate a bulletin of attendance, tests and spot checks for a period, edit, publish (.docx)',
  ],
  opinionsTitle: ['开门纳谏', 'Opinion solicitation'],
  opinionsSubtitle: [
    '向人大代表、政协委员和服务对象征求意见（链接或二维码，无需登录），分办、办理、答复',
    'Ask deputies, CPPCC members and service users (link or QR, no login); assign, handle, reply',
  ],
  talksTitle: ['谈心谈话', 'One-to-one talks'],
  talksSubtitle: ['登记谈心谈话及跟进落实情况', 'Talks held and their follow-up'],
  attendanceTitle: ['出勤率', 'Attendance rates'],
  attendanceSubtitle: [
    '按区县、部门和人员统计学习活动出勤率（请假不计入应出勤），可按期间和学习计划筛选',
    'Attendance per county, department and person (approved leave excused), by period and plan',
  ],
  attendanceSubtitleOwn: [
    '本人参加学习活动的出勤率（请假不计入应出勤）',
    'Your attendance at study sessions (approved leave excused)',
  ],
  // Words several of the pages share.
  rate: ['出勤率', 'Attendance rate'],
  sessionsHeld: ['已举行活动', 'Sessions held'],
  present: ['出勤', 'Present'],
  late: ['迟到', 'Late'],
  absent: ['缺勤', 'Absent'],
  actions: ['操作', 'Actions'],
  submit: ['交卷', 'Submit'],
  title: ['标题', 'Title'],
  period: ['期间', 'Period'],
  periodValue: ['{from} 至 {to}', '{from} to {to}'],
  organisation: ['单位', 'Organisation'],
  status: ['状态', 'Status'],
  draft: ['草稿', 'Draft'],
  save: ['保存', 'Save'],
  publish: ['发布', 'Publish'],
  plan: ['计划', 'Plan'],
  description: ['说明', 'Description'],
  writeNote: ['写学习笔记', 'Write a study note'],
  forms: ['形式', 'Forms'],
  notes: ['学习笔记', 'Study notes'],
  name: ['名称', 'Title'],
  time: ['时间', 'Time'],
  person: ['姓名', 'Name'],
  note: ['笔记', 'Note'],
  reason: ['事由', 'Reason'],
  date: ['日期', 'Date'],
  grade: ['等次', 'Grade'],
  comment: ['点评', 'Comment'],
  followUpRequired: ['请说明整改情况', 'Describe what was done'],
  noData: ['暂无数据', 'No data'],
  rating: ['评价', 'Rating'],
  category: ['分类', 'Category'],
  dateRequired: ['请选择日期', 'Choose the date'],
} as const satisfies Record<string, readonly [string, string]>;

/** Each table by area; a key belongs to one table only (messages.test.ts). */
export const STUDY_MESSAGE_TABLES = {
  core: CORE_MESSAGES,
  plans: PLAN_MESSAGES,
  knowledgeTests: KNOWLEDGE_TEST_MESSAGES,
  supervision: SUPERVISION_MESSAGES,
};

const MESSAGES = { ...CORE_MESSAGES, ...PLAN_MESSAGES, ...KNOWLEDGE_TEST_MESSAGES, ...SUPERVISION_MESSAGES };

export type StudyMessage = keyof typeof MESSAGES;

/**
 * The page strings in the current locale; `{name}` placeholders are filled from `vars`
 * (`m('minutesValue', { n: 30 })` → '30 分钟' / '30 min').
 */
export function useStudyMessages(): (key: StudyMessage, vars?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, vars) => {
    const text: string = MESSAGES[key][locale === 'zh-CN' ? 0 : 1];
    return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all)) : text;
  };
}
