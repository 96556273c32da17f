/**
 * 审计日志's strings (audit-log-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('audit.…')`).
 */
export const AUDIT_MESSAGES = {
  'audit.title': ['审计日志', 'Audit log'],
  'audit.subtitle': [
    '登录、数据修改与查看个人完整信息的记录，只读',
    'Logins, changes and views of full personal data; read only',
  ],
  'audit.at': ['时间', 'Time'],
  'audit.actor': ['操作人', 'Actor'],
  'audit.action': ['操作', 'Action'],
  'audit.entity': ['对象', 'Entity'],
  'audit.entityId': ['对象编号', 'Entity id'],
  'audit.ip': ['IP 地址', 'IP address'],
  'audit.reason': ['说明', 'Note'],
  'audit.range': ['时间范围', 'Period'],
  'audit.from': ['开始日期', 'From'],
  'audit.to': ['结束日期', 'To'],
  'audit.changes': ['变更内容', 'Changes'],
  'audit.before': ['修改前', 'Before'],
  'audit.after': ['修改后', 'After'],
  'audit.detail': ['详情', 'Details'],
  'audit.requestId': ['请求编号', 'Request id'],
  'audit.actionPlaceholder': ['操作类型', 'Action'],
  'audit.entityPlaceholder': ['对象类型', 'Entity type'],
  'audit.actorPlaceholder': ['操作人', 'Actor'],
  'audit.entityIdPlaceholder': ['对象编号', 'Entity id'],
  'audit.system': ['系统', 'System'],
  'audit.actorKiosk': ['自助取号机', 'Ticket kiosk'],
  'audit.actorPublic': ['未登录用户', 'Not signed in'],
  'audit.field': ['字段', 'Field'],
  'audit.noChanges': ['无变更内容', 'No recorded changes'],
} satisfies Record<string, readonly [string, string]>;
