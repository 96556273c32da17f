import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Form, Input, Segmented, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { useCodeLabel } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { LEVEL, RECTIFICATION_STATUS, useEvaluationMessages } from './messages';
import { LEVEL_COLORS, PartyBadge } from './party-badge';
import type { RectificationItem } from './types';

type Filter = 'active' | 'overdue' | 'closed';
const KEY = ['rectifications'] as const;

/** 差评整改: each bad review's call-back (1 working day) and rectification (15), overdue items flagged and escalated. */
export default function RectificationsPage() {
  const { message } = AntApp.useApp();
  const m = useEvaluationMessages();
  const levelLabel = useCodeLabel(LEVEL);
  const statusLabel = useCodeLabel(RECTIFICATION_STATUS);
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('active');
  const [step, setStep] = useState<{ item: RectificationItem; kind: 'callback' | 'rectify' }>();
  const list = useQuery({
    queryKey: [...KEY, filter],
    queryFn: () =>
      api.get<{ items: RectificationItem[] }>(
        '/api/rectifications',
        filter === 'overdue' ? { overdue: 'true' } : { status: filter },
      ),
  });
  const advance = useMutation({
    mutationFn: ({ item, kind, note }: { item: RectificationItem; kind: string; note: string }) =>
      api.post<RectificationItem>(`/api/rectifications/${item.id}/${kind}`, { version: item.version, note }),
    onSuccess: () => {
      void message.success(m('registered'));
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <div>
      <PageHeader title={m('rectifications')} subtitle={m('rectificationsSubtitle')} />
      <Card
        extra={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'active', label: m('active') },
              { value: 'overdue', label: m('overdue') },
              { value: 'closed', label: m('closed') },
            ]}
          />
        }
      >
        <Table<RectificationItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: m('badRating'),
              render: (_v, r) => (
                <div>
                  <Tag color={LEVEL_COLORS[r.level]}>{levelLabel(String(r.level), r.levelLabel)}</Tag>{' '}
                  {r.serviceName} · {r.subjectNumber}
                  {r.comment ? <div className="la-muted">“{r.comment}”</div> : null}
                </div>
              ),
            },
            {
              title: m('rated'),
              render: (_v, r) => (
                <span>
                  {r.windowNumber ? m('windowN', { n: r.windowNumber }) : ''}
                  {r.staffName ?? ''} <PartyBadge show={r.staffPartyMember} />
                  {r.lawyerName ? m('lawyerName', { name: r.lawyerName }) : ''}
                </span>
              ),
            },
            {
              title: m('deadlines'),
              render: (_v, r) => (
                <div>
                  <Tooltip title={r.sources.callback}>
                    <div>
                      {m('callbackDue', { date: r.callbackDueOn })}{' '}
                      {r.callbackOverdue ? <Tag color="red">{m('late')}</Tag> : null}
                    </div>
                  </Tooltip>
                  <Tooltip title={r.sources.fix}>
                    <div>
                      {m('fixDue', { date: r.fixDueOn })}{' '}
                      {r.fixOverdue ? <Tag color="red">{m('late')}</Tag> : null}
                    </div>
                  </Tooltip>
                </div>
              ),
            },
            {
              title: m('status'),
              render: (_v, r) => (
                <Space direction="vertical" size={2}>
                  <Tag
                    color={r.status === 'closed' ? 'green' : r.overdue ? 'red' : 'blue'}
                    data-testid="rectification-status"
                  >
                    {r.overdue
                      ? m('statusOverdue', { status: statusLabel(r.status, r.statusLabel) })
                      : statusLabel(r.status, r.statusLabel)}
                  </Tag>
                  {r.escalatedAt ? <Tag color="volcano">{m('escalated')}</Tag> : null}
                  {r.followUpLevel ? (
                    <span className="la-muted">{m('followUp', { n: r.followUpLevel })}</span>
                  ) : null}
                </Space>
              ),
            },
            {
              title: m('actions'),
              render: (_v, r) =>
                r.status === 'open' ? (
                  <Button size="small" onClick={() => setStep({ item: r, kind: 'callback' })}>
                    {m('recordCallback')}
                  </Button>
                ) : r.status === 'called-back' ? (
                  <Button size="small" onClick={() => setStep({ item: r, kind: 'rectify' })}>
                    {m('recordFix')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <FormModal<{ note: string }>
        open={step !== undefined}
        title={step?.kind === 'callback' ? m('callbackTitle') : m('fixTitle')}
        okText={m('save')}
        onSubmit={({ note }) => step && advance.mutateAsync({ item: step.item, kind: step.kind, note })}
        onClose={() => setStep(undefined)}
      >
        <Form.Item
          name="note"
          label={m('description')}
          rules={[{ required: true, min: 5, message: m('descriptionMin') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
