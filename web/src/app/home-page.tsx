import {
  AuditOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSyncOutlined,
  IdcardOutlined,
  NotificationOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@core/access';
import { services } from '@core/queue/services';
import { Card, Col, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { SERVICE_DESCRIPTION_EN } from '../features/queue/messages';
import { QueueHomeChart } from '../features/queue/queue-home-chart';
import { StudyHomeSection } from '../features/study/study-home-card';
import { useMe } from './auth';
import { type MessageKey, pick, useI18n } from './i18n';
import { accessFor, findPage } from './nav';

/** Icons of the ten services, by the export name core/queue/services.ts gives. */
const SERVICE_ICONS: Record<string, ReactNode> = {
  QuestionCircleOutlined: <QuestionCircleOutlined />,
  SafetyCertificateOutlined: <SafetyCertificateOutlined />,
  TeamOutlined: <TeamOutlined />,
  FileProtectOutlined: <FileProtectOutlined />,
  SolutionOutlined: <SolutionOutlined />,
  AuditOutlined: <AuditOutlined />,
  ExperimentOutlined: <ExperimentOutlined />,
  FileSyncOutlined: <FileSyncOutlined />,
  NotificationOutlined: <NotificationOutlined />,
  IdcardOutlined: <IdcardOutlined />,
};

/** A role's main task: a page of this console (linked when the user may open it) or one still to come. */
type Task = { page: string } | { planned: MessageKey; description: MessageKey; icon: ReactNode };

const ROLE_TASKS: Record<Role, Task[]> = {
  admin: [
    { page: 'windows' },
    { page: 'queueSettings' },
    { page: 'organisations' },
    { page: 'staff' },
    { page: 'lawyers' },
    { page: 'calendar' },
    { page: 'hardship' },
  ],
  receptionist: [{ page: 'queueReception' }, { page: 'lawyers' }],
  'window-clerk': [
    { page: 'queueConsole' },
    { page: 'legalAidIntake' },
    { page: 'legalAidToday' },
    { page: 'myDeadlines' },
    { page: 'lawyers' },
    { page: 'hardship' },
    { page: 'calendar' },
  ],
  'legal-aid-reviewer': [
    { page: 'legalAidToday' },
    { page: 'myDeadlines' },
    { page: 'legalAidList' },
    { page: 'legalAidVerifications' },
    { page: 'hardship' },
    { page: 'lawyers' },
    { page: 'calendar' },
  ],
  'legal-aid-director': [
    { page: 'legalAidToday' },
    { page: 'legalAidReminders' },
    { page: 'legalAidList' },
    { page: 'lawyers' },
    { page: 'hardship' },
    { page: 'staff' },
  ],
  lawyer: [{ page: 'legalAidMine' }, { page: 'myDeadlines' }, { page: 'calendar' }],
  // window matters (issue #5): the mediation and notarization windows are pages now
  mediator: [{ page: 'matters-mediation' }, { page: 'myDeadlines' }, { page: 'calendar' }],
  notary: [{ page: 'matters-notarization' }, { page: 'myDeadlines' }, { page: 'calendar' }],
  'bureau-leader': [
    { page: 'queueStats' },
    { page: 'legalAidReminders' },
    { page: 'dashboard' },
    { page: 'staff' },
    { page: 'lawyers' },
  ],
  'training-officer': [
    { page: 'studyPlans' },
    { page: 'studyAttendance' },
    { page: 'studyPapers' },
    { page: 'studyBulletins' },
    { page: 'staff' },
  ],
  auditor: [{ page: 'audit' }, { page: 'staff' }],
};

interface TaskCard {
  key: string;
  title: string;
  description: string;
  icon: ReactNode;
  to?: string;
}

function TaskTile({ task, comingSoon }: { task: TaskCard; comingSoon: string }) {
  const card = (
    <Card
      className={`lh-task${task.to ? '' : ' lh-task-muted'}`}
      size="small"
      styles={{ body: { padding: 16 } }}
    >
      <div className="lh-task-body">
        <span className="lh-task-icon">{task.icon}</span>
        <div>
          <div className="lh-task-title">
            {task.title}
            {task.to ? null : <Tag variant="filled">{comingSoon}</Tag>}
          </div>
          <div className="lh-task-desc">{task.description}</div>
        </div>
      </div>
    </Card>
  );
  return task.to ? (
    <Link to={task.to} className="lh-task-link">
      {card}
    </Link>
  ) : (
    card
  );
}

function today(locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    timeZone: 'Asia/Shanghai',
  }).format(new Date());
}

/** The home page: a welcome, the user's main tasks as shortcuts, and the hall's ten services. */
export function HomePage() {
  const me = useMe();
  const { t, locale } = useI18n();
  // The leaders' home is the dashboard (issue 7).
  if (me.user.roles.includes('bureau-leader') && me.abilities.includes('dashboard.read'))
    return <Navigate to="/dashboard" replace />;

  const seen = new Set<string>();
  const tasks: TaskCard[] = [];
  for (const role of me.user.roles) {
    for (const task of ROLE_TASKS[role as Role] ?? []) {
      if ('page' in task) {
        const page = findPage(task.page);
        const access = accessFor(page, me.abilities);
        if (!access || seen.has(page.key)) continue;
        seen.add(page.key);
        tasks.push({
          key: page.key,
          title: t(access.label),
          description: t(access.description),
          icon: page.icon,
          to: page.path,
        });
      } else if (!seen.has(task.planned)) {
        seen.add(task.planned);
        tasks.push({
          key: task.planned,
          title: t(task.planned),
          description: t(task.description),
          icon: task.icon,
        });
      }
    }
  }
  // Pages come first; tasks still to come after them.
  tasks.sort((a, b) => Number(!a.to) - Number(!b.to));

  return (
    <div>
      <Card className="lh-welcome" variant="borderless">
        <h1 className="lh-welcome-title">{t('home.greeting', { name: me.user.displayName })}</h1>
        <div style={{ color: 'var(--lh-text-2)' }}>
          <ScheduleOutlined style={{ marginRight: 6 }} />
          {t('home.intro', { date: today(locale) })}
        </div>
      </Card>

      <div className="lh-section-title">{t('home.tasks')}</div>
      {tasks.length ? (
        <Row gutter={[16, 16]}>
          {tasks.map((task) => (
            <Col key={task.key} xs={24} md={12} xl={8} xxl={6}>
              <TaskTile task={task} comingSoon={t('home.comingSoon')} />
            </Col>
          ))}
        </Row>
      ) : (
        <Card>{t('home.noTasks')}</Card>
      )}

      <StudyHomeSection />

      <QueueHomeChart />

      <div className="lh-section-title">
        {t('home.services')}
        <small>{t('home.servicesHint')}</small>
      </div>
      <div className="lh-services">
        {services.map((s) => (
          <div key={s.code} className="lh-service">
            <div className="lh-service-head">
              <span className="lh-service-icon">{SERVICE_ICONS[s.icon]}</span>
              <span className="lh-service-name">{pick(locale, s.nameZh, s.nameEn)}</span>
              <span className="lh-service-letter">{s.ticketPrefix}</span>
            </div>
            <div className="lh-service-desc">
              {pick(locale, s.descriptionZh, SERVICE_DESCRIPTION_EN[s.code] ?? s.descriptionZh)}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
