/** Steps shared by the reconsideration tests. */
import type { Step } from './window.fixtures';

export const apply = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'apply',
  on,
  payload: {
    receivedOn: on,
    form: 'written',
    applicantName: '刘桂英',
    respondentAgency: '包头市某区市场监督管理局',
    actDescription: '罚款五千元的行政处罚决定',
    actDate: '2026-08-20',
    knewActOn: '2026-08-21',
    rightsNotified: true,
    immovable: false,
    ...payload,
  },
});
export const accept = (on: string, payload: Record<string, unknown> = { procedure: 'ordinary' }): Step => ({
  type: 'accept',
  on,
  payload,
});

/** Received Thursday 2026-09-24: the review runs across 中秋 and 国庆 to Friday 10-09. */
export const APPLIED = [apply('2026-09-24')];
