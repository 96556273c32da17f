/** The menu's 监督审计: the audit log and the leaders' dashboard (features/audit, features/dashboard). */
import { AuditOutlined, DashboardOutlined } from '@ant-design/icons';
import type { NavPage } from '../nav';

export const SUPERVISION_PAGES: NavPage[] = [
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
];
