import { PlusOutlined } from '@ant-design/icons';
import { LECTURE_TOPICS } from '@core/procedures/publicity';
import {
  LECTURE_STATUS_LABELS,
  LECTURE_STATUS_LABELS_EN,
  LECTURE_STATUSES,
  VENUE_TYPE_LABELS,
  VENUE_TYPE_LABELS_EN,
  VENUE_TYPES,
} from '@core/publicity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api, type Page } from '../../lib/api';
import { toDayjs, todayIso, toIsoDate } from '../../lib/dates';

interface Lecture {
  id: string;
  status: 'planned' | 'held' | 'cancelled';
  plannedOn: string | null;
  heldOn: string | null;
  lectureOn: string;
  venueType: (typeof VENUE_TYPES)[number];
  venue: string;
  topic: keyof typeof LECTURE_TOPICS;
  title: string;
  audienceSize: number | null;
  lecturerIds: string[];
  lecturerNames: string[];
  photoUrls: string[];
  photoIds: string[];
  note: string | null;
  version: number;
}
interface Lecturer {
  id: string;
  name: string;
  affiliation: string | null;
  topics: string[];
  active: boolean;
  version: number;
}
interface Totals {
  overall: { held: number; audience: number; planned: number };
  byVenueType: { venueType: string; label: string; held: number; audience: number; planned: number }[];
}

const topicOptions = Object.entries(LECTURE_TOPICS).map(([value, t]) => ({ value, label: t.label }));

