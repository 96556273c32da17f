import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useCodeLabel, useI18n, useTr } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { ApiError, api, errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { LightDot, shownLight } from './five-same-day';
import { CASE_KIND, CASE_KIND_LABELS, matterLabel, STATUS_COLORS } from './labels';
import { STATUS, useLegalAidMessages } from './messages';
import { BASE, LEGAL_AID_KEY, useMyAssignments } from './queries';
import type { MatterDetail, MatterListItem } from './types';
import './legal-aid.css';

/** 我的指派: the matters assigned to this lawyer; 接受指派 starts the aid (五个当天: 当天提供援助). */
export default function MinePage() {
  const { message } = AntApp.useApp();
  const tr = useTr();
  const statusLabel = useCodeLabel(STATUS);
  const caseKindLabel = useCodeLabel(CASE_KIND);
  const { locale } = useI18n();
  const m = useLegalAidMessages();
  const queryClient = useQueryClient();
  const mine = useMyAssignments();
  const accept = useMutation({
    mutationFn: async (id: string) => {
      // The version the server holds now: the list carries no version.
      const detail = await api.get<MatterDetail>(`${BASE}/applications/${id}`);
      return api.post<MatterDetail>(`${BASE}/applications/${id}/actions`, {
        type: 'accept-assignment',
        expectedVersion: detail.version,
      });
    },
    onSuccess: async () => {
      void message.success(tr('已接受指派，开始提供法律援助', 'Assignment accepted; aid has started'));
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
    onError: (error) => {
      void message.error(error instanceof ApiError && error.isStale ? m('stale') : errorMessage(error));
      void queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
  });

  return (
    <div className="la-page">
      <PageHeader
        title={tr('我的指派', 'My assignments')}
        subtitle={tr(
          '法律援助机构指派给我的案件；接受指派即开始提供法律援助（法律援助法 第四十六条）',
          'Cases the legal aid agency assigned to me; accepting starts the aid (Legal Aid Law art. 46)',
        )}
      />
      <Card className="la-card">
        <Table<MatterListItem>
          rowKey="id"
          loading={mine.isPending}
          dataSource={mine.data ?? []}
          pagination={false}
          locale={{
            emptyText: <Empty description={tr('暂无指派给您的案件', 'No cases assigned to you')} />,
          }}
          columns={[
            {
              title: '',
              width: 36,
              render: (_v, row) => <LightDot light={shownLight(row.fiveSameDay)} />,
            },
            {
              title: tr('案件编号', 'Case number'),
              render: (_v, row) => <Link to={`/legal-aid/${row.id}`}>{row.number ?? '—'}</Link>,
            },
            { title: tr('受援人', 'Aided person'), dataIndex: 'applicantName' },
            {
              title: tr('类别 / 事项', 'Kind / matter'),
              render: (_v, row) => (
                <div>
                  <div>
                    {row.caseKind ? caseKindLabel(row.caseKind, CASE_KIND_LABELS[row.caseKind]) : '—'}
                  </div>
                  {row.matter ? (
                    <div className="la-muted la-small">{matterLabel(row.matter, locale)}</div>
                  ) : null}
                </div>
              ),
            },
            {
              title: tr('状态', 'Status'),
              render: (_v, row) => (
                <Tag color={STATUS_COLORS[row.status]}>{statusLabel(row.status, row.statusLabel)}</Tag>
              ),
            },
            { title: tr('申请时间', 'Applied'), render: (_v, row) => formatInstant(row.appliedAt) },
            {
              title: tr('操作', 'Actions'),
              render: (_v, row) => (
                <Space>
                  {row.status === 'assigned' || row.status === 'agreement-signed' ? (
                    <Button
                      type="primary"
                      icon={<CheckOutlined />}
                      loading={accept.isPending && accept.variables === row.id}
                      onClick={() => accept.mutate(row.id)}
                      data-testid={`accept-${row.id}`}
                    >
                      {tr('接受指派', 'Accept assignment')}
                    </Button>
                  ) : null}
                  <Link to={`/legal-aid/${row.id}`}>
                    <Button>{tr('详情', 'Details')}</Button>
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
