import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { useMe } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { EvaluationTable } from './evaluation-table';
import { useEvaluationMessages } from './messages';
import { PartyBadge } from './party-badge';
import type { EvaluationPage } from './types';

/** 我的评价: what citizens said about the services this staff member (or lawyer) gave. */
export default function MyRatingsPage() {
  const me = useMe();
  const m = useEvaluationMessages();
  const mine = useQuery({
    queryKey: ['evaluations', 'mine'],
    queryFn: () => api.get<EvaluationPage>('/api/evaluations/mine', { pageSize: 200 }),
  });
  const s = mine.data?.summary;
  return (
    <div>
      <PageHeader
        title={
          <span>
            {m('myRatings')} <PartyBadge show={me.user.partyMember} />
          </span>
        }
        subtitle={m('myRatingsSubtitle')}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card>
            <Statistic title={m('count')} value={s?.count ?? 0} />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title={m('satisfaction')}
              value={s?.satisfactionRate == null ? '—' : (s.satisfactionRate * 100).toFixed(1)}
              suffix={s?.satisfactionRate == null ? '' : '%'}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title={m('averageLevel')} value={s?.averageLevel ?? '—'} />
          </Card>
        </Col>
      </Row>
      <Card>
        <EvaluationTable items={mine.data?.items ?? []} loading={mine.isPending} />
      </Card>
    </div>
  );
}
