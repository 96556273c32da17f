import { Table, Tag } from 'antd';
import { useCodeLabel } from '../../app/i18n';
import { LEVEL, useEvaluationMessages } from './messages';
import { LEVEL_COLORS, PartyBadge } from './party-badge';
import type { EvaluationItem } from './types';

/** The evaluations list shared by 我的评价 (and any later leader list). */
export function EvaluationTable({ items, loading }: { items: EvaluationItem[]; loading: boolean }) {
  const m = useEvaluationMessages();
  const levelLabel = useCodeLabel(LEVEL);
  return (
    <Table<EvaluationItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20 }}
      columns={[
        { title: m('colDate'), dataIndex: 'businessDate', width: 110 },
        {
          title: m('colRating'),
          render: (_v, r) => (
            <Tag color={LEVEL_COLORS[r.level]}>{levelLabel(String(r.level), r.levelLabel)}</Tag>
          ),
          width: 110,
        },
        {
          title: m('colMatter'),
          render: (_v, r) => `${r.serviceName} · ${r.subjectNumber}`,
        },
        {
          title: m('colWindowStaff'),
          render: (_v, r) => (
            <span>
              {r.windowNumber ? m('windowN', { n: r.windowNumber }) : ''}
              {r.staffName ?? ''} <PartyBadge show={r.staffPartyMember} />
              {r.lawyerName ? m('lawyerName', { name: r.lawyerName }) : ''}
            </span>
          ),
        },
        {
          title: m('colTagsComment'),
          render: (_v, r) => (
            <span>
              {r.tags.map((t) => (
                <Tag key={t.code}>{t.label}</Tag>
              ))}
              {r.comment}
            </span>
          ),
        },
        { title: m('colChannel'), dataIndex: 'channelLabel', width: 110 },
      ]}
    />
  );
}
