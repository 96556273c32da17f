/**
 * 节假日调整 / 工作日历's strings (calendar-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('calendar.…')`).
 */
export const CALENDAR_MESSAGES = {
  'calendar.title': ['节假日调整', 'Holiday adjustments'],
  'calendar.viewTitle': ['工作日历', 'Working calendar'],
  'calendar.subtitle': [
    '法定节假日与调休安排；办理期限按工作日计算时以此为准',
    'Public holidays and make-up working days; working-day deadlines follow this calendar',
  ],
  'calendar.working': ['工作日', 'Working day'],
  'calendar.rest': ['休息日', 'Rest day'],
  'calendar.holiday': ['节假日', 'Holiday'],
  'calendar.makeup': ['调休上班', 'Make-up working day'],
  'calendar.override': ['已调整', 'Adjusted'],
  'calendar.provisional': ['临时', 'Provisional'],
  'calendar.provisionalHint': [
    '{year} 年的国务院节假日安排尚未收录，本年按周一至周五工作推算（标“临时”）；发布后请在下方录入调整。',
    "The State Council's holiday notice for {year} is not in the data yet; Monday to Friday are assumed working days (marked provisional). Enter the adjustments below once it is published.",
  ],
  'calendar.overrides': ['调整记录', 'Adjustments'],
  'calendar.addOverride': ['新增调整', 'New adjustment'],
  'calendar.date': ['日期', 'Date'],
  'calendar.kind': ['调整为', 'Make it'],
  'calendar.kind.holiday': ['放假', 'Day off'],
  'calendar.kind.workday': ['上班', 'Working day'],
  'calendar.source': ['依据', 'Source'],
  'calendar.sourcePlaceholder': [
    '如：国务院办公厅关于2027年部分节假日安排的通知',
    'e.g. the State Council notice on the 2027 holidays',
  ],
  'calendar.note': ['备注', 'Note'],
  'calendar.year': ['年份', 'Year'],
  'calendar.weekdays': ['一,二,三,四,五,六,日', 'Mo,Tu,We,Th,Fr,Sa,Su'],
  'calendar.monthTitle': ['{m}月', 'Month {m}'],
  'calendar.workingCount': ['全年工作日 {n} 天', '{n} working days this year'],
  'calendar.reason.override-holiday': ['调整为放假', 'Adjusted: day off'],
  'calendar.reason.override-workday': ['调整为上班', 'Adjusted: working day'],
  'calendar.reason.official-holiday': ['法定节假日', 'Public holiday'],
  'calendar.reason.make-up-workday': ['调休上班', 'Make-up working day'],
  'calendar.reason.weekend': ['周末', 'Weekend'],
  'calendar.reason.weekday': ['工作日', 'Working day'],
  'calendar.prevYear': ['上一年', 'Previous year'],
  'calendar.nextYear': ['下一年', 'Next year'],
  'calendar.clickHint': ['点击日期可新增该日的调整', 'Click a date to adjust it'],
  'calendar.overrideExists': ['该日已有调整记录', 'This date already has an adjustment'],
} satisfies Record<string, readonly [string, string]>;
