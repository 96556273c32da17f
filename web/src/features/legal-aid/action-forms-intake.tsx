/**
 * The action forms from acceptance to review (法律援助法 第四十三条): 受理, 一次性告知补充材料, 收到补充材料,
 * 视为撤回申请 and 审查.
 */
import { type LegalAidActionType, MIN_WRITTEN_REASON_LENGTH } from '@core/procedures/legal-aid-vocabulary';
import { Alert, DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import { addDays, type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { citationText } from '../laws/citation-text';
import {
  type ActionForm,
  CommitmentUnsigned,
  reviewDeparts,
  reviewVerdictOf,
  type Tr,
  verdictText,
  written,
} from './action-kit';
import type { MatterDetail } from './types';

/** Materials often missing: the value (Chinese) goes into the notice to the applicant. */
const COMMON_MATERIALS = [
  ['劳动合同或工资条等劳动关系证明', 'Proof of employment (contract, payslips)'],
  ['欠薪证明或工资支付记录', 'Proof of unpaid wages or wage payment records'],
  ['户口簿或居住证复印件', 'Copy of the household register or residence permit'],
  ['相关判决书、裁决书', 'Related judgments or awards'],
  ['经济困难状况证明材料', 'Proof of economic hardship'],
] as const;

/** The articles the eligibility check rests on, each once. */
function articlesOf(detail: MatterDetail, tr: Tr): string {
  const articles = (detail.eligibility?.reasons ?? [])
    .map((r) => r.article)
    .filter((a, i, all) => all.indexOf(a) === i);
  return tr(articles.join('；'), articles.map((a) => citationText(a, 'en-US')).join('; '));
}

export const INTAKE_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
  accept: {
    note: (_detail, tr) =>
      tr(
        '确认收到申请材料，予以受理。受理之日起七日内作出是否给予法律援助的决定（第四十三条）。',
        'Confirm receipt of the application and accept it. The decision on aid is due within 7 days (art. 43).',
      ),
  },
  'request-materials': {
    note: (_detail, tr) =>
      tr(
        '材料不齐全的，应当一次性告知申请人需要补充的全部材料；逾期未补充的，视为撤回申请（第四十三条第二款）。',
        'If materials are missing, tell the applicant everything needed in one notice; if not supplied in time, the application is deemed withdrawn (art. 43(2)).',
      ),
    initial: () => ({ dueDate: toDayjs(addDays(todayIso(), 7)) }),
    fields: (_detail, _values, tr) => (
      <>
        <Form.Item
          name="items"
          label={tr('需补充的材料（全部列明）', 'Materials needed (list all)')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: tr('请列明需要补充的材料', 'List the materials needed'),
            },
          ]}
        >
          <Select
            mode="tags"
            placeholder={tr('输入后回车，可多项', 'Type and press Enter; several allowed')}
            options={COMMON_MATERIALS.map(([zh, en]) => ({ value: zh, label: tr(zh, en) }))}
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={tr('补充期限', 'Due date')}
          rules={[{ required: true, message: tr('请选择补充期限', 'Choose the due date') }]}
        >
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') <= todayIso()} style={{ width: '100%' }} />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ items: v.items, dueDate: toIsoDate(v.dueDate as Dayjs) }),
  },
  'materials-received': {
    note: (_detail, tr) =>
      tr('申请人已按告知补齐材料，恢复审查。', 'The applicant supplied the materials; the review resumes.'),
  },
  'deem-withdrawn': {
    note: (_detail, tr) =>
      tr(
        '申请人逾期未补充材料，视为撤回申请（第四十三条第二款）。',
        'The applicant did not supply the materials in time; the application is deemed withdrawn (art. 43(2)).',
      ),
  },
  review: {
    initial: (detail) => ({
      recommendation: reviewVerdictOf(detail) === 'ineligible' ? 'refuse' : 'grant',
      simpleCase: detail.flags.simpleCase,
    }),
    note: (detail, tr) => (
      <Alert
        type={
          reviewVerdictOf(detail) === 'eligible'
            ? 'success'
            : reviewVerdictOf(detail) === 'ineligible'
              ? 'error'
              : 'warning'
        }
        showIcon
        message={tr(
          `资格审查结果：${verdictText(detail, tr)}`,
          `Eligibility check: ${verdictText(detail, tr)}`,
        )}
        description={articlesOf(detail, tr)}
      />
    ),
    fields: (detail, values, tr) => (
      <>
        <CommitmentUnsigned detail={detail} tr={tr} />
        <Form.Item
          name="recommendation"
          label={tr('审查意见', 'Review opinion')}
          rules={[{ required: true }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'grant', label: tr('建议给予法律援助', 'Recommend granting aid') },
              { value: 'refuse', label: tr('建议不予法律援助', 'Recommend refusing aid') },
            ]}
          />
        </Form.Item>
        {reviewDeparts(detail, values.recommendation) ? (
          <Form.Item
            name="overrideReason"
            label={tr('与资格审查结果不一致的理由', 'Why this departs from the eligibility check')}
            rules={written(tr, '理由', 'the reasons')}
            extra={tr(
              `不少于${MIN_WRITTEN_REASON_LENGTH}个字`,
              `At least ${MIN_WRITTEN_REASON_LENGTH} characters`,
            )}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
        <Form.Item name="opinion" label={tr('审查意见说明（可选）', 'Opinion notes (optional)')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="simpleCase" label={tr('按简易程序办理', 'Simple procedure')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    ),
    payload: (v, detail) => ({
      eligibility: detail.eligibility,
      recommendation: v.recommendation,
      opinion: (v.opinion as string | undefined)?.trim() || undefined,
      overrideReason: reviewDeparts(detail, v.recommendation)
        ? (v.overrideReason as string | undefined)?.trim()
        : undefined,
      simpleCase: v.simpleCase,
    }),
  },
};
