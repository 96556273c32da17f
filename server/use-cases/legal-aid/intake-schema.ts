import { isIsoDate } from '@core/calendar';
import {
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  CASE_KINDS,
  HARDSHIP_METHODS,
  MANDATORY_GROUNDS,
} from '@core/legal-aid/eligibility';
import { APPLICATION_CHANNELS } from '@core/procedures/legal-aid';
import { z } from 'zod';

const isoDate = (what: string) =>
  z
    .string({ error: `${what}应为 YYYY-MM-DD 格式的日期` })
    .refine(isIsoDate, `${what}应为 YYYY-MM-DD 格式的日期`);
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what}不能超过 ${max} 个字`).optional();

/** 法律援助法 第四十一条: what the applicant states about the household (checked strictly on submit). */
export const hardshipInput = z.object({
  householdSize: z
    .number({ error: '家庭人口数应为数字' })
    .int('家庭人口数应为正整数')
    .min(1, '家庭人口数应为正整数')
    .max(99, '家庭人口数不能超过 99 人'),
  householdMonthlyIncomeYuan: z
    .number({ error: '家庭月收入应为数字（元）' })
    .min(0, '家庭月收入不能为负数')
    .max(100_000_000, '家庭月收入数额过大')
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, '家庭月收入最多保留两位小数'),
  method: z.enum(HARDSHIP_METHODS, {
    error: '请选择经济困难状况核查方式：个人诚信承诺、信息共享查询或证明材料',
  }),
});

/** The facts eligibility reads (法律援助法 第二十四条至第三十二条、第四十二条). */
const intakeFacts = {
  caseKind: z.enum(CASE_KINDS, { error: '请选择案件类别（刑事辩护、刑事被害人、民事、行政）' }),
  matter: z.string().trim().max(50, '申请事项代码过长').optional(),
  mandatory: z.enum(MANDATORY_GROUNDS, { error: '无法识别应当通知辩护的情形' }).optional(),
  circumstances: z
    .array(z.enum(ART32_CIRCUMSTANCES, { error: '未知的第三十二条情形' }))
    .max(4)
    .optional(),
  exemptions: z
    .array(z.enum(ART42_EXEMPTIONS, { error: '未知的第四十二条免予核查情形' }))
    .max(7)
    .optional(),
  priorityGroups: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '地区应为 6 位行政区划代码')
    .optional(),
  simpleCase: z.boolean({ error: '简易程序标记应为是或否' }).optional(),
  /** 法律援助法 第四十四条第一项: the last day of a limitation period or filing deadline. */
  limitationDueOn: isoDate('时效或期限届满日').optional(),
};

/** POST /api/legal-aid/applications. */
export const submitApplicationBody = z.object({
  ticketId: z.uuid({ error: '取号编号格式不正确' }).optional(),
  channel: z.enum(APPLICATION_CHANNELS, { error: '未知的申请渠道' }).default('window'),
  /** When the agency received the application (法律援助法 第四十三条 counts from it); default now; never in the future. */
  receivedAt: z.iso
    .datetime({ offset: true, error: '收到申请的时间应为 ISO 8601 格式，例如 2026-03-16T09:00:00+08:00' })
    .optional(),
  applicant: z.object({
    /**
     * A person picked from the shared records (GET/POST /api/persons…), in the clerk's scope: the
     * application is linked to that person; `name` must be theirs, and `idNumber` may be left out (the
     * one on record is used) or must match it. Without it the applicant is found by ID number or created.
     */
    personId: z.uuid({ error: '人员编号格式不正确' }).optional(),
    name: z.string({ error: '请输入申请人姓名' }).max(100, '姓名不能超过 100 个字'),
    /** Required unless `personId` names a person with an ID number on record. */
    idNumber: z.string({ error: '请输入申请人公民身份号码' }).max(40, '公民身份号码过长').optional(),
    phone: optionalText(40, '电话号码'),
    address: optionalText(200, '地址'),
    sex: z.enum(['male', 'female']).optional(),
  }),
  agent: z
    .object({
      name: z.string({ error: '请输入代理人姓名' }).max(100, '姓名不能超过 100 个字'),
      idNumber: optionalText(40, '公民身份号码'),
      relation: z.enum(['legal-representative', 'close-relative'], { error: '代理人应为法定代理人或近亲属' }),
      phone: optionalText(40, '电话号码'),
    })
    .optional(),
  opposingParty: z
    .object({
      name: z
        .string({ error: '请输入对方当事人姓名或名称' })
        .trim()
        .min(1, '请输入对方当事人姓名或名称')
        .max(200),
      idNumber: optionalText(40, '公民身份号码'),
      kind: z.enum(['person', 'organisation']).default('person'),
    })
    .optional(),
  facts: z
    .string({ error: '请填写案情及申请理由' })
    .trim()
    .min(5, '请简要说明案情及申请理由（不少于 5 个字）')
    .max(5000, '案情不能超过 5000 个字'),
  ...intakeFacts,
  hardship: hardshipInput.optional(),
});
export type SubmitApplicationInput = z.infer<typeof submitApplicationBody>;

/**
 * POST /api/legal-aid/eligibility/preview: the intake body, every field optional and loosely typed, as
 * the live panel sends what has been typed so far; core reports what is missing or invalid.
 */
export const previewEligibilityBody = z.object({
  applicationDate: isoDate('申请日期').optional(),
  caseKind: z.string().optional(),
  matter: z.string().max(50).optional(),
  mandatory: z.string().max(50).optional(),
  circumstances: z.array(z.string().max(50)).max(10).optional(),
  exemptions: z.array(z.string().max(50)).max(10).optional(),
  regionCode: z.string().max(6).optional(),
  applicant: z
    .object({ idNumber: z.string().max(40).optional() })
    .partial()
    .passthrough()
    .optional(),
  hardship: z
    .object({
      householdSize: z.number().nullable().optional(),
      householdMonthlyIncomeYuan: z.number().nullable().optional(),
      method: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});
export type PreviewEligibilityInput = z.infer<typeof previewEligibilityBody>;
