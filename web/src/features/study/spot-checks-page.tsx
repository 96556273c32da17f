import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { type Dayjs, formatInstant, toIsoDate } from '../../lib/dates';
import { type SpotMode, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import type { PlanItem, RecordItem, SpotCheck, SpotCheckItem, SpotCheckSummary } from './types';

/** The draw rules (a spot check of notes picked by hand shows as `picked`, 指定抽查). */
const DRAW_MODES = ['random', 'rate', 'per-person', 'short'] as const;
const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;

interface DrawValues {
  period: [Dayjs, Dayjs];
  planId?: string;
  mode: 'random' | 'rate' | 'per-person' | 'short';
  amount: number;
}

/** 笔记抽查: draw study notes by rule, grade them, comment and ask for follow-up. */
export default function SpotChecksPage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [drawing, setDrawing] = useState(false);
  const [picking, setPicking] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const list = useQuery({
    queryKey: ['study', 'spot-checks'],
    queryFn: () => api.get<{ items: SpotCheckSummary[] }>('/api/study/spot-checks'),
  });
  const plans = useQuery({
    queryKey: ['study', 'plans', 'managed'],
    queryFn: () => api.get<{ items: PlanItem[] }>('/api/study/plans', { view: 'managed' }),
  });
  const draw = useMutation({
    mutationFn: (v: DrawValues) => {
      const rule =
        v.mode === 'random'
          ? { mode: 'random', count: v.amount }
          : v.mode === 'rate'
            ? { mode: 'rate', rate: v.amount / 100 }
            : v.mode === 'per-person'
              ? { mode: 'per-person', perPerson: v.amount }
              : { mode: 'short', maxChars: v.amount };
      return api.post<SpotCheck>('/api/study/spot-checks', {
        from: toIsoDate(v.period[0]),
        to: toIsoDate(v.period[1]),
        planId: v.planId,
        rule,
      });
    },
    onSuccess: (r) => {
      void message.success(m('drawnCount', { n: r.items.length, total: r.candidates }));
      setOpenId(r.id);
      void queryClient.invalidateQueries({ queryKey: ['study', 'spot-checks'] });
    },
  });
  return (
    <div>
      <PageHeader
        title={m('spotTitle')}
        subtitle={m('spotSubtitle')}
        extra={
          <Space>
            <Button onClick={() => setPicking(true)} data-testid="pick-notes">
              {m('pickNotes')}
            </Button>
            <Button type="primary" onClick={() => setDrawing(true)}>
              {m('drawNotes')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Table
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            {
              title: m('period'),
              render: (_v, r) => m('periodValue', { from: r.periodFrom, to: r.periodTo }),
            },
            {
              title: m('rule'),
              render: (_v, r) => vocabulary.spotMode[r.mode as SpotMode] ?? r.mode,
            },
            { title: m('drawnOfTotal'), render: (_v, r) => `${r.drawn} / ${r.candidates}` },
            { title: m('graded'), dataIndex: 'graded' },
            { title: m('drawnAt'), render: (_v, r) => formatInstant(r.createdAt) },
            {
              title: m('actions'),
              render: (_v, r) => (
                <Button size="small" onClick={() => setOpenId(r.id)}>
                  {m('gradeAction')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<DrawValues>
        open={drawing}
        title={m('drawTitle')}
        initialValues={{ mode: 'random', amount: 5 }}
        onSubmit={draw.mutateAsync}
        onClose={() => setDrawing(false)}
      >
        <Form.Item
          name="period"
          label={m('notesPeriod')}
          rules={[{ required: true, message: m('periodRequired') }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="planId" label={m('planOptional')}>
          <Select
            allowClear
            options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        </Form.Item>
        <Space>
          <Form.Item name="mode" label={m('drawRule')}>
            <Select
              style={{ width: 140 }}
              options={DRAW_MODES.map((value) => ({ value, label: vocabulary.spotMode[value] }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={m('amountLabel')}
            rules={[{ required: true, message: m('amountRequired') }]}
          >
            <InputNumber min={1} max={10_000} />
          </Form.Item>
        </Space>
      </FormModal>
      {picking ? (
        <PickModal
          onClose={() => setPicking(false)}
          onPicked={(id) => {
            setPicking(false);
            setOpenId(id);
          }}
        />
      ) : null}
      <Drawer
        open={openId !== undefined}
        width={960}
        title={m('spotCheckTitle')}
        onClose={() => setOpenId(undefined)}
      >
        {openId ? <SpotCheckDetail id={openId} /> : null}
      </Drawer>
    </div>
  );
}

/**
 * 指定抽查: the supervisor picks notes of their scope by hand (e.g. after a complaint), besides the draw
 * by rule. Notes already checked cannot be picked again (the server answers 409 STUDY.ALREADY_DRAWN).
 */
function PickModal({ onClose, onPicked }: { onClose: () => void; onPicked: (spotCheckId: string) => void }) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const from = toIsoDate(period?.[0]);
  const to = toIsoDate(period?.[1]);
  const records = useQuery({
    queryKey: ['study', 'records', 'scope', from, to],
    queryFn: () =>
      api.get<{ items: RecordItem[] }>('/api/study/records', {
        view: 'scope',
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }),
  });
  const pick = useMutation({
    mutationFn: () =>
      api.post<SpotCheck>('/api/study/spot-checks/picks', {
        recordIds: selected,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: async (r) => {
      void message.success(m('pickedCount', { n: r.items.length }));
      await queryClient.invalidateQueries({ queryKey: ['study', 'spot-checks'] });
      onPicked(r.id);
    },
    onError: (error) => saveError(error),
  });
  return (
    <Modal
      open
      width={900}
      title={m('pickNotes')}
      okText={m('pickSelected', { n: selected.length })}
      okButtonProps={{ disabled: selected.length === 0, loading: pick.isPending }}
      onOk={() => pick.mutate()}
      onCancel={onClose}
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker value={period} onChange={(v) => setPeriod(v)} />
        <Input
          style={{ width: 360 }}
          maxLength={200}
          placeholder={m('pickReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Space>
      <Table<RecordItem>
        rowKey="id"
        size="small"
        loading={records.isPending}
        dataSource={records.data?.items ?? []}
        pagination={{ pageSize: 10 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        data-testid="pick-records"
        columns={[
          { title: m('person'), dataIndex: 'name', width: 90 },
          { title: m('organisation'), dataIndex: 'unit', width: 160 },
          { title: m('planColumn'), dataIndex: 'planTitle', width: 160 },
          {
            title: m('note'),
            render: (_v, r) => (
              <Typography.Text ellipsis={{ tooltip: r.content }} style={{ maxWidth: 280 }}>
                {r.content}
              </Typography.Text>
            ),
          },
          { title: m('writtenAt'), render: (_v, r) => formatInstant(r.createdAt), width: 150 },
        ]}
      />
    </Modal>
  );
}

interface GradeValues {
  grade: SpotCheckItem['grade'];
  comment: string;
  followUpRequired: boolean;
  followUp?: string;
}

function SpotCheckDetail({ id }: { id: string }) {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [item, setItem] = useState<SpotCheckItem>();
  const q = useQuery({
    queryKey: ['study', 'spot-checks', id],
    queryFn: () => api.get<SpotCheck>(`/api/study/spot-checks/${id}`),
  });
  const grade = useMutation({
    mutationFn: (v: GradeValues) =>
      api.patch(`/api/study/spot-check-items/${item!.id}`, { version: item!.version, ...v }),
    onSuccess: () => {
      void message.success(m('graded'));
      void queryClient.invalidateQueries({ queryKey: ['study', 'spot-checks'] });
    },
  });
  const data = q.data;
  return (
    <div>
      {data && data.withoutRecords.length > 0 ? (
        <Typography.Paragraph type="warning">
          {m('withoutNotes', {
            names: data.withoutRecords.map((p) => `${p.name}（${p.unit}）`).join(m('listSeparator')),
          })}
        </Typography.Paragraph>
      ) : null}
      <Table
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: m('person'), render: (_v, r) => `${r.record.name}（${r.record.unit}）`, width: 180 },
          {
            title: m('note'),
            render: (_v, r) => (
              <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
                {r.record.content}
              </Typography.Paragraph>
            ),
          },
          {
            title: m('gradeAction'),
            width: 200,
            render: (_v, r) =>
              r.grade ? (
                <Space direction="vertical" size={2}>
                  <Tag color={r.grade === 'fail' ? 'red' : 'green'}>{vocabulary.grade[r.grade]}</Tag>
                  <span>{r.comment}</span>
                  {r.followUpRequired ? (
                    <Tag color="orange">{r.followUpDoneAt ? m('followedUp') : m('followUpPending')}</Tag>
                  ) : null}
                </Space>
              ) : (
                <Button size="small" onClick={() => setItem(r)}>
                  {m('gradeAction')}
                </Button>
              ),
          },
        ]}
      />
      <FormModal<GradeValues>
        open={item !== undefined}
        title={m('gradeNoteTitle')}
        initialValues={{ followUpRequired: false }}
        onSubmit={grade.mutateAsync}
        onClose={() => setItem(undefined)}
        onStale={() => void q.refetch()}
      >
        <Form.Item name="grade" label={m('grade')} rules={[{ required: true, message: m('gradeRequired') }]}>
          <Select options={GRADES.map((value) => ({ value, label: vocabulary.grade[value] }))} />
        </Form.Item>
        <Form.Item
          name="comment"
          label={m('commentLabel')}
          rules={[{ required: true, message: m('commentRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="followUpRequired" valuePropName="checked">
          <Checkbox>{m('requireFollowUp')}</Checkbox>
        </Form.Item>
        <Form.Item name="followUp" label={m('followUpAsk')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
