import { findService } from '@core/queue/services';
import { useCallback } from 'react';
import { type MessagePairs, pick, useI18n, useMessages, type Vars } from '../../app/i18n';

/** The queue pages' strings (console, reception, statistics), zh-CN first. */
const MESSAGES = {
  minutes: ['{n} 分钟', '{n} min'],
  listSeparator: ['、', ', '],
  hoursMinutes: ['{h} 小时 {m} 分', '{h} h {m} min'],
  windowNo: ['{n}号', 'No. {n}'],
  windowNoName: ['{n}号 {name}', 'No. {n} {name}'],
  pickWindow: ['请选择您所在的窗口', 'Choose your window'],
  noWindows: [
    '没有可用的窗口，请联系管理员在“窗口管理”中设置',
    'No window available; ask the administrator to set one up under “Windows”',
  ],
  current: ['当前办理', 'Now serving'],
  recalled: ['已重呼 {n} 次', 'Recalled {n}×'],
  name: ['姓名', 'Name'],
  idNumber: ['身份证号', 'ID number'],
  notRecorded: ['未登记', 'Not recorded'],
  issuedAt: ['取号时间', 'Ticket taken'],
  calledAt: ['叫号时间', 'Called'],
  startedAt: ['开始办理', 'Service started'],
  waited: ['等候时长', 'Waited'],
  idleOpen: ['暂无办理中的号，请点“叫号”呼叫下一位', 'Nobody is being served; press “Call next”'],
  idlePaused: ['窗口已暂停，恢复后才能叫号', 'The window is paused; resume it to call'],
  call: ['叫号', 'Call next'],
  called: ['已叫号', 'Called'],
  recall: ['重呼', 'Recall'],
  recalledDone: ['已重呼', 'Recalled'],
  noShow: ['过号', 'No-show'],
  noShowDone: ['已标记过号', 'Marked as no-show'],
  start: ['开始办理', 'Start'],
  startDone: ['已开始办理', 'Service started'],
  finish: ['办结', 'Finish'],
  finishTitle: ['办结 {number}', 'Finish {number}'],
  finishDone: ['已办结', 'Finished'],
  transfer: ['转办', 'Transfer'],
  transferTitle: ['转办 {number}', 'Transfer {number}'],
  transferDone: ['已转办，该号保留原排队位置', 'Transferred; the ticket keeps its place in the queue'],
  outcome: ['办理结果', 'Outcome'],
  outcomeRequired: ['请选择办理结果', 'Choose the outcome'],
  matterId: ['关联事项编号（可选）', 'Matter number (optional)'],
  matterIdExtra: [
    '已受理立案的，填写事项编号以便关联',
    'If a matter was opened, enter its number to link it',
  ],
  matterIdPlaceholder: ['例如 包法援〔2026〕第0001号 或事项ID', 'e.g. 包法援〔2026〕第0001号 or a matter id'],
  noteOptional: ['备注（可选）', 'Note (optional)'],
  transferTo: ['转到', 'Transfer to'],
  otherService: ['其他服务事项', 'Another service'],
  specificWindow: ['指定窗口', 'A specific window'],
  window: ['窗口', 'Window'],
  windowRequired: ['请选择窗口', 'Choose a window'],
  service: ['服务事项', 'Service'],
  serviceRequired: ['请选择服务事项', 'Choose a service'],
  transferReason: ['转办原因', 'Reason for transfer'],
  transferReasonRequired: ['请填写转办原因', 'Enter the reason for transfer'],
  transferReasonPlaceholder: [
    '例如：涉及劳动争议，需要仲裁窗口办理',
    'e.g. a labour dispute for the arbitration window',
  ],
  noWaiting: ['暂无等候', 'Nobody waiting'],
  order: ['顺序', 'Order'],
  number: ['号码', 'Number'],
  matter: ['事项', 'Service'],
  priority: ['优先', 'Priority'],
  waitedSoFar: ['已等候', 'Waiting for'],
  noShowAt: ['过号时间', 'No-show at'],
  recallCount: ['已重呼', 'Recalls'],
  times: ['{n} 次', '{n}×'],
  actions: ['操作', 'Actions'],
  recalledNumber: ['已重呼 {number}', 'Recalled {number}'],
  requeue: ['重新排队', 'Requeue'],
  requeued: ['{number} 已重新排队', '{number} is back in the queue'],
  void: ['作废', 'Void'],
  voided: ['{number} 已作废', '{number} voided'],
  windowResumed: ['窗口已恢复', 'Window resumed'],
  pauseTitle: ['暂停 {n}号窗口？', 'Pause window {n}?'],
  pausePlaceholder: ['暂停原因（可选），例如：午休、临时离岗', 'Reason (optional), e.g. lunch break'],
  pause: ['暂停', 'Pause'],
  cancel: ['取消', 'Cancel'],
  windowPaused: ['窗口已暂停', 'Window paused'],
  consoleTitle: ['叫号工作台', 'Calling desk'],
  consoleSubtitle: [
    '叫号、重呼、过号、办理、办结与转办；大屏和语音同步播报',
    'Call, recall, no-show, serve, finish and transfer; the display board and voice follow',
  ],
  chooseWindow: ['选择窗口', 'Choose a window'],
  myWindow: ['我的窗口', 'My window'],
  resumeWindow: ['恢复窗口', 'Resume window'],
  pauseWindow: ['暂停窗口', 'Pause window'],
  windowsFailed: ['窗口列表加载失败', 'Failed to load the windows'],
  loadFailed: ['加载失败', 'Failed to load'],
  retry: ['重试', 'Retry'],
  waitingQueue: ['等候队列（按叫号顺序）', 'Waiting queue (in calling order)'],
  windowServices: ['本窗口服务：{list}', 'Services here: {list}'],
  waiting: ['等候', 'Waiting'],
  ofWhichPriority: ['其中优先', 'Priority'],
  finishedToday: ['今日办结', 'Finished today'],
  // reception
  ticketIssued: ['已取号', 'Ticket issued'],
  printTicket: ['打印号票', 'Print ticket'],
  issueAnother: ['继续取号', 'Issue another'],
  priorityWith: ['优先（{groups}）', 'Priority ({groups})'],
  peopleAhead: ['前面还有 {n} 人，预计等候 {wait}', '{n} ahead. Estimated wait: {wait}'],
  issuedAtValue: ['取号时间 {at}', 'Taken at {at}'],
  issuedNumber: ['已取号 {number}', 'Ticket {number} issued'],
  issueForCitizen: ['代为取号', 'Issue a ticket for a citizen'],
  notIssuingNow: ['当前不在取号时间', 'Tickets are not issued now'],
  serviceToDo: ['办理事项', 'Service'],
  serviceToDoRequired: ['请选择办理事项', 'Choose the service'],
  waitingN: ['等候 {n}', '{n} waiting'],
  idOptional: ['身份证号（可选）', 'ID number (optional)'],
  idExtra: [
    '填写后按出生日期自动识别老年人、未成年人，并核对重点群体登记',
    'Used to recognise the elderly and minors by birth date and to check the priority registers',
  ],
  idPlaceholder: ['18 位公民身份号码', '18-character resident ID number'],
  priorityGroupOptional: ['优先群体（可选）', 'Priority group (optional)'],
  priorityGroupPlaceholder: ['核验证件后选择', 'Choose after checking the papers'],
  priorityBasis: ['优先依据', 'Proof seen'],
  priorityBasisRequired: ['请写明核验了什么证件或情况', 'Say which papers or facts you checked'],
  priorityBasisPlaceholder: ['例如：出示残疾人证 1502…', 'e.g. disability card 1502…'],
  issue: ['取号', 'Issue ticket'],
  prioritySet: ['{number} 已设为优先', '{number} now has priority'],
  setPriority: ['设置优先', 'Set priority'],
  numberPlaceholder: ['号码，如 B017', 'Number, e.g. B017'],
  noWaitingTickets: ['暂无等候的号', 'No waiting tickets'],
  makePriority: ['设为优先', 'Give priority'],
  makePriorityTitle: ['设为优先：{number}', 'Give priority: {number}'],
  ok: ['确定', 'OK'],
  priorityGroup: ['优先群体', 'Priority group'],
  priorityGroupRequired: ['请选择优先群体', 'Choose the priority group'],
  priorityBasisPlaceholder2: ['例如：出示退役军人优待证', 'e.g. veteran preferential card'],
  receptionTitle: ['导服台', 'Reception'],
  receptionSubtitle: [
    '为不便使用取号机的群众代为取号；核验证件后为重点群体设置优先',
    'Issue tickets for citizens who cannot use the kiosk; give priority after checking papers',
  ],
  noIssueRight: ['您的账号没有取号权限', 'Your account may not issue tickets'],
  // statistics
  tickets: ['取号', 'Tickets'],
  waitMinutes: ['等候（分钟）', 'Wait (min)'],
  serviceMinutes: ['办理（分钟）', 'Service (min)'],
  average: ['平均', 'Average'],
  longestNowMinutes: ['当前最长等候（分钟）', 'Longest wait now (min)'],
  ticketsTotal: ['取号总数', 'Tickets issued'],
  finished: ['已办结', 'Finished'],
  waitingNow: ['正在等候', 'Waiting now'],
  avgWait: ['平均等候', 'Average wait'],
  p90Wait: ['P90 等候', 'P90 wait'],
  avgService: ['平均办理', 'Average service'],
  longestNow: ['当前最长等候', 'Longest wait now'],
  unitTickets: ['张', ''],
  unitPeople: ['人', ''],
  unitMinutes: ['分钟', 'min'],
  noTicketsThatDay: ['当天没有取号', 'No tickets that day'],
  calls: ['叫号', 'Calls'],
  hourLabel: ['{h}时', '{h}:00'],
  visits: ['人次', 'Visits'],
  statsTitle: ['排队统计', 'Queue statistics'],
  statsSubtitle: [
    '取号、过号、等候与办理时长（按服务事项和窗口），时间单位为分钟',
    'Tickets, no-shows, waiting and service times per service and window, in minutes',
  ],
  statsDate: ['统计日期', 'Date'],
  refresh: ['刷新', 'Refresh'],
  statsFailed: ['统计加载失败', 'Failed to load the statistics'],
  byHour: ['分时段取号与叫号', 'Tickets and calls by hour'],
  waitByService: ['各事项等候时长', 'Waiting time per service'],
  byService: ['按服务事项', 'By service'],
  byWindow: ['按窗口', 'By window'],
  // home panel
  homeWaiting: [
    '当前等候 {n} 人 · 各事项等候人数与今日平均等候时长',
    "{n} waiting now · per service, with today's average wait",
  ],
  viewStats: ['查看统计', 'Statistics'],
  queueUnavailable: ['排队数据暂不可用', 'Queue data unavailable'],
  noData: ['暂无数据', 'No data'],
  waitingCount: ['等候人数', 'Waiting'],
  avgWaitMinutes: ['平均等候（分钟）', 'Average wait (min)'],
  todayQueue: ['今日排队', "Today's queue"],
} as const satisfies MessagePairs;

