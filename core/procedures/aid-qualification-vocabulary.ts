/** The aid-provider register's code lists and state (法律援助法 第十二条至第十七条、第二十六条、第六十三条). */
import type { MatterState } from './procedure-kit';

const LAW = '法律援助法';

export const AID_QUALIFICATION_STATUSES = [
  'applied',
  'active',
  'suspended',
  'rejected',
  'removed',
  'withdrawn',
] as const;
export type AidQualificationStatus = (typeof AID_QUALIFICATION_STATUSES)[number];

export const AID_QUALIFICATION_ACTIONS = [
  'apply',
  'approve',
  'reject',
  'update-qualification',
  'annual-check',
  'sanction',
  'reinstate',
  'remove',
  'withdraw',
] as const;
export type AidQualificationAction = (typeof AID_QUALIFICATION_ACTIONS)[number];

export const PROVIDER_KINDS = {
  lawyer: '律师',
  'grassroots-worker': '基层法律服务工作者',
  volunteer: '法律援助志愿者',
  'agency-staff': '法律援助机构工作人员',
} as const;
export type ProviderKind = keyof typeof PROVIDER_KINDS;

export const QUALIFICATIONS = {
  'lawyer-licence': '律师执业证',
  'grassroots-licence': '基层法律服务工作者执业证',
  'legal-profession-certificate': '法律职业资格证书',
  'law-teacher': '高等院校、科研机构法学教育研究人员',
  'law-student': '法学专业学生',
  other: '其他',
} as const;
export type Qualification = keyof typeof QUALIFICATIONS;

/** 法律援助法 第二十二条: the forms of legal aid a provider may be assigned. */
export const SERVICE_FORMS = {
  consultation: '法律咨询',
  'document-drafting': '代拟法律文书',
  'criminal-defence': '刑事辩护与代理',
  'civil-representation': '民事案件代理',
  'administrative-representation': '行政案件代理',
  'state-compensation': '国家赔偿案件代理',
  'duty-lawyer': '值班律师法律帮助',
  'labour-representation': '劳动争议调解与仲裁代理',
} as const;
export type ServiceForm = keyof typeof SERVICE_FORMS;

/** 法律援助法 第十七条第二款: what university volunteers (teachers, students) may do. */
export const UNIVERSITY_VOLUNTEER_FORMS: readonly ServiceForm[] = ['consultation', 'document-drafting'];
/** 法律援助法 第十四条、第二十五条: duty lawyers and assigned defenders are lawyers. */
export const LAWYER_ONLY_FORMS: readonly ServiceForm[] = ['criminal-defence', 'duty-lawyer'];
/** 法律援助法 第二十六条: life-or-death and death-review cases need ≥ 3 years of criminal practice. */
export const SENIOR_CRIMINAL_YEARS = 3;

/** 法律援助法 第六十三条: the grounds on which a lawyer or grassroots worker is sanctioned. */
export const SANCTION_GROUNDS = {
  'refused-duty': { label: '无正当理由拒绝履行或者怠于履行法律援助义务', article: `${LAW} 第六十三条第一项` },
  'unauthorised-termination': { label: '擅自终止提供法律援助', article: `${LAW} 第六十三条第二项` },
  'took-money': { label: '收取受援人财物', article: `${LAW} 第二十条、第六十三条第三项` },
  'leaked-secrets': {
    label: '泄露法律援助过程中知悉的国家秘密、商业秘密和个人隐私',
    article: `${LAW} 第二十一条、第六十三条第四项`,
  },
  other: { label: '法律法规规定的其他情形', article: `${LAW} 第六十三条第五项` },
} as const;

/** 律师执业证号: 17 digits. */

export interface ProviderRecord {
  providerKind: ProviderKind;
  qualification: Qualification;
  licenceNumber?: string | undefined;
  practiceYears: number;
  criminalDefenceYears: number;
  serviceScope: ServiceForm[];
}

export interface AidQualificationState extends MatterState<AidQualificationStatus>, Partial<ProviderRecord> {
  name: string | null;
  organisation: string | null;
  /** 法律援助法 第二十六条: may be assigned life-or-death and death-review cases. */
  seniorCriminal: boolean;
  approvedOn: string | null;
  checks: { year: number; result: 'pass' | 'basic-pass' | 'fail'; on: string }[];
  sanctions: {
    kind: 'warning' | 'suspension' | 'removal';
    ground: keyof typeof SANCTION_GROUNDS;
    on: string;
    until: string | null;
  }[];
  suspension: { cause: 'check' | 'sanction'; until: string | null } | null;
}
