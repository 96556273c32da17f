import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { useStudyMessages } from './messages';
import type { LeaveItem } from './types';

type Status = 'pending' | 'approved' | 'rejected';
const LABELS: Record<Status, string> = { pending: '待审批', approved: '已批准', rejected: '未批准' };

/** 请假审批: the organiser approves or rejects leave for sessions of the bureau's plans. */
export default function LeavePage() {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('pending');
  const q = useQuery({
    queryKey: ['study', 'leave', 'managed', status],
    queryFn: () => api.get<{ items: LeaveItem[] }>('/api/study/leave-requests', { view: 'managed', status }),
  });
  const decide = useMutation({
    mutationFn: ({ item, approve }: { item: LeaveItem; approve: boolean }) =>
      api.post(`/api/study/leave-requests/${item.id}/decision`, { version: item.version, approve }),
    onSuccess: async () => {
      void message.success('已审批');
      await queryClient.invalidateQueries({ queryKey: ['study', 'leave'] });
    },
    onError: (error) => saveError(error),
  });
  return (
    <div>
      <PageHeader title={m('leaveTitle')} />
      <Card
        extra={
          <Segmented<Status>
            value={status}
            onChange={setStatus}
            options={(Object.keys(LABELS) as Status[]).map((s) => ({ value: s, label: LABELS[s] }))}
          />
        }
      >
        <Table
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '活动', render: (_v, r) => `${r.sessionTitle} · ${formatInstant(r.startsAt)}` },
            { title: '事由', dataIndex: 'reason' },
            { title: '状态', render: (_v, r) => <Tag>{LABELS[r.status]}</Tag> },
            {
              title: '审批',
              render: (_v, r) =>
                r.status === 'pending' ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => decide.mutate({ item: r, approve: true })}
                    >
                      批准
                    </Button>
                    <Button size="small" danger onClick={() => decide.mutate({ item: r, approve: false })}>
                      不批准
                    </Button>
                  </Space>
                ) : (
                  (r.decisionNote ?? '—')
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
