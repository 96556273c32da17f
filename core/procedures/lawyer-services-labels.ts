import { type ProcedureLabels, pairLabels } from './labels';
import {
  LAWYER_MATTER_KINDS,
  type LawyerServiceAction,
  type LawyerServiceStatus,
} from './lawyer-services-vocabulary';

/** Bilingual labels of the lawyer services desk (core/procedures/labels.ts). */
export const LAWYER_SERVICE_LABELS: ProcedureLabels<LawyerServiceStatus, LawyerServiceAction> = {
  clocksEn: {},
  statusesEn: {
    consulting: 'Consultation awaiting answer',
    answered: 'Answered',
    'awaiting-referral': 'Awaiting referral to a firm',
    referred: 'Referred to a firm',
    engaged: 'Firm engaged',
    'complaint-received': 'Complaint received',
    investigating: 'Complaint under investigation',
    'complaint-concluded': 'Complaint concluded',
    'complaint-declined': 'Complaint not accepted',
    withdrawn: 'Withdrawn',
  },
  actionsEn: {
    register: 'Register',
    answer: 'Answer consultation',
    'refer-to-firm': 'Refer to a firm',
    'record-engagement': 'Record engagement',
    'firm-declines': 'Firm declines',
    'accept-complaint': 'Accept complaint',
    'decline-complaint': 'Do not accept complaint',
    'conclude-complaint': 'Conclude complaint',
    withdraw: 'Withdraw',
  },
  values: {
    ...pairLabels(LAWYER_MATTER_KINDS, {
      consultation: 'Consultation',
      engagement: 'Engaging a lawyer',
      complaint: 'Complaint about a lawyer or firm',
    }),
    window: ['窗口', 'Window'],
    'phone-12348': ['12348 热线', '12348 hotline'],
    online: ['网上', 'Online'],
    firm: ['律师事务所', 'Law firm'],
    lawyer: ['律师本人', 'The lawyer'],
    'not-practice-conduct': ['不属于律师执业行为', 'Not practice conduct'],
    'anonymous-unverifiable': ['匿名且无法核实', 'Anonymous and unverifiable'],
    duplicate: ['重复投诉', 'Duplicate complaint'],
    other: ['其他', 'Other'],
    substantiated: ['投诉属实', 'Substantiated'],
    'partly-substantiated': ['部分属实', 'Partly substantiated'],
    unsubstantiated: ['投诉不实', 'Unsubstantiated'],
    none: ['不予处理', 'No measure'],
    'rectification-ordered': ['责令整改', 'Rectification ordered'],
    'sanction-proposed': ['建议给予行政处罚', 'Sanction proposed'],
    'referred-to-bar': ['移交律师协会处理', 'Referred to the bar association'],
  },
};
