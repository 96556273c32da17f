/**
 * The console's pages and who sees them. A page may be reached through a managing permission (it then sits
 * under 系统管理 and shows edit actions) or a reading one (业务资料, read only). The menu, the route guards
 * and the home shortcuts all read this one list, so the UI hides exactly what the server would refuse.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined as BookingOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DesktopOutlined,
  EditOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  IdcardOutlined,
  LikeOutlined,
  MessageOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  ReconciliationOutlined,
  RiseOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Permission } from '@core/access';
import type { ReactNode } from 'react';
import type { MessageKey } from './i18n';
import type { NavParent } from './nav-match';

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

export const NAV_PAGES: NavPage[] = [
  // The hall's queue (features/queue).
  {
    key: 'queueConsole',
    path: '/queue/console',
    icon: <PhoneOutlined />,
    access: [
      { permission: 'queue.serve', group: 'hall', label: 'task.queue', description: 'task.queueDesc' },
    ],
  },
  {
    key: 'queueReception',
    path: '/queue/reception',
    icon: <UserSwitchOutlined />,
    access: [
      {
        permission: 'queue.issue',
        group: 'hall',
        label: 'task.reception',
        description: 'task.receptionDesc',
      },
    ],
  },
  {
    key: 'queueStats',
    path: '/queue/stats',
    icon: <BarChartOutlined />,
    access: [
      {
        permission: 'queue.read',
        group: 'hall',
        label: 'nav.queueStats',
        description: 'task.queueStatsDesc',
      },
    ],
  },
  // Legal aid (features/legal-aid).
  {
    key: 'legalAidIntake',
    path: '/legal-aid/new',
    icon: <FileAddOutlined />,
    access: [
      {
        permission: 'legal-aid.intake',
        group: 'legalAid',
        label: 'nav.legalAidIntake',
        description: 'task.legalAidIntakeDesc',
      },
    ],
  },
  {
    key: 'legalAidToday',
    path: '/legal-aid/today',
    icon: <DashboardOutlined />,
    access: [
      {
        permission: 'legal-aid.read',
        group: 'legalAid',
        label: 'nav.legalAidToday',
        description: 'task.legalAidTodayDesc',
      },
    ],
  },
  {
    key: 'legalAidMine',
    path: '/legal-aid/mine',
    icon: <ProfileOutlined />,
    access: [
      {
        permission: 'legal-aid.provide',
        group: 'legalAid',
        label: 'nav.legalAidMine',
        description: 'task.myCasesDesc',
      },
    ],
  },
  {
    key: 'legalAidVerifications',
    path: '/legal-aid/verifications',
    icon: <SafetyOutlined />,
    access: [
      {
        permission: 'legal-aid.review',
        group: 'legalAid',
        label: 'nav.legalAidVerifications',
        description: 'task.legalAidVerificationsDesc',
      },
    ],
  },
  {
    key: 'legalAidReminders',
    path: '/legal-aid/reminders/manage',
    icon: <BellOutlined />,
    access: [
      {
        permission: 'legal-aid.read',
        group: 'legalAid',
        label: 'nav.legalAidReminders',
        description: 'task.legalAidRemindersDesc',
      },
    ],
  },
  {
    key: 'legalAidList',
    path: '/legal-aid',
    icon: <FileDoneOutlined />,
    access: [
      {
        permission: 'legal-aid.read',
        group: 'legalAid',
        label: 'nav.legalAidList',
        description: 'task.legalAidListDesc',
      },
    ],
  },
  // The law library (features/laws): every staff role reads it.
  {
    key: 'laws',
    path: '/laws',
    icon: <BookOutlined />,
    access: [{ permission: 'law.read', group: 'reference', label: 'nav.laws', description: 'task.lawsDesc' }],
  },
  // 好差评 and appointments (features/evaluations, features/appointments).
  {
    key: 'appointments',
    path: '/appointments',
    icon: <BookingOutlined />,
    access: [
      {
        permission: 'appointment.read',
        group: 'hall',
        label: 'nav.appointments',
        description: 'task.appointmentsDesc',
      },
    ],
  },
  {
    key: 'myRatings',
    path: '/evaluations/mine',
    icon: <LikeOutlined />,
    access: [
      {
        permission: 'evaluation.read-own',
        group: 'evaluation',
        label: 'nav.myRatings',
        description: 'task.myRatingsDesc',
      },
    ],
  },
  {
    key: 'ratingRankings',
    path: '/evaluations/rankings',
    icon: <RiseOutlined />,
    access: [
      {
        permission: 'evaluation.read',
        group: 'evaluation',
        label: 'nav.ratingRankings',
        description: 'task.ratingRankingsDesc',
      },
    ],
  },
  {
    key: 'rectifications',
    path: '/evaluations/rectifications',
    icon: <ToolOutlined />,
    access: [
      {
        permission: 'rectification.handle',
        group: 'evaluation',
        label: 'nav.rectifications',
        description: 'task.rectificationsDesc',
      },
    ],
  },
  {
    key: 'windows',
    path: '/admin/windows',
    icon: <DesktopOutlined />,
    access: [
      { permission: 'window.manage', group: 'admin', label: 'nav.windows', description: 'task.windowsDesc' },
    ],
  },
  {
    key: 'organisations',
    path: '/admin/organisations',
    icon: <ApartmentOutlined />,
    access: [
      {
        permission: 'org.manage',
        group: 'admin',
        label: 'nav.organisations',
        description: 'task.organisationsDesc',
      },
    ],
  },
  {
    key: 'staff',
    path: '/admin/staff',
    icon: <TeamOutlined />,
    access: [
      { permission: 'staff.manage', group: 'admin', label: 'nav.staff', description: 'task.staffDesc' },
      {
        permission: 'staff.read',
        group: 'reference',
        label: 'nav.staffDirectory',
        description: 'task.staffDirectoryDesc',
      },
    ],
  },
  {
    key: 'lawyers',
    path: '/admin/lawyers',
    icon: <SolutionOutlined />,
    access: [
      { permission: 'lawyer.manage', group: 'admin', label: 'nav.lawyers', description: 'task.lawyersDesc' },
      {
        permission: 'lawyer.read',
        group: 'reference',
        label: 'nav.lawyers',
        description: 'task.lawyersDesc',
      },
    ],
  },
  {
    key: 'calendar',
    path: '/admin/calendar',
    icon: <CalendarOutlined />,
    access: [
      {
        permission: 'calendar.manage',
        group: 'admin',
        label: 'nav.calendar',
        description: 'task.calendarDesc',
      },
      {
        permission: 'calendar.read',
        group: 'reference',
        label: 'nav.calendarView',
        description: 'task.calendarViewDesc',
      },
    ],
  },
  {
    key: 'hardship',
    path: '/admin/hardship-standards',
    icon: <FileSearchOutlined />,
    access: [
      {
        permission: 'hardship-standard.manage',
        group: 'admin',
        label: 'nav.hardship',
        description: 'task.hardshipDesc',
      },
      {
        permission: 'hardship-standard.read',
        group: 'reference',
        label: 'nav.hardship',
        description: 'task.hardshipDesc',
      },
    ],
  },
  {
    key: 'audit',
    path: '/admin/audit',
    icon: <AuditOutlined />,
    access: [
      { permission: 'audit.read', group: 'supervision', label: 'nav.audit', description: 'task.auditDesc' },
    ],
  },
  // The leadership dashboard (features/dashboard, issue 7).
  {
    key: 'dashboard',
    path: '/dashboard',
    icon: <DashboardOutlined />,
    access: [
      {
        permission: 'dashboard.read',
        group: 'supervision',
        label: 'task.dashboard',
        description: 'task.dashboardDesc',
      },
    ],
  },
  {
    key: 'publicity',
    path: '/publicity/lectures',
    icon: <SolutionOutlined />,
    access: [
      {
        permission: 'publicity.read',
        group: 'hall',
        label: 'nav.publicity',
        description: 'task.publicityDesc',
      },
    ],
  },
  // matters of the nine windows (issue #5): one list per window, and my deadlines
  {
    key: 'matters-consultation',
    path: '/matters/w/consultation',
    icon: <QuestionCircleOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersConsultation',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-mediation',
    path: '/matters/w/mediation',
    icon: <TeamOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersMediation',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-notarization',
    path: '/matters/w/notarization',
    icon: <FileProtectOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersNotarization',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-lawyer',
    path: '/matters/w/lawyer',
    icon: <SolutionOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersLawyer',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-arbitration',
    path: '/matters/w/arbitration',
    icon: <AuditOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersArbitration',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-appraisal',
    path: '/matters/w/appraisal',
    icon: <ExperimentOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersAppraisal',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-reconsideration',
    path: '/matters/w/reconsideration',
    icon: <ReconciliationOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersReconsideration',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-publicity',
    path: '/matters/w/publicity',
    icon: <NotificationOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersPublicity',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'matters-aid-qualification',
    path: '/matters/w/aid-qualification',
    icon: <IdcardOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.mattersAidQualification',
        description: 'task.mattersDesc',
      },
    ],
  },
  {
    key: 'myDeadlines',
    path: '/matters/deadlines',
    icon: <FieldTimeOutlined />,
    access: [
      {
        permission: 'matter.read',
        group: 'hall',
        label: 'nav.myDeadlines',
        description: 'task.myDeadlinesDesc',
      },
      // One 我的期限 for window matters and legal aid: staff who see only legal aid reach it too.
      {
        permission: 'legal-aid.read',
        group: 'legalAid',
        label: 'nav.myDeadlines',
        description: 'task.myDeadlinesDesc',
      },
    ],
  },
  // Staff programme 队伍教育整顿 (features/study).
  {
    key: 'studyMine',
    path: '/study/me',
    icon: <ReadOutlined />,
    access: [
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyMine',
        description: 'task.studyMineDesc',
      },
    ],
  },
  {
    key: 'studyPlans',
    path: '/study/plans',
    icon: <ScheduleOutlined />,
    access: [
      {
        permission: 'study.manage',
        group: 'study',
        label: 'nav.studyPlans',
        description: 'task.studyPlansDesc',
      },
      {
        permission: 'study.supervise',
        group: 'study',
        label: 'nav.studyPlans',
        description: 'task.studyPlansDesc',
      },
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyPlans',
        description: 'task.studyPlansMineDesc',
      },
    ],
  },
  {
    key: 'studyTests',
    path: '/study/tests',
    icon: <EditOutlined />,
    access: [
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyTests',
        description: 'task.studyTestsDesc',
      },
    ],
  },
  {
    key: 'studyBulletins',
    path: '/study/bulletins',
    icon: <NotificationOutlined />,
    access: [
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyBulletins',
        description: 'task.studyBulletinsDesc',
      },
    ],
  },
  {
    key: 'studyLeave',
    path: '/study/leave',
    icon: <CheckSquareOutlined />,
    access: [
      {
        permission: 'study.manage',
        group: 'study',
        label: 'nav.studyLeave',
        description: 'task.studyLeaveDesc',
      },
    ],
  },
  {
    key: 'studyQuestions',
    path: '/study/questions',
    icon: <DatabaseOutlined />,
    access: [
      {
        permission: 'study.manage',
        group: 'study',
        label: 'nav.studyQuestions',
        description: 'task.studyQuestionsDesc',
      },
    ],
  },
  {
    key: 'studyPapers',
    path: '/study/papers',
    icon: <FileTextOutlined />,
    access: [
      {
        permission: 'study.manage',
        group: 'study',
        label: 'nav.studyPapers',
        description: 'task.studyPapersDesc',
      },
      {
        permission: 'study.supervise',
        group: 'study',
        label: 'nav.studyPapers',
        description: 'task.studyPapersDesc',
      },
    ],
  },
  {
    key: 'studySpotChecks',
    path: '/study/spot-checks',
    icon: <FormOutlined />,
    access: [
      {
        permission: 'study.supervise',
        group: 'study',
        label: 'nav.studySpotChecks',
        description: 'task.studySpotChecksDesc',
      },
    ],
  },
  {
    key: 'studyTalks',
    path: '/study/talks',
    icon: <CommentOutlined />,
    access: [
      {
        permission: 'study.supervise',
        group: 'study',
        label: 'nav.studyTalks',
        description: 'task.studyTalksDesc',
      },
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyTalks',
        description: 'task.studyTalksMineDesc',
      },
    ],
  },
  {
    key: 'opinions',
    path: '/study/opinions',
    icon: <MessageOutlined />,
    access: [
      {
        permission: 'opinion.manage',
        group: 'study',
        label: 'nav.opinions',
        description: 'task.opinionsDesc',
      },
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.opinionsAssigned',
        description: 'task.opinionsAssignedDesc',
      },
    ],
  },
  // Staff programme: attendance rates (staff-web, session 3).
  {
    key: 'studyAttendance',
    path: '/study/attendance',
    icon: <BarChartOutlined />,
    access: [
      {
        permission: 'study.supervise',
        group: 'study',
        label: 'nav.studyAttendance',
        description: 'task.studyAttendanceDesc',
      },
      {
        permission: 'study.participate',
        group: 'study',
        label: 'nav.studyAttendance',
        description: 'task.studyAttendanceDesc',
      },
    ],
  },
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
  { prefix: '/matters/', path: '/matters/deadlines' },
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
