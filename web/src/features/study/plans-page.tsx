import { PlusOutlined } from '@ant-design/icons';
import { STUDY_FORMS, STUDY_THEMES } from '@core/staff-programme/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Checkbox, DatePicker, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { type Dayjs, toIsoDate } from '../../lib/dates';
import { PLAN_STATUS_COLORS, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import { SessionSpecsField, type SessionValues, sessionSpecsBody } from './session-specs-field';
import type { PlanDetail, PlanItem } from './types';

export const PLANS_KEY = ['study', 'plans'] as const;

interface PlanValues {
  title: string;
  themes: string[];
  forms: string[];
  period: [Dayjs, Dayjs];
  description?: string;
  readings?: string;
  partyMembersOnly: boolean;
  sessions?: SessionValues[];
}

/** The body of POST /api/study/plans from the form (readings: one per line, `篇目｜出处`). */
export function planBody(values: PlanValues) {
  return {
    title: values.title,
    themes: values.themes,
    forms: values.forms,
    description: values.description || undefined,
    startsOn: toIsoDate(values.period[0]),
    endsOn: toIsoDate(values.period[1]),
    partyMembersOnly: values.partyMembersOnly,
    readings: (values.readings ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [title, source] = line.split(/[|｜]/).map((s) => s.trim());
        return source ? { title, source } : { title };
      }),
    sessions: sessionSpecsBody(values.sessions),
  };
}

/** 学习计划: the plans the user manages (training officers) or takes part in (everyone else). */
export default function PlansPage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const manage = useCan('study.manage');
  const supervise = useCan('study.supervise');
  const view = manage || supervise ? 'managed' : 'mine';
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: [...PLANS_KEY, view],
    queryFn: () => api.get<{ items: PlanItem[] }>('/api/study/plans', { view }),
  });
  return (
    <div>
      <PageHeader
        title={m('plansTitle')}
        subtitle={m('plansSubtitle')}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m('newPlan')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<PlanItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: m('plan'),
              render: (_v, r) => (
                <Link to={`/study/plans/${r.id}`} data-testid="plan-link">
                  {r.title}
                </Link>
              ),
            },
            {
              title: m('themes'),
              render: (_v, r) => r.themes.map((t) => <Tag key={t}>{vocabulary.theme[t]}</Tag>),
            },
            {
              title: m('planPeriod'),
              render: (_v, r) => m('periodValue', { from: r.startsOn, to: r.endsOn }),
              width: 220,
            },
            { title: m('organisation'), render: (_v, r) => r.orgName, width: 160 },
            { title: m('sessions'), dataIndex: 'sessionCount', width: 90 },
            {
              title: m('status'),
              width: 90,
              render: (_v, r) => (
                <Tag color={PLAN_STATUS_COLORS[r.status]}>{vocabulary.planStatus[r.status]}</Tag>
              ),
            },
          ]}
        />
      </Card>
      {creating ? <CreatePlanModal onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

function CreatePlanModal({ onClose }: { onClose: () => void }) {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<PlanValues>();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (values: PlanValues) => api.post<PlanDetail>('/api/study/plans', planBody(values)),
    onSuccess: async (detail) => {
      void message.success(m('planSavedDraft'));
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
      void navigate(`/study/plans/${detail.plan.id}`);
    },
  });
  return (
    <FormModal<PlanValues>
      form={form}
      width={900}
      title={m('newPlanTitle')}
      okText={m('saveDraft')}
      initialValues={{ themes: ['political'], forms: ['self-and-group'], partyMembersOnly: false }}
      onSubmit={create.mutateAsync}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={m('planName')}
        rules={[{ required: true, message: m('planNameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="themes"
        label={m('studyThemes')}
        rules={[{ required: true, message: m('themesRequired') }]}
      >
        <Checkbox.Group options={STUDY_THEMES.map((v) => ({ value: v, label: vocabulary.theme[v] }))} />
      </Form.Item>
      <Form.Item
        name="forms"
        label={m('studyForms')}
        rules={[{ required: true, message: m('formsRequired') }]}
      >
        <Checkbox.Group options={STUDY_FORMS.map((v) => ({ value: v, label: vocabulary.form[v] }))} />
      </Form.Item>
      <Form.Item
        name="period"
        label={m('planPeriodLabel')}
        rules={[{ required: true, message: m('planPeriodRequired') }]}
      >
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="partyMembersOnly" valuePropName="checked">
        <Checkbox>{m('partyOnly')}</Checkbox>
      </Form.Item>
      <Form.Item name="description" label={m('description')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="readings" label={m('readingsLabel')}>
        <Input.TextArea rows={3} placeholder={m('readingsPlaceholder')} />
      </Form.Item>
      <SessionSpecsField form={form} />
    </FormModal>
  );
}
