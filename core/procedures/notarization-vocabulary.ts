/**
 * Notarization (公证) as data: matter types with their materials checklists and standard fees, the
 * refusal grounds of 公证法 第三十一条, the reasons to decline an application, and fee relief.
 *
 * The checklists follow the usual 办证指南 of notary offices (what each matter's 办证规则 asks the
 * office to review, 公证法 第二十八条); a hall adapts them. Standard fees are per matter and in fen.
 * UNCONFIRMED: the Inner Mongolia fee scale (公证法 第四十六条: set by the province's price and
 * justice departments) is not in our sources, so the figures below are demo defaults to be replaced
 * by the provincial table; matters charged by value ('by-value') have no default and the notary
 * enters the standard fee.
 */

/** One document of a checklist. `required`: acceptance waits for it (公证法 第二十七条第一款). */
export interface ChecklistItem {
  code: NotarialMaterialCode;
  label: string;
  required: boolean;
}

export interface NotarialMatterType {
  labelZh: string;
  /** 公证法 第十一条 item the matter falls under. */
  article: string;
  checklist: readonly ChecklistItem[];
  /** 公证法 第二十六条: the party applies in person (wills, survival, adoption and the like). */
  inPersonOnly: boolean;
  /**
   * 公证法 第二十五条第二款: a 委托、声明、赠与、遗嘱 involving immovables may still go to the office of
   * domicile or residence; other matters involving immovables go to the office where they lie.
   */
  immovableAnyOffice: boolean;
  /** 'per-item': a flat standard fee; 'by-value': charged on the value, entered by the notary. */
  feeBasis: 'per-item' | 'by-value';
  /** Demo standard fee per matter in fen (UNCONFIRMED, see the file comment); null when by value. */
  standardFeeFen: number | null;
}

const ID = { code: 'id', label: '当事人身份证件', required: true } as const;
const HOUSEHOLD = { code: 'household-register', label: '户口簿', required: true } as const;

