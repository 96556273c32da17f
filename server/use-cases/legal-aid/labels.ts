import type { CaseKind } from '@core/legal-aid/eligibility';

/**
 * Chinese labels of matter codes (法律援助法 第三十一条 items 1–8, and the local codes intake may
 * record, which are out of scope unless the policy lists them), the art. 31 item each rests on, the
 * roster specialties that fit it, and the aid form (art. 22) printed on decisions.
 */
export const MATTER_LABELS: Record<string, string> = {
  'state-compensation': '请求国家赔偿',
  'social-insurance-or-assistance': '请求给予社会保险待遇或者社会救助',
  pension: '请求发给抚恤金',
  maintenance: '请求给付赡养费、抚养费、扶养费',
  'labour-relation-or-remuneration': '请求确认劳动关系或者支付劳动报酬',
  'civil-capacity': '请求认定公民无民事行为能力或者限制民事行为能力',
  'personal-injury': '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
  'environmental-damage': '请求环境污染、生态破坏损害赔偿',
  'loan-dispute': '民间借贷纠纷',
  'divorce-property': '离婚及财产分割',
};

/** 第三十一条 item of each in-scope matter (for the grant decision's legal basis). */
const ART31_ITEM: Record<string, string> = {
  'state-compensation': '一',
  'social-insurance-or-assistance': '二',
  pension: '三',
  maintenance: '四',
  'labour-relation-or-remuneration': '五',
  'civil-capacity': '六',
  'personal-injury': '七',
  'environmental-damage': '八',
};

/** Roster specialties (lawyers.specialties, server/use-cases/lawyers/lawyer-item.ts) that fit each matter. */
export const MATTER_SPECIALTIES: Record<string, string[]> = {
  'state-compensation': ['行政诉讼'],
  'social-insurance-or-assistance': ['劳动争议', '行政诉讼'],
  pension: ['行政诉讼'],
  maintenance: ['婚姻家事'],
  'labour-relation-or-remuneration': ['劳动争议'],
  'civil-capacity': ['婚姻家事'],
  'personal-injury': ['交通事故', '医疗纠纷', '劳动争议'],
  'environmental-damage': ['行政诉讼', '合同纠纷'],
  'loan-dispute': ['合同纠纷'],
  'divorce-property': ['婚姻家事'],
};

export const CASE_KIND_SPECIALTIES: Record<CaseKind, string[]> = {
  'criminal-defence': ['刑事辩护'],
  'criminal-victim': ['刑事辩护'],
  civil: [],
  administrative: ['行政诉讼'],
};

export function matterLabel(caseKind: string, matter: string | null): string {
  if (matter) return MATTER_LABELS[matter] ?? matter;
  if (caseKind === 'criminal-defence') return '刑事辩护';
  if (caseKind === 'criminal-victim') return '刑事案件被害人代理';
  return '法律援助';
}

/** The articles a granted matter falls under, as printed after the law's name. */
export function legalBasisOf(caseKind: string, matter: string | null, mandatory: string | null): string {
  if (caseKind === 'criminal-defence') return mandatory ? '第二十五条' : '第二十四条';
  if (caseKind === 'criminal-victim') return '第二十九条';
  const item = matter ? ART31_ITEM[matter] : undefined;
  return item ? `第三十一条第${item}项` : '第三十一条、第三十二条';
}

/** 法律援助法 第二十二条: the form of aid for each case kind. */
export function aidFormOf(caseKind: string, matter: string | null): string {
  if (caseKind === 'criminal-defence') return '刑事辩护';
  if (caseKind === 'criminal-victim') return '刑事诉讼代理';
  if (caseKind === 'administrative') return '行政诉讼代理';
  if (matter === 'labour-relation-or-remuneration') return '劳动争议调解、仲裁及民事诉讼代理';
  if (matter === 'state-compensation') return '国家赔偿代理';
  return '民事诉讼代理';
}

/** Specialties that fit a matter (suggest-providers). */
export function specialtiesFor(caseKind: CaseKind, matter: string | null): string[] {
  return [
    ...new Set([...CASE_KIND_SPECIALTIES[caseKind], ...(matter ? (MATTER_SPECIALTIES[matter] ?? []) : [])]),
  ];
}
