import {
  CheckCircleOutlined,
  NotificationOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { services as allServices } from '@core/queue/services';
import { type TicketActionType, ticketOutcomeLabels, ticketOutcomes } from '@core/queue/ticket-status';
import { Button, Card, Descriptions, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/form-modal';
import { useCodeLabel, useI18n } from '../../app/i18n';
import { api } from '../../lib/api';
import type { HallWindow } from '../../lib/types';
import { StartLegalAidButton } from '../legal-aid/start-from-ticket';
import { RegisterMatterButton } from '../matters/start-from-ticket';
import { TICKET_OUTCOME, useQueueMessages, useServiceName } from './messages';
import { ServiceIcon } from './service-icon';
import { PriorityTags, StatusTag } from './ticket-bits';
import type { ConsoleState, Ticket } from './types';
import './queue.css';

import { timeOf, waitedText } from './console-time';

interface FinishValues {
  outcome: string;
  matterId?: string;
  note?: string;
}

interface TransferValues {
  target: 'service' | 'window';
  serviceCode?: string;
  windowId?: string;
  reason: string;
}

/** The ticket at the window now: recall, start, finish with an outcome, transfer, or mark a no-show. */
export function CurrentTicket({
  state,
  windows,
  busy,
  run,
  onFinished,
}: {
  state: ConsoleState;
  windows: HallWindow[];
  busy: string | undefined;
  run: (action: string, call: () => Promise<unknown>, done?: string) => void;
  /** The ticket just finished (the window then invites the citizen to rate it). */
  onFinished?: (ticket: Ticket) => void;
}) {
  const { current, window: w } = state;
  const m = useQueueMessages();
  const { locale } = useI18n();
  const outcomeLabel = useCodeLabel(TICKET_OUTCOME);
  const serviceName = useServiceName();
  const [finishing, setFinishing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [transferForm] = Form.useForm<TransferValues>();
  const target = Form.useWatch('target', transferForm);
  const open = w.status === 'open';
  const status = current?.status;
  // `current` is the ticket called to or served at this window; the next call waits until it is settled.
  const canCall = open && !current;
  const can = (action: TicketActionType) => current?.availableActions.includes(action) ?? false;
  const windowId = w.id;

  const act = (action: string, path: string, body: object, done: string) => {
    if (!current) return;
    run(
      action,
      () =>
        api.post<Ticket>(`/api/queue/tickets/${current.id}/${path}`, { windowId, ...body }).then((ticket) => {
          if (action === 'finish') onFinished?.(ticket);
          return ticket;
        }),
      done,
    );
  };

  return (
    <Card
      className="lhq-current"
      title={
        <span>
          {m('current')}{' '}
          <span className="lhq-muted">· {m('windowNoName', { n: w.number, name: w.name })}</span>
        </span>
      }
    >
      {current ? (
        <div className="lhq-current-body" data-testid="console-current">
          <div className="lhq-current-number" data-testid="console-current-number">
            {current.number}
          </div>
          <div className="lhq-current-info">
            <Space size={8} wrap>
              <StatusTag status={current.status} />
              <Tag icon={<ServiceIcon code={current.serviceCode} />}>
                {serviceName(current.serviceCode, current.serviceName)}
              </Tag>
              <PriorityTags priority={current.priority} groups={current.priorityGroups} />
              {current.recallCount > 0 ? (
                <Tag color="orange">{m('recalled', { n: current.recallCount })}</Tag>
              ) : null}
            </Space>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="lhq-current-facts">
              {/* Values never break inside (an ID number, a time): `lh-nowrap`; a narrow card wraps the
                  label above its value instead (queue.css). */}
              <Descriptions.Item label={m('name')}>
                <span className="lh-nowrap">{current.personName || '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={m('idNumber')}>
                <span className="lh-nowrap" data-testid="console-current-id">
                  {current.idNumberMasked || m('notRecorded')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={m('issuedAt')}>
                <span className="lh-nowrap">{timeOf(current.issuedAt)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={m('calledAt')}>
                <span className="lh-nowrap">{timeOf(current.calledAt)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={m('startedAt')}>
                <span className="lh-nowrap">{timeOf(current.startedAt)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={m('waited')}>
                <span className="lh-nowrap">{waitedText(current, locale)}</span>
              </Descriptions.Item>
            </Descriptions>
          </div>
        </div>
      ) : (
        <div className="lhq-current-empty">{open ? m('idleOpen') : m('idlePaused')}</div>
      )}
      <div className="lhq-actions">
        <Button
          type="primary"
          size="large"
          icon={<NotificationOutlined />}
          disabled={!canCall}
          loading={busy === 'call'}
          onClick={() =>
            run('call', () => api.post<Ticket>(`/api/queue/windows/${windowId}/call-next`), m('called'))
          }
        >
          {m('call')}
        </Button>
        <Button
          size="large"
          icon={<RedoOutlined />}
          disabled={status !== 'called'}
          loading={busy === 'recall'}
          onClick={() => act('recall', 'recall', {}, m('recalledDone'))}
        >
          {m('recall')}
        </Button>
        <Button
          size="large"
          danger
          icon={<StopOutlined />}
          disabled={!can('no-show')}
          loading={busy === 'no-show'}
          onClick={() => act('no-show', 'no-show', {}, m('noShowDone'))}
        >
          {m('noShow')}
        </Button>
        <Button
          size="large"
          icon={<PlayCircleOutlined />}
          disabled={!can('start')}
          loading={busy === 'start'}
          onClick={() => act('start', 'start', {}, m('startDone'))}
        >
          {m('start')}
        </Button>
        <Button
          size="large"
          className="lhq-finish"
          icon={<CheckCircleOutlined />}
          disabled={!can('finish')}
          loading={busy === 'finish'}
          onClick={() => setFinishing(true)}
        >
          {m('finish')}
        </Button>
        <Button
          size="large"
          icon={<SwapOutlined />}
          disabled={!can('transfer')}
          loading={busy === 'transfer'}
          onClick={() => setTransferring(true)}
        >
          {m('transfer')}
        </Button>
        {current ? <StartLegalAidButton ticket={current} /> : null}
        {current ? <RegisterMatterButton ticket={current} /> : null}
      </div>

      <FormModal<FinishValues>
        title={m('finishTitle', { number: current?.number ?? '' })}
        open={finishing}
        okText={m('finish')}
        initialValues={{ outcome: 'resolved' }}
        onSubmit={(values) =>
          act(
            'finish',
            'finish',
            {
              outcome: values.outcome,
              matterId: values.matterId?.trim() || undefined,
              note: values.note?.trim() || undefined,
            },
            m('finishDone'),
          )
        }
        onClose={() => setFinishing(false)}
      >
        <Form.Item
          name="outcome"
          label={m('outcome')}
          rules={[{ required: true, message: m('outcomeRequired') }]}
        >
          <Select
            options={ticketOutcomes.map((o) => ({
              value: o,
              label: outcomeLabel(o, ticketOutcomeLabels[o]),
            }))}
          />
        </Form.Item>
        <Form.Item name="matterId" label={m('matterId')} extra={m('matterIdExtra')}>
          <Input placeholder={m('matterIdPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={m('noteOptional')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>

      <FormModal<TransferValues>
        form={transferForm}
        title={m('transferTitle', { number: current?.number ?? '' })}
        open={transferring}
        okText={m('transfer')}
        initialValues={{ target: 'service' }}
        onSubmit={(values) => {
          const body =
            values.target === 'service'
              ? { serviceCode: values.serviceCode, reason: values.reason.trim() }
              : { windowId: values.windowId, reason: values.reason.trim() };
          if (!current) return;
          run(
            'transfer',
            () => api.post<Ticket>(`/api/queue/tickets/${current.id}/transfer`, body),
            m('transferDone'),
          );
        }}
        onClose={() => setTransferring(false)}
      >
        <Form.Item name="target" label={m('transferTo')}>
          <Radio.Group
            options={[
              { value: 'service', label: m('otherService') },
              { value: 'window', label: m('specificWindow') },
            ]}
            optionType="button"
          />
        </Form.Item>
        {target === 'window' ? (
          <Form.Item
            name="windowId"
            label={m('window')}
            rules={[{ required: true, message: m('windowRequired') }]}
          >
            <Select
              options={windows
                .filter((x) => x.id !== windowId)
                .map((x) => ({ value: x.id, label: m('windowNoName', { n: x.number, name: x.name }) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="serviceCode"
            label={m('service')}
            rules={[{ required: true, message: m('serviceRequired') }]}
          >
            <Select
              options={allServices
                .filter((s) => s.code !== current?.serviceCode)
                .map((s) => ({ value: s.code, label: `${s.ticketPrefix} ${serviceName(s.code)}` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={m('transferReason')}
          rules={[{ required: true, whitespace: true, message: m('transferReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder={m('transferReasonPlaceholder')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
