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
      void message.success('通报已生成（草稿），请核对后发布');
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
                生成通报
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
              title: '标题',
              render: (_v, r) => (
                <Button type="link" onClick={() => setOpenId(r.id)} data-testid="bulletin-link">
                  {r.title}
                </Button>
              ),
            },
            { title: '期间', render: (_v, r) => `${r.periodFrom} 至 ${r.periodTo}` },
            { title: '单位', dataIndex: 'orgName' },
            {
              title: '状态',
              render: (_v, r) =>
                r.status === 'published' ? (
                  <Tag color="green">已发布 {formatInstant(r.publishedAt)}</Tag>
                ) : (
                  <Tag>草稿</Tag>
                ),
            },
            {
              title: '下载',
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
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ title: string; body: string }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const update = useMutation({
    mutationFn: (v: { title: string; body: string }) =>
      api.patch(`/api/study/bulletins/${bulletin.id}`, { version: bulletin.version, ...v }),
    onSuccess: async () => {
      void message.success('已保存');
      await refresh();
    },
    onError: (error) => saveError(error, { form, onStale: () => void refresh() }),
  });
  const publish = useMutation({
    mutationFn: () => api.post(`/api/study/bulletins/${bulletin.id}/publish`, { version: bulletin.version }),
    onSuccess: async () => {
      void message.success('通报已发布');
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
      <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, min: 10, message: '通报正文过短' }]}>
        <Input.TextArea rows={20} data-testid="bulletin-body" />
      </Form.Item>
      <Space>
        <Button htmlType="submit" loading={update.isPending}>
          保存
        </Button>
        <Popconfirm title="发布后全体人员可见，确定发布？（请先保存修改）" onConfirm={() => publish.mutate()}>
          <Button type="primary" loading={publish.isPending}>
            发布
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
