/**
 * The action forms of the provider's work and the closing (法律援助法 第四十六条、第五十条、第五十二条):
 * 拒绝接受指派, 接受指派, 签订委托协议, 结案, 提交结案材料, 审查结案材料, 发放补贴, 归档 and 备注.
 */
import {
  FILE_GRADES,
  FILE_REVIEW_RESULTS,
  type FileGrade,
  type FileReviewResult,
  type LegalAidActionType,
} from '@core/procedures/legal-aid-vocabulary';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { type ActionForm, written } from './action-kit';
import { FILE_GRADE_EN, FILE_REVIEW_RESULT_EN } from './vocabulary';

export const CASE_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
  'provider-decline': {
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="reason"
        label={tr('拒绝的正当理由（第四十六条）', 'Good reason for declining (art. 46)')}
        rules={written(tr, '正当理由', 'the good reason')}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    ),
    payload: (v) => ({ reason: (v.reason as string).trim() }),
  },
  'accept-assignment': {
    note: (_detail, tr) =>
      tr(
        '接受指派即开始提供法律援助（第四十六条），“五个当天”计入“当天提供援助”。',
        'Accepting the assignment starts the aid (art. 46); it counts as “aid started” in the five same-day.',
      ),
  },
  'sign-agreement': {
    note: (_detail, tr) =>
      tr(
        '与受援人签订委托协议和授权委托书（办理法律援助案件程序规定 第二十七条，指派之日起五日内）。',
        'Sign the agreement and power of attorney with the aided person (procedure rules art. 27, within 5 days of assignment).',
      ),
    fields: (_detail, _values, tr) => (
      <Form.Item name="reason" label={tr('逾期签订的原因（如逾期）', 'Reason for signing late (if late)')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    ),
    payload: (v) => ({ reason: (v.reason as string | undefined)?.trim() || undefined }),
  },
  'close-case': {
    initial: () => ({ endedOn: toDayjs(todayIso()) }),
    note: (_detail, tr) =>
      tr(
        '法律援助人员应当自法律援助案件结案之日起三十日内提交结案材料（第五十条）。',
        'The provider submits the closing file within 30 days of closing the case (art. 50).',
      ),
    fields: (_detail, _values, tr) => (
      <>
        <Form.Item
          name="endedOn"
          label={tr('办结日期', 'Date ended')}
          rules={[{ required: true, message: tr('请选择办结日期', 'Choose the date ended') }]}
        >
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="result"
          label={tr('办理结果', 'Result')}
          rules={[{ required: true, whitespace: true, message: tr('请填写办理结果', 'Enter the result') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={tr(
              '判决、调解、和解、仲裁裁决等',
              'Judgment, mediation, settlement, arbitral award…',
            )}
          />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ endedOn: toIsoDate(v.endedOn as Dayjs), result: (v.result as string).trim() }),
  },
  'submit-file': {
    note: (_detail, tr) =>
      tr(
        '提交结案报告、文书副本和办案记录等结案材料（第五十条）。',
        'Submit the closing report, copies of documents and the case record (art. 50).',
      ),
  },
  'review-file': {
    initial: () => ({ result: 'accepted', grade: 'good' }),
    fields: (_detail, values, tr) => (
      <>
        <Form.Item name="result" label={tr('审查结果', 'Outcome')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(FILE_REVIEW_RESULTS).map(([value, label]) => ({
              value,
              label: tr(label, FILE_REVIEW_RESULT_EN[value as FileReviewResult]),
            }))}
          />
        </Form.Item>
        <Form.Item name="grade" label={tr('质量等级', 'Quality grade')}>
          <Select
            options={Object.entries(FILE_GRADES).map(([value, label]) => ({
              value,
              label: tr(label, FILE_GRADE_EN[value as FileGrade]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={
            values.result === 'returned'
              ? tr('退回补正的理由', 'Reasons for returning the file')
              : tr('审查意见（可选）', 'Review notes (optional)')
          }
          rules={
            values.result === 'returned'
              ? written(tr, '退回补正的理由', 'the reasons for returning the file')
              : []
          }
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </>
    ),
    payload: (v) => ({
      result: v.result,
      grade: v.grade || undefined,
      note: (v.note as string | undefined)?.trim() || undefined,
    }),
  },
  'pay-subsidy': {
    initial: () => ({ taxExempt: true }),
    note: (_detail, tr) =>
      tr(
        '办案补贴免征增值税和个人所得税（第五十二条第三款）。',
        'Case subsidies are exempt from VAT and income tax (art. 52(3)).',
      ),
    fields: (_detail, _values, tr) => (
      <>
        <Form.Item
          name="amountYuan"
          label={tr('补贴金额', 'Subsidy amount')}
          rules={[{ required: true, message: tr('请填写补贴金额', 'Enter the amount') }]}
        >
          <InputNumber min={0} precision={2} addonAfter={tr('元', 'yuan')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="taxExempt" label={tr('免税', 'Tax exempt')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ amountFen: Math.round(Number(v.amountYuan) * 100), taxExempt: Boolean(v.taxExempt) }),
  },
  archive: {
    fields: (_detail, _values, tr) => (
      <Form.Item name="archiveNumber" label={tr('档案号（可选）', 'Archive number (optional)')}>
        <Input maxLength={50} />
      </Form.Item>
    ),
    payload: (v) => ({ archiveNumber: (v.archiveNumber as string | undefined)?.trim() || undefined }),
  },
  comment: {
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="text"
        label={tr('备注', 'Note')}
        rules={[{ required: true, whitespace: true, message: tr('请填写备注', 'Enter the note') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    ),
    payload: (v) => ({ text: (v.text as string).trim() }),
  },
};
