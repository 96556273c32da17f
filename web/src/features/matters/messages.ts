import { useI18n } from '../../app/i18n';
import { fillMessage } from './message-format';
import { roleName } from './roles';

export { roleName };

/** The window matters' strings, zh-CN first (kept here like features/laws, to keep app/i18n.ts small). */
const MESSAGES = {
  listSubtitle: [
    '本窗口受理的事项、办理状态与法定期限',
    'Matters of this window, their status and statutory clocks',
  ],
  newMatter: ['登记新事项', 'New matter'],
  colNumber: ['编号', 'Number'],
  colSummary: ['事项', 'Matter'],
  colParties: ['当事人', 'Parties'],
  colStatus: ['状态', 'Status'],
  colOpened: ['登记时间', 'Opened'],
  colNextDue: ['最近期限', 'Next deadline'],
  onlyOpen: ['仅未办结', 'Open only'],
  onlyMine: ['仅本人承办', 'Mine only'],
  onlyBreached: ['仅已超期', 'Breached only'],
  search: ['编号、当事人姓名', 'Number or party name'],
  parties: ['当事人', 'Parties'],
  addParty: ['添加当事人', 'Add party'],
  findPerson: [
    '输入姓名、拼音（全拼或首字母）、身份证或电话后四位查找',
    'Name, pinyin (full or initials), ID or phone tail',
  ],
  newPerson: ['登记新人员', 'Register a person'],
  personName: ['姓名', 'Name'],
  idNumber: ['公民身份号码', 'ID number'],
  phone: ['电话', 'Phone'],
  partyRole: ['身份', 'Role'],
  remove: ['移除', 'Remove'],
  save: ['保存', 'Save'],
  partiesAdded: ['已添加 {n} 名当事人', 'Added {n} {n|party|parties}'],
  details: ['登记内容', 'Details'],
  conflictCheck: ['利益冲突检查', 'Conflict check'],
  noConflict: ['未发现与其他未办结事项的冲突', 'No conflict with other open matters'],
  conflictTitle: ['利益冲突提示', 'Possible conflicts'],
  submit: ['登记', 'Open matter'],
  referredFrom: ['转介来源', 'Referred from'],
  referrals: ['已转介', 'Referred to'],
  agreementDocx: ['下载人民调解协议书（.docx）', 'Download the mediation agreement (.docx)'],
  toLegalAid: ['已转介法律援助：前往法律援助窗口登记申请', 'Referred to legal aid: register the application'],
  partiesFrom: ['当事人已从以下事项带入，请核对：', 'Parties carried over from: '],
  registerReferred: ['在{target}窗口登记转介的事项', 'Open the referred matter at {target}'],
  partiesCarried: ['当事人已从法律咨询带入', 'Parties carried over from the consultation'],
  actionLog: ['办理记录', 'Action log'],
  clocks: ['法定期限', 'Statutory clocks'],
  noClocks: ['当前没有正在计算的期限', 'No clock running'],
  nextAction: ['办理操作', 'Take an action'],
  pickAction: ['选择操作', 'Choose an action'],
  doAction: ['提交', 'Submit'],
  referralOpening: ['同时在{target}窗口登记事项', 'Open the matter at {target} too'],
  openReferred: ['已在{target}登记：{number}', 'Opened at {target}: {number}'],
  due: ['{date} 届满', 'due {date}'],
  daysLeft: ['剩 {n} 天', '{n} {n|day|days} left'],
  overdue: ['已超期 {n} 天', '{n} {n|day|days} overdue'],
  paused: ['暂停计算', 'paused'],
  workingDays: ['工作日', 'working days'],
  calendarDays: ['自然日', 'calendar days'],
  deadlinesTitle: ['我的期限', 'My deadlines'],
  deadlinesSubtitle: [
    '本人承办的窗口事项和法律援助案件正在计算的法定期限，已超期的在前，其余按届满日排序；临期与超期由系统每分钟检查',
    'Clocks of the window matters and legal-aid cases you answer for, overdue first, then soonest',
  ],
  deadlineBadge: [
    '我的期限：窗口事项已超期 {overdue} 项、即将届满 {dueSoon} 项，法律援助未读提醒 {unread} 条',
    'My deadlines: {overdue} window clocks breached, {dueSoon} due soon, {unread} unread legal-aid reminders',
  ],
  legalAid: ['法律援助', 'Legal aid'],
  manageAidReminders: ['法律援助提醒（标为已读、本辖区全部）', 'Legal-aid reminders (mark read, whole area)'],
  colClock: ['期限', 'Clock'],
  colSource: ['依据', 'Source'],
  colDue: ['届满日', 'Due'],
  colPeriod: ['期间', 'Period'],
  reminded: ['已提醒', 'Reminded'],
  breached: ['已超期', 'Breached'],
  closed: ['已办结', 'Closed'],
  handledBy: ['操作人', 'By'],
  actionDone: ['{action}：已记入办理记录', '{action}: added to the record'],
  jsonFallback: ['其他内容（JSON）', 'Other content (JSON)'],
  required: ['请填写{field}', 'Please fill in {field}'],
  choose: ['请选择{field}', 'Please choose {field}'],
  badJson: ['JSON 格式不正确', 'Not valid JSON'],
  colon: ['：', ': '],
  variantKind: ['类别', 'Kind'],
  yuan: ['元', 'yuan'],
  /** A list's add button: the list's name in Chinese, one entry's in English. */
  addItem: ['添加{item}', 'Add {item}'],
  /** Required values not yet picked (公证 materials acceptance waits for). */
  stillNeeded: ['尚缺（受理前必需）：{items}', 'Still missing (required before acceptance): {items}'],
  neededMark: ['（必需）', ' (required)'],
  listSeparator: ['、', ', '],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  empty: ['暂无事项', 'No matters'],
  lateTitle: [
    '申请已超过法定期限：仍可登记，依法决定受理（说明理由）或者不予受理',
    'The application is past a statutory limit: it can still be registered, then accepted with reasons or refused',
  ],
  lateTitleMatter: [
    '申请时已超过法定期限：依法决定受理（说明理由）或者不予受理',
    'The application was made past a statutory limit: accept it with reasons or refuse it',
  ],
  lateLabour: [
    '第{n}项请求（{kind}）已超过仲裁时效，最后一日为 {date}',
    'Claim {n} ({kind}) is past its limitation period; the last day was {date}',
  ],
  'late-application-period': [
    '已超过申请行政复议的期限，最后一日为 {date}',
    'Past the period to apply for reconsideration; the last day was {date}',
  ],
  'late-one-year-cap': [
    '已超过自知道行政行为之日起一年的最长期限，最后一日为 {date}',
    'Past the one-year cap from learning of the act; the last day was {date}',
  ],
  'late-long-stop': [
    '已超过自行政行为作出之日起的最长期限（五年，不动产二十年），最后一日为 {date}',
    'Past the long stop from the act (5 years, immovables 20); the last day was {date}',
  ],
  registerAnyway: ['仍然登记', 'Register anyway'],
  registerFromTicket: ['登记事项', 'Register a matter'],
  fromTicket: [
    '来自排队号 {number}：登记后该号即办结，并关联本事项',
    'From ticket {number}: once the matter is registered, the ticket is finished with it linked',
  ],
  backToConsole: ['返回叫号工作台', 'Back to the calling desk'],
  openedFromTicket: [
    '已登记 {number}，排队号 {ticket} 已办结',
    'Registered {number}; ticket {ticket} finished',
  ],
  claimLimitations: ['仲裁时效（按仲裁请求）', 'Limitation period by claim'],
  colClaim: ['仲裁请求', 'Claim'],
  colRule: ['时效规则', 'Rule'],
  colRunsFrom: ['起算日', 'Runs from'],
  colLastDay: ['最后一日', 'Last day'],
  'rule-standard': ['一年，自知道权利被侵害之日起', 'One year from learning of the infringement'],
  'rule-wage-arrears-during-employment': [
    '劳动关系存续期间，追索劳动报酬不受时效限制',
    'Unpaid wages: not limited while employment lasts',
  ],
  'rule-wage-arrears-after-employment': ['一年，自劳动关系终止之日起', 'One year from the end of employment'],
  outOfTime: ['已超过时效', 'Out of time'],
  inTime: ['未超过时效', 'In time'],
  notLimited: ['不受限制', 'Not limited'],
} as const satisfies Record<string, readonly [string, string]>;

export type MatterMessage = keyof typeof MESSAGES;

export function useMatterMessages(): (key: MatterMessage, vars?: Record<string, string | number>) => string {
  const { locale } = useI18n();
  return (key, vars) => fillMessage(MESSAGES[key][locale === 'zh-CN' ? 0 : 1], vars);
}

/** A party role's name in the current language. */
export function useRoleLabel(): (role: string) => string {
  const { locale } = useI18n();
  return (role) => roleName(role, locale);
}
