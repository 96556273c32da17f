/**
 * The action forms of the decisions (法律援助法 第四十三条至第四十九条): 决定给予, 决定不予, 先行提供法律援助,
 * 指派, 终止, 异议 and 异议决定. The statutory lists are core's Chinese, with their English beside them.
 */
import {
  ADVANCE_AID_GROUND_NUMBERS,
  ADVANCE_AID_GROUNDS,
  type LegalAidActionType,
  OBJECTION_OUTCOMES,
  type ObjectionOutcome,
  REFUSAL_REASON_CODES,
  REFUSAL_REASONS,
  TERMINATION_GROUND_NUMBERS,
  TERMINATION_GROUNDS,
} from '@core/procedures/legal-aid-vocabulary';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { type Dayjs, toDayjs, toIsoDate } from '../../lib/dates';
import { citationText } from '../laws/citation-text';
import {
  type ActionForm,
  CommitmentUnsigned,
  lastReviewRecommendation,
  ObjectionBody,
  reviewLine,
  written,
} from './action-kit';
import { AssignPicker } from './assign-picker';
import {
  ADVANCE_AID_GROUND_EN,
  OBJECTION_OUTCOME_EN,
  REFUSAL_REASON_EN,
  TERMINATION_GROUND_EN,
} from './vocabulary';

export const DECISION_FORMS: Partial<Record<LegalAidActionType, ActionForm>> = {
  grant: {
    note: (detail, tr) =>
      tr(
        `作出给予法律援助决定，并在三日内指派法律援助人员（第四十三条）。审查意见：${reviewLine(detail, tr)}。`,
        `Grant legal aid and assign a provider within 3 days (art. 43). Review: ${reviewLine(detail, tr)}.`,
      ),
    fields: (detail, _values, tr) => (
      <>
        <CommitmentUnsigned detail={detail} tr={tr} />
        {lastReviewRecommendation(detail) === 'refuse' ? (
          <Form.Item
            name="overrideReason"
            label={tr('不采纳审查意见的理由', 'Why the review opinion is not followed')}
            rules={written(tr, '理由', 'the reasons')}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </>
    ),
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
          label={tr('不予法律援助的理由', 'Grounds for refusal')}
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
            options={REFUSAL_REASON_CODES.map((code) => {
              const article = REFUSAL_REASONS[code].article.replace('法律援助法 ', '');
              return {
                value: code,
                label: tr(
                  `${REFUSAL_REASONS[code].label}（${article}）`,
                  `${REFUSAL_REASON_EN[code]} (${citationText(article, 'en-US')})`,
                ),
              };
            })}
          />
        </Form.Item>
        <Form.Item
          name="reasons"
          label={tr('书面理由（告知申请人）', 'Written reasons (told to the applicant)')}
          rules={written(tr, '书面理由', 'the written reasons')}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <ObjectionBody detail={detail} tr={tr} />
        {lastReviewRecommendation(detail) === 'grant' ? (
          <Form.Item
            name="overrideReason"
            label={tr('不采纳审查意见的理由', 'Why the review opinion is not followed')}
            rules={written(tr, '理由', 'the reasons')}
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
          label={tr('先行提供法律援助的情形（第四十四条）', 'Ground for advance aid (art. 44)')}
          rules={[{ required: true }]}
        >
          <Radio.Group className="la-vertical-radio">
            {ADVANCE_AID_GROUND_NUMBERS.map((n) => (
              <Radio key={n} value={n}>
                {tr(`（${n}）${ADVANCE_AID_GROUNDS[n]}`, `(${n}) ${ADVANCE_AID_GROUND_EN[n]}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {values.ground === 1 ? (
          <Form.Item
            name="limitationDueOn"
            label={tr('时效或期限届满日', 'Limitation or deadline date')}
            rules={[{ required: true, message: tr('请选择届满日', 'Choose the date') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={tr('理由', 'Reasons')}
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
  terminate: {
    fields: (detail, _values, tr) => (
      <>
        <Form.Item
          name="ground"
          label={tr('终止情形（第四十八条）', 'Ground for termination (art. 48)')}
          rules={[{ required: true, message: tr('请选择终止情形', 'Choose the ground') }]}
        >
          <Select
            options={TERMINATION_GROUND_NUMBERS.map((n) => ({
              value: n,
              label: tr(`（${n}）${TERMINATION_GROUNDS[n]}`, `(${n}) ${TERMINATION_GROUND_EN[n]}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={tr('终止理由', 'Reasons for termination')}
          rules={written(tr, '终止理由', 'the reasons for termination')}
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
        label={tr('异议的事实和理由', 'Facts and grounds of the objection')}
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
          label={tr('审查结果', 'Outcome')}
          rules={[{ required: true, message: tr('请选择审查结果', 'Choose the outcome') }]}
        >
          <Radio.Group
            optionType="button"
            options={Object.entries(OBJECTION_OUTCOMES).map(([value, label]) => ({
              value,
              label: tr(label, OBJECTION_OUTCOME_EN[value as ObjectionOutcome]),
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={tr('理由', 'Reasons')} rules={written(tr, '理由', 'the reasons')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </>
    ),
    payload: (v) => ({ outcome: v.outcome, reason: (v.reason as string).trim() }),
  },
};
