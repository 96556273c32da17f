/**
 * Notarization (公证): its statuses and actions and the payload of each action (zod 4, Chinese
 * messages). The procedure itself is notarization.ts.
 */
import { z } from 'zod';
import { FEE_RELIEF_CODES } from './fee';
import {
  NOTARIAL_DECLINE_REASONS,
  NOTARIAL_MATERIAL_CODES,
  NOTARIAL_MATTER_TYPE_CODES,
} from './notarization-vocabulary';
import {
  neededWhen,
  shownWhen,
  zAccount,
  zChoice,
  zCount,
  zDate,
  zFen,
  zFlag,
  zList,
  zText,
  zWritten,
} from './payload-kit';

export const NOTARIZATION_STATUSES = [
  'booked',
  'applied',
  'accepted',
  'paused',
  'issued',
  'review-requested',
  'correcting',
  'refused',
  'declined',
  'withdrawn',
  'cancelled',
  'revoked',
] as const;
export type NotarizationStatus = (typeof NOTARIZATION_STATUSES)[number];

export const NOTARIZATION_ACTIONS = [
  'apply',
  'arrive',
  'cancel-appointment',
  'record-materials',
  'accept',
  'record-explanation',
  'assess-fee',
  'pay-fee',
  'pause',
  'resume',
  'issue-certificate',
  'refuse',
  'decline',
  'withdraw',
  'request-review',
  'decide-review',
  'issue-correction',
] as const;
export type NotarizationAction = (typeof NOTARIZATION_ACTIONS)[number];

export const notarizationSchemas = {
  apply: z.object({
    channel: zChoice(['walk-in', 'appointment', 'online'], '申请方式'),
    appointmentDate: shownWhen(zDate('预约日期', { notBefore: 'today' }).optional(), 'channel', [
      'appointment',
    ]),
    matterType: zChoice(NOTARIAL_MATTER_TYPE_CODES, '公证事项'),
    applicantName: zText('申请人姓名', 100),
    byAgent: zFlag('是否委托他人代办'),
    agentName: neededWhen(zText('代理人姓名', 100).optional(), 'byAgent', [true]),
    involvesImmovable: zFlag('是否涉及不动产'),
    immovableInJurisdiction: shownWhen(
      zFlag('不动产是否在本公证机构所在地').optional(),
      'involvesImmovable',
      [true],
    ),
    legalAidEligible: zFlag('是否符合法律援助条件'),
    aidEligibilityBasis: neededWhen(zText('符合法律援助条件的依据', 200).optional(), 'legalAidEligible', [
      true,
    ]),
    purpose: zText('公证书用途', 200).optional(),
  }),
  arrive: z.object({ note: zText('备注').optional() }),
  'cancel-appointment': z.object({ reason: zText('取消原因').optional() }),
  'record-materials': z.object({ items: zList(zChoice(NOTARIAL_MATERIAL_CODES, '材料'), '收到的材料') }),
  /** 公证法 第二十八条: the notary who handles it, picked among the notaries' accounts (name copied). */
  accept: z.object({
    notaryUserId: zAccount('承办公证员', 'notary', 'notaryName').optional(),
    notaryName: zText('公证员姓名', 100),
  }),
  'record-explanation': z.object({
    content: zWritten('告知的法律意义和可能产生的法律后果'),
    acknowledgedBy: zText('确认已被告知的当事人', 100),
  }),
  'assess-fee': z.object({
    relief: zChoice(FEE_RELIEF_CODES, '是否减免公证费'),
    standardFeeFen: zFen('收费标准').optional(),
    payableFen: zFen('应收金额').optional(),
    note: zText('备注').optional(),
  }),
  'pay-fee': z.object({ amountFen: zFen('缴费金额'), receiptNumber: zText('票据号', 50).optional() }),
  pause: z.object({
    reason: zChoice(['supplement', 'verification', 'force-majeure'], '暂停计时的原因'),
    items: zList(zText('需补充的材料'), '需补充的材料').optional(),
    note: zText('说明').optional(),
  }),
  resume: z.object({ note: zText('备注').optional() }),
  'issue-certificate': z.object({
    certificateNumber: zText('公证书编号', 50),
    mongolianText: zFlag('是否制作蒙古文文本').optional(),
    lateReason: zWritten('逾期出具的原因').optional(),
  }),
  refuse: z.object({
    grounds: zList(zCount('不予办理的情形', 1, 9), '不予办理的情形（第三十一条）'),
    reasons: zWritten('不予办理的理由'),
    refundFen: zFen('退还的公证费'),
  }),
  decline: z.object({
    reason: zChoice(
      Object.keys(NOTARIAL_DECLINE_REASONS) as [keyof typeof NOTARIAL_DECLINE_REASONS],
      '不予受理的原因',
    ),
    explanation: zWritten('不予受理的理由'),
  }),
  withdraw: z.object({ reason: zText('撤回原因').optional(), refundFen: zFen('退还的公证费').optional() }),
  'request-review': z.object({
    requester: zChoice(['party', 'interested-person'], '申请人身份'),
    certificateReceivedOn: zDate('收到公证书的日期', { notAfter: 'today' }).optional(),
    learnedOn: zDate('知道公证书的日期', { notAfter: 'today' }).optional(),
    grounds: zWritten('申请复查的理由'),
  }),
  'decide-review': z.object({
    outcome: zChoice(['upheld', 'revoked', 'corrected'], '复查结论'),
    reasons: zWritten('复查决定的理由'),
    announcement: zText('撤销公告', 500).optional(),
  }),
  'issue-correction': z.object({ correctedCertificateNumber: zText('更正后的公证书编号', 50) }),
};
