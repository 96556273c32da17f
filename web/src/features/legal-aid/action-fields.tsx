/**
 * The form of each legal-aid action (core LegalAidAction payloads) and how its values become the
 * payload. The detail page shows a button for each of `availableActions`; pressing it opens this form.
 */
import {
  ADVANCE_AID_GROUND_NUMBERS,
  ADVANCE_AID_GROUNDS,
  FILE_GRADES,
  FILE_REVIEW_RESULTS,
  LEGAL_AID_ACTION_LABELS,
  LEGAL_AID_ACTION_SOURCES,
  type LegalAidActionType,
  MIN_WRITTEN_REASON_LENGTH,
  OBJECTION_OUTCOMES,
  REFUSAL_REASON_CODES,
  REFUSAL_REASONS,
  TERMINATION_GROUND_NUMBERS,
  TERMINATION_GROUNDS,
} from '@core/procedures/legal-aid-vocabulary';
import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { addDays, type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { AssignPicker } from './assign-picker';
import type { MatterDetail } from './types';

export const ACTION_BUTTON_LABELS: Partial<Record<LegalAidActionType, string>> = {
  accept: '受理',
  'request-materials': '一次性告知补充材料',
  'materials-received': '收到补充材料',
  'deem-withdrawn': '视为撤回申请',
  review: '审查',
  grant: '决定给予',
  refuse: '决定不予',
  'start-advance-aid': '先行提供法律援助',
  assign: '指派',
  'provider-decline': '拒绝接受指派',
  'accept-assignment': '接受指派',
  'sign-agreement': '签订委托协议',
  terminate: '终止',
  object: '异议',
  'decide-objection': '异议决定',
  'close-case': '结案',
  'submit-file': '提交结案材料',
  'review-file': '审查结案材料',
  'pay-subsidy': '发放补贴',
  archive: '归档',
  comment: '备注',
};

/** Buttons in the order of the procedure; the first the user may take is the primary one. */
export const ACTION_ORDER: LegalAidActionType[] = [
  'accept',
  'review',
  'grant',
  'assign',
  'accept-assignment',
  'sign-agreement',
  'close-case',
  'submit-file',
  'review-file',
  'pay-subsidy',
  'archive',
  'decide-objection',
  'materials-received',
  'request-materials',
  'start-advance-aid',
  'refuse',
  'provider-decline',
  'object',
  'terminate',
  'deem-withdrawn',
  'comment',
];

export const DANGER_ACTIONS: ReadonlySet<string> = new Set([
  'refuse',
  'terminate',
  'deem-withdrawn',
  'provider-decline',
]);

const written = (what: string): Rule[] => [
  { required: true, whitespace: true, message: `请填写${what}` },
  {
    validator: async (_r, value: string | undefined) => {
      if ([...(value ?? '').trim()].length < MIN_WRITTEN_REASON_LENGTH)
        throw new Error(`${what}应当书面说明，不少于${MIN_WRITTEN_REASON_LENGTH}个字`);
    },
  },
];

type Values = Record<string, unknown>;

export interface ActionForm {
  /** Fields of the dialog; `values` are the live form values. */
  fields?: (detail: MatterDetail, values: Values) => ReactNode;
  initial?: (detail: MatterDetail) => Values;
  payload?: (values: Values, detail: MatterDetail) => Values;
  /** Wider dialog (the assignment table). */
  wide?: boolean;
  /** A line shown above the fields. */
  note?: (detail: MatterDetail) => ReactNode;
}

const reviewVerdictOf = (detail: MatterDetail) => detail.eligibility?.verdict ?? 'incomplete';

function reviewDeparts(detail: MatterDetail, recommendation: unknown): boolean {
  const verdict = reviewVerdictOf(detail);
  return (
    (recommendation === 'grant' && verdict !== 'eligible') ||
    (recommendation === 'refuse' && verdict !== 'ineligible')
  );
}

/** The recommendation of the current round's review (MatterDetail.review), if reviewed. */
function lastReviewRecommendation(detail: MatterDetail): 'grant' | 'refuse' | undefined {
  return detail.review?.recommendation;
}

/** Where an objection goes (法律援助法 第四十九条): the 司法局 that set up the agency; the server prints it. */
function ObjectionBody({ detail }: { detail: MatterDetail }) {
  return (
    <Form.Item
      label="受理异议的司法行政部门"
      extra="决定书自动载明，申请人或受援人可向其提出异议（第四十九条）"
    >
      <span className="la-readonly" data-testid="objection-body">
        {detail.agency.bureauName || '设立本法律援助机构的司法行政部门'}
      </span>
    </Form.Item>
  );
}

/** The review this decision follows or departs from, as one line. */
function reviewLine(detail: MatterDetail): string {
  const review = detail.review;
  if (!review) return '尚未审查';
  const who = review.reviewerName ? `（${review.reviewerName}）` : '';
  return `${review.recommendation === 'refuse' ? '建议不予法律援助' : '建议给予法律援助'}${who}`;
}

const VERDICT_TEXT: Record<string, string> = {
  eligible: '符合法律援助条件',
  ineligible: '不符合法律援助条件',
  incomplete: '信息不全',
};

export const ACTION_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
  accept: {
    note: () => '确认收到申请材料，予以受理。受理之日起七日内作出是否给予法律援助的决定（第四十三条）。',
  },
  'request-materials': {
    note: () =>
      '材料不齐全的，应当一次性告知申请人需要补充的全部材料；逾期未补充的，视为撤回申请（第四十三条第二款）。',
    initial: () => ({ dueDate: toDayjs(addDays(todayIso(), 7)) }),
    fields: () => (
      <>
        <Form.Item
          name="items"
          label="需补充的材料（全部列明）"
          rules={[{ required: true, type: 'array', min: 1, message: '请列明需要补充的材料' }]}
        >
          <Select
            mode="tags"
            placeholder="输入后回车，可多项"
            options={[
              '劳动合同或工资条等劳动关系证明',
              '欠薪证明或工资支付记录',
              '户口簿或居住证复印件',
              '相关判决书、裁决书',
              '经济困难状况证明材料',
            ].map((v) => ({ value: v, label: v }))}
          />
        </Form.Item>
        <Form.Item name="dueDate" label="补充期限" rules={[{ required: true, message: '请选择补充期限' }]}>
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') <= todayIso()} style={{ width: '100%' }} />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ items: v.items, dueDate: toIsoDate(v.dueDate as Dayjs) }),
  },
  'materials-received': { note: () => '申请人已按告知补齐材料，恢复审查。' },
  'deem-withdrawn': { note: () => '申请人逾期未补充材料，视为撤回申请（第四十三条第二款）。' },
  review: {
    initial: (detail) => ({
      recommendation: reviewVerdictOf(detail) === 'ineligible' ? 'refuse' : 'grant',
      simpleCase: detail.flags.simpleCase,
    }),
    note: (detail) => (
      <Alert
        type={
          reviewVerdictOf(detail) === 'eligible'
            ? 'success'
            : reviewVerdictOf(detail) === 'ineligible'
              ? 'error'
              : 'warning'
        }
        showIcon
        message={`资格审查结果：${VERDICT_TEXT[reviewVerdictOf(detail)] ?? '—'}`}
        description={(detail.eligibility?.reasons ?? [])
          .map((r) => r.article)
          .filter((a, i, all) => all.indexOf(a) === i)
          .join('；')}
      />
    ),
    fields: (detail, values) => (
      <>
        <Form.Item name="recommendation" label="审查意见" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'grant', label: '建议给予法律援助' },
              { value: 'refuse', label: '建议不予法律援助' },
            ]}
          />
        </Form.Item>
        {reviewDeparts(detail, values.recommendation) ? (
          <Form.Item
            name="overrideReason"
            label="与资格审查结果不一致的理由"
            rules={written('理由')}
            extra={`不少于${MIN_WRITTEN_REASON_LENGTH}个字`}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
        <Form.Item name="opinion" label="审查意见说明（可选）">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="simpleCase" label="按简易程序办理" valuePropName="checked">
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
  grant: {
    note: (detail) =>
      `作出给予法律援助决定，并在三日内指派法律援助人员（第四十三条）。审查意见：${reviewLine(detail)}。`,
    fields: (detail) =>
      lastReviewRecommendation(detail) === 'refuse' ? (
        <Form.Item name="overrideReason" label="不采纳审查意见的理由" rules={written('理由')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      ) : null,
    payload: (v) => ({ overrideReason: (v.overrideReason as string | undefined)?.trim() || undefined }),
  },
  refuse: {
    note: (detail) =>
      `不予法律援助的，应当书面告知申请人并说明理由；申请人有异议的，可向设立法律援助机构的司法行政部门提出（第四十九条）。审查意见：${reviewLine(detail)}。`,
    fields: (detail) => (
      <>
        <Form.Item
          name="reasonCodes"
          label="不予法律援助的理由"
          rules={[{ required: true, type: 'array', min: 1, message: '请选择不予法律援助的理由' }]}
        >
          <Select
            mode="multiple"
            options={REFUSAL_REASON_CODES.map((code) => ({
              value: code,
              label: `${REFUSAL_REASONS[code].label}（${REFUSAL_REASONS[code].article.replace('法律援助法 ', '')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="reasons" label="书面理由（告知申请人）" rules={written('书面理由')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <ObjectionBody detail={detail} />
        {lastReviewRecommendation(detail) === 'grant' ? (
          <Form.Item name="overrideReason" label="不采纳审查意见的理由" rules={written('理由')}>
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </>
    ),
    payload: (v) => ({
      reasonCodes: v.reasonCodes,
      reasons: (v.reasons as string).trim(),
      overrideReason: (v.overrideReason as string | undefined)?.trim() || undefined,
    }),
  },
  'start-advance-aid': {
    initial: (detail) => ({ ground: 1, limitationDueOn: toDayjs(detail.limitationDueOn ?? undefined) }),
    fields: (_detail, values) => (
      <>
        <Form.Item name="ground" label="先行提供法律援助的情形（第四十四条）" rules={[{ required: true }]}>
          <Radio.Group className="la-vertical-radio">
            {ADVANCE_AID_GROUND_NUMBERS.map((n) => (
              <Radio key={n} value={n}>
                （{n}）{ADVANCE_AID_GROUNDS[n]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {values.ground === 1 ? (
          <Form.Item
            name="limitationDueOn"
            label="时效或期限届满日"
            rules={[{ required: true, message: '请选择届满日' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请说明先行提供法律援助的理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </>
    ),
    payload: (v) => ({
      ground: v.ground,
      reason: (v.reason as string).trim(),
      limitationDueOn: v.ground === 1 ? toIsoDate(v.limitationDueOn as Dayjs) : undefined,
    }),
  },
  assign: {
    wide: true,
    initial: () => ({ basis: 'rotation' }),
    fields: (detail) => <AssignPicker detail={detail} />,
    payload: (v) => ({
      providerId: v.providerId,
      providerName: v.providerName,
      firmName: v.firmName || undefined,
      basis: v.basis,
      seniorLawyerConfirmed: v.seniorLawyerConfirmed || undefined,
    }),
  },
  'provider-decline': {
    fields: () => (
      <Form.Item name="reason" label="拒绝的正当理由（第四十六条）" rules={written('正当理由')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    ),
    payload: (v) => ({ reason: (v.reason as string).trim() }),
  },
  'accept-assignment': {
    note: () => '接受指派即开始提供法律援助（第四十六条），“五个当天”计入“当天提供援助”。',
  },
  'sign-agreement': {
    note: () => '与受援人签订委托协议和授权委托书（办理法律援助案件程序规定 第二十七条，指派之日起五日内）。',
    fields: () => (
      <Form.Item name="reason" label="逾期签订的原因（如逾期）">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    ),
    payload: (v) => ({ reason: (v.reason as string | undefined)?.trim() || undefined }),
  },
  terminate: {
    fields: (detail) => (
      <>
        <Form.Item
          name="ground"
          label="终止情形（第四十八条）"
          rules={[{ required: true, message: '请选择终止情形' }]}
        >
          <Select
            options={TERMINATION_GROUND_NUMBERS.map((n) => ({
              value: n,
              label: `（${n}）${TERMINATION_GROUNDS[n]}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="终止理由" rules={written('终止理由')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <ObjectionBody detail={detail} />
      </>
    ),
    payload: (v) => ({
      ground: v.ground,
      reason: (v.reason as string).trim(),
    }),
  },
  object: {
    note: () =>
      '申请人对不予或终止法律援助决定有异议的，司法行政部门应当自收到异议之日起五日内审查（第四十九条）。',
    fields: () => (
      <Form.Item
        name="statement"
        label="异议的事实和理由"
        rules={[{ required: true, whitespace: true, message: '请记录异议的事实和理由' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    ),
    // No receivedAt: the server records the objection as received now, on its own clock.
    payload: (v) => ({ statement: (v.statement as string).trim() }),
  },
  'decide-objection': {
    fields: () => (
      <>
        <Form.Item name="outcome" label="审查结果" rules={[{ required: true, message: '请选择审查结果' }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(OBJECTION_OUTCOMES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={written('理由')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ outcome: v.outcome, reason: (v.reason as string).trim() }),
  },
  'close-case': {
    initial: () => ({ endedOn: toDayjs(todayIso()) }),
    note: () => '法律援助人员应当自法律援助案件结案之日起三十日内提交结案材料（第五十条）。',
    fields: () => (
      <>
        <Form.Item name="endedOn" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="result"
          label="办理结果"
          rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder="判决、调解、和解、仲裁裁决等" />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ endedOn: toIsoDate(v.endedOn as Dayjs), result: (v.result as string).trim() }),
  },
  'submit-file': { note: () => '提交结案报告、文书副本和办案记录等结案材料（第五十条）。' },
  'review-file': {
    initial: () => ({ result: 'accepted', grade: 'good' }),
    fields: (_detail, values) => (
      <>
        <Form.Item name="result" label="审查结果" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(FILE_REVIEW_RESULTS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="grade" label="质量等级">
          <Select options={Object.entries(FILE_GRADES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={values.result === 'returned' ? '退回补正的理由' : '审查意见（可选）'}
          rules={values.result === 'returned' ? written('退回补正的理由') : []}
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
    note: () => '办案补贴免征增值税和个人所得税（第五十二条第三款）。',
    fields: () => (
      <>
        <Form.Item name="amountYuan" label="补贴金额" rules={[{ required: true, message: '请填写补贴金额' }]}>
          <InputNumber min={0} precision={2} addonAfter="元" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="taxExempt" label="免税" valuePropName="checked">
          <Switch />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ amountFen: Math.round(Number(v.amountYuan) * 100), taxExempt: Boolean(v.taxExempt) }),
  },
  archive: {
    fields: () => (
      <Form.Item name="archiveNumber" label="档案号（可选）">
        <Input maxLength={50} />
      </Form.Item>
    ),
    payload: (v) => ({ archiveNumber: (v.archiveNumber as string | undefined)?.trim() || undefined }),
  },
  comment: {
    fields: () => (
      <Form.Item
        name="text"
        label="备注"
        rules={[{ required: true, whitespace: true, message: '请填写备注' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    ),
    payload: (v) => ({ text: (v.text as string).trim() }),
  },
};

export function actionTitle(type: LegalAidActionType): string {
  return LEGAL_AID_ACTION_LABELS[type];
}

export function actionSource(type: LegalAidActionType): string | null {
  return LEGAL_AID_ACTION_SOURCES[type];
}
