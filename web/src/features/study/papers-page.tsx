import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
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
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { decimal, PLAN_STATUS_COLORS, percent } from './labels';
import { useStudyMessages } from './messages';
import type { CompareRounds, PaperItem, RoundSummary } from './types';

const KEY = ['study', 'papers'] as const;
const STATUS = { draft: '草稿', published: '进行中', closed: '已结束' } as const;

interface PaperValues {
  title: string;
  round?: string;
  single: number;
  multiple: number;
  trueFalse: number;
  categories?: string[];
  timeLimitMinutes: number;
  maxAttempts: number;
  passScore: number;
}

/** 试卷与成绩: papers drawn by rule, published (questions drawn then), results, two rounds compared. */
export default function PapersPage() {
  const m = useStudyMessages();
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
      void message.success(status === 'published' ? '试卷已发布' : '考试已结束');
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
              新建试卷
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
            { title: '试卷', dataIndex: 'title' },
            { title: '轮次', render: (_v, r) => r.round ?? '—', width: 100 },
            {
              title: '题量 / 满分 / 及格',
              render: (_v, r) =>
                `${r.status === 'draft' ? Object.values(r.counts).reduce((a, b) => a + b, 0) : r.questionCount} 题 / ${r.status === 'draft' ? '—' : r.maxScore} / ${r.passScore}`,
            },
            { title: '限时', render: (_v, r) => `${r.timeLimitMinutes} 分钟 · ${r.maxAttempts} 次` },
            {
              title: '状态',
              render: (_v, r) => <Tag color={PLAN_STATUS_COLORS[r.status]}>{STATUS[r.status]}</Tag>,
            },
            {
              title: '操作',
              render: (_v, r) => (
                <Space>
                  {manage && r.status === 'draft' ? (
                    <Popconfirm
                      title="发布时按规则抽题，发布后不能修改，确定发布？"
                      onConfirm={() => setStatus.mutate({ paper: r, status: 'published' })}
                    >
                      <Button size="small" type="primary">
                        发布
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {manage && r.status === 'published' ? (
                    <Popconfirm
                      title="结束后不能再答题，确定结束？"
                      onConfirm={() => setStatus.mutate({ paper: r, status: 'closed' })}
                    >
                      <Button size="small">结束考试</Button>
                    </Popconfirm>
                  ) : null}
                  {r.status !== 'draft' ? <Link to={`/study/papers/${r.id}/results`}>成绩与分析</Link> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title="两轮对比" style={{ marginTop: 16 }}>
        <Space>
          <Select
            style={{ width: 280 }}
            placeholder="第一轮"
            value={compare.first}
            onChange={(first) => setCompare((c) => ({ ...c, first }))}
            options={rounds.map((p) => ({
              value: p.id,
              label: `${p.title}${p.round ? `（${p.round}）` : ''}`,
            }))}
          />
          <Select
            style={{ width: 280 }}
            placeholder="第二轮"
            value={compare.second}
            onChange={(second) => setCompare((c) => ({ ...c, second }))}
            options={rounds.map((p) => ({
              value: p.id,
              label: `${p.title}${p.round ? `（${p.round}）` : ''}`,
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
  const q = useQuery({
    queryKey: [...KEY, 'compare', first, second],
    queryFn: () => api.get<CompareRounds>('/api/study/papers/compare', { first, second }),
  });
  if (!q.data) return <Card loading={q.isPending} />;
  const { first: a, second: b, change } = q.data;
  const rows: { key: string; label: string; a: string; b: string; change: string }[] = [
    {
      key: 'participation',
      label: '参考率',
      a: percent(a.summary.participationRate),
      b: percent(b.summary.participationRate),
      change: percent(change.participationRate),
    },
    {
      key: 'average',
      label: '平均分',
      a: decimal(a.summary.average),
      b: decimal(b.summary.average),
      change: decimal(change.average),
    },
    {
      key: 'pass',
      label: '及格率',
      a: percent(a.summary.passRate),
      b: percent(b.summary.passRate),
      change: percent(change.passRate),
    },
    ...change.byCategory.map((c) => ({
      key: `c-${c.category}`,
      label: `正确率：${c.category}`,
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
        { title: '指标', dataIndex: 'label' },
        { title: a.paper.round ?? a.paper.title, dataIndex: 'a' },
        { title: b.paper.round ?? b.paper.title, dataIndex: 'b' },
        { title: '变化', dataIndex: 'change' },
      ]}
    />
  );
}

export function SummaryRow({ summary }: { summary: RoundSummary }) {
  return (
    <Row gutter={16}>
      {[
        ['应参考', String(summary.expected)],
        ['参考人数', String(summary.participants)],
        ['参考率', percent(summary.participationRate)],
        ['平均分', decimal(summary.average)],
        ['最高 / 最低', `${summary.highest ?? '—'} / ${summary.lowest ?? '—'}`],
        ['及格率', percent(summary.passRate)],
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
  const [form] = Form.useForm<PaperValues>();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (v: PaperValues) =>
      api.post('/api/study/papers', {
        title: v.title,
        round: v.round || undefined,
        counts: { single: v.single, multiple: v.multiple, 'true-false': v.trueFalse },
        categories: v.categories ?? [],
        timeLimitMinutes: v.timeLimitMinutes,
        maxAttempts: v.maxAttempts,
        passScore: v.passScore,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError: (error) => saveError(error, { form }),
  });
  return (
    <Modal
      open
      title="新建试卷"
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form<PaperValues>
        form={form}
        layout="vertical"
        initialValues={{
          single: 5,
          multiple: 0,
          trueFalse: 0,
          timeLimitMinutes: 30,
          maxAttempts: 1,
          passScore: 60,
        }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item name="title" label="试卷名称" rules={[{ required: true, message: '请填写试卷名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="round" label="轮次（用于两轮对比）">
          <Input maxLength={20} placeholder="第一轮" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="single" label="单选题数">
            <InputNumber min={0} max={200} />
          </Form.Item>
          <Form.Item name="multiple" label="多选题数">
            <InputNumber min={0} max={200} />
          </Form.Item>
          <Form.Item name="trueFalse" label="判断题数">
            <InputNumber min={0} max={200} />
          </Form.Item>
        </Space>
        <Form.Item name="categories" label="限定分类（可不选）">
          <Select mode="tags" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="timeLimitMinutes" label="限时（分钟）">
            <InputNumber min={1} max={600} />
          </Form.Item>
          <Form.Item name="maxAttempts" label="可答次数">
            <InputNumber min={1} max={10} />
          </Form.Item>
          <Form.Item name="passScore" label="及格分">
            <InputNumber min={0} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
