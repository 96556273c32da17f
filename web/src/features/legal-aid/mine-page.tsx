import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { ApiError, api, errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { STALE_MESSAGE } from './action-bar';
import { LightDot, shownLight } from './five-same-day';
import { CASE_KIND_LABELS, matterLabel, STATUS_COLORS } from './labels';
import { BASE, LEGAL_AID_KEY, useMyAssignments } from './queries';
import type { MatterDetail, MatterListItem } from './types';
import './legal-aid.css';

/** 我的指派: the matters assigned to this lawyer; 接受指派 starts the aid (五个当天: 当天提供援助). */
export default function MinePage() {
  const { message } = AntApp.useApp();
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
      void message.success('已接受指派，开始提供法律援助');
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
    onError: (error) => {
      void message.error(error instanceof ApiError && error.isStale ? STALE_MESSAGE : errorMessage(error));
      void queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
  });

  return (
    <div className="la-page">
      <PageHeader
        title="我的指派"
        subtitle="法律援助机构指派给我的案件；接受指派即开始提供法律援助（法律援助法 第四十六条）"
      />
      <Card className="la-card">
        <Table<MatterListItem>
          rowKey="id"
          loading={mine.isPending}
          dataSource={mine.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description="暂无指派给您的案件" /> }}
          columns={[
            {
              title: '',
              width: 36,
              render: (_v, row) => <LightDot light={shownLight(row.fiveSameDay)} />,
            },
            {
              title: '案件编号',
              render: (_v, row) => <Link to={`/legal-aid/${row.id}`}>{row.number ?? '—'}</Link>,
            },
            { title: '受援人', dataIndex: 'applicantName' },
            {
              title: '类别 / 事项',
              render: (_v, row) => (
                <div>
                  <div>{row.caseKind ? CASE_KIND_LABELS[row.caseKind] : '—'}</div>
                  {row.matter ? <div className="la-muted la-small">{matterLabel(row.matter)}</div> : null}
                </div>
              ),
            },
            {
              title: '状态',
              render: (_v, row) => <Tag color={STATUS_COLORS[row.status]}>{row.statusLabel}</Tag>,
            },
            { title: '申请时间', render: (_v, row) => formatInstant(row.appliedAt) },
            {
              title: '操作',
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
                      接受指派
                    </Button>
                  ) : null}
                  <Link to={`/legal-aid/${row.id}`}>
                    <Button>详情</Button>
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
