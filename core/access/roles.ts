/** Staff roles. A user may hold several. Chinese labels are what the UI shows. */
export const ROLES = [
  'admin',
  'receptionist',
  'window-clerk',
  'legal-aid-reviewer',
  'legal-aid-director',
  'lawyer',
  'mediator',
  'notary',
  'bureau-leader',
  'training-officer',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  receptionist: { zh: '导服台', en: 'Receptionist' },
  'window-clerk': { zh: '窗口工作人员', en: 'Window clerk' },
  'legal-aid-reviewer': { zh: '法律援助审查员', en: 'Legal aid reviewer' },
  'legal-aid-director': { zh: '法律援助中心主任', en: 'Legal aid director' },
  lawyer: { zh: '律师（法律援助人员）', en: 'Lawyer (aid provider)' },
  mediator: { zh: '人民调解员', en: 'Mediator' },
  notary: { zh: '公证员', en: 'Notary' },
  'bureau-leader': { zh: '局领导', en: 'Bureau leader' },
  'training-officer': { zh: '教育培训专员', en: 'Training officer' },
  auditor: { zh: '审计员', en: 'Auditor' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
