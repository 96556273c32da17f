/** The menu's 好差评 (features/evaluations). */
import { LikeOutlined, RiseOutlined, ToolOutlined } from '@ant-design/icons';
import type { NavPage } from '../nav';

export const EVALUATION_PAGES: NavPage[] = [
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
];
