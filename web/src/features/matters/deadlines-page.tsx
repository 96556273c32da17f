import { Table } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { ArticleLink } from '../laws/article-link';
import { ClockTag } from './clock-tag';
import { useMatterMessages } from './messages';
import { useMatterSummary, useMyDeadlines, useServiceName } from './queries';
import type { DeadlineItem } from './types';
import './matters.css';

/** /matters/deadlines — the clocks of the matters the user handles, soonest first. */
export default function MyDeadlinesPage() {
  const m = useMatterMessages();
  const deadlines = useMyDeadlines();
  const serviceName = useServiceName();
  const summaryOf = useMatterSummary();
  return (
    <div className="matters-page">
      <PageHeader title={m('deadlinesTitle')} subtitle={m('deadlinesSubtitle')} />
      <Table<DeadlineItem>
        data-testid="my-deadlines"
        rowKey={(row) => `${row.matterId}-${row.kind}`}
        loading={deadlines.isLoading}
        dataSource={deadlines.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: m('colNumber'),
            dataIndex: 'number',
            render: (number: string, row) => (
              <Link to={`/matters/${row.matterId}`}>
                {serviceName(row.service, row.serviceName)} {number}
              </Link>
            ),
          },
          {
            title: m('colSummary'),
            dataIndex: 'summary',
            ellipsis: true,
            render: (summary: string, row) => summaryOf(row.service, summary),
          },
          {
            title: m('colClock'),
            width: 300,
            render: (_v, row) => <ClockTag service={row.service} clock={row} wrap showDue={false} />,
          },
          {
            title: m('colSource'),
            dataIndex: 'source',
            render: (source: string) => <ArticleLink source={source} />,
          },
          { title: m('colDue'), dataIndex: 'dueOn' },
        ]}
      />
    </div>
  );
}
