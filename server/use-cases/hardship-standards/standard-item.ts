import { isIsoDate } from '@core/calendar';
import { findDivisionName } from '@core/identity';
import { z } from 'zod';
import type { hardshipStandards } from '../../db/schema/index';

export const HARDSHIP_BASES = ['dibao', 'low-income', 'minimum-wage', 'other'] as const;
export type HardshipBasis = (typeof HARDSHIP_BASES)[number];
export const HARDSHIP_AREAS = ['urban', 'rural', 'all'] as const;
export type HardshipArea = (typeof HARDSHIP_AREAS)[number];

export const HARDSHIP_BASIS_LABELS: Record<HardshipBasis, string> = {
  dibao: '最低生活保障标准',
  'low-income': '低收入人口认定标准',
  'minimum-wage': '最低工资标准',
  other: '其他',
};
export const HARDSHIP_AREA_LABELS: Record<HardshipArea, string> = {
  urban: '城镇',
  rural: '农村牧区',
  all: '城乡统一',
};

/**
 * An economic-hardship standard as the API returns it. `monthlyPerCapitaYuan` is a decimal STRING with two
 * decimals ('1130.00'), exactly as PostgreSQL's numeric(10,2) holds it: money never passes through a
 * float (ARCHITECTURE "Data"). Requests may send a number or a string. `effectiveTo` is the last day in
 * force (inclusive); null = open-ended.
 */
export const standardItem = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  basis: z.enum(HARDSHIP_BASES),
  area: z.enum(HARDSHIP_AREAS),
  monthlyPerCapitaYuan: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  isSample: z.boolean(),
  version: z.number().int(),
});
export type StandardItem = z.infer<typeof standardItem>;

export function toStandardItem(row: typeof hardshipStandards.$inferSelect): StandardItem {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: findDivisionName(row.regionCode) ?? null,
    basis: row.basis as HardshipBasis,
    area: row.area as HardshipArea,
    monthlyPerCapitaYuan: row.monthlyPerCapitaYuan,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    source: row.source,
    isSample: row.isSample,
    version: row.version,
  };
}

/** Up to 8 integer digits and 2 decimals: what numeric(10,2) stores without rounding. */
const AMOUNT = /^\d{1,8}(?:\.\d{1,2})?$/;
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const dateField = (label: string) =>
  z.string({ error: `请填写${label}` }).refine(isIsoDate, `${label}应为 YYYY-MM-DD 格式的有效日期`);

export const standardFields = {
  regionCode: z
    .string({ error: '请填写行政区划代码' })
    .trim()
    .regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
  basis: z.enum(HARDSHIP_BASES, { error: '请选择标准依据（低保/低收入/最低工资/其他）' }),
  area: z.enum(HARDSHIP_AREAS, { error: '请选择适用范围（城镇/农村牧区/城乡统一）' }),
  monthlyPerCapitaYuan: z
    .union([z.number(), z.string().trim()], { error: '请填写每人每月金额（元）' })
    .transform((value) => (typeof value === 'number' ? String(value) : value))
    .refine((value) => AMOUNT.test(value), '金额应为数字，最多两位小数')
    .refine((value) => Number(value) > 0, '金额必须大于 0'),
  effectiveFrom: dateField('生效日期'),
  effectiveTo: z.preprocess(blankToNull, dateField('失效日期').nullable()),
  source: z
    .string({ error: '请填写标准来源' })
    .trim()
    .min(2, '请填写标准来源（文件名称、文号）')
    .max(500, '来源不能超过 500 个字'),
  isSample: z.boolean({ error: '示例数据标记应为是或否' }),
} as const;
