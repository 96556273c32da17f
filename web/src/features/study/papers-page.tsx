import { PlusOutlined } from '@ant-design/icons';
import { DEFAULT_POINTS, defaultPassScore, fullMarks } from '@core/staff-programme/knowledge-test';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { decimal, PLAN_STATUS_COLORS, percent, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import type { CompareRounds, PaperItem, RoundSummary } from './types';

const KEY = ['study', 'papers'] as const;

interface PaperValues {
  title: string;
  round?: string;
  single: number;
  multiple: number;
  trueFalse: number;
  categories?: string[];
  timeLimitMinutes: number;
  maxAttempts: number;
  /** Blank: 60 % of the full marks (core defaultPassScore), as the server does. */
  passScore?: number | null;
}

/** 试卷与成绩: papers drawn by rule, published (questions drawn then), results, two rounds compared. */
export default function PapersPage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const manage = useCan('study.manage');
  const [creating, setCreating] = useState(false);
  const [compare, setCompare] = useState<{ first?: string; second?: string }>({});
  const list = useQuery({
    queryKey: [...KEY, 'managed'],
    queryFn: () => api.get<{ items: PaperItem[] }>('/api/study/papers', { view: 'managed' }),
  });
  const setStatus = useMutation({
    mutationFn: ({ paper, status }: { paper: PaperItem; status: 'published' | 'closed' }) =>
      api.post(`/api/study/papers/${paper.id}/status`, { version: paper.version, status }),
    onSuccess: async (_r, { status }) => {
      void message.success(status === 'published' ? m('paperPublished') : m('testClosed'));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { onStale: () => void list.refetch() }),
  });
  const remove = useMutation({
    mutationFn: (paper: PaperItem) => api.delete(`/api/study/papers/${paper.id}`, { version: paper.version }),
    onSuccess: async () => {
      void message.success(m('paperDeleted'));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { onStale: () => void list.refetch() }),
  });
  const rounds = (list.data?.items ?? []).filter((p) => p.status !== 'draft');
  return (
    <div>
      <PageHeader
        title={m('papersTitle')}
        subtitle={m('papersSubtitle')}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m('newPaper')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<PaperItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: m('paper'), dataIndex: 'title' },
            { title: m('round'), render: (_v, r) => r.round ?? '—', width: 100 },
            {
              title: m('countsScorePass'),
              render: (_v, r) =>
                m('countsScorePassValue', {
                  q:
                    r.status === 'draft'
                      ? Object.values(r.counts).reduce((a, b) => a + b, 0)
                      : r.questionCount,
                  max: r.maxScore,
                  pass: r.passScore,
                }),
            },
            {
              title: m('timeLimit'),
              render: (_v, r) => m('limitValue', { n: r.timeLimitMinutes, a: r.maxAttempts }),
            },
            {
              title: m('status'),
              render: (_v, r) => (
                <Tag color={PLAN_STATUS_COLORS[r.status]}>{vocabulary.paperStatus[r.status]}</Tag>
              ),
            },
            {
              title: m('actions'),
              render: (_v, r) => (
                <Space>
                  {manage && r.status === 'draft' ? (
                    <Popconfirm
                      title={m('publishPaperConfirm')}
                      onConfirm={() => setStatus.mutate({ paper: r, status: 'published' })}
                    >
                      <Button size="small" type="primary">
                        {m('publish')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {manage && r.status === 'draft' ? (
                    <Popconfirm title={m('deletePaperConfirm')} onConfirm={() => remove.mutate(r)}>
                      <Button size="small" danger>
                        {m('deleteDraft')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {manage && r.status === 'published' ? (
                    <Popconfirm
                      title={m('closeTestConfirm')}
                      onConfirm={() => setStatus.mutate({ paper: r, status: 'closed' })}
                    >
                      <Button size="small">{m('closeTest')}</Button>
                    </Popconfirm>
                  ) : null}
                  {r.status !== 'draft' ? (
                    <Link to={`/study/papers/${r.id}/results`}>{m('resultsLink')}</Link>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={m('compareRounds')} style={{ marginTop: 16 }}>
        <Space>
          <Select
            style={{ width: 280 }}
            placeholder={m('firstRound')}
            value={compare.first}
            onChange={(first) => setCompare((c) => ({ ...c, first }))}
            options={rounds.map((p) => ({
              value: p.id,
              label: `${p.title}${p.round ? m('roundSuffix', { round: p.round }) : ''}`,
            }))}
          />
          <Select
            style={{ width: 280 }}
            placeholder={m('secondRound')}
            value={compare.second}
            onChange={(second) => setCompare((c) => ({ ...c, second }))}
            options={rounds.map((p) => ({
              value: p.id,
              label: `${p.title}${p.round ? m('roundSuffix', { round: p.round }) : ''}`,
            }))}
          />
        </Space>
        {compare.first && compare.second ? (
          <CompareView first={compare.first} second={compare.second} />
        ) : null}
      </Card>
      {creating ? <CreatePaperModal onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

function CompareView({ first, second }: { first: string; second: string }) {
  const m = useStudyMessages();
  const q = useQuery({
    queryKey: [...KEY, 'compare', first, second],
    queryFn: () => api.get<CompareRounds>('/api/study/papers/compare', { first, second }),
  });
  if (!q.data) return <Card loading={q.isPending} />;
  const { first: a, second: b, change } = q.data;
  const rows: { key: string; label: string; a: string; b: string; change: string }[] = [
    {
      key: 'participation',
      label: m('participationRate'),
      a: percent(a.summary.participationRate),
      b: percent(b.summary.participationRate),
      change: percent(change.participationRate),
    },
    {
      key: 'average',
      label: m('averageScore'),
      a: decimal(a.summary.average),
      b: decimal(b.summary.average),
      change: decimal(change.average),
    },
    {
      key: 'pass',
      label: m('passRate'),
      a: percent(a.summary.passRate),
      b: percent(b.summary.passRate),
      change: percent(change.passRate),
    },
    ...change.byCategory.map((c) => ({
      key: `c-${c.category}`,
      label: m('categoryRate', { c: c.category }),
      a: percent(c.first),
      b: percent(c.second),
      change: percent(c.change),
    })),
  ];
  return (
    <Table
      style={{ marginTop: 16 }}
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="compare-rounds"
      columns={[
        { title: m('measure'), dataIndex: 'label' },
        { title: a.paper.round ?? a.paper.title, dataIndex: 'a' },
        { title: b.paper.round ?? b.paper.title, dataIndex: 'b' },
        { title: m('change'), dataIndex: 'change' },
      ]}
    />
  );
}

export function SummaryRow({ summary }: { summary: RoundSummary }) {
  const m = useStudyMessages();
  return (
    <Row gutter={16}>
      {[
        [m('expectedTakers'), String(summary.expected)],
        [m('takers'), String(summary.participants)],
        [m('participationRate'), percent(summary.participationRate, m('noData'))],
        [m('averageScore'), decimal(summary.average, m('noTakers'))],
        [m('highLow'), `${summary.highest ?? '—'} / ${summary.lowest ?? '—'}`],
        [m('passRate'), percent(summary.passRate, m('noTakers'))],
      ].map(([label, value]) => (
        <Col key={label} span={4}>
          <div style={{ color: '#888' }}>{label}</div>
          <div style={{ fontSize: 20 }}>{value}</div>
        </Col>
      ))}
    </Row>
  );
}

function CreatePaperModal({ onClose }: { onClose: () => void }) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PaperValues>();
  const queryClient = useQueryClient();
  // The category picker offers the categories of the bank the paper draws from, with their sizes.
  const bank = useQuery({
    queryKey: ['study', 'questions', 'categories'],
    queryFn: () =>
      api.get<{
        items: { category: string; counts: Record<'single' | 'multiple' | 'true-false', number> }[];
      }>('/api/study/questions/categories'),
  });
  const single = Form.useWatch('single', form) ?? 0;
  const multiple = Form.useWatch('multiple', form) ?? 0;
  const trueFalse = Form.useWatch('trueFalse', form) ?? 0;
  const full = fullMarks({ single, multiple, 'true-false': trueFalse }, DEFAULT_POINTS);
  const create = useMutation({
    mutationFn: (v: PaperValues) =>
      api.post('/api/study/papers', {
        title: v.title,
        round: v.round || undefined,
        counts: { single: v.single, multiple: v.multiple, 'true-false': v.trueFalse },
        categories: v.categories ?? [],
        timeLimitMinutes: v.timeLimitMinutes,
        maxAttempts: v.maxAttempts,
        passScore: v.passScore ?? undefined,
      }),
    onSuccess: async () => {
      void message.success(m('paperDraftCreated'));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <FormModal<PaperValues>
      form={form}
      title={m('newPaper')}
      width={640}
      initialValues={{
        round: m('firstRound'),
        single: 5,
        multiple: 0,
        trueFalse: 0,
        timeLimitMinutes: 30,
        maxAttempts: 1,
      }}
      onSubmit={create.mutateAsync}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label={m('paperName')}
        rules={[{ required: true, message: m('paperNameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="round" label={m('roundLabel')}>
        <Input maxLength={20} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="single" label={m('singleCount')}>
          <InputNumber min={0} max={200} />
        </Form.Item>
        <Form.Item name="multiple" label={m('multipleCount')}>
          <InputNumber min={0} max={200} />
        </Form.Item>
        <Form.Item name="trueFalse" label={m('trueFalseCount')}>
          <InputNumber min={0} max={200} />
        </Form.Item>
      </Space>
      <Form.Item name="categories" label={m('categoriesLabel')}>
        <Select
          mode="multiple"
          loading={bank.isPending}
          placeholder={m('categoriesAll')}
          notFoundContent={m('categoriesNone')}
          options={(bank.data?.items ?? []).map((c) => ({
            value: c.category,
            label: m('categoryOption', {
              c: c.category,
              s: c.counts.single,
              mu: c.counts.multiple,
              tf: c.counts['true-false'],
            }),
          }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name="timeLimitMinutes" label={m('timeLimitMinutes')}>
          <InputNumber min={1} max={600} />
        </Form.Item>
        <Form.Item name="maxAttempts" label={m('maxAttempts')}>
          <InputNumber min={1} max={10} />
        </Form.Item>
        <Form.Item
          name="passScore"
          label={m('passScore')}
          extra={m('passScoreHint', { full, pass: defaultPassScore(full) })}
          rules={[
            {
              validator: (_r, value: number | null | undefined) =>
                value == null || value <= full
                  ? Promise.resolve()
                  : Promise.reject(new Error(m('passScoreAboveFull', { full }))),
            },
          ]}
        >
          <InputNumber min={0} placeholder={String(defaultPassScore(full))} data-testid="pass-score" />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
