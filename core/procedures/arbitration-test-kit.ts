/** Steps shared by the arbitration tests. */
import type { Step } from './window.fixtures';

export const apply = (
  on: string,
  payload: Record<string, unknown> = {},
  limitation: Record<string, unknown> = {},
): Step => ({
  type: 'apply',
  on,
  payload: {
    disputeKind: 'labour',
    receivedOn: on,
    form: 'written',
    applicantSide: 'worker',
    applicantName: '张建国',
    respondentName: '包头市某建筑劳务有限公司',
    claims: [{ kind: 'wages', amountFen: 1_800_000 }],
    limitation: { knewOn: '2026-06-01', ...limitation },
    ...payload,
  },
});
export const accept = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'accept',
  on,
  payload,
});
export const award = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'issue-award',
  on,
  payload: {
    items: [{ kind: 'wages', amountFen: 1_800_000 }, { kind: 'employment-relationship' }],
    monthlyMinimumWageFen: 200_000,
    mediationAttempted: true,
    ...payload,
  },
});
export const lawsuit = (on: string, payload: Record<string, unknown> = {}): Step => ({
  type: 'record-lawsuit',
  on,
  payload: { filedOn: on, by: 'worker', kind: 'suit', court: '包头市昆都仑区人民法院', ...payload },
});
export const tribunal = (on: string, arbitrators = ['赵仲裁', '钱仲裁', '孙仲裁']): Step => ({
  type: 'notify-tribunal',
  on,
  payload: { arbitrators, notifiedOn: on },
});

export const ACCEPTED = [apply('2026-09-24'), accept('2026-09-25')];
