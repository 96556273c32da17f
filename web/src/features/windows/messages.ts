/**
 * 窗口管理's strings (windows-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('window.…')`).
 */
export const WINDOW_MESSAGES = {
  'window.title': ['窗口管理', 'Windows'],
  'window.subtitle': [
    '大厅服务窗口的名称、服务事项与开放状态',
    'Names, services and status of the service windows',
  ],
  'window.number': ['窗口号', 'No.'],
  'window.numberInSentence': ['窗口号', 'window number'],
  'window.numberLabel': ['{n}号窗口', 'Window {n}'],
  'window.name': ['窗口名称', 'Window name'],
  'window.services': ['服务事项', 'Services'],
  'window.status': ['状态', 'Status'],
  'window.location': ['位置', 'Location'],
  'window.locationPlaceholder': ['如：一楼东厅', 'e.g. ground floor, east hall'],
  'window.create': ['新增窗口', 'New window'],
  'window.edit': ['编辑窗口', 'Edit window'],
  'window.status.open': ['开放', 'Open'],
  'window.status.paused': ['暂停', 'Paused'],
  'window.status.closed': ['关闭', 'Closed'],
  'window.filterOrg': ['服务中心', 'Service center'],
} satisfies Record<string, readonly [string, string]>;
