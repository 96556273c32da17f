import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { useMe } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { EvaluationTable } from './evaluation-table';
import { PartyBadge } from './party-badge';
import type { EvaluationPage } from './types';

/** 我的评价: what citizens said about the services this staff member (or lawyer) gave. */
export default function MyRatingsPage() {
  const me = useMe();
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
            我的评价 <PartyBadge show={me.user.partyMember} />
          </span>
        }
        subtitle="政务服务“好差评”：群众对本人所提供服务的评价；差评由中心回访整改"
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card>
            <Statistic title="评价数" value={s?.count ?? 0} />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title="满意率"
              value={s?.satisfactionRate == null ? '—' : (s.satisfactionRate * 100).toFixed(1)}
              suffix={s?.satisfactionRate == null ? '' : '%'}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic title="平均等级（5 = 非常满意）" value={s?.averageLevel ?? '—'} />
          </Card>
        </Col>
      </Row>
      <Card>
        <EvaluationTable items={mine.data?.items ?? []} loading={mine.isPending} />
      </Card>
    </div>
  );
}
