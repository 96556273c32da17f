import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Space, Spin, Tag, Timeline } from 'antd';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { LawyerDetail } from '../../lib/types';
import { LAWYERS_KEY } from './queries';
import { ReasonList } from './team-bits';

/** The expanded row: sanctions on record and today's standing against the team rule. */
export function LawyerDetailRow({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useQuery({
    queryKey: [...LAWYERS_KEY, 'detail', id],
    queryFn: () => api.get<LawyerDetail>(`/api/lawyers/${id}`),
  });
  if (detail.isPending) return <Spin size="small" />;
  if (!detail.data) return null;
  const d = detail.data;
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
        gap: 24,
        padding: '4px 8px',
      }}
    >
      <div>
        <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('lawyer.team')}</div>
        {d.teamEligibility.eligible ? (
          <Alert
            type="success"
            showIcon
            title={t('lawyer.eligible', { n: d.teamEligibility.practiceYears })}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('lawyer.ineligible')}
            description={<ReasonList reasons={d.teamEligibility.reasons} />}
          />
        )}
        {d.teamMember && d.teamJoinedOn ? (
          <div style={{ marginTop: 8, color: 'var(--lh-text-2)' }}>
            {t('lawyer.joinedOn', { date: d.teamJoinedOn })}
          </div>
        ) : null}
        {!d.teamMember && d.teamRemovedReason ? (
          <div style={{ marginTop: 8, color: 'var(--lh-text-2)' }}>
            {t('lawyer.leaveReason')}：{d.teamRemovedReason}
          </div>
        ) : null}
      </div>
      <div>
        <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('lawyer.sanctions')}</div>
        {d.sanctions.length ? (
          <Timeline
            items={d.sanctions.map((s) => ({
              key: s.id,
              color: 'red',
              content: (
                <div>
                  <Space>
                    <Tag color="red">{t(`lawyer.sanctionKind.${s.kind}`)}</Tag>
                    <span>{s.decidedOn}</span>
                    <span style={{ color: 'var(--lh-text-2)' }}>{s.authority}</span>
                  </Space>
                  <div style={{ marginTop: 4 }}>{s.description}</div>
                </div>
              ),
            }))}
          />
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('lawyer.noSanctions')}
            style={{ margin: 0 }}
          />
        )}
      </div>
    </div>
  );
}
