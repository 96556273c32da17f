/** Bilingual labels of the administrative reconsideration window (core/procedures/labels.ts). */
import { type ProcedureLabels, pairLabels } from './labels';
import type { ReconsiderationAction } from './reconsideration';
import type { ReconsiderationStatus } from './reconsideration-clocks';
import { DECISION_OUTCOMES, SIMPLE_PROCEDURE_GROUNDS } from './reconsideration-rules';

export const RECONSIDERATION_LABELS: ProcedureLabels<ReconsiderationStatus, ReconsiderationAction> = {
  clocksEn: {
    'acceptance-review': 'Acceptance review',
    supplement: 'Applicant supplements the materials',
    decision: 'Make the reconsideration decision',
    'send-copy': 'Send a copy of the application to the respondent',
    answer: 'Respondent answers in writing',
  },
  statusesEn: {
    applied: 'Applied, under acceptance review',
    supplementing: 'Supplementing',
    accepted: 'Accepted, being heard',
    suspended: 'Suspended',
    decided: 'Decided',
    mediated: 'Closed by mediation',
    refused: 'Not accepted',
    dismissed: 'Application dismissed',
    abandoned: 'Deemed abandoned',
    terminated: 'Terminated',
  },
  actionsEn: {
    apply: 'Apply for reconsideration',
    accept: 'Accept',
    'deem-accepted': 'Deemed accepted',
    refuse: 'Do not accept',
    'request-supplement': 'Request supplement',
    'extend-supplement': 'Extend supplement period',
    'receive-supplement': 'Receive supplement',
    'deem-abandoned': 'Deemed abandoned',
    'send-copy': 'Send copy to respondent',
    'receive-answer': 'Receive answer',
    'hear-opinions': 'Hear opinions',
    'convert-to-ordinary': 'Convert to ordinary procedure',
    extend: 'Extend',
    suspend: 'Suspend',
    resume: 'Resume',
    decide: 'Decide',
    mediate: 'Close by mediation',
    dismiss: 'Dismiss',
    terminate: 'Terminate',
  },
  values: {
    written: ['书面', 'Written'],
    oral: ['口头', 'Oral'],
    online: ['网上', 'Online'],
    mail: ['邮寄', 'By mail'],
    ordinary: ['普通程序', 'Ordinary procedure'],
    simple: ['简易程序', 'Simple procedure'],
    ...pairLabels(SIMPLE_PROCEDURE_GROUNDS, {
      'on-the-spot': 'Act made on the spot',
      'warning-or-criticism': 'Warning or public criticism',
      'small-amount': 'Amount of 3,000 yuan or less',
      'information-disclosure': 'Government information disclosure',
      'all-parties-agree': 'All parties agree',
    }),
    'in-person': ['当面听取', 'In person'],
    phone: ['电话', 'By phone'],
    ...pairLabels(DECISION_OUTCOMES, {
      change: 'Change',
      revoke: 'Revoke (in whole or part)',
      'confirm-illegal': 'Confirm illegal',
      'order-performance': 'Order performance',
      'confirm-void': 'Confirm void',
      uphold: 'Uphold',
      'reject-claim': 'Reject the request',
    }),
  },
};