/** Ticket statuses (core/queue/ticket-status.ts ticketStatusLabels). */
export const TICKET_STATUS: MessagePairs = {
  waiting: ['等候中', 'Waiting'],
  called: ['已叫号', 'Called'],
  serving: ['办理中', 'Being served'],
  finished: ['已办结', 'Finished'],
  'no-show': ['过号', 'No-show'],
  closed: ['过号作废', 'Voided'],
  cancelled: ['已取消', 'Cancelled'],
};

/** Finish outcomes (core/queue/ticket-status.ts ticketOutcomeLabels). */
export const TICKET_OUTCOME: MessagePairs = {
  resolved: ['当场办结', 'Resolved on the spot'],
  'matter-opened': ['已受理立案', 'Matter opened'],
  'needs-documents': ['需补充材料', 'Needs documents'],
  referred: ['已转介其他机构', 'Referred elsewhere'],
  declined: ['不属于受理范围', 'Out of scope'],
};

/** Priority groups (core/queue/priority.ts). */
export const PRIORITY_GROUP: MessagePairs = {
  elderly: ['老年人', 'Elderly'],
  minor: ['未成年人', 'Minor'],
  disabled: ['残疾人', 'Disabled'],
  'dibao-low-income': ['低保及低收入人口', 'Low-income'],
  veteran: ['退役军人', 'Veteran'],
  'military-family': ['现役军人及军属', 'Military family'],
  'migrant-worker-wage': ['农民工讨薪', 'Migrant worker wages'],
  pregnant: ['孕妇', 'Pregnant'],
};

