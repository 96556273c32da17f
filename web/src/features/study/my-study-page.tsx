import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import {
  AttendanceTag,
  LEAVE_COLORS,
  percent,
  useSessionName,
  useSessionTitle,
  useVocabulary,
} from './labels';
import { useStudyMessages } from './messages';
import { NoteModal } from './plan-page';
import type { LeaveItem, MyAttendance, PlanDetail, PlanItem, RecordItem, SpotCheckItem } from './types';

/** 我的学习: the user's own attendance, leave, notes and spot-check results (nobody else's). */
export default function MyStudyPage() {
  const m = useStudyMessages();
  return (
    <div>
      <PageHeader title={m('myTitle')} subtitle={m('mySubtitle')} />
      <Card>
        <Tabs
          items={[
            { key: 'attendance', label: m('myAttendanceTab'), children: <MyAttendanceTab /> },
            { key: 'notes', label: m('notes'), children: <MyNotesTab /> },
            { key: 'leave', label: m('leaveTab'), children: <MyLeaveTab /> },
            { key: 'spot', label: m('spotResults'), children: <MySpotChecksTab /> },
          ]}
        />
      </Card>
    </div>
  );
}

function MyAttendanceTab() {
  const m = useStudyMessages();
  const sessionName = useSessionName();
  const q = useQuery({
    queryKey: ['study', 'me', 'attendance'],
    queryFn: () => api.get<MyAttendance>('/api/study/me/attendance'),
  });
  const t = q.data?.tally;
  return (
    <div>
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title={m('rate')} value={percent(t?.rate, m('noData'))} />
        <Statistic title={m('present')} value={t?.present ?? 0} />
        <Statistic title={m('late')} value={t?.late ?? 0} />
        <Statistic title={m('onLeave')} value={t?.leave ?? 0} />
        <Statistic title={m('absent')} value={t?.absent ?? 0} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.sessions ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: m('plan'), render: (_v, s) => <Link to={`/study/plans/${s.planId}`}>{s.planTitle}</Link> },
          { title: m('session'), render: (_v, s) => sessionName(s.kind, s.title) },
          { title: m('time'), render: (_v, s) => formatInstant(s.startsAt) },
          { title: m('attendanceColumn'), render: (_v, s) => <AttendanceTag status={s.status} /> },
        ]}
      />
    </div>
  );
}

function MyNotesTab() {
  const m = useStudyMessages();
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
          placeholder={m('choosePlan')}
          value={planId}
          onChange={setPlanId}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
        <Button type="primary" disabled={!plan.data} onClick={() => setWriting(true)}>
          {m('writeNote')}
        </Button>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={notes.isPending}
        dataSource={notes.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: m('date'), render: (_v, r) => formatInstant(r.createdAt), width: 150 },
          {
            title: m('planSession'),
            render: (_v, r) => [r.planTitle, r.sessionTitle, r.reading].filter(Boolean).join(' · '),
          },
          { title: m('note'), dataIndex: 'content', ellipsis: true },
        ]}
      />
      {writing && plan.data ? <NoteModal plan={plan.data} onClose={() => setWriting(false)} /> : null}
    </div>
  );
}

function MyLeaveTab() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const sessionTitle = useSessionTitle();
  const q = useQuery({
    queryKey: ['study', 'leave', 'mine'],
    queryFn: () => api.get<{ items: LeaveItem[] }>('/api/study/leave-requests', { view: 'mine' }),
  });
  // Leave is asked on the session's row of its plan: link the member's plans.
  const plans = useQuery({
    queryKey: ['study', 'plans', 'mine'],
    queryFn: () => api.get<{ items: PlanItem[] }>('/api/study/plans', { view: 'mine' }),
  });
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={m('leaveHowTo')}
        description={
          <Space wrap data-testid="leave-plan-links">
            {(plans.data?.items ?? []).map((p) => (
              <Link key={p.id} to={`/study/plans/${p.id}`}>
                {p.title}
              </Link>
            ))}
          </Space>
        }
      />
      <Table
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        columns={[
          {
            title: m('session'),
            render: (_v, r) => `${sessionTitle(r.sessionTitle)} · ${formatInstant(r.startsAt)}`,
          },
          { title: m('reason'), dataIndex: 'reason' },
          {
            title: m('status'),
            render: (_v, r) => <Tag color={LEAVE_COLORS[r.status]}>{vocabulary.leaveStatus[r.status]}</Tag>,
          },
          { title: m('decisionNote'), render: (_v, r) => r.decisionNote ?? '—' },
        ]}
      />
    </>
  );
}

function MySpotChecksTab() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [item, setItem] = useState<SpotCheckItem>();
  const q = useQuery({
    queryKey: ['study', 'me', 'spot-checks'],
    queryFn: () => api.get<{ items: SpotCheckItem[] }>('/api/study/me/spot-checks'),
  });
  const followUp = useMutation({
    mutationFn: (note: string) => api.post(`/api/study/spot-check-items/${item!.id}/follow-up`, { note }),
    onSuccess: () => {
      void message.success(m('followUpSent'));
      void queryClient.invalidateQueries({ queryKey: ['study', 'me', 'spot-checks'] });
    },
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
            title: m('note'),
            render: (_v, r) => `${r.record.planTitle} · ${formatInstant(r.record.createdAt)}`,
          },
          { title: m('grade'), render: (_v, r) => (r.grade ? vocabulary.grade[r.grade] : m('toBeGraded')) },
          { title: m('comment'), render: (_v, r) => r.comment ?? '—' },
          {
            title: m('followUpColumn'),
            render: (_v, r) =>
              !r.followUpRequired ? (
                '—'
              ) : r.followUpDoneAt ? (
                m('followUpDone', { note: r.followUpNote ?? '' })
              ) : (
                <Space direction="vertical" size={2}>
                  <span>{r.followUp}</span>
                  <Button size="small" onClick={() => setItem(r)}>
                    {m('sendFollowUp')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <FormModal<{ note: string }>
        open={item !== undefined}
        title={m('followUpTitle')}
        onSubmit={(v) => followUp.mutateAsync(v.note)}
        onClose={() => setItem(undefined)}
      >
        <Form.Item
          name="note"
          label={m('followUpTitle')}
          rules={[{ required: true, min: 2, message: m('followUpRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
