import { Card, Table, Tag } from 'antd';
import { ArticleLink } from '../laws/article-link';
import { useMatterMessages } from './messages';
import { useValueLabel } from './payload-form';
import type { ArbitrationClaim, MatterDetail, ValueLabels } from './types';

/**
 * An arbitration matter's claims, each with its own limitation (劳动争议调解仲裁法 第二十七条): the rule,
 * the day it runs from, its last day and whether the claim was applied for in time. Nothing for other
 * windows, or for a matter recorded before claims carried their limitation.
 */
export function ClaimLimitations({
  matter,
  valueLabels,
}: {
  matter: MatterDetail;
  valueLabels: ValueLabels;
}) {
  const m = useMatterMessages();
  const label = useValueLabel(valueLabels);
  const claims =
    matter.service === 'arbitration' ? (matter.state.claims as ArbitrationClaim[] | undefined) : undefined;
  if (!claims?.length || !claims.every((c) => c.limitation)) return null;
  return (
    <Card title={m('claimLimitations')} style={{ marginBottom: 16 }}>
      <Table
        size="small"
        pagination={false}
        rowKey={(_c, index) => String(index)}
        dataSource={claims}
        data-testid="claim-limitations"
        columns={[
          {
            title: m('colClaim'),
            key: 'kind',
            render: (_v, claim, index) => `${index + 1}. ${label(claim.kind)}`,
          },
          { title: m('colRule'), key: 'rule', render: (_v, claim) => m(`rule-${claim.limitation.rule}`) },
          {
            title: m('colRunsFrom'),
            key: 'runsFrom',
            render: (_v, claim) => claim.limitation.runsFrom ?? '—',
          },
          { title: m('colLastDay'), key: 'lastDay', render: (_v, claim) => claim.limitation.lastDay ?? '—' },
          {
            title: m('colStatus'),
            key: 'expired',
            render: (_v, claim) =>
              claim.limitation.lastDay === null ? (
                <Tag>{m('notLimited')}</Tag>
              ) : claim.limitation.expired ? (
                <Tag color="error">{m('outOfTime')}</Tag>
              ) : (
                <Tag color="success">{m('inTime')}</Tag>
              ),
          },
          {
            title: m('colSource'),
            key: 'source',
            render: (_v, claim) => <ArticleLink source={claim.limitation.source} />,
          },
        ]}
      />
    </Card>
  );
}
