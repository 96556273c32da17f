import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { type Dayjs, formatInstant, toIsoDate } from '../../lib/dates';
import { useStudyMessages } from './messages';
import type { BulletinItem } from './types';

const KEY = ['study', 'bulletins'] as const;

/**
 * 定期通报: training officers generate a bulletin for a period (attendance, tests and spot checks of the
 * bureau's plans, summarised by the server), edit and publish it; staff read the published ones; .docx for both.
 */
export default function BulletinsPage() {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const manage = useCan('study.manage');
  const view = manage ? 'managed' : 'mine';
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [openId, setOpenId] = useState<string>();
  const list = useQuery({
    queryKey: [...KEY, view],
    queryFn: () => api.get<{ items: BulletinItem[] }>('/api/study/bulletins', { view }),
  });
  const generate = useMutation({
    mutationFn: () =>
      api.post<BulletinItem>('/api/study/bulletins', {
        from: toIsoDate(period?.[0]),
        to: toIsoDate(period?.[1]),
      }),
    onSuccess: async (b) => {
      void message.success(m('bulletinGenerated'));
      await queryClient.invalidateQueries({ queryKey: KEY });
      setOpenId(b.id);
    },
    onError: (error) => saveError(error),
  });
  const open = list.data?.items.find((b) => b.id === openId);
  return (
    <div>
      <PageHeader
        title={m('bulletinsTitle')}
        subtitle={m('bulletinsSubtitle')}
        extra={
          manage ? (
            <Space>
              <DatePicker.RangePicker
                value={period}
                onChange={(v) => setPeriod(v)}
                data-testid="bulletin-period"
              />
              <Button
                type="primary"
                disabled={!period?.[0] || !period?.[1]}
                loading={generate.isPending}
                onClick={() => generate.mutate()}
              >
                {m('generateBulletin')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Card>
        <Table<BulletinItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            {
              title: m('title'),
              render: (_v, r) => (
                <Button type="link" onClick={() => setOpenId(r.id)} data-testid="bulletin-link">
                  {r.title}
                </Button>
              ),
            },
            {
              title: m('period'),
              render: (_v, r) => m('periodValue', { from: r.periodFrom, to: r.periodTo }),
            },
            { title: m('organisation'), dataIndex: 'orgName' },
            {
              title: m('status'),
              render: (_v, r) =>
                r.status === 'published' ? (
                  <Tag color="green">{m('publishedAt', { at: formatInstant(r.publishedAt) })}</Tag>
                ) : (
                  <Tag>{m('draft')}</Tag>
                ),
            },
            {
              title: m('download'),
              render: (_v, r) => (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={`/api/study/bulletins/${r.id}/document`}
                >
                  .docx
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Drawer open={open !== undefined} width={820} title={open?.title} onClose={() => setOpenId(undefined)}>
        {open ? (
          <BulletinEditor key={`${open.id}-${open.version}`} bulletin={open} editable={manage} />
        ) : null}
      </Drawer>
    </div>
  );
}

function BulletinEditor({ bulletin, editable }: { bulletin: BulletinItem; editable: boolean }) {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const update = useMutation({
    mutationFn: (v: { title: string; body: string }) =>
      api.patch(`/api/study/bulletins/${bulletin.id}`, { version: bulletin.version, ...v }),
    onSuccess: async () => {
      void message.success(m('saved'));
      await refresh();
    },
    onError: (error) => saveError(error, { form, onStale: () => void refresh() }),
  });
  const publish = useMutation({
    mutationFn: () => api.post(`/api/study/bulletins/${bulletin.id}/publish`, { version: bulletin.version }),
    onSuccess: async () => {
      void message.success(m('bulletinPublished'));
      await refresh();
    },
    onError: (error) => saveError(error, { onStale: () => void refresh() }),
  });
  if (!editable || bulletin.status === 'published')
    return (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="bulletin-body">
        {bulletin.body}
      </Typography.Paragraph>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ title: bulletin.title, body: bulletin.body }}
      onFinish={(v) => update.mutate(v)}
    >
      <Form.Item name="title" label={m('title')} rules={[{ required: true, message: m('titleRequired') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="body"
        label={m('body')}
        rules={[{ required: true, min: 10, message: m('bodyTooShort') }]}
      >
        <Input.TextArea rows={20} data-testid="bulletin-body" />
      </Form.Item>
      <Space>
        <Button htmlType="submit" loading={update.isPending}>
          {m('save')}
        </Button>
        <Popconfirm title={m('publishConfirm')} onConfirm={() => publish.mutate()}>
          <Button type="primary" loading={publish.isPending}>
            {m('publish')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
