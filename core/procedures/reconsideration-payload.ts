/**
 * The payloads of the administrative-reconsideration window's actions (行政复议法 2023;
 * core/procedures/reconsideration.ts), as zod schemas with the Chinese messages staff see.
 */
import { z } from 'zod';
import {
  neededWhen,
  shownWhen,
  zChoice,
  zCount,
  zDate,
  zFen,
  zFlag,
  zList,
  zText,
  zWritten,
} from './payload-kit';
import {
  DECISION_OUTCOMES,
  type DecisionOutcome,
  SIMPLE_PROCEDURE_GROUNDS,
  type SimpleProcedureGround,
} from './reconsideration-rules';

/** 第六十二条第一款: the ordinary period may be extended by at most 30 days. */
export const MAX_DECISION_EXTENSION_DAYS = 30;

const criteria = (label: string) => zList(zCount(label, 1, 7), label, 7);

export const RECONSIDERATION_PAYLOADS = {
  apply: z.object({
    receivedOn: zDate('收到申请的日期', { notAfter: 'today' }),
    form: zChoice(['written', 'oral', 'online', 'mail'], '申请方式'),
    oralRecord: zWritten('口头申请笔录').optional(),
    applicantName: zText('申请人', 100),
    respondentAgency: zText('被申请人', 200),
    actDescription: zText('被申请行政复议的行政行为', 500),
    actDate: zDate('行政行为作出日期'),
    knewActOn: zDate('知道或者应当知道行政行为之日'),
    rightsNotified: zFlag('行政机关是否告知了申请复议的权利、机关和期限'),
    learnedRightsOn: zDate('知道申请复议的权利、机关和期限之日').optional(),
    immovable: zFlag('是否因不动产提出'),
    statutoryPeriodDays: zCount('法律规定的更长申请期限（日）', 61, 36_600).optional(),
    obstacles: z
      .array(z.object({ from: zDate('耽误开始日期'), to: zDate('障碍消除日期'), reason: zText('正当理由') }))
      .optional(),
    amountFen: zFen('涉及款额').optional(),
  }),
  accept: z.object({
    procedure: zChoice(['ordinary', 'simple'], '审理程序'),
    /** 第五十三条: the simple procedure's ground, needed (and shown) only when it is chosen. */
    simpleGround: neededWhen(
      zChoice(
        Object.keys(SIMPLE_PROCEDURE_GROUNDS) as [SimpleProcedureGround],
        '适用简易程序的情形',
      ).optional(),
      'procedure',
      ['simple'],
    ),
    clearFacts: shownWhen(zFlag('是否事实清楚、权利义务关系明确、争议不大').optional(), 'procedure', [
      'simple',
    ]),
  }),
  'deem-accepted': z.object({}),
  refuse: z.object({
    failedCriteria: criteria('不符合的受理条件（第三十条第一款）'),
    reasons: zWritten('不予受理的理由'),
    competentOrgan: zText('有管辖权的行政复议机关', 200).optional(),
  }),
  'request-supplement': z.object({
    items: zList(zText('需补正的事项'), '需补正的事项'),
    noticeReceivedOn: zDate('申请人收到补正通知的日期', { notAfter: 'today' }).optional(),
  }),
  'extend-supplement': z.object({
    workingDays: zCount('延长的补正期限（工作日）', 1, 60),
    reason: zWritten('不能按期补正的正当理由'),
  }),
  'receive-supplement': z.object({ receivedOn: zDate('收到补正材料的日期', { notAfter: 'today' }) }),
  'deem-abandoned': z.object({}),
  'send-copy': z.object({ sentOn: zDate('发送申请书副本的日期', { notAfter: 'today' }) }),
  'receive-answer': z.object({ receivedOn: zDate('收到书面答复的日期', { notAfter: 'today' }) }),
  'hear-opinions': z.object({
    method: zChoice(['in-person', 'online', 'phone', 'written'], '听取意见的方式'),
    record: zText('听取意见的记录', 5000),
    writtenReason: zWritten('因当事人原因不能听取意见的情况').optional(),
  }),
  'convert-to-ordinary': z.object({
    approvedBy: zText('批准的行政复议机构负责人', 50),
    reason: zWritten('不宜适用简易程序的理由'),
  }),
  extend: z.object({
    days: zCount('延长天数', 1, MAX_DECISION_EXTENSION_DAYS),
    approvedBy: zText('批准延长的行政复议机构负责人', 50),
    reason: zWritten('情况复杂需要延长的理由'),
    partiesNotified: z.literal(true, { error: '延长期限应当书面告知当事人' }),
  }),
  suspend: z.object({
    ground: zCount('中止的情形（第三十九条第一款）', 1, 10),
    reason: zWritten('中止的理由'),
    partiesNotified: z.literal(true, { error: '中止应当书面告知当事人' }),
  }),
  resume: z.object({ partiesNotified: z.literal(true, { error: '恢复审理应当书面告知当事人' }) }),
  decide: z.object({
    outcome: zChoice(Object.keys(DECISION_OUTCOMES) as [DecisionOutcome], '行政复议决定'),
    documentNumber: zText('行政复议决定书文号', 50),
    lateReason: zWritten('逾期作出决定的原因').optional(),
  }),
  mediate: z.object({
    documentNumber: zText('行政复议调解书文号', 50),
    signedByAll: z.literal(true, { error: '调解书经各方当事人签字或者签章后方具有法律效力' }),
  }),
  dismiss: z.object({
    failedCriteria: criteria('不符合的受理条件（第三十条第一款）'),
    reasons: zWritten('驳回申请的理由'),
  }),
  terminate: z.object({ ground: zCount('终止的情形（第四十一条）', 1, 5), reasons: zWritten('终止的理由') }),
};

export type ReconsiderationPayload<T extends keyof typeof RECONSIDERATION_PAYLOADS> = z.output<
  (typeof RECONSIDERATION_PAYLOADS)[T]
>;
