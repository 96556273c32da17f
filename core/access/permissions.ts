import type { Role } from './roles';

/**
 * The permission vocabulary: `<resource>.<verb>`. Every server route names one of these and calls
 * `can()` (core/access/policy.ts); replies carry the actor's abilities so the UI hides what the server
 * would refuse.
 */
export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'window.read',
  'window.manage',
  'staff.read',
  'staff.manage',
  'lawyer.read',
  'lawyer.manage',
  'lawyer.sanction',
  'calendar.read',
  'calendar.manage',
  'hardship-standard.read',
  'hardship-standard.manage',
  'audit.read',
  'person.read',
  'person.view-id-number',
  /** Call, serve, transfer and finish tickets at a window of the hall (叫号、办理). */
  'queue.serve',
  /** Issue tickets at the reception desk, claim priority, keep the key-group register (导服台). */
  'queue.issue',
  /** See the hall's tickets and queue statistics. */
  'queue.read',
  /** Queue settings, and replaying a day at simulated instants (`at`). */
  'queue.manage',
  /** See legal-aid matters (a lawyer: only those assigned to them, via `assignedUserIds`). */
  'legal-aid.read',
  /** Register applications, accept them, request materials (受理). */
  'legal-aid.intake',
  /** Review applications against the law (审查). */
  'legal-aid.review',
  /** Grant, refuse, advance aid, terminate (审批, 法律援助法 第四十三条、第四十四条、第四十八条). */
  'legal-aid.decide',
  /** Assign an aid provider (指派). */
  'legal-aid.assign',
  /** The assigned provider's own steps: accept, sign, close, file (法律援助法 第四十六条、第五十条). */
  'legal-aid.provide',
  /** Full household income and ID number of an applicant; every read is audited. */
  'legal-aid.view-sensitive',
  /** Decide objections to refusals and terminations (异议, 法律援助法 第四十九条). */
  'legal-aid.objection',
  /** A staff member's own 好差评 ratings (every role). */
  'evaluation.read-own',
  /** Everyone's evaluations and the rankings per window and staff member, within scope (好差评). */
  'evaluation.read',
  /** Call back and rectify after a bad review (整改). */
  'rectification.handle',
  /** See the appointments citizens booked (预约). */
  'appointment.read',
  /** Slot times and capacity per service. */
  'appointment.manage',
  /** Read the law library (法律法规库): every staff role. */
  'law.read',
  /**
   * Staff programme (队伍教育整顿), as a member: own plans, QR check-in, leave requests, study notes,
   * knowledge tests, published bulletins; only one's own records (个人信息保护法 第六条 最小必要).
   */
  'study.participate',
  /** Run the programme: plans, sessions, attendance, question bank, papers, bulletins (教育培训). */
  'study.manage',
  /** Supervise within the scope: everyone's records and results, spot checks, one-to-one talks (督导). */
  'study.supervise',
  /** Opinion solicitation (开门纳谏): forms, and assigning the collected opinions for handling. */
  'opinion.manage',
  // dashboard and legal publicity (issue 7)
  /** The leadership dashboard, its lists, exports and the monthly report, within scope (数据看板). */
  'dashboard.read',
  /** Lecturers, lecture plans and records of the legal publicity tours (普法讲师团). */
  'publicity.read',
  /** Keep lecturers, lecture plans and records. */
  'publicity.manage',
  // matters of the nine windows (issue #5): read, and open / act on them within the scope
  /** See the window matters (consultation, mediation, notarization …), their clocks and parties. */
  'matter.read',
  /** Open window matters and take their actions (each action's roles are in its procedure definition). */
  'matter.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_REFERENCE: Permission[] = [
  'org.read',
  'law.read',
  'window.read',
  'lawyer.read',
  'calendar.read',
  'hardship-standard.read',
];

/** Everyone who works a window: reads the queue and serves tickets. */
const SERVE_QUEUE: Permission[] = ['queue.read', 'queue.serve'];

/** Every staff member sees their own ratings. */
const OWN_RATINGS: Permission[] = ['evaluation.read-own'];

/** Every staff member takes part in the education-and-rectification programme. */
const STUDY: Permission[] = ['study.participate'];

