import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { useCodeLabel } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { ArticleLink } from '../laws/article-link';
import { DEADLINE } from '../legal-aid/messages';
import { useReminders } from '../legal-aid/queries';
import { ClockTag } from './clock-tag';
import { type DeadlineRow, mergeDeadlines } from './deadline-rows';
import { useMatterMessages } from './messages';
import { useMatterTitle, useMyDeadlines, useServiceName } from './queries';
import './matters.css';

const AID_LEVEL_COLORS = { overdue: 'red', 'due-soon': 'orange', info: 'blue' } as const;

/**
 * /matters/deadlines — 我的期限: the clocks of the window matters the user handles and the legal-aid
 * deadline reminders addressed to them, in one list (overdue first, then by last day), each row linking
 * to its matter. Each part is fetched only with its permission (matter.read / legal-aid.read); the old
 * 我的提醒 route leads here, and marking reminders read stays on /legal-aid/reminders/manage.
 */
export default function MyDeadlinesPage() {
  const m = useMatterMessages();
  const canMatters = useCan('matter.read');
  const canAid = useCan('legal-aid.read');
  const deadlines = useMyDeadlines(canMatters);
  const reminders = useReminders(
    { scope: 'mine', state: 'open', unread: false, page: 1, pageSize: 100 },
    canAid,
  );
  const serviceName = useServiceName();
  const titleOf = useMatterTitle();
  const aidClock = useCodeLabel(DEADLINE);
  const rows = mergeDeadlines(
    canMatters ? (deadlines.data?.items ?? []) : [],
    canAid ? (reminders.data?.items ?? []) : [],
  );
  return (
    <div className="matters-page">
      <PageHeader
        title={m('deadlinesTitle')}
        subtitle={m('deadlinesSubtitle')}
        extra={canAid ? <Link to="/legal-aid/reminders/manage">{m('manageAidReminders')}</Link> : null}
      />
      <Table<DeadlineRow>
        data-testid="my-deadlines"
        rowKey="key"
        loading={(canMatters && deadlines.isLoading) || (canAid && reminders.isLoading)}
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: m('colNumber'),
            dataIndex: 'number',
            render: (number: string, row) => (
              <Link to={row.href} data-testid="deadline-matter">
                {row.origin === 'matter'
                  ? serviceName(row.clock.service, row.clock.serviceName)
                  : m('legalAid')}{' '}
                {number}
              </Link>
            ),
          },
          {
            title: m('colSummary'),
            ellipsis: true,
            render: (_v, row) =>
              row.origin === 'matter'
                ? titleOf(row.clock)
                : `${m('legalAid')} · ${row.reminder.applicantName}`,
          },
          {
            title: m('colClock'),
            width: 300,
            render: (_v, row) =>
              row.origin === 'matter' ? (
                <ClockTag service={row.clock.service} clock={row.clock} wrap showDue={false} />
              ) : (
                <Tag color={AID_LEVEL_COLORS[row.reminder.level]} data-testid="deadline-aid-clock">
                  {aidClock(row.reminder.kind, row.reminder.kindLabel)}
                </Tag>
              ),
          },
          {
            title: m('colSource'),
            render: (_v, row) => {
              const source = row.origin === 'matter' ? row.clock.source : row.reminder.source;
              return source ? <ArticleLink source={source} /> : null;
            },
          },
          { title: m('colDue'), dataIndex: 'dueOn' },
        ]}
      />
    </div>
  );
}
