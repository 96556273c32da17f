import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { AttendanceTag, kindLabel, percent, RECORD_GRADE_LABELS } from './labels';
import { useStudyMessages } from './messages';
import { NoteModal } from './plan-page';
import type { LeaveItem, MyAttendance, PlanDetail, PlanItem, RecordItem, SpotCheckItem } from './types';

const LEAVE_LABELS = { pending: '待审批', approved: '已批准', rejected: '未批准' } as const;
const LEAVE_COLORS = { pending: 'blue', approved: 'green', rejected: 'red' } as const;

/** 我的学习: the user's own attendance, leave, notes and spot-check results (nobody else's). */
export default function MyStudyPage() {
  const m = useStudyMessages();
  return (
    <div>
      <PageHeader title={m('myTitle')} subtitle={m('mySubtitle')} />
      <Card>
        <Tabs
          items={[
            { key: 'attendance', label: '我的考勤', children: <MyAttendanceTab /> },
            { key: 'notes', label: '学习笔记', children: <MyNotesTab /> },
            { key: 'leave', label: '请假', children: <MyLeaveTab /> },
            { key: 'spot', label: '抽查结果', children: <MySpotChecksTab /> },
          ]}
        />
      </Card>
    </div>
  );
}

function MyAttendanceTab() {
  const q = useQuery({
    queryKey: ['study', 'me', 'attendance'],
    queryFn: () => api.get<MyAttendance>('/api/study/me/attendance'),
  });
  const t = q.data?.tally;
  return (
    <div>
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title="出勤率" value={percent(t?.rate)} />
        <Statistic title="出勤" value={t?.present ?? 0} />
        <Statistic title="迟到" value={t?.late ?? 0} />
        <Statistic title="请假" value={t?.leave ?? 0} />
        <Statistic title="缺勤" value={t?.absent ?? 0} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.sessions ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '计划', render: (_v, s) => <Link to={`/study/plans/${s.planId}`}>{s.planTitle}</Link> },
          { title: '活动', render: (_v, s) => `${kindLabel(s.kind)} · ${s.title}` },
          { title: '时间', render: (_v, s) => formatInstant(s.startsAt) },
          { title: '考勤', render: (_v, s) => <AttendanceTag status={s.status} /> },
        ]}
      />
    </div>
  );
}

function MyNotesTab() {
  const [planId, setPlanId] = useState<string>();
  const plans = useQuery({
    queryKey: ['study', 'plans', 'mine'],
    queryFn: () => api.get<{ items: PlanItem[] }>('/api/study/plans', { view: 'mine' }),
  });
  const notes = useQuery({
    queryKey: ['study', 'records', 'mine'],
    queryFn: () => api.get<{ items: RecordItem[] }>('/api/study/records', { view: 'mine' }),
  });
  const plan = useQuery({
    queryKey: ['study', 'plans', 'detail', planId],
    queryFn: () => api.get<PlanDetail>(`/api/study/plans/${planId}`),
    enabled: planId !== undefined,
  });
  const [writing, setWriting] = useState(false);
  return (
    <div>
      <Space style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 320 }}
          placeholder="选择学习计划"
          value={planId}
          onChange={setPlanId}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
        <Button type="primary" disabled={!plan.data} onClick={() => setWriting(true)}>
          写学习笔记
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={notes.isPending}
        dataSource={notes.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: '日期', render: (_v, r) => formatInstant(r.createdAt), width: 150 },
          {
            title: '计划 / 活动',
            render: (_v, r) => [r.planTitle, r.sessionTitle, r.reading].filter(Boolean).join(' · '),
          },
          { title: '笔记', dataIndex: 'content', ellipsis: true },
        ]}
      />
      {writing && plan.data ? <NoteModal plan={plan.data} onClose={() => setWriting(false)} /> : null}
    </div>
  );
}

function MyLeaveTab() {
  const q = useQuery({
    queryKey: ['study', 'leave', 'mine'],
    queryFn: () => api.get<{ items: LeaveItem[] }>('/api/study/leave-requests', { view: 'mine' }),
  });
  return (
    <Table
      rowKey="id"
      size="small"
      loading={q.isPending}
      dataSource={q.data?.items ?? []}
      columns={[
        { title: '活动', render: (_v, r) => `${r.sessionTitle} · ${formatInstant(r.startsAt)}` },
        { title: '事由', dataIndex: 'reason' },
        {
          title: '状态',
          render: (_v, r) => <Tag color={LEAVE_COLORS[r.status]}>{LEAVE_LABELS[r.status]}</Tag>,
        },
        { title: '审批意见', render: (_v, r) => r.decisionNote ?? '—' },
      ]}
    />
  );
}

function MySpotChecksTab() {
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [item, setItem] = useState<SpotCheckItem>();
  const [form] = Form.useForm<{ note: string }>();
  const q = useQuery({
    queryKey: ['study', 'me', 'spot-checks'],
    queryFn: () => api.get<{ items: SpotCheckItem[] }>('/api/study/me/spot-checks'),
  });
  const followUp = useMutation({
    mutationFn: (note: string) => api.post(`/api/study/spot-check-items/${item!.id}/follow-up`, { note }),
    onSuccess: async () => {
      void message.success('整改情况已提交');
      setItem(undefined);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['study', 'me', 'spot-checks'] });
    },
    onError: (error) => saveError(error, { form }),
  });
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        columns={[
          {
            title: '笔记',
            render: (_v, r) => `${r.record.planTitle} · ${formatInstant(r.record.createdAt)}`,
          },
          { title: '等次', render: (_v, r) => (r.grade ? RECORD_GRADE_LABELS[r.grade] : '待评定') },
          { title: '点评', render: (_v, r) => r.comment ?? '—' },
          {
            title: '整改',
            render: (_v, r) =>
              !r.followUpRequired ? (
                '—'
              ) : r.followUpDoneAt ? (
                `已整改：${r.followUpNote ?? ''}`
              ) : (
                <Space direction="vertical" size={2}>
                  <span>{r.followUp}</span>
                  <Button size="small" onClick={() => setItem(r)}>
                    提交整改情况
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={item !== undefined}
        title="整改情况"
        onCancel={() => setItem(undefined)}
        onOk={() => form.submit()}
        confirmLoading={followUp.isPending}
      >
        <Form form={form} layout="vertical" onFinish={(v) => followUp.mutate(v.note)}>
          <Form.Item
            name="note"
            label="整改情况"
            rules={[{ required: true, min: 2, message: '请说明整改情况' }]}
          >
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
