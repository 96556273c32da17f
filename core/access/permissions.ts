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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_REFERENCE: Permission[] = [
  'org.read',
  'window.read',
  'lawyer.read',
  'calendar.read',
  'hardship-standard.read',
];

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
  ],
  receptionist: [...READ_REFERENCE, 'person.read'],
  'window-clerk': [...READ_REFERENCE, 'person.read', 'person.view-id-number'],
  'legal-aid-reviewer': [...READ_REFERENCE, 'person.read', 'person.view-id-number'],
  'legal-aid-director': [
    ...READ_REFERENCE,
    'staff.read',
    'person.read',
    'person.view-id-number',
    'lawyer.sanction',
  ],
  lawyer: ['org.read', 'calendar.read'],
  mediator: [...READ_REFERENCE, 'person.read'],
  notary: [...READ_REFERENCE, 'person.read', 'person.view-id-number'],
  'bureau-leader': [...READ_REFERENCE, 'staff.read'],
  'training-officer': [...READ_REFERENCE, 'staff.read'],
  auditor: [...READ_REFERENCE, 'staff.read', 'audit.read'],
} satisfies Record<Role, Permission[]>;
