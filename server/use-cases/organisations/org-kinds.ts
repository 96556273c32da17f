/**
 * The kinds of organisation, as the CHECK constraint `organisations_kind_ck` lists them
 * (server/db/schema/organisations.ts), with the Chinese labels the UI shows. Bureau kinds define
 * organisation scope (server/use-cases/access/org-scope.ts), so they are special: see create/update.
 */
export const ORG_KINDS = [
  'city-bureau',
  'county-bureau',
  'service-center',
  'legal-aid-agency',
  'law-firm',
  'notary-office',
  'mediation-committee',
  'appraisal-institution',
  'arbitration-commission',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  'city-bureau': '市司法局',
  'county-bureau': '旗县区司法局',
  'service-center': '公共法律服务中心',
  'legal-aid-agency': '法律援助机构',
  'law-firm': '律师事务所',
  'notary-office': '公证处',
  'mediation-committee': '人民调解委员会',
  'appraisal-institution': '司法鉴定机构',
  'arbitration-commission': '仲裁委员会',
  other: '其他',
};

/** Kinds that root a scope (a bureau sees its subtree); they cannot be created freely or changed. */
export const BUREAU_KINDS: readonly OrgKind[] = ['city-bureau', 'county-bureau'];
