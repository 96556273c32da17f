import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Form, Input, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { LEAVE_COLORS, useSessionTitle, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import type { LeaveItem } from './types';

type Status = 'pending' | 'approved' | 'rejected';
const STATUSES: Status[] = ['pending', 'approved', 'rejected'];

/** 请假审批: the organiser approves or rejects leave for sessions of the bureau's plans. */
export default function LeavePage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const sessionTitle = useSessionTitle();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('pending');
  const [deciding, setDeciding] = useState<{ item: LeaveItem; approve: boolean }>();
  const q = useQuery({
    queryKey: ['study', 'leave', 'managed', status],
    queryFn: () => api.get<{ items: LeaveItem[] }>('/api/study/leave-requests', { view: 'managed', status }),
  });
  const decide = useMutation({
    mutationFn: ({ item, approve, note }: { item: LeaveItem; approve: boolean; note?: string }) =>
      api.post(`/api/study/leave-requests/${item.id}/decision`, {
        version: item.version,
        approve,
        ...(note ? { note } : {}),
      }),
    onSuccess: () => {
      void message.success(m('decided'));
      void queryClient.invalidateQueries({ queryKey: ['study', 'leave'] });
    },
  });
  return (
    <div>
      <PageHeader title={m('leaveTitle')} />
      <Card
        extra={
          <Segmented<Status>
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: vocabulary.leaveStatus[s] }))}
          />
        }
      >
        <Table
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          columns={[
            { title: m('person'), dataIndex: 'name' },
            {
              title: m('session'),
              render: (_v, r) => `${sessionTitle(r.sessionTitle)} · ${formatInstant(r.startsAt)}`,
            },
            { title: m('reason'), dataIndex: 'reason' },
            {
              title: m('status'),
              render: (_v, r) => <Tag color={LEAVE_COLORS[r.status]}>{vocabulary.leaveStatus[r.status]}</Tag>,
            },
            {
              title: m('decision'),
              render: (_v, r) =>
                r.status === 'pending' ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setDeciding({ item: r, approve: true })}
                    >
                      {m('approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setDeciding({ item: r, approve: false })}>
                      {m('reject')}
                    </Button>
                  </Space>
                ) : (
                  (r.decisionNote ?? '—')
                ),
            },
          ]}
        />
      </Card>
      <FormModal<{ note?: string }>
        open={deciding !== undefined}
        title={deciding ? `${deciding.approve ? m('approve') : m('reject')} · ${deciding.item.name}` : ''}
        onSubmit={(v) => deciding && decide.mutateAsync({ ...deciding, note: v.note?.trim() })}
        onClose={() => setDeciding(undefined)}
      >
        {/* 审批意见: optional when approving, required when refusing (the member is told why). */}
        <Form.Item
          name="note"
          label={m('decisionNote')}
          rules={
            deciding?.approve ? [] : [{ required: true, whitespace: true, message: m('rejectNoteRequired') }]
          }
        >
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
