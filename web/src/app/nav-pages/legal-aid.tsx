/** The menu's 法律援助 (features/legal-aid). */
import {
  BellOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  ProfileOutlined,
  SafetyOutlined,
} from '@ant-design/icons';
import type { NavPage } from '../nav';

export const LEGAL_AID_PAGES: NavPage[] = [
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
];
