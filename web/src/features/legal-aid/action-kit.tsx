/**
 * What the legal-aid action forms share (action-forms-*.tsx): the form type, the rule for written
 * reasons, the objection body line and the review this decision follows or departs from.
 */
import { MIN_WRITTEN_REASON_LENGTH } from '@core/procedures/legal-aid-vocabulary';
import { Alert, Form } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import type { MatterDetail } from './types';

export type Values = Record<string, unknown>;

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

/** A required written statement of at least MIN_WRITTEN_REASON_LENGTH characters, named `zh` / `en`. */
export const written = (tr: Tr, zh: string, en: string): Rule[] => [
  { required: true, whitespace: true, message: tr(`请填写${zh}`, `Enter ${en}`) },
  {
    validator: async (_r, value: string | undefined) => {
      if ([...(value ?? '').trim()].length < MIN_WRITTEN_REASON_LENGTH)
        throw new Error(
          tr(
            `${zh}应当书面说明，不少于${MIN_WRITTEN_REASON_LENGTH}个字`,
            `Give ${en} in writing, at least ${MIN_WRITTEN_REASON_LENGTH} characters`,
          ),
        );
    },
  },
];

export const reviewVerdictOf = (detail: MatterDetail) => detail.eligibility?.verdict ?? 'incomplete';

export function reviewDeparts(detail: MatterDetail, recommendation: unknown): boolean {
  const verdict = reviewVerdictOf(detail);
  return (
    (recommendation === 'grant' && verdict !== 'eligible') ||
    (recommendation === 'refuse' && verdict !== 'ineligible')
  );
}

/** The recommendation of the current round's review (MatterDetail.review), if reviewed. */
export function lastReviewRecommendation(detail: MatterDetail): 'grant' | 'refuse' | undefined {
  return detail.review?.recommendation;
}

/** Where an objection goes (法律援助法 第四十九条): the 司法局 that set up the agency; the server prints it. */
export function ObjectionBody({ detail, tr }: { detail: MatterDetail; tr: Tr }) {
  return (
    <Form.Item
      label={tr('受理异议的司法行政部门', 'Justice bureau hearing objections')}
      extra={tr(
        '决定书自动载明，申请人或受援人可向其提出异议（第四十九条）',
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
export function reviewLine(detail: MatterDetail, tr: Tr): string {
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

export function verdictText(detail: MatterDetail, tr: Tr): string {
  const pair = VERDICT_TEXT[reviewVerdictOf(detail)];
  return pair ? tr(pair[0], pair[1]) : '—';
}

/**
 * The warning in the review and grant dialogs while a commitment-evidenced application has no signed
 * 告知承诺书: the server holds the grant until it is on file (法律援助法 第四十一条, 409
 * LEGAL_AID.COMMITMENT_UNSIGNED). Nothing when the letter is signed or hardship is evidenced otherwise.
 */
export function CommitmentUnsigned({ detail, tr }: { detail: MatterDetail; tr: Tr }) {
  if (detail.hardshipMethod !== 'commitment' || detail.commitmentSigned) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="commitment-unsigned"
      title={tr(
        '申请人尚未签署经济困难状况告知承诺书：请受理人员先在本页签署或上传，签署前不能决定给予（第四十一条）。',
        'The applicant has not signed the hardship commitment yet: intake staff sign or upload it on this page; aid cannot be granted before (art. 41).',
      )}
      style={{ marginBottom: 12 }}
    />
  );
}
