import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { useEvaluationMessages } from './messages';
import { PartyBadge } from './party-badge';
import type { RankingRow } from './types';

type By = 'window' | 'staff' | 'lawyer';

/** 评价排名 (leaders, within their scope): satisfaction rate, mean level and count per window, staff or lawyer. */
export default function RankingsPage() {
  const m = useEvaluationMessages();
  const [by, setBy] = useState<By>('window');
  const rankings = useQuery({
    queryKey: ['evaluations', 'rankings', by],
    queryFn: () => api.get<{ rows: RankingRow[] }>('/api/evaluations/rankings', { by }),
  });
  return (
    <div>
      <PageHeader title={m('rankings')} subtitle={m('rankingsSubtitle')} />
      <Card
        extra={
          <Segmented<By>
            value={by}
            onChange={setBy}
            options={[
              { value: 'window', label: m('window') },
              { value: 'staff', label: m('staff') },
              { value: 'lawyer', label: m('lawyer') },
            ]}
          />
        }
      >
        <Table<RankingRow>
          rowKey="key"
          loading={rankings.isPending}
          dataSource={rankings.data?.rows ?? []}
          pagination={false}
          columns={[
            { title: m('rank'), dataIndex: 'rank', width: 70 },
            {
              title: m(by),
              render: (_v, r) => (
                <span>
                  {r.label} <PartyBadge show={r.partyMember} />
                </span>
              ),
            },
            { title: m('count'), dataIndex: 'count', width: 90 },
            {
              title: m('satisfaction'),
              render: (_v, r) => `${(r.satisfactionRate * 100).toFixed(1)}%`,
              width: 100,
            },
            { title: m('average'), dataIndex: 'averageLevel', width: 100 },
            { title: m('badCount'), dataIndex: 'badCount', width: 90 },
          ]}
        />
      </Card>
    </div>
  );
}
