/**
 * 机构管理's strings (organisations-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('org.…')`).
 */
export const ORGANISATION_MESSAGES = {
  'org.title': ['机构管理', 'Organisations'],
  'org.subtitle': [
    '市、旗县区两级司法局及其下属中心、律所、公证处、调解组织',
    'City and county justice bureaus and their centers, firms, notary offices and committees',
  ],
  'org.name': ['机构名称', 'Name'],
  'org.shortName': ['简称', 'Short name'],
  'org.shortNameHelp': [
    '用于案件编号，如“包法援〔2026〕第0001号”中的“包”',
    'Used in matter numbers, e.g. 包 in 包法援〔2026〕第0001号',
  ],
  'org.kind': ['类型', 'Kind'],
  'org.parent': ['上级机构', 'Parent'],
  'org.parentInSentence': ['上级机构', 'parent organisation'],
  'org.divisionCode': ['行政区划代码', 'Division code'],
  'org.uscc': ['统一社会信用代码', 'Unified social credit code'],
  'org.address': ['地址', 'Address'],
  'org.phone': ['联系电话', 'Phone'],
  'org.divisionCodeInvalid': ['行政区划代码应为 6 位数字', 'The division code has 6 digits'],
  'org.divisionCodeInherited': [
    '留空则沿用上级机构的 {code}（旗县区司法局除外）',
    'Left empty, the parent’s {code} is used (not for a county bureau)',
  ],
  'org.create': ['新增机构', 'New organisation'],
  'org.edit': ['编辑机构', 'Edit organisation'],
  'org.kind.city-bureau': ['市司法局', 'City justice bureau'],
  'org.kind.county-bureau': ['旗县区司法局', 'County justice bureau'],
  'org.kind.service-center': ['公共法律服务中心', 'Public legal service center'],
  'org.kind.legal-aid-agency': ['法律援助中心', 'Legal aid center'],
  'org.kind.law-firm': ['律师事务所', 'Law firm'],
  'org.kind.notary-office': ['公证处', 'Notary office'],
  'org.kind.mediation-committee': ['人民调解委员会', 'Mediation committee'],
  'org.kind.appraisal-institution': ['司法鉴定机构', 'Appraisal institution'],
  'org.kind.arbitration-commission': ['仲裁委员会', 'Arbitration commission'],
  'org.kind.other': ['其他', 'Other'],
} satisfies Record<string, readonly [string, string]>;
