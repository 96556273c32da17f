import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SESSION_KINDS, STUDY_FORMS, STUDY_THEMES } from '@core/staff-programme/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { type Dayjs, toIsoDate } from '../../lib/dates';
import {
  PLAN_STATUS_COLORS,
  PLAN_STATUS_LABELS,
  SESSION_KIND_LABELS,
  STUDY_FORM_LABELS,
  STUDY_THEME_LABELS,
} from './labels';
import { useStudyMessages } from './messages';
import type { PlanDetail, PlanItem } from './types';

export const PLANS_KEY = ['study', 'plans'] as const;

interface SessionValues {
  kind: (typeof SESSION_KINDS)[number];
  title: string;
  location?: string;
  range: [Dayjs, Dayjs];
  startTime: string;
  durationMinutes: number;
  workingDaysOnly: boolean;
}

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

const DEFAULT_SESSION_TIMES: Record<string, [string, number]> = {
  'morning-drill': ['08:00', 30],
  'evening-study': ['18:00', 60],
  seminar: ['15:00', 90],
  lecture: ['15:00', 120],
};

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
    sessions: (values.sessions ?? []).map((s) => ({
      kind: s.kind,
      title: s.title,
      location: s.location || undefined,
      from: toIsoDate(s.range[0]),
      to: toIsoDate(s.range[1]),
      startTime: s.startTime,
      durationMinutes: s.durationMinutes,
      workingDaysOnly: s.workingDaysOnly,
    })),
  };
}

/** 学习计划: the plans the user manages (training officers) or takes part in (everyone else). */
export default function PlansPage() {
  const m = useStudyMessages();
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
              title: '计划',
              render: (_v, r) => (
                <Link to={`/study/plans/${r.id}`} data-testid="plan-link">
                  {r.title}
                </Link>
              ),
            },
            {
              title: '主题',
              render: (_v, r) => r.themes.map((t) => <Tag key={t}>{STUDY_THEME_LABELS[t]}</Tag>),
            },
            { title: '期限', render: (_v, r) => `${r.startsOn} 至 ${r.endsOn}`, width: 220 },
            { title: '单位', render: (_v, r) => r.orgName, width: 160 },
            { title: '学习活动', dataIndex: 'sessionCount', width: 90 },
            {
              title: '状态',
              width: 90,
              render: (_v, r) => (
                <Tag color={PLAN_STATUS_COLORS[r.status]}>{PLAN_STATUS_LABELS[r.status]}</Tag>
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
  const [form] = Form.useForm<PlanValues>();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (values: PlanValues) => api.post<PlanDetail>('/api/study/plans', planBody(values)),
    onSuccess: async (detail) => {
      void message.success('计划已保存为草稿');
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
      onClose();
      void navigate(`/study/plans/${detail.plan.id}`);
    },
    onError: (error) => saveError(error, { form }),
  });
  return (
    <Modal
      open
      width={900}
      title="新建学习计划"
      okText="保存草稿"
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Form<PlanValues>
        form={form}
        layout="vertical"
        initialValues={{ themes: ['political'], forms: ['self-and-group'], partyMembersOnly: false }}
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item name="title" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="themes"
          label="学习主题"
          rules={[{ required: true, message: '请至少选择一个学习主题' }]}
        >
          <Checkbox.Group options={STUDY_THEMES.map((v) => ({ value: v, label: STUDY_THEME_LABELS[v] }))} />
        </Form.Item>
        <Form.Item
          name="forms"
          label="学习形式"
          rules={[{ required: true, message: '请至少选择一种学习形式' }]}
        >
          <Checkbox.Group options={STUDY_FORMS.map((v) => ({ value: v, label: STUDY_FORM_LABELS[v] }))} />
        </Form.Item>
        <Form.Item name="period" label="计划期限" rules={[{ required: true, message: '请选择计划期限' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="partyMembersOnly" valuePropName="checked">
          <Checkbox>仅党员参加（支部学习）</Checkbox>
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="readings" label="必读篇目（每行一篇，可用“｜”分隔出处）">
          <Input.TextArea rows={3} placeholder="习近平法治思想学习纲要｜人民出版社" />
        </Form.Item>
        <Form.List name="sessions">
          {(fields, { add, remove }) => (
            <div>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  data-testid="session-spec"
                  extra={<MinusCircleOutlined onClick={() => remove(field.name)} />}
                >
                  <Space wrap align="start">
                    <Form.Item name={[field.name, 'kind']} label="类型" rules={[{ required: true }]}>
                      <Select
                        style={{ width: 120 }}
                        options={SESSION_KINDS.map((v) => ({ value: v, label: SESSION_KIND_LABELS[v] }))}
                        onChange={(kind: string) => {
                          const [time, minutes] = DEFAULT_SESSION_TIMES[kind] ?? ['18:00', 60];
                          form.setFieldValue(['sessions', field.name, 'startTime'], time);
                          form.setFieldValue(['sessions', field.name, 'durationMinutes'], minutes);
                          if (!form.getFieldValue(['sessions', field.name, 'title']))
                            form.setFieldValue(
                              ['sessions', field.name, 'title'],
                              SESSION_KIND_LABELS[kind as keyof typeof SESSION_KIND_LABELS],
                            );
                        }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'title']}
                      label="名称"
                      rules={[{ required: true, message: '请填写活动名称' }]}
                    >
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'location']} label="地点">
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'range']}
                      label="日期（起止）"
                      rules={[{ required: true, message: '请选择日期' }]}
                    >
                      <DatePicker.RangePicker />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'startTime']}
                      label="开始时间"
                      rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}
                    >
                      <Input style={{ width: 80 }} placeholder="18:00" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'durationMinutes']}
                      label="时长（分钟）"
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={5} max={480} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'workingDaysOnly']} label=" " valuePropName="checked">
                      <Checkbox>仅工作日</Checkbox>
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    kind: 'evening-study',
                    title: '晚学',
                    startTime: '18:00',
                    durationMinutes: 60,
                    workingDaysOnly: true,
                  })
                }
              >
                安排学习活动（晨训、晚学、研讨…）
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
