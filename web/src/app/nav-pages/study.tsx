/** The menu's 教育整顿, the staff programme (features/study). */
import {
  BarChartOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  DatabaseOutlined,
  EditOutlined,
  FileTextOutlined,
  FormOutlined,
  MessageOutlined,
  NotificationOutlined,
  ReadOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { NavPage } from '../nav';

export const STUDY_PAGES: NavPage[] = [
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
