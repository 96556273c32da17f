/**
 * 人员管理 / 人员名录's strings (staff-page.tsx and its dialogs).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('staff.…')`).
 */
export const STAFF_MESSAGES = {
  'staff.title': ['人员管理', 'Staff'],
  'staff.directoryTitle': ['人员名录', 'Staff directory'],
  'staff.subtitle': ['工作人员账号、角色与所属机构', 'Staff accounts, roles and organisations'],
  'staff.username': ['用户名', 'Username'],
  'staff.displayName': ['姓名', 'Name'],
  'staff.roles': ['角色', 'Roles'],
  'staff.title2': ['职务', 'Title'],
  'staff.partyMember': ['党员', 'Party member'],
  'staff.partyTag': ['党员', 'CPC'],
  'staff.lastLogin': ['最近登录', 'Last login'],
  'staff.locked': ['已锁定', 'Locked'],
  'staff.create': ['新增人员', 'New staff member'],
  'staff.edit': ['编辑人员', 'Edit staff member'],
  'staff.password': ['初始密码', 'Initial password'],
  'staff.newPassword': ['新密码', 'New password'],
  'staff.passwordHelp': ['至少 8 位，不能与用户名相同', 'At least 8 characters, not the username'],
  'staff.resetPassword': ['重置密码', 'Reset password'],
  'staff.resetPasswordTitle': ['重置 {name} 的密码', 'Reset the password of {name}'],
  'staff.passwordReset': [
    '密码已重置，请当面告知本人并提醒其尽快修改',
    'Password reset; tell the person in person and ask them to change it',
  ],
  'staff.searchPlaceholder': ['姓名、拼音或用户名', 'Name, pinyin or username'],
} satisfies Record<string, readonly [string, string]>;
