/**
 * The menu's 窗口服务: the queue, appointments, the lecturers, the nine windows' matters and 我的期限 (which
 * also closes the 法律援助 group for staff who see only legal aid).
 */
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined as BookingOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  IdcardOutlined,
  NotificationOutlined,
  PhoneOutlined,
  QuestionCircleOutlined,
  ReconciliationOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { NavPage } from '../nav';

export const HALL_PAGES: NavPage[] = [
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
  // Appointments booked on the phone (features/appointments).
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
  // 普法讲师团: lecturers and lectures (features/publicity).
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
];
