/**
 * 困难标准's strings (hardship-standards-page.tsx).
 * `key: [zh-CN, en-US]` pairs; app/i18n.ts merges them into the console's one typed table (`t('hardship.…')`).
 */
export const HARDSHIP_MESSAGES = {
  'hardship.title': ['困难标准', 'Hardship standards'],
  'hardship.subtitle': [
    '经济困难标准（法律援助法第三十四条）：按地区、生效日期执行',
    'Economic hardship standards (Legal Aid Law art. 34) per region and effective date',
  ],
  'hardship.region': ['地区', 'Region'],
  'hardship.basis': ['标准依据', 'Basis'],
  'hardship.basis.dibao': ['最低生活保障标准', 'Minimum living allowance'],
  'hardship.basis.low-income': ['低收入人口认定标准', 'Low-income threshold'],
  'hardship.basis.minimum-wage': ['最低工资标准', 'Minimum wage'],
  'hardship.basis.other': ['其他', 'Other'],
  'hardship.area': ['适用范围', 'Area'],
  'hardship.area.urban': ['城镇', 'Urban'],
  'hardship.area.rural': ['农村牧区', 'Rural'],
  'hardship.area.all': ['城乡统一', 'Urban and rural'],
  'hardship.amount': ['月人均（元）', 'Monthly per capita (yuan)'],
  'hardship.amountInSentence': ['月人均（元）', 'monthly amount per person (yuan)'],
  'hardship.effectiveFrom': ['生效日期', 'Effective from'],
  'hardship.effectiveFromInSentence': ['生效日期', 'effective date'],
  'hardship.effectiveTo': ['失效日期', 'Effective to'],
  'hardship.source': ['文件依据', 'Source document'],
  'hardship.sample': ['示例', 'Sample'],
  'hardship.sampleHint': [
    '标“示例”的数据为系统预置的参考值，请以当地民政部门公布的正式标准替换。',
    'Rows marked “sample” are seeded reference figures; replace them with the official standard published locally.',
  ],
  'hardship.create': ['新增标准', 'New standard'],
  'hardship.edit': ['编辑标准', 'Edit standard'],
  'hardship.current': ['现行', 'Current'],
  'hardship.currentOnly': ['只看现行标准', 'In force today only'],
  'hardship.openEnded': ['长期有效', 'Open-ended'],
  'hardship.perMonth': ['元/人/月', 'yuan / person / month'],
  'hardship.regionHelp': [
    '6 位行政区划代码，如 150200（包头市）',
    '6-digit division code, e.g. 150200 (Baotou)',
  ],
  'hardship.sourcePlaceholder': [
    '如：包头市民政局关于调整城乡最低生活保障标准的通知（包民发〔2025〕X号）',
    'e.g. the Baotou civil affairs notice adjusting the minimum living allowance',
  ],
  'hardship.isSample': ['示例数据', 'Sample figure'],
} satisfies Record<string, readonly [string, string]>;
