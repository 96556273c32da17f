import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, DatePicker, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { PageHeader } from '../../app/page-header';
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
  const queryClient = useQueryClient();
  const supervise = useCan('study.supervise');
  const view = supervise ? 'scope' : 'mine';
  const [creating, setCreating] = useState(false);
  const [followUp, setFollowUp] = useState<TalkItem>();
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
    onSuccess: () => {
      void message.success(m('talkSaved'));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const done = useMutation({
    mutationFn: (note: string) =>
      api.post(`/api/study/talks/${followUp!.id}/follow-up`, { version: followUp!.version, note }),
    onSuccess: () => {
      void message.success(m('talkFollowUpSaved'));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <div>
      <PageHeader
        title={m('talksTitle')}
        subtitle={m('talksSubtitle')}
        extra={
          supervise ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m('newTalk')}
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
            { title: m('date'), dataIndex: 'heldOn', width: 110 },
            { title: m('talkWith'), dataIndex: 'subjectName' },
            { title: m('talkBy'), dataIndex: 'conductedByName' },
            { title: m('topic'), dataIndex: 'topic' },
            {
              title: m('talkFollowUp'),
              render: (_v, r) =>
                !r.followUp ? (
                  '—'
                ) : r.followUpDoneAt ? (
                  <Tag color="green">
                    {m('talkFollowedUp', { date: formatInstant(r.followUpDoneAt).slice(0, 10) })}
                  </Tag>
                ) : supervise ? (
                  <Button size="small" onClick={() => setFollowUp(r)}>
                    {m('recordTalkFollowUp', { due: r.followUpDueOn ?? m('noDue') })}
                  </Button>
                ) : (
                  <Tag color="orange">{r.followUp}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <FormModal<TalkValues>
        open={creating}
        width={640}
        title={m('newTalkTitle')}
        onSubmit={create.mutateAsync}
        onClose={() => setCreating(false)}
      >
        <Form.Item
          name="subjectUserId"
          label={m('talkWith')}
          rules={[{ required: true, message: m('talkWithRequired') }]}
        >
          <StaffPicker />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={m('talkDate')}
          rules={[{ required: true, message: m('dateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="topic" label={m('topic')} rules={[{ required: true, message: m('topicRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={m('talkPoints')}
          rules={[{ required: true, min: 5, message: m('talkPointsRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="followUp" label={m('followUpItems')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="followUpDueOn" label={m('followUpDue')}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string }>
        open={followUp !== undefined}
        title={m('talkFollowUpTitle')}
        onSubmit={(v) => done.mutateAsync(v.note)}
        onClose={() => setFollowUp(undefined)}
      >
        <Form.Item
          name="note"
          label={m('talkFollowUpNote')}
          rules={[{ required: true, min: 2, message: m('talkFollowUpNoteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