/** The hall's services described for the home page (core/queue/services.ts has the Chinese). */
export const SERVICE_DESCRIPTION_EN: Record<string, string> = {
  consultation: 'A legal question? Ask a lawyer in person, free of charge',
  'legal-aid': 'Cannot afford a lawsuit? Apply for a free lawyer',
  mediation: 'Neighbour or family disputes: a mediator helps both sides agree',
  notarization: 'Notarize certificates, contracts, wills and more',
  lawyer: 'Find or check a lawyer; learn about hiring one',
  arbitration: 'Labour, contract and other disputes decided by arbitration',
  appraisal: 'Disability, handwriting, paternity and other expert appraisals',
  reconsideration: 'Disagree with a government decision? Ask for a review',
  publicity: 'Legal information leaflets and talks',
  'aid-qualification': 'Legal-aid qualification for lawyers and grassroots legal workers',
};

/** Window statuses on the console. */
export const WINDOW_STATUS_LABEL: MessagePairs = {
  open: ['开放中', 'Open'],
  paused: ['已暂停', 'Paused'],
  closed: ['已关闭', 'Closed'],
};

export type QueueMessage = keyof typeof MESSAGES;

export function useQueueMessages(): (key: QueueMessage, vars?: Vars) => string {
  return useMessages(MESSAGES);
}

/** A service's name in the current locale from its code, else `fallback` (the server's name). */
export function useServiceName(): (code: string, fallback?: string) => string {
  const { locale } = useI18n();
  return useCallback(
    (code, fallback) => {
      const s = findService(code);
      return s ? pick(locale, s.nameZh, s.nameEn) : (fallback ?? code);
    },
    [locale],
  );
}
