import {
  type AidQualificationAction,
  type AidQualificationStatus,
  PROVIDER_KINDS,
  QUALIFICATIONS,
  SANCTION_GROUNDS,
  SERVICE_FORMS,
} from './aid-qualification-vocabulary';
import { type ProcedureLabels, pairLabels } from './labels';

/** Bilingual labels of the aid-provider register (core/procedures/labels.ts). */
export const AID_QUALIFICATION_LABELS: ProcedureLabels<AidQualificationStatus, AidQualificationAction> = {
  clocksEn: { 'annual-check': 'Annual review', 'suspension-end': 'End of suspension' },
  statusesEn: {
    applied: 'Applied, under review',
    active: 'Active, assignable',
    suspended: 'Assignment suspended',
    rejected: 'Rejected',
    removed: 'Removed from the register',
    withdrawn: 'Withdrawn',
  },
  actionsEn: {
    apply: 'Apply to join',
    approve: 'Approve',
    reject: 'Reject',
    'update-qualification': 'Update qualification',
    'annual-check': 'Annual check',
    sanction: 'Sanction',
    reinstate: 'Reinstate',
    remove: 'Remove from register',
    withdraw: 'Withdraw',
  },
  values: {
    ...pairLabels(PROVIDER_KINDS, {
      lawyer: 'Lawyer',
      'grassroots-worker': 'Grassroots legal worker',
      volunteer: 'Legal aid volunteer',
      'agency-staff': 'Legal aid agency staff',
    }),
    ...pairLabels(QUALIFICATIONS, {
      'lawyer-licence': "Lawyer's licence",
      'grassroots-licence': "Grassroots worker's licence",
      'legal-profession-certificate': 'Legal profession certificate',
      'law-teacher': 'Law teacher or researcher',
      'law-student': 'Law student',
      other: 'Other',
    }),
    ...pairLabels(SERVICE_FORMS, {
      consultation: 'Legal consultation',
      'document-drafting': 'Drafting legal documents',
      'criminal-defence': 'Criminal defence',
      'civil-representation': 'Civil representation',
      'administrative-representation': 'Administrative representation',
      'state-compensation': 'State compensation',
      'duty-lawyer': 'Duty lawyer help',
      'labour-representation': 'Labour mediation and arbitration',
    }),
    pass: ['合格', 'Pass'],
    'basic-pass': ['基本合格', 'Basic pass'],
    fail: ['不合格', 'Fail'],
    warning: ['警告', 'Warning'],
    suspension: ['暂停指派', 'Suspension'],
    removal: ['移出名册', 'Removal'],
    ...pairLabels(SANCTION_GROUNDS, {
      'refused-duty': 'Refused or neglected duty',
      'unauthorised-termination': 'Ended aid without authority',
      'took-money': 'Took money from the aided person',
      'leaked-secrets': 'Leaked secrets or privacy',
      other: 'Other statutory ground',
    }),
    'licence-revoked': ['执业证被吊销或注销', 'Licence revoked'],
    'left-practice': ['不再执业', 'Left practice'],
    death: ['死亡', 'Death'],
  },
};

/** The English name of a provider kind or qualification (AID_QUALIFICATION_LABELS). */
export const aidQualificationValueEn = (code: string): string =>
  AID_QUALIFICATION_LABELS.values[code]?.[1] ?? code;
