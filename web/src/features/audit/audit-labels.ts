import { LEGAL_AID_AUDIT_ACTIONS, MATTER_ACTIONS } from './audit-labels-matters';
import { PROGRAMME_ACTIONS } from './audit-labels-programme';
import { QUEUE_ACTIONS, SERVICE_ACTIONS } from './audit-labels-services';

/** A code's name in Chinese and English. */
export type AuditLabels = Record<string, { zh: string; en: string }>;

/**
 * Chinese (and English) names of the audit log's actions and entity types, as the server writes them
 * (audit-labels.test.ts reads the server's code and fails on a code without a name). By area: sign-in
 * and administration here, the rest in audit-labels-matters / -services / -programme.
 */
const ADMIN_ACTIONS: AuditLabels = {
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
};

export const AUDIT_ACTIONS: AuditLabels = {
  ...ADMIN_ACTIONS,
  ...QUEUE_ACTIONS,
  ...MATTER_ACTIONS,
  ...LEGAL_AID_AUDIT_ACTIONS,
  ...SERVICE_ACTIONS,
  ...PROGRAMME_ACTIONS,
};

export const AUDIT_ENTITY_TYPES: AuditLabels = {
  user: { zh: '账号', en: 'Account' },
  organisation: { zh: '机构', en: 'Organisation' },
  window: { zh: '窗口', en: 'Window' },
  lawyer: { zh: '律师', en: 'Lawyer' },
  'holiday-override': { zh: '节假日调整', en: 'Holiday adjustment' },
  'hardship-standard': { zh: '困难标准', en: 'Hardship standard' },
  person: { zh: '当事人', en: 'Person' },
  matter: { zh: '事项', en: 'Matter' },
  rectification: { zh: '差评整改', en: 'Rectification' },
  ticket: { zh: '排队号', en: 'Ticket' },
  'queue-settings': { zh: '排队设置', en: 'Queue settings' },
  'key-group': { zh: '重点群体登记', en: 'Priority group registration' },
  'legal-aid-matter': { zh: '法律援助事项', en: 'Legal aid matter' },
  'legal-aid-reminder': { zh: '法律援助提醒', en: 'Legal aid reminder' },
  'legal-aid-verification': { zh: '承诺核查', en: 'Commitment check' },
  appointment: { zh: '预约', en: 'Appointment' },
  'appointment-settings': { zh: '预约设置', en: 'Appointment settings' },
  'sms-code': { zh: '短信验证码', en: 'SMS code' },
  lecturer: { zh: '讲师', en: 'Lecturer' },
  lecture: { zh: '讲座', en: 'Lecture' },
  evaluation: { zh: '好差评', en: 'Service evaluation' },
  'study-plan': { zh: '学习计划', en: 'Study plan' },
  'study-session': { zh: '学习场次', en: 'Study session' },
  'leave-request': { zh: '请假申请', en: 'Leave request' },
  'study-record': { zh: '学习笔记', en: 'Study note' },
  'spot-check': { zh: '抽查', en: 'Spot check' },
  'spot-check-item': { zh: '抽查笔记', en: 'Spot-checked note' },
  question: { zh: '试题', en: 'Question' },
  'test-paper': { zh: '试卷', en: 'Test paper' },
  'test-attempt': { zh: '答卷', en: 'Test attempt' },
  talk: { zh: '谈心谈话', en: 'One-to-one talk' },
  bulletin: { zh: '通报', en: 'Bulletin' },
  'opinion-form': { zh: '征求意见表', en: 'Opinion form' },
  opinion: { zh: '意见', en: 'Opinion' },
};

/** Action groups offered as filters: `staff.*` matches every staff action (server prefix match). */
export const AUDIT_ACTION_GROUPS: { value: string; zh: string; en: string }[] = [
  { value: 'auth.*', zh: '登录与退出（全部）', en: 'Sign-in (all)' },
  { value: 'staff.*', zh: '账号管理（全部）', en: 'Accounts (all)' },
  { value: 'lawyer.*', zh: '律师名册（全部）', en: 'Lawyers (all)' },
  { value: 'person.*', zh: '个人信息（全部）', en: 'Personal data (all)' },
  { value: 'queue.*', zh: '排队叫号（全部）', en: 'Queue (all)' },
  { value: 'legal-aid.*', zh: '法律援助（全部）', en: 'Legal aid (all)' },
  { value: 'matter.*', zh: '窗口事项（全部）', en: 'Window matters (all)' },
  { value: 'appointment.*', zh: '预约（全部）', en: 'Appointments (all)' },
  { value: 'lecture.*', zh: '普法讲座（全部）', en: 'Lectures (all)' },
  { value: 'rectification.*', zh: '差评整改（全部）', en: 'Rectifications (all)' },
  { value: 'study.*', zh: '学习培训（全部）', en: 'Staff training (all)' },
  { value: 'opinion.*', zh: '意见征集（全部）', en: 'Opinions (all)' },
];
