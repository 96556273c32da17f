/**
 * The console's pages and who sees them. A page may be reached through a managing permission (it then sits
 * under 系统管理 and shows edit actions) or a reading one (业务资料, read only). The menu, the route guards
 * and the home shortcuts all read this one list, so the UI hides exactly what the server would refuse.
 */
import type { Permission } from '@core/access';
import type { ReactNode } from 'react';
import type { MessageKey } from './i18n';
import type { NavParent } from './nav-match';
import { ADMIN_PAGES } from './nav-pages/admin';
import { EVALUATION_PAGES } from './nav-pages/evaluation';
import { HALL_PAGES } from './nav-pages/hall';
import { LEGAL_AID_PAGES } from './nav-pages/legal-aid';
import { STUDY_PAGES } from './nav-pages/study';
import { SUPERVISION_PAGES } from './nav-pages/supervision';

export type NavGroup =
  | 'hall'
  | 'legalAid'
  | 'evaluation'
  | 'admin'
  | 'reference'
  | 'supervision'
  // Staff programme (features/study).
  | 'study';

export interface PageAccess {
  permission: Permission;
  group: NavGroup;
  label: MessageKey;
  description: MessageKey;
}

export interface NavPage {
  key: string;
  path: string;
  icon: ReactNode;
  /** Tried in order; the first the user holds decides the label and group. */
  access: PageAccess[];
}

/**
 * Every page of the menu, one table per menu area (nav-pages/). The menu lists a group's pages in this order;
 * legal aid comes before the hall so that 我的期限 (hall.tsx) closes the 法律援助 group for staff who see only
 * legal aid.
 */
export const NAV_PAGES: NavPage[] = [
  ...LEGAL_AID_PAGES,
  ...HALL_PAGES,
  ...EVALUATION_PAGES,
  ...ADMIN_PAGES,
  ...SUPERVISION_PAGES,
  ...STUDY_PAGES,
];

export const NAV_GROUPS: { group: NavGroup; label: MessageKey }[] = [
  { group: 'hall', label: 'nav.hall' },
  { group: 'legalAid', label: 'nav.legalAid' },
  { group: 'evaluation', label: 'nav.evaluation' },
  { group: 'admin', label: 'nav.admin' },
  { group: 'reference', label: 'nav.reference' },
  { group: 'supervision', label: 'nav.supervision' },
  // Staff programme (features/study).
  { group: 'study', label: 'nav.study' },
];

/**
 * Routes under no menu path, and the entry they belong to: the page their route Guard names
 * (router.tsx). A matter's detail page refines its own to the matter's window (useNavSection).
 */
export const NAV_PARENTS: NavParent[] = [
  // A matter: its window's list, named by the page once the matter is loaded (never 我的期限 meanwhile).
  { prefix: '/matters/' },
  { prefix: '/study/sessions/', path: '/study/plans' },
  { prefix: '/study/attempts/', path: '/study/tests' },
  { prefix: '/check-in', path: '/study/me' },
];

/** How this user reaches `page`, or undefined when they may not. */
export function accessFor(page: NavPage, abilities: readonly string[]): PageAccess | undefined {
  return page.access.find((a) => abilities.includes(a.permission));
}

export function findPage(key: string): NavPage {
  const page = NAV_PAGES.find((p) => p.key === key);
  if (!page) throw new RangeError(`Unknown page ${key}`);
  return page;
}
