/** The payload of each aid-qualification action (zod 4, Chinese messages): the register's forms. */
import { z } from 'zod';
import {
  PROVIDER_KINDS,
  type ProviderKind,
  QUALIFICATIONS,
  type Qualification,
  SANCTION_GROUNDS,
  SERVICE_FORMS,
  type ServiceForm,
} from './aid-qualification-vocabulary';
import { zChoice, zCount, zDate, zList, zText, zWritten } from './payload-kit';

const scope = zList(
  zChoice(Object.keys(SERVICE_FORMS) as [ServiceForm], '可提供的法律援助形式'),
  '可提供的法律援助形式',
  8,
);
const years = (label: string) => zCount(label, 0, 70);

export const aidQualificationSchemas = {
  apply: z.object({
    providerKind: zChoice(Object.keys(PROVIDER_KINDS) as [ProviderKind], '人员类别'),
    name: zText('姓名', 50),
    organisation: zText('所在单位（律师事务所、基层法律服务所、高校等）', 200),
    qualification: zChoice(Object.keys(QUALIFICATIONS) as [Qualification], '资格'),
    licenceNumber: zText('执业证号', 30).optional(),
    practiceYears: years('执业年限'),
    criminalDefenceYears: years('刑事辩护执业年限'),
    serviceScope: scope,
  }),
  approve: z.object({ note: zText('备注').optional() }),
  reject: z.object({ reasons: zWritten('不予入库的理由') }),
  'update-qualification': z.object({
    organisation: zText('所在单位', 200).optional(),
    qualification: zChoice(Object.keys(QUALIFICATIONS) as [Qualification], '资格').optional(),
    licenceNumber: zText('执业证号', 30).optional(),
    practiceYears: years('执业年限').optional(),
    criminalDefenceYears: years('刑事辩护执业年限').optional(),
    serviceScope: scope.optional(),
  }),
  'annual-check': z.object({
    year: zCount('复核年度', 2000, 9999),
    result: zChoice(['pass', 'basic-pass', 'fail'], '复核结果'),
    casesHandled: zCount('年度办理法律援助案件数', 0, 100_000),
    complaintsUpheld: zCount('查实的投诉数', 0, 100_000),
    note: zWritten('复核意见').optional(),
  }),
  sanction: z.object({
    kind: zChoice(['warning', 'suspension', 'removal'], '处理措施'),
    ground: zChoice(Object.keys(SANCTION_GROUNDS) as [keyof typeof SANCTION_GROUNDS], '违法情形'),
    decisionNumber: zText('处理决定书文号', 50),
    until: zDate('暂停指派截止日期', { notBefore: 'tomorrow' }).optional(),
    reasons: zWritten('处理理由'),
  }),
  reinstate: z.object({ note: zWritten('恢复指派的理由（整改情况）') }),
  remove: z.object({
    reason: zChoice(['licence-revoked', 'left-practice', 'death', 'other'], '移出名册的原因'),
    note: zWritten('移出名册的说明'),
  }),
  withdraw: z.object({ reason: zText('退出原因', 500) }),
};
