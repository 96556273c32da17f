import { Table, Tag } from 'antd';
import { LEVEL_COLORS, PartyBadge } from './party-badge';
import type { EvaluationItem } from './types';

/** The evaluations list shared by 我的评价 (and any later leader list). */
export function EvaluationTable({ items, loading }: { items: EvaluationItem[]; loading: boolean }) {
  return (
    <Table<EvaluationItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20 }}
      columns={[
        { title: '日期', dataIndex: 'businessDate', width: 110 },
        {
          title: '评价',
          render: (_v, r) => <Tag color={LEVEL_COLORS[r.level]}>{r.levelLabel}</Tag>,
          width: 110,
        },
        { title: '事项', render: (_v, r) => `${r.serviceName} · ${r.subjectNumber}` },
        {
          title: '窗口 / 人员',
          render: (_v, r) => (
            <span>
              {r.windowNumber ? `${r.windowNumber}号窗口 ` : ''}
              {r.staffName ?? ''} <PartyBadge show={r.staffPartyMember} />
              {r.lawyerName ? ` 律师：${r.lawyerName}` : ''}
            </span>
          ),
        },
        {
          title: '标签与意见',
          render: (_v, r) => (
            <span>
              {r.tags.map((t) => (
                <Tag key={t.code}>{t.label}</Tag>
              ))}
              {r.comment}
            </span>
          ),
        },
        { title: '渠道', dataIndex: 'channelLabel', width: 110 },
      ]}
    />
  );
}
