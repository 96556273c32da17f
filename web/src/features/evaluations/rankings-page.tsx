import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { PartyBadge } from './party-badge';
import type { RankingRow } from './types';

type By = 'window' | 'staff' | 'lawyer';

/** 评价排名 (leaders, within their scope): satisfaction rate, mean level and count per window, staff or lawyer. */
export default function RankingsPage() {
  const [by, setBy] = useState<By>('window');
  const rankings = useQuery({
    queryKey: ['evaluations', 'rankings', by],
    queryFn: () => api.get<{ rows: RankingRow[] }>('/api/evaluations/rankings', { by }),
  });
  return (
    <div>
      <PageHeader
        title="评价排名"
        subtitle="按满意率（非常满意、满意、基本满意的比例）、平均等级、评价数排序"
      />
      <Card
        extra={
          <Segmented<By>
            value={by}
            onChange={setBy}
            options={[
              { value: 'window', label: '窗口' },
              { value: 'staff', label: '工作人员' },
              { value: 'lawyer', label: '律师' },
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
            { title: '名次', dataIndex: 'rank', width: 70 },
            {
              title: by === 'window' ? '窗口' : by === 'staff' ? '工作人员' : '律师',
              render: (_v, r) => (
                <span>
                  {r.label} <PartyBadge show={r.partyMember} />
                </span>
              ),
            },
            { title: '评价数', dataIndex: 'count', width: 90 },
            { title: '满意率', render: (_v, r) => `${(r.satisfactionRate * 100).toFixed(1)}%`, width: 100 },
            { title: '平均等级', dataIndex: 'averageLevel', width: 100 },
            { title: '差评数', dataIndex: 'badCount', width: 90 },
          ]}
        />
      </Card>
    </div>
  );
}
