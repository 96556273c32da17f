import {
  APPRAISAL_DECLINE_GROUNDS,
  APPRAISAL_FIELDS,
  APPRAISAL_TERMINATION_GROUNDS,
  type AppraisalAction,
  type AppraisalStatus,
} from './appraisal-vocabulary';
import { FEE_RELIEFS } from './fee';
import { type ProcedureLabels, pairLabels } from './labels';

/** Bilingual labels of the judicial appraisal window (core/procedures/labels.ts). */
export const APPRAISAL_LABELS: ProcedureLabels<AppraisalStatus, AppraisalAction> = {
  clocksEn: { acceptance: 'Decide whether to accept the commission', completion: 'Complete the appraisal' },
  statusesEn: {
    entrusted: 'Entrusted, awaiting acceptance',
    accepted: 'Accepted, in appraisal',
    supplementing: 'Supplementing materials (paused)',
    completed: 'Opinion issued',
    declined: 'Not accepted',
    terminated: 'Terminated',
    withdrawn: 'Entrustment withdrawn',
  },
  actionsEn: {
    entrust: 'Register entrustment',
    accept: 'Accept and sign',
    decline: 'Do not accept',
    withdraw: 'Withdraw entrustment',
    'request-supplement': 'Request materials',
    'receive-supplement': 'Receive materials',
    extend: 'Extend',
    complete: 'Issue opinion',
    terminate: 'Terminate',
  },
  values: {
    court: ['人民法院', 'Court'],
    procuratorate: ['人民检察院', 'Procuratorate'],
    police: ['公安机关', 'Police'],
    'other-organ': ['其他办案机关', 'Other authority'],
    lawyer: ['律师', 'Lawyer'],
    individual: ['个人', 'Individual'],
    ...pairLabels(APPRAISAL_FIELDS, {
      'forensic-clinical': 'Forensic clinical',
      'forensic-pathology': 'Forensic pathology',
      'forensic-psychiatry': 'Forensic psychiatry',
      'forensic-genetics': 'Forensic genetics (paternity)',
      'forensic-toxicology': 'Forensic toxicology',
      document: 'Documents',
      trace: 'Traces',
      'audio-video': 'Audio and video',
      'electronic-data': 'Electronic data',
      environmental: 'Environmental damage',
      other: 'Other',
    }),
    ...pairLabels(FEE_RELIEFS, { none: 'No relief', reduced: 'Reduced', waived: 'Waived' }),
    ...pairLabels(APPRAISAL_DECLINE_GROUNDS, {
      'out-of-scope': "Outside the institution's scope",
      'materials-defective': 'Materials defective',
      'unlawful-purpose': 'Unlawful purpose',
      'requirements-not-met': 'Requirements not met',
      'beyond-capacity': 'Beyond technical capacity',
      duplicate: 'Entrusted elsewhere too',
      'other-unlawful': 'Otherwise contrary to law',
    }),
    ...pairLabels(APPRAISAL_TERMINATION_GROUNDS, {
      'decline-ground-found': 'Ground for non-acceptance found',
      'materials-exhausted': 'Materials exhausted',
      'non-cooperation': 'Non-cooperation',
      'client-withdrew': 'Client withdrew or refused to pay',
      'force-majeure': 'Force majeure',
      'other-termination': 'Other ground for termination',
    }),
  },
};