export const NOTARIAL_MATTER_TYPES = {
  'house-purchase-contract': {
    labelZh: '购房合同',
    article: '公证法 第十一条第一项',
    checklist: [
      { code: 'id', label: '买卖双方身份证件', required: true },
      { code: 'contract', label: '房屋买卖合同文本', required: true },
      { code: 'property-certificate', label: '不动产权证书', required: true },
      { code: 'marital-status', label: '婚姻状况证明', required: false },
      { code: 'spouse-consent', label: '配偶同意出售的书面意见', required: false },
    ],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'by-value',
    standardFeeFen: null,
  },
  'power-of-attorney': {
    labelZh: '委托书',
    article: '公证法 第十一条第三项',
    checklist: [
      { code: 'id', label: '委托人身份证件', required: true },
      { code: 'instrument', label: '委托书文本', required: true },
      { code: 'agent-id', label: '受托人身份证件复印件', required: true },
      { code: 'property-certificate', label: '所涉财产的权属证明', required: false },
    ],
    inPersonOnly: false,
    immovableAnyOffice: true,
    feeBasis: 'per-item',
    standardFeeFen: 20_000,
  },
  inheritance: {
    labelZh: '继承',
    article: '公证法 第十一条第二项',
    checklist: [
      ID,
      HOUSEHOLD,
      { code: 'death-certificate', label: '被继承人死亡证明', required: true },
      { code: 'kinship-proof', label: '继承人与被继承人的亲属关系证明', required: true },
      { code: 'estate-title', label: '遗产权属证明', required: true },
      { code: 'renunciation', label: '其他继承人放弃继承的声明', required: false },
    ],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'by-value',
    standardFeeFen: null,
  },
  education: {
    labelZh: '学历',
    article: '公证法 第十一条第七项',
    checklist: [ID, { code: 'diploma', label: '毕业证书、学位证书原件', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  'no-criminal-record': {
    labelZh: '无犯罪记录',
    article: '公证法 第十一条第七项',
    checklist: [ID, { code: 'police-certificate', label: '公安机关出具的无犯罪记录证明', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  kinship: {
    labelZh: '亲属关系',
    article: '公证法 第十一条第六项',
    checklist: [
      ID,
      HOUSEHOLD,
      { code: 'kinship-proof', label: '档案或者派出所出具的亲属关系证明', required: true },
    ],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  will: {
    labelZh: '遗嘱',
    article: '公证法 第十一条第三项',
    checklist: [
      { code: 'id', label: '立遗嘱人身份证件', required: true },
      { code: 'instrument', label: '遗嘱文本或者草稿', required: true },
      { code: 'property-certificate', label: '遗嘱所涉财产的权属证明', required: true },
    ],
    inPersonOnly: true,
    immovableAnyOffice: true,
    feeBasis: 'per-item',
    standardFeeFen: 30_000,
  },
  gift: {
    labelZh: '赠与',
    article: '公证法 第十一条第三项',
    checklist: [
      { code: 'id', label: '赠与人、受赠人身份证件', required: true },
      { code: 'instrument', label: '赠与合同或者赠与书文本', required: true },
      { code: 'property-certificate', label: '赠与财产的权属证明', required: true },
      { code: 'spouse-consent', label: '配偶同意赠与的书面意见', required: false },
    ],
    inPersonOnly: false,
    immovableAnyOffice: true,
    feeBasis: 'by-value',
    standardFeeFen: null,
  },
  survival: {
    labelZh: '生存',
    article: '公证法 第十一条第七项',
    checklist: [ID],
    inPersonOnly: true,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  adoption: {
    labelZh: '收养关系',
    article: '公证法 第十一条第六项',
    checklist: [ID, { code: 'adoption-certificate', label: '收养登记证', required: true }],
    inPersonOnly: true,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 20_000,
  },
  'marital-status': {
    labelZh: '婚姻状况',
    article: '公证法 第十一条第六项',
    checklist: [
      ID,
      HOUSEHOLD,
      { code: 'marriage-record', label: '结婚证、离婚证或者婚姻登记档案证明', required: true },
    ],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  birth: {
    labelZh: '出生',
    article: '公证法 第十一条第七项',
    checklist: [ID, { code: 'birth-record', label: '出生医学证明或者户籍证明', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 8_000,
  },
  declaration: {
    labelZh: '声明书',
    article: '公证法 第十一条第三项',
    checklist: [ID, { code: 'instrument', label: '声明书文本', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: true,
    feeBasis: 'per-item',
    standardFeeFen: 20_000,
  },
  'copy-conformity': {
    labelZh: '副本、影印本与原本相符',
    article: '公证法 第十一条第十项',
    checklist: [ID, { code: 'original', label: '文书原本', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 5_000,
  },
  'evidence-preservation': {
    labelZh: '保全证据',
    article: '公证法 第十一条第九项',
    checklist: [ID, { code: 'evidence-description', label: '需保全证据的说明', required: true }],
    inPersonOnly: false,
    immovableAnyOffice: false,
    feeBasis: 'per-item',
    standardFeeFen: 100_000,
  },
} as const satisfies Record<string, NotarialMatterType>;

export type NotarialMatterTypeCode = keyof typeof NOTARIAL_MATTER_TYPES;
export const NOTARIAL_MATTER_TYPE_CODES = Object.keys(NOTARIAL_MATTER_TYPES) as [
  NotarialMatterTypeCode,
  ...NotarialMatterTypeCode[],
];

/**
 * Every material any checklist names, by code, with a label that fits every matter type it appears in
 * (a checklist's own label is more specific: '委托人身份证件' for 'id') and its English name. The
 * record-materials form offers these codes (narrowed to the matter's checklist) and the action log shows
 * them by these labels.
 */
export const NOTARIAL_MATERIALS = {
  id: ['当事人身份证件', 'Identity documents of the parties'],
  'household-register': ['户口簿', 'Household register'],
  contract: ['房屋买卖合同文本', 'House purchase contract'],
  'property-certificate': ['财产权属证明', 'Proof of title to the property'],
  'marital-status': ['婚姻状况证明', 'Proof of marital status'],
  'spouse-consent': ['配偶同意的书面意见', "Spouse's written consent"],
  instrument: ['文书文本', 'Text of the instrument'],
  'agent-id': ['受托人身份证件复印件', "Copy of the agent's identity document"],
  'death-certificate': ['被继承人死亡证明', 'Death certificate of the deceased'],
  'kinship-proof': ['亲属关系证明', 'Proof of kinship'],
  'estate-title': ['遗产权属证明', 'Proof of title to the estate'],
  renunciation: ['其他继承人放弃继承的声明', "Other heirs' renunciation"],
  diploma: ['毕业证书、学位证书原件', 'Original diploma or degree certificate'],
  'police-certificate': ['公安机关出具的无犯罪记录证明', 'Police certificate of no criminal record'],
  'adoption-certificate': ['收养登记证', 'Adoption registration certificate'],
  'marriage-record': ['结婚证、离婚证或者婚姻登记档案证明', 'Marriage or divorce certificate or record'],
  'birth-record': ['出生医学证明或者户籍证明', 'Birth certificate or household record'],
  original: ['文书原本', 'Original of the document'],
  'evidence-description': ['需保全证据的说明', 'Description of the evidence to preserve'],
} as const satisfies Record<string, readonly [string, string]>;

export type NotarialMaterialCode = keyof typeof NOTARIAL_MATERIALS;
export const NOTARIAL_MATERIAL_CODES = Object.keys(NOTARIAL_MATERIALS) as [
  NotarialMaterialCode,
  ...NotarialMaterialCode[],
];

/** The matter type's definition (typed wide, for code that handles any type). */
export function notarialMatterType(code: NotarialMatterTypeCode): NotarialMatterType {
  return NOTARIAL_MATTER_TYPES[code];
}

/** The required checklist items not yet received (公证法 第二十七条第一款). */
export function missingMaterials(code: NotarialMatterTypeCode, received: readonly string[]): ChecklistItem[] {
  return notarialMatterType(code).checklist.filter((item) => item.required && !received.includes(item.code));
}

/**
 * What refusals call these materials: the names the materials form offers and the action log shows
 * (NOTARIAL_MATERIALS), so one material reads the same everywhere; 'zh' or 'en'.
 */
export function materialNames(items: readonly ChecklistItem[], language: 'zh' | 'en'): string[] {
  return items.map((item) => NOTARIAL_MATERIALS[item.code][language === 'zh' ? 0 : 1]);
}

/** 公证法 第三十一条: the nine grounds on which a notary office refuses to notarize. */
export const NOTARIAL_REFUSAL_GROUNDS = {
  1: '无民事行为能力人或者限制民事行为能力人没有监护人代理申请办理公证',
  2: '当事人与申请公证的事项没有利害关系',
  3: '申请公证的事项属专业技术鉴定、评估事项',
  4: '当事人之间对申请公证的事项有争议',
  5: '当事人虚构、隐瞒事实，或者提供虚假证明材料',
  6: '当事人提供的证明材料不充分或者拒绝补充证明材料',
  7: '申请公证的事项不真实、不合法',
  8: '申请公证的事项违背社会公德',
  9: '当事人拒绝按照规定支付公证费',
} as const;
export type NotarialRefusalGround = keyof typeof NOTARIAL_REFUSAL_GROUNDS;

/** Why an application is not accepted at all, with the article each rests on. */
export const NOTARIAL_DECLINE_REASONS = {
  'out-of-jurisdiction': { label: '不属于本公证机构管辖', article: '公证法 第二十五条' },
  'in-person-required': { label: '该事项应当由本人办理，不得委托他人', article: '公证法 第二十六条' },
  'not-notarial-matter': { label: '不属于公证事项或者公证事务', article: '公证法 第十一条、第十二条' },
  'materials-incomplete': { label: '证明材料不齐全，当事人未按要求补充', article: '公证法 第二十七条' },
} as const;
export type NotarialDeclineReason = keyof typeof NOTARIAL_DECLINE_REASONS;

/** Why the certificate clock stands still (公证法 第三十条 second sentence). */
export const NOTARIAL_PAUSE_REASONS = {
  supplement: '补充证明材料',
  verification: '核实有关情况',
  'force-majeure': '不可抗力',
} as const;
export type NotarialPauseReason = keyof typeof NOTARIAL_PAUSE_REASONS;

/** Outcomes of a 复查 (公证法 第三十九条). */
export const NOTARIAL_REVIEW_OUTCOMES = {
  upheld: '公证书无误，维持',
  revoked: '撤销公证书（自始无效，予以公告）',
  corrected: '公证书有其他错误，予以更正',
} as const;
