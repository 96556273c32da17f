/** The lawyer services desk's statuses, actions and matter kinds (律师法). */

export const LAWYER_SERVICE_STATUSES = [
  'consulting',
  'answered',
  'awaiting-referral',
  'referred',
  'engaged',
  'complaint-received',
  'investigating',
  'complaint-concluded',
  'complaint-declined',
  'withdrawn',
] as const;
export type LawyerServiceStatus = (typeof LAWYER_SERVICE_STATUSES)[number];

export const LAWYER_SERVICE_ACTIONS = [
  'register',
  'answer',
  'refer-to-firm',
  'record-engagement',
  'firm-declines',
  'accept-complaint',
  'decline-complaint',
  'conclude-complaint',
  'withdraw',
] as const;
export type LawyerServiceAction = (typeof LAWYER_SERVICE_ACTIONS)[number];

export const LAWYER_MATTER_KINDS = {
  consultation: '法律咨询',
  engagement: '委托律师',
  complaint: '投诉律师、律师事务所',
} as const;
