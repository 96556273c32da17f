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

const written = (what: string, tr: Tr, whatEn = 'the reasons'): Rule[] => [
  { required: true, whitespace: true, message: tr(`请填写${what}`, `Enter ${whatEn}`) },
  {
    validator: async (_r, value: string | undefined) => {
      if ([...(value ?? '').trim()].length < MIN_WRITTEN_REASON_LENGTH)
        throw new Error(
          tr(
            `${what}应当书面说明，不少于${MIN_WRITTEN_REASON_LENGTH}个字`,
            `Give ${whatEn} in writing, at least ${MIN_WRITTEN_REASON_LENGTH} characters`,
          ),
        );
    },
  },
];

type Values = Record<string, unknown>;

/** The text in the dialog's locale from a zh-CN / en-US pair (like `pick` in app/i18n.ts). */
export type Tr = (zh: string, en: string) => string;

export interface ActionForm {
  /** Fields of the dialog; `values` are the live form values. */
  fields?: (detail: MatterDetail, values: Values, tr: Tr) => ReactNode;
  initial?: (detail: MatterDetail) => Values;
  payload?: (values: Values, detail: MatterDetail) => Values;
  /** Wider dialog (the assignment table). */
  wide?: boolean;
  /** A line shown above the fields. */
  note?: (detail: MatterDetail, tr: Tr) => ReactNode;
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
function ObjectionBody({ detail, tr }: { detail: MatterDetail; tr: Tr }) {
  return (
    <Form.Item
      label={tr(
        tr('受理异议的司法行政部门', 'Justice bureau hearing objections'),
        'Justice bureau hearing objections',
      )}
      extra={tr(
        tr(
          '决定书自动载明，申请人或受援人可向其提出异议（第四十九条）',
          'Printed on the decision; the applicant may object to it (art. 49)',
        ),
        'Printed on the decision; the applicant may object to it (art. 49)',
      )}
    >
      <span className="la-readonly" data-testid="objection-body">
        {detail.agency.bureauName ||
          tr('设立本法律援助机构的司法行政部门', 'The justice bureau that set up this agency')}
      </span>
    </Form.Item>
  );
}

/** The review this decision follows or departs from, as one line. */
function reviewLine(detail: MatterDetail, tr: Tr): string {
  const review = detail.review;
  if (!review) return tr('尚未审查', 'not reviewed yet');
  const who = review.reviewerName ? tr(`（${review.reviewerName}）`, ` (${review.reviewerName})`) : '';
  const line =
    review.recommendation === 'refuse'
      ? tr('建议不予法律援助', 'recommends refusing aid')
      : tr('建议给予法律援助', 'recommends granting aid');
  return `${line}${who}`;
}

const VERDICT_TEXT: Record<string, readonly [string, string]> = {
  eligible: ['符合法律援助条件', 'eligible'],
  ineligible: ['不符合法律援助条件', 'not eligible'],
  incomplete: ['信息不全', 'incomplete'],
};

function verdictText(detail: MatterDetail, tr: Tr): string {
  const pair = VERDICT_TEXT[reviewVerdictOf(detail)];
  return pair ? tr(pair[0], pair[1]) : '—';
}

export const ACTION_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
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
          label={tr(
            tr('需补充的材料（全部列明）', 'Materials needed (list all)'),
            'Materials needed (list all)',
          )}
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
            placeholder={tr(
              tr('输入后回车，可多项', 'Type and press Enter; several allowed'),
              'Type and press Enter; several allowed',
            )}
            options={[
              '劳动合同或工资条等劳动关系证明',
              '欠薪证明或工资支付记录',
              '户口簿或居住证复印件',
              '相关判决书、裁决书',
              '经济困难状况证明材料',
            ].map((v) => ({ value: v, label: v }))}
          />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={tr(tr('补充期限', 'Due date'), 'Due date')}
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
        description={(detail.eligibility?.reasons ?? [])
          .map((r) => r.article)
          .filter((a, i, all) => all.indexOf(a) === i)
          .join('；')}
      />
    ),
    fields: (detail, values, tr) => (
      <>
        <Form.Item
          name="recommendation"
          label={tr(tr('审查意见', 'Review opinion'), 'Review opinion')}
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
            label={tr(
              tr('与资格审查结果不一致的理由', 'Why this departs from the eligibility check'),
              'Why this departs from the eligibility check',
            )}
            rules={written(tr('理由', 'Reasons'), tr, 'the reasons')}
            extra={tr(
              `不少于${MIN_WRITTEN_REASON_LENGTH}个字`,
              `At least ${MIN_WRITTEN_REASON_LENGTH} characters`,
            )}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
        <Form.Item
          name="opinion"
          label={tr(tr('审查意见说明（可选）', 'Opinion notes (optional)'), 'Opinion notes (optional)')}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="simpleCase"
          label={tr(tr('按简易程序办理', 'Simple procedure'), 'Simple procedure')}
          valuePropName="checked"
        >
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
    note: (detail, tr) =>
      tr(
        `作出给予法律援助决定，并在三日内指派法律援助人员（第四十三条）。审查意见：${reviewLine(detail, tr)}。`,
        `Grant legal aid and assign a provider within 3 days (art. 43). Review: ${reviewLine(detail, tr)}.`,
      ),
    fields: (detail, _values, tr) =>
      lastReviewRecommendation(detail) === 'refuse' ? (
        <Form.Item
          name="overrideReason"
          label={tr(
            tr('不采纳审查意见的理由', 'Why the review opinion is not followed'),
            'Why the review opinion is not followed',
          )}
          rules={written(tr('理由', 'Reasons'), tr, 'the reasons')}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      ) : null,
    payload: (v) => ({ overrideReason: (v.overrideReason as string | undefined)?.trim() || undefined }),
  },
  refuse: {
    note: (detail, tr) =>
      tr(
        `不予法律援助的，应当书面告知申请人并说明理由；申请人有异议的，可向设立法律援助机构的司法行政部门提出（第四十九条）。审查意见：${reviewLine(detail, tr)}。`,
        `A refusal is told to the applicant in writing with reasons; objections go to the justice bureau that set up the agency (art. 49). Review: ${reviewLine(detail, tr)}.`,
      ),
    fields: (detail, _values, tr) => (
      <>
        <Form.Item
          name="reasonCodes"
          label={tr(tr('不予法律援助的理由', 'Grounds for refusal'), 'Grounds for refusal')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: tr('请选择不予法律援助的理由', 'Choose the grounds for refusal'),
            },
          ]}
        >
          <Select
            mode="multiple"
            options={REFUSAL_REASON_CODES.map((code) => ({
              value: code,
              label: `${REFUSAL_REASONS[code].label}（${REFUSAL_REASONS[code].article.replace('法律援助法 ', '')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reasons"
          label={tr(
            tr('书面理由（告知申请人）', 'Written reasons (told to the applicant)'),
            'Written reasons (told to the applicant)',
          )}
          rules={written('书面理由', tr, 'the written reasons')}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <ObjectionBody detail={detail} tr={tr} />
        {lastReviewRecommendation(detail) === 'grant' ? (
          <Form.Item
            name="overrideReason"
            label={tr(
              tr('不采纳审查意见的理由', 'Why the review opinion is not followed'),
              'Why the review opinion is not followed',
            )}
            rules={written(tr('理由', 'Reasons'), tr, 'the reasons')}
          >
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
    fields: (_detail, values, tr) => (
      <>
        <Form.Item
          name="ground"
          label={tr(
            tr('先行提供法律援助的情形（第四十四条）', 'Ground for advance aid (art. 44)'),
            'Ground for advance aid (art. 44)',
          )}
          rules={[{ required: true }]}
        >
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
            label={tr(tr('时效或期限届满日', 'Limitation or deadline date'), 'Limitation or deadline date')}
            rules={[{ required: true, message: tr('请选择届满日', 'Choose the date') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={tr(tr('理由', 'Reasons'), 'Reasons')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: tr('请说明先行提供法律援助的理由', 'Explain why aid is given in advance'),
            },
          ]}
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
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="reason"
        label={tr(
          tr('拒绝的正当理由（第四十六条）', 'Good reason for declining (art. 46)'),
          'Good reason for declining (art. 46)',
        )}
        rules={written('正当理由', tr, 'the good reason')}
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
      <Form.Item
        name="reason"
        label={tr(
          tr('逾期签订的原因（如逾期）', 'Reason for signing late (if late)'),
          'Reason for signing late (if late)',
        )}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    ),
    payload: (v) => ({ reason: (v.reason as string | undefined)?.trim() || undefined }),
  },
  terminate: {
    fields: (detail, _values, tr) => (
      <>
        <Form.Item
          name="ground"
          label={tr(
            tr('终止情形（第四十八条）', 'Ground for termination (art. 48)'),
            'Ground for termination (art. 48)',
          )}
          rules={[{ required: true, message: tr('请选择终止情形', 'Choose the ground') }]}
        >
          <Select
            options={TERMINATION_GROUND_NUMBERS.map((n) => ({
              value: n,
              label: `（${n}）${TERMINATION_GROUNDS[n]}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tr(tr('终止理由', 'Reasons for termination'), 'Reasons for termination')}
          rules={written(tr('终止理由', 'Reasons for termination'), tr, 'the reasons for termination')}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <ObjectionBody detail={detail} tr={tr} />
      </>
    ),
    payload: (v) => ({
      ground: v.ground,
      reason: (v.reason as string).trim(),
    }),
  },
  object: {
    note: (_detail, tr) =>
      tr(
        '申请人对不予或终止法律援助决定有异议的，司法行政部门应当自收到异议之日起五日内审查（第四十九条）。',
        'The justice bureau decides an objection to a refusal or termination within 5 days of receiving it (art. 49).',
      ),
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="statement"
        label={tr(
          tr('异议的事实和理由', 'Facts and grounds of the objection'),
          'Facts and grounds of the objection',
        )}
        rules={[
          {
            required: true,
            whitespace: true,
            message: tr('请记录异议的事实和理由', 'Record the facts and grounds of the objection'),
          },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    ),
    // No receivedAt: the server records the objection as received now, on its own clock.
    payload: (v) => ({ statement: (v.statement as string).trim() }),
  },
  'decide-objection': {
    fields: (_detail, _values, tr) => (
      <>
        <Form.Item
          name="outcome"
          label={tr(tr('审查结果', 'Outcome'), 'Outcome')}
          rules={[{ required: true, message: tr('请选择审查结果', 'Choose the outcome') }]}
        >
          <Radio.Group
            optionType="button"
            options={Object.entries(OBJECTION_OUTCOMES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tr(tr('理由', 'Reasons'), 'Reasons')}
          rules={written(tr('理由', 'Reasons'), tr, 'the reasons')}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ outcome: v.outcome, reason: (v.reason as string).trim() }),
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
          label={tr(tr('办结日期', 'Date ended'), 'Date ended')}
          rules={[{ required: true, message: tr('请选择办结日期', 'Choose the date ended') }]}
        >
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="result"
          label={tr(tr('办理结果', 'Result'), 'Result')}
          rules={[{ required: true, whitespace: true, message: tr('请填写办理结果', 'Enter the result') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={tr(
              tr('判决、调解、和解、仲裁裁决等', 'Judgment, mediation, settlement, arbitral award…'),
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
        <Form.Item
          name="result"
          label={tr(tr('审查结果', 'Outcome'), 'Outcome')}
          rules={[{ required: true }]}
        >
          <Radio.Group
            optionType="button"
            options={Object.entries(FILE_REVIEW_RESULTS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="grade" label={tr(tr('质量等级', 'Quality grade'), 'Quality grade')}>
          <Select options={Object.entries(FILE_GRADES).map(([value, label]) => ({ value, label }))} />
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
              ? written(
                  tr('退回补正的理由', 'Reasons for returning the file'),
                  tr,
                  'the reasons for returning the file',
                )
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
          label={tr(tr('补贴金额', 'Subsidy amount'), 'Subsidy amount')}
          rules={[{ required: true, message: tr('请填写补贴金额', 'Enter the amount') }]}
        >
          <InputNumber
            min={0}
            precision={2}
            addonAfter={tr(tr('元', 'yuan'), 'yuan')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="taxExempt"
          label={tr(tr('免税', 'Tax exempt'), 'Tax exempt')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ amountFen: Math.round(Number(v.amountYuan) * 100), taxExempt: Boolean(v.taxExempt) }),
  },
  archive: {
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="archiveNumber"
        label={tr(tr('档案号（可选）', 'Archive number (optional)'), 'Archive number (optional)')}
      >
        <Input maxLength={50} />
      </Form.Item>
    ),
    payload: (v) => ({ archiveNumber: (v.archiveNumber as string | undefined)?.trim() || undefined }),
  },
  comment: {
    fields: (_detail, _values, tr) => (
      <Form.Item
        name="text"
        label={tr(tr('备注', 'Note'), 'Note')}
        rules={[{ required: true, whitespace: true, message: tr('请填写备注', 'Enter the note') }]}
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
