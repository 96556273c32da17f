/** Steps shared by the notarization tests. */
import type { Step } from './window.fixtures';

export const apply = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'apply',
  on,
  payload: {
    channel: 'walk-in',
    matterType: 'education',
    applicantName: '王小明',
    byAgent: false,
    involvesImmovable: false,
    legalAidEligible: false,
    ...payload,
  },
});
export const materials = (on: string, items = ['id', 'diploma']): Step => ({
  type: 'record-materials',
  on,
  payload: { items },
});
export const accept = (on: string): Step => ({ type: 'accept', on, payload: { notaryName: '李公证员' } });
export const explain = (on: string): Step => ({
  type: 'record-explanation',
  on,
  payload: {
    content: '已告知学历公证的法律意义及公证书用途、效力和可能产生的后果',
    acknowledgedBy: '王小明',
  },
});
export const fee = (on: string, payload: Record<string, unknown> = { relief: 'none' }): Step => ({
  type: 'assess-fee',
  on,
  payload,
});
export const pay = (on: string, amountFen = 8_000): Step => ({ type: 'pay-fee', on, payload: { amountFen } });
export const issue = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'issue-certificate',
  on,
  payload: { certificateNumber: '（2026）内包证字第1001号', ...payload },
});

/** Accepted on Thursday 2026-09-24, the week before 中秋 and 国庆 2026. */
export const ACCEPTED = [apply('2026-09-24'), materials('2026-09-24'), accept('2026-09-24')];
