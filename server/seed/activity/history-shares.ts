/**
 * The shares and stages the demo and province history (history.ts) draws from: services, matters, ratings,
 * tickets that become applications, and where a recent legal-aid matter stands by its age.
 */
/** Share of the open assigned matters that go to `featuredLawyerId`. */
export const FEATURED_LAWYER_SHARE = 0.15;
export type OpenStage =
  | 'applied'
  | 'under-review'
  | 'materials-requested'
  | 'reviewed'
  | 'granted'
  | 'refused'
  | 'assigned'
  | 'in-progress';
/**
 * Where an open matter stands by its age in working days (1 = applied yesterday), as cumulative shares. The
 * decision is due within 7 days of the application (法律援助法 第四十三条), the assignment within 3 days of the
 * grant, the 委托协议 within 5 days of the assignment: so nothing waits for a decision after 3 working days,
 * nothing waits for assignment after the grant's next working day, and the older ones are in progress.
 */
export const OPEN_STAGES: { maxAge: number; stages: [number, OpenStage][] }[] = [
  {
    maxAge: 1,
    stages: [
      [0.2, 'applied'],
      [0.55, 'under-review'],
      [1, 'reviewed'],
    ],
  },
  {
    maxAge: 2,
    stages: [
      [0.15, 'under-review'],
      [0.25, 'materials-requested'],
      [0.5, 'reviewed'],
      [0.7, 'granted'],
      [0.8, 'refused'],
      [1, 'assigned'],
    ],
  },
  {
    maxAge: 3,
    stages: [
      [0.15, 'reviewed'],
      [0.3, 'granted'],
      [0.38, 'refused'],
      [0.6, 'assigned'],
      [1, 'in-progress'],
    ],
  },
  {
    maxAge: 5,
    stages: [
      [0.08, 'refused'],
      [0.25, 'assigned'],
      [1, 'in-progress'],
    ],
  },
  {
    maxAge: Number.POSITIVE_INFINITY,
    stages: [
      [0.08, 'refused'],
      [1, 'in-progress'],
    ],
  },
];
/** Statuses at or past the grant: a commitment-evidenced application has its signed letter on file. */
export const PAST_GRANT = new Set([
  'granted',
  'assigned',
  'agreement-signed',
  'in-progress',
  'closed',
  'archived',
]);

/** Share of each service among a hall's visitors (the province generator uses them too). */
export const SERVICE_WEIGHTS: Record<string, number> = {
  consultation: 35,
  'legal-aid': 15,
  mediation: 12,
  notarization: 15,
  lawyer: 8,
  arbitration: 4,
  appraisal: 3,
  reconsideration: 3,
  publicity: 3,
  'aid-qualification': 2,
};
/** Share of the finished legal-aid tickets of a hall with an agency that became an application there. */
export const TICKET_TO_MATTER_SHARE = 0.35;
/** Legal-aid matters (法律援助法 第三十一条) the history draws from. */
export const HISTORY_MATTERS = [
  'labour-relation-or-remuneration',
  'maintenance',
  'personal-injury',
  'social-insurance-or-assistance',
  'pension',
  'loan-dispute',
  'divorce-property',
];
/** Rating levels by cumulative share: 70 % 非常满意, 20 % 满意, 6 % 基本满意, 3 % 不满意, 1 % 非常不满意. */
export const HISTORY_LEVELS: [number, 1 | 2 | 3 | 4 | 5][] = [
  [0.7, 5],
  [0.9, 4],
  [0.96, 3],
  [0.99, 2],
  [1, 1],
];
