/**
 * The reasons `assessEligibility` gives: a stable UPPER_SNAKE code, the article of the 法律援助法
 * (2021) it rests on, what the reason does to the verdict, and the Chinese text the UI shows.
 * One table, so a code can never lack its article or its message.
 */

/**
 * What a reason does to the verdict:
 * - 'ground': a basis for aid, or a note for the clerk; never blocks;
 * - 'missing': a fact is missing or invalid → 'incomplete' (unless something blocks);
 * - 'blocker': the application fails a condition of the law → 'ineligible'.
 */
export type ReasonEffect = 'ground' | 'missing' | 'blocker';

interface ReasonRule {
  article: string;
  effect: ReasonEffect;
  message: string;
}

export const ELIGIBILITY_REASONS = {
  // Application date (short-circuits the assessment).
  INVALID_APPLICATION_DATE: {
    article: '法律援助法 第四十三条',
    effect: 'missing',
    message: '申请日期无效，应为 YYYY-MM-DD 格式的日期',
  },
  LAW_NOT_IN_FORCE: {
    article: '法律援助法 第七十一条',
    effect: 'missing',
    message: '申请日期早于《法律援助法》施行日（2022年1月1日），不能按本法审查',
  },
  MISSING_CASE_KIND: {
    article: '法律援助法 第二十二条',
    effect: 'missing',
    message: '请选择案件类别（刑事辩护、刑事被害人、民事、行政）',
  },

  // Criminal cases.
  MANDATORY_DEFENCE: {
    article: '法律援助法 第二十五条',
    effect: 'ground',
    message: '属于应当通知法律援助机构指派律师担任辩护人的情形，无需申请，不审查经济困难状况',
  },
  UNKNOWN_MANDATORY_GROUND: {
    article: '法律援助法 第二十五条',
    effect: 'missing',
    message: '无法识别应当通知辩护的情形，请重新选择',
  },
  SENIOR_LAWYER_REQUIRED: {
    article: '法律援助法 第二十六条',
    effect: 'ground',
    message: '应当指派具有三年以上相关执业经历的律师担任辩护人',
  },
  DEFENCE_APPLICATION: {
    article: '法律援助法 第二十四条',
    effect: 'ground',
    message: '犯罪嫌疑人、被告人没有委托辩护人，本人或其近亲属可以申请法律援助',
  },
  VICTIM_APPLICATION: {
    article: '法律援助法 第二十九条',
    effect: 'ground',
    message: '被害人、自诉人或附带民事诉讼原告人因经济困难没有委托诉讼代理人，可以申请法律援助',
  },

  // Civil and administrative scope.
  MATTER_IN_SCOPE: {
    article: '法律援助法 第三十一条',
    effect: 'ground',
    message: '申请事项属于法律援助范围',
  },
  LOCAL_MATTER_IN_SCOPE: {
    article: '法律援助法 第三十一条',
    effect: 'ground',
    message: '申请事项属于法律、法规、规章规定的其他情形（本地补充事项）',
  },
  CIRCUMSTANCE_IN_SCOPE: {
    article: '法律援助法 第三十二条',
    effect: 'ground',
    message: '申请事项属于不受经济困难条件限制的情形，属于法律援助范围',
  },
  MISSING_MATTER: {
    article: '法律援助法 第三十一条',
    effect: 'missing',
    message: '请填写申请事项',
  },
  MATTER_NOT_IN_SCOPE: {
    article: '法律援助法 第三十一条',
    effect: 'blocker',
    message: '申请事项不属于法律援助范围',
  },

  // Economic hardship.
  HARDSHIP_WAIVED: {
    article: '法律援助法 第三十二条',
    effect: 'ground',
    message: '不受经济困难条件的限制',
  },
  HARDSHIP_EXEMPT: {
    article: '法律援助法 第四十二条',
    effect: 'ground',
    message: '申请人有材料证明属于特定群体，免予核查经济困难状况',
  },
  EXEMPTION_MATTER_MISMATCH: {
    article: '法律援助法 第四十二条',
    effect: 'ground',
    message: '进城务工人员仅在申请支付劳动报酬或者请求工伤事故人身损害赔偿时免予核查经济困难状况',
  },
  MISSING_HARDSHIP: {
    article: '法律援助法 第四十一条',
    effect: 'missing',
    message: '请如实填写家庭人口数、家庭月收入及经济困难状况核查方式',
  },
  INVALID_HOUSEHOLD_SIZE: {
    article: '法律援助法 第四十一条',
    effect: 'missing',
    message: '家庭人口数应为正整数',
  },
  INVALID_INCOME: {
    article: '法律援助法 第四十一条',
    effect: 'missing',
    message: '家庭月收入应为不小于零的金额（元）',
  },
  INVALID_HARDSHIP_METHOD: {
    article: '法律援助法 第四十一条',
    effect: 'missing',
    message: '请选择经济困难状况核查方式：个人诚信承诺、信息共享查询或证明材料',
  },
  INVALID_STANDARD: {
    article: '法律援助法 第三十四条',
    effect: 'missing',
    message: '经济困难标准配置有误（金额或施行日期无效），请联系管理员',
  },
  STANDARD_NOT_IN_FORCE: {
    article: '法律援助法 第三十四条',
    effect: 'missing',
    message: '所用经济困难标准在申请日尚未施行，请选用申请日有效的标准',
  },
  HARDSHIP_MET: {
    article: '法律援助法 第三十四条',
    effect: 'ground',
    message: '家庭人均月收入不高于经济困难标准，符合经济困难条件',
  },
  HARDSHIP_NOT_MET: {
    article: '法律援助法 第三十四条',
    effect: 'blocker',
    message: '家庭人均月收入高于经济困难标准，不符合经济困难条件',
  },
} as const satisfies Record<string, ReasonRule>;

export type EligibilityReasonCode = keyof typeof ELIGIBILITY_REASONS;

/** Chinese text of each reason code, for the UI. */
export const ELIGIBILITY_REASON_MESSAGES = Object.fromEntries(
  Object.entries(ELIGIBILITY_REASONS).map(([code, rule]) => [code, rule.message]),
) as Record<EligibilityReasonCode, string>;

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /** e.g. '法律援助法 第二十五条'. */
  article: string;
}

export function reasonOf(code: EligibilityReasonCode): EligibilityReason {
  return { code, article: ELIGIBILITY_REASONS[code].article };
}

export function effectOf(reason: EligibilityReason): ReasonEffect {
  return ELIGIBILITY_REASONS[reason.code].effect;
}
