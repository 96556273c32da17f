/**
 * The menu's 系统管理 and 业务资料: the same pages reached through a managing permission (系统管理, with edit
 * actions) or a reading one (业务资料, read only), and the law library.
 */
import {
  ApartmentOutlined,
  BookOutlined,
  CalendarOutlined,
  DesktopOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { NavPage } from '../nav';

export const ADMIN_PAGES: NavPage[] = [
  // The law library (features/laws): every staff role reads it.
  {
    key: 'laws',
    path: '/laws',
    icon: <BookOutlined />,
    access: [{ permission: 'law.read', group: 'reference', label: 'nav.laws', description: 'task.lawsDesc' }],
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
    key: 'queueSettings',
    path: '/admin/queue-settings',
    icon: <FieldTimeOutlined />,
    access: [
      {
        permission: 'queue.manage',
        group: 'admin',
        label: 'nav.queueSettings',
        description: 'task.queueSettingsDesc',
      },
      {
        permission: 'queue.read',
        group: 'reference',
        label: 'nav.queueSettings',
        description: 'task.queueSettingsDesc',
      },
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
];
