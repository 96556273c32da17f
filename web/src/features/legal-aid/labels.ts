/**
 * Labels of the legal-aid code lists (core/legal-aid/eligibility.ts): the Chinese in the statute's words
 * where it has them (法律援助法 第二十五条、第三十一条、第三十二条、第四十二条), the English beside it.
 */
import type {
  Art31Matter,
  Art32Circumstance,
  Art42Exemption,
  CaseKind,
  HardshipMethod,
  MandatoryGround,
} from '@core/legal-aid/eligibility';
import type { FiveSameDayMilestone } from '@core/legal-aid/five-same-day';
import type { LegalAidStatus } from '@core/procedures/legal-aid-vocabulary';
import { type Locale, pick } from '../../app/i18n';
import type { FiveSameDayLight } from './types';

/** A label as `[zh-CN, en-US]`: the Chinese is the statute's wording, the English a short faithful rendering. */
export type LabelPair = readonly [zh: string, en: string];

/** The Chinese half of a pair table, for the pages that speak Chinese only (the citizens' phone). */
function zhOf<K extends string>(table: Record<K, LabelPair>): Record<K, string> {
  return Object.fromEntries(Object.entries<LabelPair>(table).map(([k, pair]) => [k, pair[0]])) as Record<
    K,
    string
  >;
}

/** 法律援助法 第二十二条. */
export const CASE_KIND: Record<CaseKind, LabelPair> = {
  'criminal-defence': ['刑事辩护', 'Criminal defence'],
  'criminal-victim': ['刑事被害人', 'Crime victim'],
  civil: ['民事', 'Civil'],
  administrative: ['行政', 'Administrative'],
};
export const CASE_KIND_LABELS = zhOf(CASE_KIND);

/** 法律援助法 第三十一条第一项至第八项. */
export const ART31: Record<Art31Matter, LabelPair> = {
  'state-compensation': ['依法请求国家赔偿', 'Claims for state compensation'],
  'social-insurance-or-assistance': [
    '请求给予社会保险待遇或者社会救助',
    'Claims for social insurance benefits or social assistance',
  ],
  pension: ['请求发给抚恤金', 'Claims for survivor or disability pensions'],
  maintenance: ['请求给付赡养费、抚养费、扶养费', 'Claims for maintenance of parents, children or spouse'],
  'labour-relation-or-remuneration': [
    '请求确认劳动关系或者支付劳动报酬',
    'Claims to confirm an employment relationship or for wages',
  ],
  'civil-capacity': [
    '请求认定公民无民事行为能力或者限制民事行为能力',
    'Requests to declare a person without or with limited civil capacity',
  ],
  'personal-injury': [
    '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
    'Personal injury claims from work, traffic, food or drug safety, or medical accidents',
  ],
  'environmental-damage': [
    '请求环境污染、生态破坏损害赔偿',
    'Claims for damage from environmental pollution or ecological destruction',
  ],
};
export const ART31_LABELS = zhOf(ART31);

/**
 * Local matter codes intake may record besides 第三十一条's (server/use-cases/legal-aid/labels.ts
 * MATTER_LABELS: out of the statutory scope unless the local policy lists them).
 */
export const LOCAL_MATTERS: Record<string, LabelPair> = {
  'loan-dispute': ['民间借贷纠纷', 'Private lending disputes'],
  'divorce-property': ['离婚及财产分割', 'Divorce and division of property'],
};

/** 法律援助法 第三十一条第九项: anything else laws, regulations or rules provide for. */
export const ART31_OTHER: LabelPair = [
  '其他：法律、法规、规章规定的其他情形',
  'Other: other matters provided by laws, regulations or rules',
];

/** The select's value for 第三十一条第九项 / anything else: the clerk types the matter. */
export const OTHER_MATTER = '__other__';

/** 法律援助法 第二十五条第一款. */
export const MANDATORY: Record<MandatoryGround, LabelPair> = {
  minor: ['未成年人', 'Minors'],
  'sensory-disability': ['视力、听力、言语残疾人', 'Persons with visual, hearing or speech disabilities'],
  'mental-disability': [
    '不能完全辨认自己行为的成年人',
    'Adults not fully able to understand their own conduct',
  ],
  'life-or-death-sentence': ['可能被判处无期徒刑、死刑的人', 'Persons facing life imprisonment or death'],
  'death-review': [
    '申请法律援助的死刑复核案件被告人',
    'Defendants in death penalty review who apply for legal aid',
  ],
  'in-absentia': ['缺席审判案件的被告人', 'Defendants tried in absentia'],
};
export const MANDATORY_LABELS = zhOf(MANDATORY);

/** 法律援助法 第三十二条. */
export const ART32: Record<Art32Circumstance, LabelPair> = {
  'martyr-relative-rights': [
    '英雄烈士近亲属为维护英雄烈士的人格权益',
    'Close relatives of heroes and martyrs protecting their personality rights',
  ],
  'good-samaritan': [
    '因见义勇为行为主张相关民事权益',
    'Civil claims arising from acts of bravery for others',
  ],
  'retrial-acquittal-compensation': [
    '再审改判无罪请求国家赔偿',
    'State compensation after acquittal on retrial',
  ],
  'abuse-abandonment-domestic-violence': [
    '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    'Victims of abuse, abandonment or domestic violence asserting their rights',
  ],
};
export const ART32_LABELS = zhOf(ART32);

