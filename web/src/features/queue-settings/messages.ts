/**
 * 排队设置's strings (queue-settings-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('queueSettings.…')`).
 */
export const QUEUE_SETTINGS_MESSAGES = {
  'queueSettings.title': ['排队设置', 'Queue settings'],
  'queueSettings.subtitle': [
    '本大厅的取号时间、等候时限、过号重呼与叫号大屏设置',
    "This hall's ticket hours, waiting limit, recalls and display board",
  ],
  'queueSettings.hall': ['服务大厅：{name}', 'Hall: {name}'],
  'queueSettings.defaults': ['尚未修改，当前为系统默认设置', 'Not changed yet: the system defaults apply'],
  'queueSettings.version': ['第 {n} 版', 'Version {n}'],
  'queueSettings.noHall': [
    '您的账号所在机构没有服务大厅，无法设置排队。',
    'Your organisation runs no hall, so there is no queue to set up.',
  ],
  'queueSettings.openingHours': ['取号时间', 'Ticket hours'],
  'queueSettings.openingHoursHelp': [
    '取号机只在这些时段内出号（北京时间，按先后排列、不能重叠，最多 6 段；结束时间当时起不再取号，24:00 为当天结束）',
    'The kiosk issues tickets only within these periods (Beijing time, in order, not overlapping, up to 6; no tickets from the end time on; 24:00 is the end of the day)',
  ],
  'queueSettings.period': ['时段 {n}', 'Period {n}'],
  'queueSettings.from': ['开始', 'from'],
  'queueSettings.to': ['结束', 'to'],
  'queueSettings.addPeriod': ['添加时段', 'Add a period'],
  'queueSettings.removePeriod': ['删除时段 {n}', 'Remove period {n}'],
  'queueSettings.timeFormat': ['时间格式应为 HH:MM（00:00–24:00）', 'Write the time as HH:MM (00:00–24:00)'],
  'queueSettings.endAfterStart': ['结束时间应晚于开始时间', 'The end must be later than the start'],
  'queueSettings.periodsRequired': ['请至少设置一个取号时段', 'Set at least one period'],
  'queueSettings.agingLimit': ['等候时限（分钟）', 'Waiting limit (minutes)'],
  'queueSettings.agingLimitInSentence': ['等候时限', 'waiting limit'],
  'queueSettings.agingLimitHelp': [
    '普通号等候超过此时限后与优先号同等排序（防止长时间等待）；0 表示始终同等排序',
    'After waiting this long a normal ticket ranks with the priority tickets (so no one waits for ever); 0 ranks them together at once',
  ],
  'queueSettings.maxRecalls': ['过号重呼次数', 'Recalls after a no-show'],
  'queueSettings.maxRecallsInSentence': ['过号重呼次数', 'number of recalls'],
  'queueSettings.maxRecallsHelp': [
    '叫号未到的号可重新排队再叫的次数，用完后作废',
    'How many times a ticket whose holder did not come is put back in the queue before it lapses',
  ],
  'queueSettings.elderlyAge': ['老年人年龄（周岁）', 'Elderly from (age)'],
  'queueSettings.elderlyAgeInSentence': ['老年人年龄', 'elderly age'],
  'queueSettings.elderlyAgeHelp': [
    '年满此年龄的群众取号时自动享受优先（老年人权益保障法规定为 60 周岁）',
    'From this age a visitor gets a priority ticket (60 under the Law on the Protection of the Rights of the Elderly)',
  ],
  'queueSettings.recentCalls': ['大屏显示最近叫号', 'Recent calls on the board'],
  'queueSettings.recentCallsInSentence': ['大屏显示的最近叫号条数', 'number of recent calls shown'],
  'queueSettings.recentCallsHelp': [
    '叫号大屏上列出的最近叫号条数',
    'How many of the latest calls the display board lists',
  ],
  'queueSettings.minutes': ['分钟', 'min'],
  'queueSettings.times': ['次', 'times'],
  'queueSettings.years': ['岁', 'years'],
  'queueSettings.entries': ['条', 'calls'],
  'queueSettings.reason': ['修改原因', 'Reason for the change'],
  'queueSettings.reasonHelp': ['记入操作日志，便于日后查询', 'Kept in the audit log'],
  'queueSettings.reasonPlaceholder': ['如：午间延长取号时间', 'e.g. tickets over lunch'],
  'queueSettings.readOnly': [
    '您可以查看但不能修改排队设置；如需修改，请联系系统管理员。',
    'You may read but not change the queue settings; ask the administrator to change them.',
  ],
} satisfies Record<string, readonly [string, string]>;
