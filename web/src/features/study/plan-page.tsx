import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import {
  AttendanceTag,
  LEAVE_COLORS,
  PLAN_STATUS_COLORS,
  percent,
  useSessionTitle,
  useVocabulary,
} from './labels';
import { LeaveModal } from './leave-modal';
import { useStudyMessages } from './messages';
import { PLANS_KEY } from './plans-page';
import { PushModal } from './push-modal';
import { SessionSpecsField, type SessionValues, sessionSpecsBody } from './session-specs-field';
import type { PlanDetail, Progress } from './types';

/** 学习计划详情: sessions (签到屏 for organisers, 请假 for members), progress, and each county's progress. */
export default function PlanPage() {
  const vocabulary = useVocabulary();
  const sessionTitle = useSessionTitle();
  const { id = '' } = useParams();
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const manageAbility = useCan('study.manage');
  const [leaveFor, setLeaveFor] = useState<string>();
  const [noteFor, setNoteFor] = useState<{ sessionId?: string }>();
  const [adding, setAdding] = useState(false);
  const [pushing, setPushing] = useState(false);
  const key = [...PLANS_KEY, 'detail', id];
  const detail = useQuery({ queryKey: key, queryFn: () => api.get<PlanDetail>(`/api/study/plans/${id}`) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: PLANS_KEY });
  const setStatus = useMutation({
    mutationFn: (status: 'published' | 'closed') =>
      api.post<PlanDetail>(`/api/study/plans/${id}/status`, { version: detail.data!.plan.version, status }),
    onSuccess: async (_d, status) => {
      void message.success(m(status === 'published' ? 'planPublished' : 'planClosed'));
      await refresh();
    },
    onError: (error) => saveError(error, { onStale: () => void refresh() }),
  });
  const data = detail.data;
  if (!data) return <Card loading={detail.isPending}>{detail.error ? String(detail.error) : null}</Card>;
  const { plan } = data;
  const manage = data.canManage && manageAbility;
  return (
    <div>
      <PageHeader
        title={
          <span>
            {plan.title}{' '}
            <Tag color={PLAN_STATUS_COLORS[plan.status]} data-testid="plan-status">
              {vocabulary.planStatus[plan.status]}
            </Tag>
          </span>
        }
        subtitle={m('planTitle')}
        extra={
          <Space>
            {manage && plan.status === 'draft' ? (
              <Popconfirm title={m('publishPlanConfirm')} onConfirm={() => setStatus.mutate('published')}>
                <Button type="primary" loading={setStatus.isPending}>
                  {m('publishPlan')}
                </Button>
              </Popconfirm>
            ) : null}
            {manage && plan.status === 'published' && plan.parentPlanId === null ? (
              <Button onClick={() => setPushing(true)}>{m('pushToCounties')}</Button>
            ) : null}
            {manage && plan.status === 'published' ? (
              <Popconfirm title={m('closeConfirm')} onConfirm={() => setStatus.mutate('closed')}>
                <Button danger>{m('closePlan')}</Button>
              </Popconfirm>
            ) : null}
            {manage && plan.status !== 'closed' ? (
              <Button onClick={() => setAdding(true)}>{m('addSessions')}</Button>
            ) : null}
            {plan.status !== 'draft' ? (
              <Button onClick={() => setNoteFor({})}>{m('writeNote')}</Button>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={m('themes')}>
            {plan.themes.map((t) => (
              <Tag key={t}>{vocabulary.theme[t]}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={m('forms')}>
            {plan.forms.map((f) => vocabulary.form[f]).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={m('planPeriod')}>
            {m('periodValue', { from: plan.startsOn, to: plan.endsOn })}
          </Descriptions.Item>
          <Descriptions.Item label={m('audience')}>
            {plan.audienceName}
            {plan.partyMembersOnly ? m('partyMembersSuffix') : ''}
          </Descriptions.Item>
          {plan.description ? (
            <Descriptions.Item label={m('description')} span={2}>
              {plan.description}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={m('readings')} span={2}>
            {plan.readings.length === 0
              ? '—'
              : plan.readings.map((r) => `《${r.title}》${r.source ? `（${r.source}）` : ''}`).join('；')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {data.progress ? <ProgressCard title={m('ownProgress')} progress={data.progress} /> : null}
      {data.counties && data.counties.length > 0 ? (
        <Card title={m('countiesProgress')} style={{ marginBottom: 16 }}>
          <Table
            rowKey="orgId"
            size="small"
            pagination={false}
            dataSource={data.counties}
            data-testid="county-progress"
            columns={[
              { title: m('countyColumn'), dataIndex: 'orgName' },
              { title: m('members'), render: (_v, r) => r.progress.members },
              {
                title: m('sessionsHeld'),
                render: (_v, r) => `${r.progress.sessionsHeld} / ${r.progress.sessionsTotal}`,
              },
              { title: m('rate'), render: (_v, r) => percent(r.progress.attendance.rate, m('noData')) },
              { title: m('notes'), render: (_v, r) => r.progress.notes },
            ]}
          />
        </Card>
      ) : null}
      <Card title={m('sessions')}>
        <Table
          rowKey="id"
          size="small"
          dataSource={data.sessions}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: m('sessionKind'),
              render: (_v, s) => <Tag>{vocabulary.sessionKind[s.kind]}</Tag>,
              width: 90,
            },
            { title: m('name'), render: (_v, s) => sessionTitle(s.title) },
            {
              title: m('time'),
              render: (_v, s) => `${formatInstant(s.startsAt)} — ${formatInstant(s.endsAt).slice(-5)}`,
            },
            { title: m('location'), render: (_v, s) => s.location ?? '—' },
            {
              title: m(manage ? 'present' : 'myAttendance'),
              render: (_v, s) =>
                manage && s.attendance ? (
                  `${s.attendance.present + s.attendance.late} / ${s.attendance.expected}`
                ) : (
                  <Space size={4}>
                    <AttendanceTag status={s.myStatus} />
                    {s.myLeave && s.myStatus !== 'leave' ? (
                      <Tag color={LEAVE_COLORS[s.myLeave.status]} data-testid="my-leave">
                        {m('leaveState', { s: vocabulary.leaveStatus[s.myLeave.status] })}
                      </Tag>
                    ) : null}
                  </Space>
                ),
            },
            {
              title: m('actions'),
              render: (_v, s) => (
                <Space>
                  {manage && plan.status === 'published' && !s.cancelled ? (
                    <Link to={`/study/sessions/${s.id}/screen`} data-testid="open-screen">
                      {m('checkInScreen')}
                    </Link>
                  ) : null}
                  {!manage && plan.status === 'published' && s.myStatus === null && !s.myLeave ? (
                    <Button size="small" onClick={() => setLeaveFor(s.id)}>
                      {m('askLeave')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {adding ? <AddSessionsModal planId={plan.id} onClose={() => setAdding(false)} /> : null}
      {leaveFor ? <LeaveModal sessionId={leaveFor} onClose={() => setLeaveFor(undefined)} /> : null}
      <PushModal planId={id} open={pushing} onClose={() => setPushing(false)} onPushed={refresh} />
      {noteFor ? (
        <NoteModal plan={data} sessionId={noteFor.sessionId} onClose={() => setNoteFor(undefined)} />
      ) : null}
    </div>
  );
}

function ProgressCard({ title, progress }: { title: string; progress: Progress }) {
  const m = useStudyMessages();
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <Space size={48} wrap>
        <Statistic title={m('participants')} value={progress.members} />
        <Statistic title={m('sessionsHeld')} value={`${progress.sessionsHeld} / ${progress.sessionsTotal}`} />
        <Statistic title={m('rate')} value={percent(progress.attendance.rate, m('noData'))} />
        <Statistic title={m('absences')} value={progress.attendance.absent} />
        <Statistic title={m('notes')} value={progress.notes} />
      </Space>
    </Card>
  );
}

interface NoteValues {
  sessionId?: string;
  reading?: string;
  content: string;
}

/** 学习笔记 of a plan (a session or a reading of it). */
export function NoteModal({
  plan,
  sessionId,
  onClose,
}: {
  plan: PlanDetail;
  sessionId?: string;
  onClose: () => void;
}) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (v: NoteValues) => api.post('/api/study/records', { planId: plan.plan.id, ...v }),
    onSuccess: async () => {
      void message.success(m('noteSubmitted'));
      await queryClient.invalidateQueries({ queryKey: ['study'] });
    },
  });
  return (
    <FormModal<NoteValues>
      width={720}
      title={m('noteFor', { title: plan.plan.title })}
      okText={m('send')}
      initialValues={{ sessionId }}
      onSubmit={send.mutateAsync}
      onClose={onClose}
    >
      <Form.Item name="sessionId" label={m('noteSession')}>
        <SelectSession plan={plan} />
      </Form.Item>
      <Form.Item name="reading" label={m('noteReading')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="content"
        label={m('noteContent')}
        rules={[{ required: true, min: 10, message: m('noteTooShort') }]}
      >
        <Input.TextArea rows={8} maxLength={10_000} showCount />
      </Form.Item>
    </FormModal>
  );
}

function SelectSession({
  plan,
  value,
  onChange,
}: {
  plan: PlanDetail;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  const m = useStudyMessages();
  return (
    <Select
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      placeholder={m('noSession')}
      options={plan.sessions.map((s) => ({ value: s.id, label: `${formatInstant(s.startsAt)} ${s.title}` }))}
    />
  );
}

/** 安排学习活动 on an existing plan (draft or published): one date or recurring. */
function AddSessionsModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const m = useStudyMessages();
  const [form] = Form.useForm<{ sessions: SessionValues[] }>();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (v: { sessions: SessionValues[] }) =>
      api.post<PlanDetail>(`/api/study/plans/${planId}/sessions`, { sessions: sessionSpecsBody(v.sessions) }),
    onSuccess: async () => {
      void message.success(m('sessionsAdded'));
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
  return (
    <FormModal
      form={form}
      width={900}
      title={m('addSessions')}
      okText={m('save')}
      initialValues={{
        sessions: [
          {
            kind: 'evening-study',
            title: '晚学',
            startTime: '18:00',
            durationMinutes: 60,
            workingDaysOnly: true,
          },
        ],
      }}
      onSubmit={add.mutateAsync}
      onClose={onClose}
    >
      <SessionSpecsField form={form} />
    </FormModal>
  );
}
