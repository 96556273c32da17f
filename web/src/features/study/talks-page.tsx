import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, DatePicker, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { type Dayjs, formatInstant, toIsoDate } from '../../lib/dates';
import { useStudyMessages } from './messages';
import { StaffPicker } from './staff-picker';
import type { TalkItem } from './types';

const KEY = ['study', 'talks'] as const;

interface TalkValues {
  subjectUserId: string;
  heldOn: Dayjs;
  topic: string;
  summary: string;
  followUp?: string;
  followUpDueOn?: Dayjs;
}

/** 谈心谈话: supervisors log talks and their follow-up; staff see the talks held with them. */
export default function TalksPage() {
  const m = useStudyMessages();
  const { message } = AntApp.useApp();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const supervise = useCan('study.supervise');
  const view = supervise ? 'scope' : 'mine';
  const [creating, setCreating] = useState(false);
  const [followUp, setFollowUp] = useState<TalkItem>();
  const [form] = Form.useForm<TalkValues>();
  const [noteForm] = Form.useForm<{ note: string }>();
  const list = useQuery({
    queryKey: [...KEY, view],
    queryFn: () => api.get<{ items: TalkItem[] }>('/api/study/talks', { view }),
  });
  const create = useMutation({
    mutationFn: (v: TalkValues) =>
      api.post('/api/study/talks', {
        ...v,
        heldOn: toIsoDate(v.heldOn),
        followUpDueOn: toIsoDate(v.followUpDueOn),
        followUp: v.followUp || undefined,
      }),
    onSuccess: async () => {
      void message.success('谈话已登记');
      setCreating(false);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { form }),
  });
  const done = useMutation({
    mutationFn: (note: string) =>
      api.post(`/api/study/talks/${followUp!.id}/follow-up`, { version: followUp!.version, note }),
    onSuccess: async () => {
      void message.success('已登记跟进情况');
      setFollowUp(undefined);
      noteForm.resetFields();
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => saveError(error, { form: noteForm }),
  });
  return (
    <div>
      <PageHeader
        title={m('talksTitle')}
        subtitle={m('talksSubtitle')}
        extra={
          supervise ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记谈话
            </Button>
          ) : null
        }
      />
      <Card>
        <Table<TalkItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          expandable={{ expandedRowRender: (r) => <p style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</p> }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 110 },
            { title: '谈话对象', dataIndex: 'subjectName' },
            { title: '谈话人', dataIndex: 'conductedByName' },
            { title: '主题', dataIndex: 'topic' },
            {
              title: '跟进',
              render: (_v, r) =>
                !r.followUp ? (
                  '—'
                ) : r.followUpDoneAt ? (
                  <Tag color="green">已落实 {formatInstant(r.followUpDoneAt).slice(0, 10)}</Tag>
                ) : supervise ? (
                  <Button size="small" onClick={() => setFollowUp(r)}>
                    登记落实（{r.followUpDueOn ?? '无期限'}）
                  </Button>
                ) : (
                  <Tag color="orange">{r.followUp}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={creating}
        width={640}
        title="登记谈心谈话"
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
      >
        <Form<TalkValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item
            name="subjectUserId"
            label="谈话对象"
            rules={[{ required: true, message: '请选择谈话对象' }]}
          >
            <StaffPicker />
          </Form.Item>
          <Form.Item name="heldOn" label="谈话日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="topic" label="主题" rules={[{ required: true, message: '请填写谈话主题' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="summary"
            label="谈话要点"
            rules={[{ required: true, min: 5, message: '请填写谈话要点' }]}
          >
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="followUp" label="跟进事项">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="followUpDueOn" label="跟进期限">
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={followUp !== undefined}
        title="跟进落实情况"
        onCancel={() => setFollowUp(undefined)}
        onOk={() => noteForm.submit()}
        confirmLoading={done.isPending}
      >
        <Form form={noteForm} layout="vertical" onFinish={(v) => done.mutate(v.note)}>
          <Form.Item
            name="note"
            label="落实情况"
            rules={[{ required: true, min: 2, message: '请说明跟进落实情况' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
