import { type Locale, type MessagePairs, pairText, useMessages, type Vars } from '../../app/i18n';

/**
 * The intake form's strings (申请受理: the form, its sections, the live eligibility panel, the ID field, the
 * signature pad and the commitment card), zh-CN first. The commitment's own clauses stay Chinese (the
 * citizen signs them: commitment-card.tsx CommitmentText).
 */
const MESSAGES = {
  // page
  title: ['法律援助申请受理', 'Legal aid application intake'],
  subtitle: [
    '依据《中华人民共和国法律援助法》第三十八条至第四十四条，窗口当场登记、当场预审',
    'Registered and pre-checked at the window under arts. 38 to 44 of the Legal Aid Law of the PRC',
  ],
  backToList: ['返回案件列表', 'Back to cases'],
  fromTicket: ['来自排队号 ', 'From ticket '],
  fromTicketApplicant: ['，申请人 ', ', applicant '],
  fromTicketLinked: [
    '：登记后该号与本申请关联。',
    ': the ticket is linked to this application once registered.',
  ],
  fromConsultation: ['由法律咨询 ', 'Referred from consultation '],
  fromConsultationHint: [
    ' 转介：申请人与案情已带入，请核对补充。',
    ': the applicant and the facts are filled in; check and complete them.',
  ],
  registered: ['申请已登记', 'Application registered'],
  registeredNumber: ['申请已登记：{number}', 'Application registered: {number}'],
  commitmentNotSaved: [
    '申请已登记，但告知承诺书未能保存：{error}，请在详情页重新签署',
    'Application registered, but the commitment letter was not saved: {error}. Sign it again on the case page',
  ],
  windowChannel: ['窗口申请', 'At the window'],
  submitHint: ['提交后生成申请登记，进入受理环节', 'Submitting registers the application for acceptance'],
  clear: ['清空', 'Clear'],
  submit: ['提交申请', 'Submit application'],
  // 1 applicant
  applicant: ['申请人', 'Applicant'],
  name: ['姓名', 'Name'],
  nameRequired: ['请填写申请人姓名', "Enter the applicant's name"],
  pickPerson: ['选用已登记人员', 'Choose a registered person'],
  pickPersonPlaceholder: [
    '选用已登记人员：姓名、拼音、身份证号或电话',
    'Choose a registered person: name, pinyin, ID number or phone',
  ],
  noPersonFound: ['未找到，请在下方填写', 'No one found: fill in the fields below'],
  pickedPerson: ['已选用登记人员：', 'Registered person: '],
  pickedHint: [
    '申请将关联该人员，公民身份号码和联系方式以登记信息为准。',
    'The application is linked to this person, with the ID number and contacts on record.',
  ],
  noIdOnRecord: [
    '申请将关联该人员；其未登记公民身份号码，请在下方填写，提交后补入人员信息。',
    'The application is linked to this person. No ID number is on record: enter it below, and it is added to the record.',
  ],
  unlinkPerson: ['改为手工填写', 'Type the applicant instead'],
  idNumber: ['公民身份号码', 'Resident ID number'],
  phone: ['联系电话', 'Phone'],
  address: ['住址', 'Address'],
  // 2 agent
  agent: ['代理人', 'Agent'],
  agentHint: [
    '无民事行为能力人或限制民事行为能力人由法定代理人代为申请（第四十条）',
    'A person without or with limited civil capacity applies through a legal representative (art. 40)',
  ],
  hasAgent: ['有代理人', 'With agent'],
  noAgent: ['无代理人', 'No agent'],
  agentRelation: ['代理人身份', 'Agent is'],
  agentName: ['代理人姓名', "Agent's name"],
  agentNameRequired: ['请填写代理人姓名', "Enter the agent's name"],
  agentPhone: ['代理人电话', "Agent's phone"],
  agentIdNumber: ['代理人公民身份号码', "Agent's resident ID number"],
  selfApplies: [
    '申请人本人申请。如由法定代理人或近亲属代为申请，请打开右上角开关。',
    'The applicant applies in person. If a legal representative or close relative applies for them, turn on the switch at the top right.',
  ],
  // 3 opposing party
  opposingParty: ['对方当事人', 'Opposing party'],
  opposingKind: ['类型', 'Type'],
  person: ['个人', 'Person'],
  organisation: ['单位', 'Organisation'],
  opposingName: ['名称或姓名', 'Name of person or organisation'],
  opposingNamePlaceholder: ['用于利益冲突审查', 'Used for the conflict-of-interest check'],
  opposingId: ['证件号码（可选）', 'ID or credit code (optional)'],
  opposingIdPlaceholder: ['身份证号或统一社会信用代码', 'Resident ID number or unified social credit code'],
  // 4 case
  facts: ['案情', 'Case'],
  caseKind: ['案件类别', 'Case kind'],
  caseKindRequired: ['请选择案件类别', 'Choose the case kind'],
  mandatory: ['应当通知辩护的情形（第二十五条）', 'Mandatory defence (art. 25)'],
  mandatoryHint: [
    '属于下列情形的，办案机关应当通知法律援助机构指派律师，无需审查经济困难状况；不属于的，按申请审查（第二十四条）。',
    'In these cases the case organ must notify the agency to assign a lawyer, with no means test; otherwise the application is reviewed (art. 24).',
  ],
  mandatoryNone: ['不属于应当通知辩护的情形', 'Not a mandatory defence case'],
  matter: ['申请事项（第三十一条）', 'Matter (art. 31)'],
  matterRequired: ['请选择申请事项', 'Choose the matter'],
  matterOther: ['其他事项', 'Other matter'],
  matterOtherRequired: ['请填写申请事项', 'Enter the matter'],
  matterOtherPlaceholder: ['请写明事项及依据', 'State the matter and its legal basis'],
  circumstances: [
    '不受经济困难条件限制的情形（第三十二条）',
    'Circumstances free of the means test (art. 32)',
  ],
  exemptions: ['免予核查经济困难状况（第四十二条）', 'Exempt from the means test (art. 42)'],
  priorityGroups: ['重点群体', 'Priority groups'],
  priorityGroupsPlaceholder: [
    '老年人、残疾人、农民工等优先办理',
    'The elderly, persons with disabilities, migrant workers and others go first',
  ],
  factsSummary: ['案情摘要', 'Summary of facts'],
  factsRequired: ['请简要记录案情', 'Summarise the facts'],
  factsPlaceholder: [
    '时间、地点、经过、诉求，以及已采取的维权措施',
    'When, where, what happened, what is claimed, and steps already taken',
  ],
  // 5 hardship
  hardship: ['家庭经济状况', 'Household finances'],
  hardshipArticles: ['第三十四条、第四十一条', 'arts. 34, 41'],
  householdSize: ['家庭人口数', 'Household size'],
  householdSizeInvalid: ['家庭人口数应为正整数', 'The household size must be a positive whole number'],
  persons: ['人', 'persons'],
  householdIncome: ['家庭月收入合计', 'Household monthly income'],
  householdIncomeInvalid: [
    '家庭月收入应为不小于零的金额',
    'The household monthly income must be an amount of at least zero',
  ],
  yuanPerMonth: ['元/月', 'yuan/month'],
  hardshipMethod: ['核查方式', 'How hardship is checked'],
  commitmentSign: ['告知承诺书 · 申请人签名', "Commitment letter · applicant's signature"],
  signLater: [
    '也可先登记，稍后在案件详情页打印承诺书并签署或上传扫描件。',
    'You may also register now and later print the letter on the case page to sign, or upload a signed scan.',
  ],
  // 6 procedure
  procedure: ['办理方式与期限', 'Procedure and time limits'],
  simpleCase: ['简易案件', 'Simple case'],
  simpleCaseHint: [
    '事实清楚、材料齐全的，按“五个当天”当日受理、审批、指派',
    'Clear facts and complete materials: accepted, approved and assigned the same day (five same-day)',
  ],
  simple: ['简易', 'Simple'],
  ordinary: ['一般', 'Ordinary'],
  limitationDue: [
    '诉讼时效或起诉、仲裁、复议期限届满日',
    'Expiry of the limitation period or the deadline to sue, arbitrate or seek reconsideration',
  ],
  limitationDueHint: [
    '不足七日的，可先行提供法律援助（第四十四条）',
    'Fewer than seven days left: aid may be given in advance (art. 44)',
  ],
  limitationDuePlaceholder: ['如有，请选择届满日', 'If any, choose the expiry date'],
  limitationExpired: ['法定时效或期限已届满', 'The limitation period or deadline has expired'],
  limitationExpiredHint: [
    '届满日 {date} 已过，请核实期限。',
    'The expiry date {date} has passed; check the deadline.',
  ],
  advanceAidDays: [
    '距时效或期限届满仅剩 {days} 日',
    'Only {days} days until the limitation period or deadline expires',
  ],
  advanceAidHint: [
    '可先行提供法律援助（法律援助法 第四十四条第一项：{ground}），受理后由中心主任决定。',
    'Aid may be given in advance (Legal Aid Law art. 44 item 1: {ground}); the director decides after acceptance.',
  ],
  // resident ID field
  idRequired: ['请填写公民身份号码', 'Enter the resident ID number'],
  idPlaceholder: ['18位公民身份号码', '18-character resident ID number'],
  born: ['出生日期 {date}', 'Born {date}'],
  male: ['男', 'Male'],
  female: ['女', 'Female'],
  age: ['{age} 岁', 'Age {age}'],
  // eligibility panel
  precheck: ['资格预审', 'Eligibility pre-check'],
  live: ['实时', 'Live'],
  eligibleHint: ['可受理并提交审查', 'Can be accepted and sent for review'],
  ineligibleHint: [
    '如仍申请，应当依法作出不予法律援助决定并告知理由',
    'If the applicant insists, a refusal decision with reasons must be made',
  ],
  incompleteHint: ['请补齐下列信息后再判断', 'Complete the information below first'],
  offline: [
    '暂未连接服务器，以下为本机按《法律援助法》预判的结果，未比对经济困难标准。',
    'No connection to the server: this is a local check under the Legal Aid Law, without the hardship standard.',
  ],
  hardshipStatus: ['经济困难状况', 'Economic hardship'],
  perCapitaIncome: ['家庭人均月收入', 'Monthly income per person'],
  hardshipStandard: ['经济困难标准', 'Hardship standard'],
  hardshipStandardTip: [
    '法律援助法 第三十四条：经济困难的标准由省、自治区、直辖市人民政府确定',
    'Legal Aid Law art. 34: the hardship standard is set by the provincial government',
  ],
  perPersonMonth: ['/人·月', ' per person a month'],
  sample: ['示例', 'Sample'],
  notObtained: ['未取得', 'Not available'],
  standardNote: [
    '{basis} · 区划 {region} · 自 {from} 起施行',
    '{basis} · division {region} · in force from {from}',
  ],
  basisDibao: ['最低生活保障标准', 'Minimum living allowance'],
  basisLowIncome: ['低收入人口认定标准', 'Low-income household threshold'],
  basisMinimumWage: ['最低工资标准', 'Minimum wage'],
  basisOther: ['其他标准', 'Other standard'],
  seniorLawyer: [
    '应指派三年以上相关执业经历律师（第二十六条）',
    'Assign a lawyer with 3+ years of relevant practice (art. 26)',
  ],
  grounds: ['审查依据', 'Grounds'],
  missing: ['尚缺信息（{n}）', 'Still missing ({n})'],
  // signature pad
  signed: ['已签名', 'Signed'],
  signHere: ['请申请人在框内手写签名', 'The applicant signs in the box'],
  signAgain: ['清除重签', 'Clear and sign again'],
  signaturePad: ['签名板：请在此处手写签名', 'Signature pad: sign here by hand'],
  // commitment card (detail page)
  commitmentDone: ['告知承诺书已签署存档', 'Commitment letter signed and filed'],
  commitmentOnFile: [
    '告知承诺书已签署并存档，作为经济困难状况的证明（法律援助法 第四十一条）。',
    'The commitment letter is signed and filed as proof of economic hardship (Legal Aid Law art. 41).',
  ],
  download: ['下载', 'Download'],
  signFirst: ['请申请人先在签名板上签名', 'The applicant must sign on the pad first'],
  scanFirst: ['请先选择已签字的告知承诺书扫描件', 'Choose the scan of the signed commitment letter first'],
  signCommitment: ['签署告知承诺书', 'Sign the commitment letter'],
  downloadCommitment: ['下载告知承诺书', 'Download the commitment letter'],
  print: ['打印', 'Print'],
  signOnScreen: ['屏幕签名', 'Sign on screen'],
  uploadScan: ['上传扫描件', 'Upload a scan'],
  scanTypes: ['仅支持 PNG、JPEG 图片或 PDF 文件', 'Only PNG or JPEG images or PDF files'],
  scanTooLarge: ['文件不能超过 5 MB', 'The file must not exceed 5 MB'],
  scanDrop: ['点击或拖入已签字的告知承诺书', 'Click or drop the signed commitment letter here'],
  scanHint: ['PNG、JPEG 或 PDF，不超过 5 MB', 'PNG, JPEG or PDF, up to 5 MB'],
  commitmentFiled: [
    '签署后存入案卷，作为经济困难状况的证明材料。',
    'Once signed it is filed with the case as proof of economic hardship.',
  ],
  submitCommitment: ['提交告知承诺书', 'Submit the commitment letter'],
  readFailed: ['读取文件失败', 'Could not read the file'],
} as const satisfies MessagePairs;

export type IntakeMessage = keyof typeof MESSAGES;

export function useIntakeMessages(): (key: IntakeMessage, vars?: Vars) => string {
  return useMessages(MESSAGES);
}

/** A string in a given locale, for components that do not follow the console's (the signature pad). */
export function intakeText(locale: Locale, key: IntakeMessage, vars?: Vars): string {
  return pairText(locale, MESSAGES[key], vars);
}
