import { Button, Card, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import { useQueueMessages, useServiceName } from './messages';
import { elapsed, PriorityTags } from './ticket-bits';
import type { Ticket } from './types';
import './queue.css';

import { timeOf } from './console-time';

/** Re-renders every 30 s so waiting times stay current. */
function useMinuteTick(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The window's waiting tickets in call order, with how long each has waited so far. */
export function WaitingList({ tickets }: { tickets: Ticket[] }) {
  const now = useMinuteTick();
  const m = useQueueMessages();
  const { locale } = useI18n();
  const serviceName = useServiceName();
  return (
    <Table<Ticket>
      size="middle"
      rowKey="id"
      dataSource={tickets}
      pagination={tickets.length > 12 ? { pageSize: 12, size: 'small' } : false}
      locale={{ emptyText: m('noWaiting') }}
      data-testid="console-waiting"
      columns={[
        { title: m('order'), key: 'order', width: 60, render: (_v, _t, index) => index + 1 },
        {
          title: m('number'),
          dataIndex: 'number',
          width: 90,
          render: (n: string) => <b className="lhq-waiting-number">{n}</b>,
        },
        {
          title: m('matter'),
          dataIndex: 'serviceCode',
          render: (code: string, t) => serviceName(code, t.serviceName),
        },
        {
          title: m('priority'),
          key: 'priority',
          render: (_v, t) => <PriorityTags priority={t.priority} groups={t.priorityGroups} />,
        },
        {
          title: m('waitedSoFar'),
          key: 'wait',
          width: 110,
          render: (_v, t) => elapsed(t.queuedAt, now, locale),
        },
      ]}
    />
  );
}

/** Today's no-shows of this window: call again (重呼), back to the end of the queue, or void. */
export function NoShowList({
  tickets,
  windowId,
  busy,
  run,
}: {
  tickets: Ticket[];
  windowId: string;
  busy: string | undefined;
  run: (action: string, call: () => Promise<unknown>, done?: string) => void;
}) {
  const m = useQueueMessages();
  const serviceName = useServiceName();
  return (
    <Card title={m('noShow')} size="small" className="lhq-noshows">
      <Table<Ticket>
        size="small"
        rowKey="id"
        dataSource={tickets}
        pagination={false}
        columns={[
          { title: m('number'), dataIndex: 'number', render: (n: string) => <b>{n}</b> },
          {
            title: m('matter'),
            dataIndex: 'serviceName',
            render: (v: string, t) => serviceName(t.serviceCode, v),
          },
          {
            title: m('noShowAt'),
            dataIndex: 'calledAt',
            render: (v: string | null) => timeOf(v),
          },
          { title: m('recallCount'), dataIndex: 'recallCount', render: (n: number) => m('times', { n }) },
          {
            title: m('actions'),
            key: 'actions',
            render: (_v, t) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  disabled={!t.availableActions.includes('recall')}
                  loading={busy === `recall-${t.id}`}
                  onClick={() =>
                    run(
                      `recall-${t.id}`,
                      () => api.post(`/api/queue/tickets/${t.id}/recall`, { windowId }),
                      m('recalledNumber', { number: t.number }),
                    )
                  }
                >
                  {m('recall')}
                </Button>
                <Button
                  size="small"
                  disabled={!t.availableActions.includes('requeue')}
                  loading={busy === `requeue-${t.id}`}
                  onClick={() =>
                    run(
                      `requeue-${t.id}`,
                      () => api.post(`/api/queue/tickets/${t.id}/requeue`, {}),
                      m('requeued', { number: t.number }),
                    )
                  }
                >
                  {m('requeue')}
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={!t.availableActions.includes('close')}
                  loading={busy === `close-${t.id}`}
                  onClick={() =>
                    run(
                      `close-${t.id}`,
                      () => api.post(`/api/queue/tickets/${t.id}/close`, { reason: 'staff-decision' }),
                      m('voided', { number: t.number }),
                    )
                  }
                >
                  {m('void')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
