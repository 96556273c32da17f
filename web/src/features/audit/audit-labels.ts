/** Chinese (and English) names of the audit log's actions and entity types, as the server writes them. */
export const AUDIT_ACTIONS: Record<string, { zh: string; en: string }> = {
  'auth.login': { zh: '登录', en: 'Login' },
  'auth.logout': { zh: '退出登录', en: 'Logout' },
  'auth.login-failed': { zh: '登录失败', en: 'Failed login' },
  'auth.locked': { zh: '账号锁定', en: 'Account locked' },
  'org.create': { zh: '新建机构', en: 'Organisation created' },
  'org.update': { zh: '修改机构', en: 'Organisation changed' },
  'window.create': { zh: '新建窗口', en: 'Window created' },
  'window.update': { zh: '修改窗口', en: 'Window changed' },
  'staff.create': { zh: '新建账号', en: 'Account created' },
  'staff.update': { zh: '修改账号', en: 'Account changed' },
  'staff.deactivate': { zh: '停用账号', en: 'Account deactivated' },
  'staff.set-password': { zh: '重置密码', en: 'Password reset' },
  'lawyer.create': { zh: '登记律师', en: 'Lawyer added' },
  'lawyer.update': { zh: '修改律师信息', en: 'Lawyer changed' },
  'lawyer.team-join': { zh: '加入律师团', en: 'Joined lawyer team' },
  'lawyer.team-leave': { zh: '退出律师团', en: 'Left lawyer team' },
  'lawyer.team-remove': { zh: '移出律师团', en: 'Removed from lawyer team' },
  'lawyer.sanction-record': { zh: '记录处分', en: 'Sanction recorded' },
  'calendar.override-create': { zh: '新增节假日调整', en: 'Holiday adjustment added' },
  'calendar.override-update': { zh: '修改节假日调整', en: 'Holiday adjustment changed' },
  'calendar.override-delete': { zh: '删除节假日调整', en: 'Holiday adjustment deleted' },
  'hardship-standard.create': { zh: '新增困难标准', en: 'Hardship standard added' },
  'hardship-standard.update': { zh: '修改困难标准', en: 'Hardship standard changed' },
  'person.create': { zh: '登记当事人', en: 'Person registered' },
  'person.view-id-number': { zh: '查看完整身份证号', en: 'Full ID number viewed' },
  'matter.clock-breached': { zh: '办理期限逾期', en: 'Matter deadline missed' },
  'rectification.follow-up': { zh: '群众复评（整改办结）', en: 'Follow-up rating (rectification closed)' },
  'rectification.escalate': { zh: '差评整改逾期督办', en: 'Overdue rectification escalated' },
};

export const AUDIT_ENTITY_TYPES: Record<string, { zh: string; en: string }> = {
  user: { zh: '账号', en: 'Account' },
  organisation: { zh: '机构', en: 'Organisation' },
  window: { zh: '窗口', en: 'Window' },
  lawyer: { zh: '律师', en: 'Lawyer' },
  'holiday-override': { zh: '节假日调整', en: 'Holiday adjustment' },
  'hardship-standard': { zh: '困难标准', en: 'Hardship standard' },
  person: { zh: '当事人', en: 'Person' },
  matter: { zh: '事项', en: 'Matter' },
  rectification: { zh: '差评整改', en: 'Rectification' },
};

/** Action groups offered as filters: `staff.*` matches every staff action (server prefix match). */
export const AUDIT_ACTION_GROUPS: { value: string; zh: string; en: string }[] = [
  { value: 'auth.*', zh: '登录与退出（全部）', en: 'Sign-in (all)' },
  { value: 'staff.*', zh: '账号管理（全部）', en: 'Accounts (all)' },
  { value: 'lawyer.*', zh: '律师名册（全部）', en: 'Lawyers (all)' },
  { value: 'person.*', zh: '个人信息（全部）', en: 'Personal data (all)' },
];