/** What each role may do (before organisation scope is applied). */
export const ROLE_PERMISSIONS = {
  admin: [
    ...READ_REFERENCE,
    'org.manage',
    'window.manage',
    'staff.read',
    'staff.manage',
    'lawyer.manage',
    'lawyer.sanction',
    'calendar.manage',
    'hardship-standard.manage',
    'queue.read',
    'queue.issue',
    'queue.serve',
    'queue.manage',
    'legal-aid.read',
    ...OWN_RATINGS,
    ...STUDY,
    'evaluation.read',
    // dashboard and legal publicity (issue 7)
    'publicity.read',
    'rectification.handle',
    'appointment.read',
    'appointment.manage',
    // dashboard and legal publicity (issue 7)
    'dashboard.read',
    'publicity.read',
    'publicity.manage',
  ],
  receptionist: [
    ...READ_REFERENCE,
    'person.read',
    'queue.read',
    'queue.issue',
    ...OWN_RATINGS,
    ...STUDY,
    'appointment.read',
  ],
  'window-clerk': [
    ...READ_REFERENCE,
    'person.read',
    'person.view-id-number',
    ...SERVE_QUEUE,
    'legal-aid.read',
    'legal-aid.intake',
    ...OWN_RATINGS,
    ...STUDY,
  ],
  'legal-aid-reviewer': [
    ...READ_REFERENCE,
    'person.read',
    'person.view-id-number',
    ...SERVE_QUEUE,
    'legal-aid.read',
    'legal-aid.intake',
    'legal-aid.review',
    'legal-aid.assign',
    'legal-aid.view-sensitive',
    ...OWN_RATINGS,
    ...STUDY,
  ],
  'legal-aid-director': [
    ...READ_REFERENCE,
    'staff.read',
    'person.read',
    'person.view-id-number',
    'lawyer.sanction',
    ...SERVE_QUEUE,
    'legal-aid.read',
    'legal-aid.review',
    'legal-aid.decide',
    'legal-aid.assign',
    'legal-aid.view-sensitive',
    ...OWN_RATINGS,
    ...STUDY,
    'evaluation.read',
    'rectification.handle',
    // dashboard and legal publicity (issue 7)
    'dashboard.read',
  ],
  lawyer: [
    'org.read',
    'law.read',
    'calendar.read',
    'legal-aid.read',
    'legal-aid.provide',
    ...OWN_RATINGS,
    ...STUDY,
  ],
  mediator: [...READ_REFERENCE, 'person.read', ...SERVE_QUEUE, ...OWN_RATINGS, ...STUDY, 'appointment.read'],
  notary: [
    ...READ_REFERENCE,
    'person.read',
    'person.view-id-number',
    ...SERVE_QUEUE,
    ...OWN_RATINGS,
    ...STUDY,
    'appointment.read',
  ],
  'bureau-leader': [
    ...READ_REFERENCE,
    'staff.read',
    'queue.read',
    'legal-aid.read',
    'legal-aid.objection',
    ...OWN_RATINGS,
    ...STUDY,
    'evaluation.read',
    'rectification.handle',
    'study.supervise',
    'opinion.manage',
    // dashboard and legal publicity (issue 7)
    'dashboard.read',
    'publicity.read',
  ],
  'training-officer': [
    ...READ_REFERENCE,
    'staff.read',
    ...OWN_RATINGS,
    ...STUDY,
    'study.manage',
    'study.supervise',
    'opinion.manage',
    // dashboard and legal publicity (issue 7)
    'publicity.read',
    'publicity.manage',
  ],
  auditor: [
    ...READ_REFERENCE,
    'staff.read',
    'audit.read',
    'queue.read',
    'legal-aid.read',
    ...OWN_RATINGS,
    ...STUDY,
    'evaluation.read',
  ],
} satisfies Record<Role, Permission[]>;

// matters of the nine windows (issue #5): who reads and who works the window matters. Kept as one block
// appended to the roles' lists, so other features' edits to ROLE_PERMISSIONS merge cleanly.
const MATTER_GRANTS: Partial<Record<Role, Permission[]>> = {
  admin: ['matter.read'],
  receptionist: ['matter.read', 'matter.manage'],
  'window-clerk': ['matter.read', 'matter.manage'],
  'legal-aid-reviewer': ['matter.read', 'matter.manage'],
  'legal-aid-director': ['matter.read', 'matter.manage'],
  /** A duty lawyer of the lawyer team: only the matters they handle (core/access assignedUserIds). */
  lawyer: ['matter.read', 'matter.manage'],
  mediator: ['matter.read', 'matter.manage'],
  notary: ['matter.read', 'matter.manage'],
  'bureau-leader': ['matter.read', 'matter.manage'],
  auditor: ['matter.read'],
};
for (const role of Object.keys(MATTER_GRANTS) as Role[])
  (ROLE_PERMISSIONS[role] as Permission[]).push(...(MATTER_GRANTS[role] ?? []));