function LectureForm({
  lecture,
  lecturers,
  onClose,
}: {
  lecture: Lecture | 'new';
  lecturers: Lecturer[];
  onClose: () => void;
}) {
  const { locale } = useI18n();
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const client = useQueryClient();
  const editing = lecture !== 'new' ? lecture : null;
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const body = {
        ...values,
        plannedOn: toIsoDate(values.plannedOn as never) ?? null,
        heldOn: toIsoDate(values.heldOn as never) ?? null,
        audienceSize: values.audienceSize ?? null,
        photoUrls: String(values.photoUrls ?? '')
          .split(/\s+/)
          .filter(Boolean),
      };
      return editing
        ? api.patch(`/api/publicity/lectures/${editing.id}`, { ...body, version: editing.version })
        : api.post('/api/publicity/lectures', body);
    },
    onSuccess: () => {
      void message.success(t('已保存', 'Saved'));
      void client.invalidateQueries({ queryKey: ['publicity'] });
    },
  });
  const status = Form.useWatch('status', form);
  return (
    <FormModal<Record<string, unknown>>
      form={form}
      title={editing ? t('修改讲座', 'Edit lecture') : t('新增讲座', 'New lecture')}
      okText={t('保存', 'Save')}
      initialValues={{
        status: editing?.status ?? 'planned',
        plannedOn: toDayjs(editing?.plannedOn ?? null),
        heldOn: toDayjs(editing?.heldOn ?? null),
        venueType: editing?.venueType ?? 'community',
        venue: editing?.venue,
        topic: editing?.topic ?? 'civil-code',
        title: editing?.title,
        audienceSize: editing?.audienceSize ?? undefined,
        lecturerIds: editing?.lecturerIds ?? [],
        photoUrls: editing?.photoUrls.join('\n') ?? '',
        note: editing?.note ?? undefined,
      }}
      onSubmit={save.mutateAsync}
      onClose={onClose}
    >
      <Form.Item name="status" label={t('状态', 'Status')}>
        <Select
          options={LECTURE_STATUSES.map((v) => ({
            value: v,
            label: pick(locale, LECTURE_STATUS_LABELS[v], LECTURE_STATUS_LABELS_EN[v]),
          }))}
        />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('计划日期', 'Planned on')}>
        <DatePicker />
      </Form.Item>
      {status === 'held' ? (
        <>
          <Form.Item name="heldOn" label={t('开展日期', 'Held on')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="audienceSize" label={t('受众人数', 'Audience')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100000} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="venueType" label={t('场所类型', 'Venue type')}>
        <Select
          options={VENUE_TYPES.map((v) => ({
            value: v,
            label: pick(locale, VENUE_TYPE_LABELS[v], VENUE_TYPE_LABELS_EN[v]),
          }))}
        />
      </Form.Item>
      <Form.Item name="venue" label={t('地点', 'Venue')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="topic" label={t('主题', 'Topic')}>
        <Select options={topicOptions} />
      </Form.Item>
      <Form.Item name="title" label={t('题目', 'Title')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="lecturerIds" label={t('讲师', 'Lecturers')}>
        <Select mode="multiple" options={lecturers.map((l) => ({ value: l.id, label: l.name }))} />
      </Form.Item>
      <Form.Item name="photoUrls" label={t('照片地址（每行一个）', 'Photo URLs (one per line)')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="note" label={t('备注', 'Note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** 普法讲师团: lecture plans and records with totals by venue type, and the lecturer roster. */
export default function LecturesPage() {
  const { locale } = useI18n();
  const t = (zh: string, en: string) => pick(locale, zh, en);
  const canManage = useCan('publicity.manage');
  const canDashboard = useCan('dashboard.read');
  const today = todayIso();
  const [period, setPeriod] = useState({
    from: `${today.slice(0, 4)}-01-01`,
    to: `${today.slice(0, 4)}-12-31`,
  });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [venueType, setVenueType] = useState<string | undefined>();
  const [editing, setEditing] = useState<Lecture | 'new' | null>(null);
  const list = useQuery({
    queryKey: ['publicity', 'lectures', period, page, venueType],
    queryFn: () => api.get<Page<Lecture>>('/api/publicity/lectures', { ...period, ...page, venueType }),
  });
  const lecturers = useQuery({
    queryKey: ['publicity', 'lecturers'],
    queryFn: () => api.get<Page<Lecturer>>('/api/publicity/lecturers', { pageSize: 200 }),
  });
  const totals = useQuery({
    queryKey: ['publicity', 'totals', period],
    queryFn: () => api.get<Totals>('/api/dashboard/lectures', period),
    enabled: canDashboard,
  });
  return (
    <div>
      <PageHeader
        title={t('普法讲师团', 'Legal publicity lecturer team')}
        subtitle={t('讲座计划与开展记录（进机关、企业、社区、学校、农牧区）', 'Lecture plans and records')}
        extra={
          <Space>
            <DatePicker.RangePicker
              allowClear={false}
              value={[toDayjs(period.from)!, toDayjs(period.to)!]}
              onChange={(range) => {
                const from = toIsoDate(range?.[0]);
                const to = toIsoDate(range?.[1]);
                if (from && to) setPeriod({ from, to });
              }}
            />
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('新增讲座', 'New lecture')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {totals.data ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space size="large" wrap>
            <Statistic title={t('已开展', 'Held')} value={totals.data.overall.held} />
            <Statistic title={t('受众人数', 'Audience')} value={totals.data.overall.audience} />
            <Statistic title={t('计划中', 'Planned')} value={totals.data.overall.planned} />
            {totals.data.byVenueType.map((v) => (
              <Statistic
                key={v.venueType}
                title={pick(
                  locale,
                  v.label,
                  VENUE_TYPE_LABELS_EN[v.venueType as (typeof VENUE_TYPES)[number]],
                )}
                value={v.held}
              />
            ))}
          </Space>
        </Card>
      ) : null}
      <Tabs
        items={[
          {
            key: 'lectures',
            label: t('讲座', 'Lectures'),
            children: (
              <Table<Lecture>
                rowKey="id"
                size="small"
                loading={list.isLoading}
                dataSource={list.data?.items ?? []}
                title={() => (
                  <Select
                    allowClear
                    placeholder={t('场所类型', 'Venue type')}
                    style={{ width: 160 }}
                    value={venueType}
                    onChange={setVenueType}
                    options={VENUE_TYPES.map((v) => ({
                      value: v,
                      label: pick(locale, VENUE_TYPE_LABELS[v], VENUE_TYPE_LABELS_EN[v]),
                    }))}
                  />
                )}
                pagination={{
                  current: page.page,
                  pageSize: page.pageSize,
                  total: list.data?.total ?? 0,
                  onChange: (p, size) => setPage({ page: p, pageSize: size }),
                }}
                columns={[
                  { title: t('日期', 'Date'), dataIndex: 'lectureOn' },
                  {
                    title: t('状态', 'Status'),
                    dataIndex: 'status',
                    render: (s: Lecture['status']) => (
                      <Tag color={s === 'held' ? 'green' : s === 'planned' ? 'blue' : 'default'}>
                        {pick(locale, LECTURE_STATUS_LABELS[s], LECTURE_STATUS_LABELS_EN[s])}
                      </Tag>
                    ),
                  },
                  {
                    title: t('场所类型', 'Venue type'),
                    dataIndex: 'venueType',
                    render: (v: Lecture['venueType']) =>
                      pick(locale, VENUE_TYPE_LABELS[v], VENUE_TYPE_LABELS_EN[v]),
                  },
                  { title: t('地点', 'Venue'), dataIndex: 'venue' },
                  {
                    title: t('主题', 'Topic'),
                    dataIndex: 'topic',
                    render: (v: Lecture['topic']) => LECTURE_TOPICS[v]?.label ?? v,
                  },
                  { title: t('题目', 'Title'), dataIndex: 'title' },
                  {
                    title: t('讲师', 'Lecturers'),
                    dataIndex: 'lecturerNames',
                    render: (n: string[]) => n.join('、'),
                  },
                  { title: t('受众', 'Audience'), dataIndex: 'audienceSize', align: 'right' },
                  {
                    title: t('照片', 'Photos'),
                    render: (_, l) => (
                      <Space size={4}>
                        {l.photoUrls.map((url, i) => (
                          <a key={url} href={url} target="_blank" rel="noreferrer">
                            {i + 1}
                          </a>
                        ))}
                        {l.photoIds.map((id, i) => (
                          <a key={id} href={`/api/publicity/photos/${id}`} target="_blank" rel="noreferrer">
                            {l.photoUrls.length + i + 1}
                          </a>
                        ))}
                      </Space>
                    ),
                  },
                  ...(canManage
                    ? [
                        {
                          title: '',
                          render: (_: unknown, l: Lecture) => (
                            <Button size="small" onClick={() => setEditing(l)}>
                              {t('编辑', 'Edit')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            ),
          },
          {
            key: 'lecturers',
            label: t('讲师名册', 'Lecturers'),
            children: (
              <Table<Lecturer>
                rowKey="id"
                size="small"
                loading={lecturers.isLoading}
                dataSource={lecturers.data?.items ?? []}
                columns={[
                  { title: t('姓名', 'Name'), dataIndex: 'name' },
                  { title: t('单位职务', 'Affiliation'), dataIndex: 'affiliation' },
                  {
                    title: t('宣讲主题', 'Topics'),
                    dataIndex: 'topics',
                    render: (topics: string[]) =>
                      topics
                        .map((c) => LECTURE_TOPICS[c as keyof typeof LECTURE_TOPICS]?.label ?? c)
                        .join('、'),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {editing ? (
        <LectureForm
          lecture={editing}
          lecturers={lecturers.data?.items ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