/** 法律援助法 第四十二条. */
export const ART42: Record<Art42Exemption, LabelPair> = {
  'minor-no-income': ['无固定生活来源的未成年人', 'Minors without a steady means of living'],
  'elderly-no-income': ['无固定生活来源的老年人', 'Elderly people without a steady means of living'],
  'disabled-no-income': [
    '无固定生活来源的残疾人',
    'Persons with disabilities without a steady means of living',
  ],
  'social-assistance': [
    '社会救助对象（特困供养、最低生活保障）',
    'Recipients of social assistance (destitute support, minimum living allowance)',
  ],
  'judicial-assistance': ['司法救助对象', 'Recipients of judicial assistance'],
  'special-care': ['优抚对象', 'Special-care recipients (veterans, martyr families)'],
  'migrant-worker-wage-or-injury': [
    '申请支付劳动报酬或工伤赔偿的进城务工人员',
    'Migrant workers claiming wages or work-injury compensation',
  ],
};
export const ART42_LABELS = zhOf(ART42);

/** 法律援助法 第四十一条. */
export const HARDSHIP_METHOD: Record<HardshipMethod, LabelPair> = {
  commitment: ['告知承诺', 'Commitment'],
  'information-sharing': ['信息共享核查', 'Data-sharing check'],
  documents: ['证明材料', 'Documents'],
};
export const HARDSHIP_METHOD_LABELS = zhOf(HARDSHIP_METHOD);

export const HARDSHIP_OUTCOME_LABELS: Record<string, { label: string; color: string }> = {
  'not-required': { label: '不受经济困难条件限制', color: 'blue' },
  exempt: { label: '免予核查经济困难状况', color: 'cyan' },
  met: { label: '符合经济困难条件', color: 'green' },
  'not-met': { label: '不符合经济困难条件', color: 'red' },
  unknown: { label: '经济困难状况待定', color: 'default' },
};

export const VERDICT_LABELS: Record<string, { label: string; color: string }> = {
  eligible: { label: '符合法律援助条件', color: 'success' },
  ineligible: { label: '不符合法律援助条件', color: 'error' },
  incomplete: { label: '信息不全', color: 'warning' },
};

/** Who applies for the applicant (法律援助法 第四十条). */
export type AgentRelation = 'legal-representative' | 'close-relative';
export const AGENT_RELATION: Record<AgentRelation, LabelPair> = {
  'legal-representative': ['法定代理人', 'Legal representative'],
  'close-relative': ['近亲属', 'Close relative'],
};
export const AGENT_RELATION_LABELS = zhOf(AGENT_RELATION);

export const CHANNEL_LABELS: Record<string, string> = {
  window: '窗口申请',
  reception: '导服台登记',
  online: '网上申请',
  mail: '邮寄申请',
  workstation: '工作站、联络点转交',
  'custodial-forwarding': '羁押场所转交',
  'case-organ-notice': '办案机关通知',
};

/** The five same-day milestones as the clock names them. */
export const FIVE_MILESTONES: { key: FiveSameDayMilestone; short: string; label: string }[] = [
  { key: 'appliedAt', short: '申请', label: '当天申请' },
  { key: 'acceptedAt', short: '受理', label: '当天受理' },
  { key: 'approvedAt', short: '审批', label: '当天审批' },
  { key: 'assignedAt', short: '指派', label: '当天指派' },
  { key: 'aidStartedAt', short: '援助', label: '当天提供援助' },
];

export const LIGHT_LABELS: Record<FiveSameDayLight, { label: string; color: string; hex: string }> = {
  green: { label: '正常', color: 'success', hex: '#2e9b48' },
  amber: { label: '临近', color: 'warning', hex: '#e29a13' },
  red: { label: '超时', color: 'error', hex: '#c8102e' },
};

/** Tag colours by status: in progress blue, decided green, refused/ended grey or red. */
export const STATUS_COLORS: Record<LegalAidStatus, string> = {
  applied: 'processing',
  'materials-requested': 'warning',
  'under-review': 'processing',
  reviewed: 'gold',
  granted: 'success',
  refused: 'error',
  'deemed-withdrawn': 'default',
  assigned: 'cyan',
  'agreement-signed': 'cyan',
  'in-progress': 'blue',
  closed: 'purple',
  'file-submitted': 'purple',
  'file-reviewed': 'purple',
  'subsidy-paid': 'geekblue',
  archived: 'default',
  terminated: 'error',
  'objection-pending': 'orange',
};

export const BASIS_LABELS: Record<string, string> = {
  'calendar-days': '日',
  'working-days': '工作日',
  hours: '小时',
};

/**
 * A matter code as the clerk reads it in `locale`: an art. 31 item by its label, anything else (a local
 * matter, free text) as `fallback` (the server's label) or as typed.
 */
export function matterLabel(
  matter: string | null | undefined,
  locale: Locale = 'zh-CN',
  fallback?: string,
): string {
  if (!matter) return '—';
  const pair = (ART31 as Record<string, LabelPair>)[matter] ?? LOCAL_MATTERS[matter];
  return pair ? pick(locale, pair[0], pair[1]) : fallback || matter;
}

/** `1000` → `1,000.00 元` (`1,000.00 yuan` in English). */
export function yuan(value: number | string | null | undefined, locale: Locale = 'zh-CN'): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  const amount = n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount} ${pick(locale, '元', 'yuan')}`;
}
