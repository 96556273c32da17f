/**
 * The payloads of the labour-arbitration window's actions (劳动争议调解仲裁法; core/procedures/arbitration.ts),
 * as zod schemas with the Chinese messages staff see. Each claim (仲裁请求) carries what its own
 * limitation needs (第二十七条): the day its party knew of the infringement and, for unpaid wages,
 * whether the labour relation has ended. `limitation` holds what is common to the matter.
 */
import { z } from 'zod';
import { MAX_AWARD_EXTENSION_DAYS } from './arbitration-clocks';
import {
  CLAIM_KINDS,
  type ClaimKind,
  EMPLOYMENT_STATES,
  type EmploymentState,
  INTERRUPTION_KINDS,
  MONETARY_CLAIM_KINDS,
} from './arbitration-rules';
import {
  requiredWhen,
  shownWhen,
  zChoice,
  zCount,
  zDate,
  zFen,
  zFlag,
  zLegacy,
  zList,
  zText,
  zWritten,
} from './payload-kit';

/** A claim or an award item: its kind and, for money, its amount. */
const claimItem = z.object({
  kind: zChoice(Object.keys(CLAIM_KINDS) as [ClaimKind], '请求类型'),
  amountFen: requiredWhen(zFen('请求金额').optional(), 'kind', MONETARY_CLAIM_KINDS),
});

/** 第二十七条, per claim: its own knew-on day (else the matter's) and, for wages, the labour relation. */
const appliedClaim = claimItem.extend({
  knewOn: zDate('知道或者应当知道权利被侵害之日').optional(),
  employment: shownWhen(
    zChoice(Object.keys(EMPLOYMENT_STATES) as [EmploymentState], '劳动关系是否已经终止').optional(),
    'kind',
    ['wages'],
  ),
  endedOn: shownWhen(zDate('劳动关系终止日期').optional(), 'employment', ['ended']),
});

export const ARBITRATION_PAYLOADS = {
  apply: z.object({
    disputeKind: zChoice(['labour'], '仲裁类型（目前受理劳动争议仲裁）'),
    receivedOn: zDate('收到仲裁申请的日期', { notAfter: 'today' }),
    form: zChoice(['written', 'oral'], '申请方式'),
    oralRecord: zWritten('口头申请笔录').optional(),
    applicantSide: zChoice(['worker', 'employer'], '申请人身份'),
    applicantName: zText('申请人', 100),
    respondentName: zText('被申请人', 200),
    claims: zList(appliedClaim, '仲裁请求', 30),
    /** What is common to the claims: their default knew-on day, interruptions and suspensions. */
    limitation: z
      .object({
        knewOn: zDate('各项请求共同的知道或者应当知道权利被侵害之日').optional(),
        interruptions: z
          .array(
            z.object({
              on: zDate('时效中断日期'),
              kind: zChoice(
                Object.keys(INTERRUPTION_KINDS) as [keyof typeof INTERRUPTION_KINDS],
                '时效中断事由',
              ),
            }),
          )
          .optional(),
        suspensions: z
          .array(z.object({ from: zDate('时效中止开始日期'), to: zDate('中止事由消除日期') }))
          .optional(),
        /** Before claims carried their own wage rule: one for every wage claim (old logs replay). */
        wageArrears: zLegacy(
          z
            .object({
              employmentEnded: zFlag('劳动关系是否已经终止'),
              endedOn: zDate('劳动关系终止日期').optional(),
            })
            .optional(),
        ),
      })
      .optional(),
  }),
  accept: z.object({
    /** Needed only past the five days of 第二十九条, which the server's clock decides: the label says so. */
    lateReason: zWritten('逾期受理的原因（逾期受理时填写）').optional(),
    limitationNote: zWritten('超过仲裁时效仍予受理的说明').optional(),
  }),
  refuse: z.object({
    ground: zChoice(
      [
        'not-labour-dispute',
        'no-jurisdiction',
        'respondent-unclear',
        'no-specific-claim',
        'duplicate',
        'other',
      ],
      '不予受理的原因',
    ),
    reasons: zWritten('不予受理的理由'),
  }),
  'serve-respondent': z.object({ servedOn: zDate('送达仲裁申请书副本的日期', { notAfter: 'today' }) }),
  'notify-tribunal': z.object({
    arbitrators: zList(zText('仲裁员', 50), '仲裁员', 3),
    notifiedOn: zDate('书面通知仲裁庭组成的日期', { notAfter: 'today' }),
  }),
  'schedule-hearing': z.object({
    hearingOn: zDate('开庭日期'),
    notifiedOn: zDate('书面通知开庭的日期', { notAfter: 'today' }),
  }),
  extend: z.object({
    days: zCount('延长天数', 1, MAX_AWARD_EXTENSION_DAYS),
    approvedBy: zText('批准延期的仲裁委员会主任', 50),
    reason: zWritten('案情复杂需要延期的理由'),
    partiesNotified: z.literal(true, { error: '延期应当书面通知当事人' }),
  }),
  mediate: z.object({
    signedOn: zDate('双方当事人签收调解书的日期', { notAfter: 'today' }),
    documentNumber: zText('调解书编号', 50),
  }),
  'issue-award': z.object({
    items: zList(claimItem, '裁决事项', 30),
    monthlyMinimumWageFen: zFen('当地月最低工资标准').optional(),
    servedOn: zDate('裁决书送达日期').optional(),
    mediationAttempted: zFlag('裁决前是否已先行调解'),
    lateReason: zWritten('逾期裁决的原因').optional(),
  }),
  withdraw: z.object({
    reason: zChoice(['settled', 'applicant-request', 'absent-without-cause'], '撤回原因'),
    note: zText('说明').optional(),
  }),
  'record-lawsuit': z.object({
    filedOn: zDate('起诉或者申请撤销的日期', { notAfter: 'today' }),
    by: zChoice(['worker', 'employer'], '起诉方'),
    kind: zChoice(['suit', 'set-aside'], '起诉或者申请撤销裁决'),
    court: zText('人民法院', 100),
  }),
  'record-effective': z.object({ note: zText('说明').optional() }),
};

export type ArbitrationPayload<T extends keyof typeof ARBITRATION_PAYLOADS> = z.output<
  (typeof ARBITRATION_PAYLOADS)[T]
>;
