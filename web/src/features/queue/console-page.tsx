import {
  CheckCircleOutlined,
  NotificationOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  SendOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { services as allServices } from '@core/queue/services';
import { type TicketActionType, ticketOutcomeLabels, ticketOutcomes } from '@core/queue/ticket-status';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/auth';
import { type Locale, useCodeLabel, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { ApiError, api, errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import type { HallWindow } from '../../lib/types';
import { EvaluationInvite } from '../evaluations/evaluation-invite';
import { PartyBadge } from '../evaluations/party-badge';
import { StartLegalAidButton } from '../legal-aid/start-from-ticket';
import { TICKET_OUTCOME, useQueueMessages, useServiceName, WINDOW_STATUS_LABEL } from './messages';
import { consoleKey, QUEUE_KEY, useConsole, useQueueWindows } from './queries';
import { ServiceIcon } from './service-icon';
import { elapsed, PriorityTags, StatusTag } from './ticket-bits';
import type { ConsoleState, Ticket } from './types';
import { useQueueEvents } from './use-queue-events';
import './queue.css';

const WINDOW_KEY = 'lawhall.console.windowId';

/** `09:30` Beijing time (tickets live one business day, so the date adds nothing); `—` for none. */
function timeOf(iso: string | null): string {
  return iso ? formatInstant(iso, true).slice(11) : '—';
}

/** Issue → first call, whole minutes: how long this citizen waited. */
function waitedText(ticket: Ticket, locale: Locale = 'zh-CN'): string {
  const called = ticket.firstCalledAt ?? ticket.calledAt;
  if (!called) return '—';
  const n = Math.max(0, Math.round((Date.parse(called) - Date.parse(ticket.issuedAt)) / 60_000));
  return locale === 'zh-CN' ? `${n} 分钟` : `${n} min`;
}

function savedWindowId(): string | undefined {
  try {
    return localStorage.getItem(WINDOW_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function useMinuteTick(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const WINDOW_STATUS_COLOR: Record<string, string> = { open: 'green', paused: 'orange', closed: 'default' };

function WindowPicker({ windows, onPick }: { windows: HallWindow[]; onPick: (id: string) => void }) {
  const m = useQueueMessages();
  return (
    <Card title={m('pickWindow')}>
      {windows.length === 0 ? (
        <Empty description={m('noWindows')} />
      ) : (
        <div className="lhq-window-picker">
          {windows.map((w) => (
            <Button key={w.id} className="lhq-window-choice" onClick={() => onPick(w.id)}>
              <span className="lhq-window-choice-number">{m('windowNo', { n: w.number })}</span>
              <span>{w.name}</span>
            </Button>
          ))}
        </div>
      )}
    </Card>
  );
}

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

function CurrentTicket({
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
  const [finishForm] = Form.useForm<FinishValues>();
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
            <Descriptions size="small" column={2} className="lhq-current-facts">
              <Descriptions.Item label={m('name')}>{current.personName || '—'}</Descriptions.Item>
              <Descriptions.Item label={m('idNumber')}>
                {current.idNumberMasked || m('notRecorded')}
              </Descriptions.Item>
              <Descriptions.Item label={m('issuedAt')}>{timeOf(current.issuedAt)}</Descriptions.Item>
              <Descriptions.Item label={m('calledAt')}>{timeOf(current.calledAt)}</Descriptions.Item>
              <Descriptions.Item label={m('startedAt')}>{timeOf(current.startedAt)}</Descriptions.Item>
              <Descriptions.Item label={m('waited')}>{waitedText(current, locale)}</Descriptions.Item>
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
          onClick={() => {
            finishForm.resetFields();
            setFinishing(true);
          }}
        >
          {m('finish')}
        </Button>
        <Button
          size="large"
          icon={<SwapOutlined />}
          disabled={!can('transfer')}
          loading={busy === 'transfer'}
          onClick={() => {
            transferForm.resetFields();
            setTransferring(true);
          }}
        >
          {m('transfer')}
        </Button>
        {current ? <StartLegalAidButton ticket={current} /> : null}
      </div>

      <Modal
        title={m('finishTitle', { number: current?.number ?? '' })}
        open={finishing}
        okText={m('finish')}
        onCancel={() => setFinishing(false)}
        onOk={() =>
          void finishForm.validateFields().then((values) => {
            setFinishing(false);
            act(
              'finish',
              'finish',
              {
                outcome: values.outcome,
                matterId: values.matterId?.trim() || undefined,
                note: values.note?.trim() || undefined,
              },
              m('finishDone'),
            );
          })
        }
        destroyOnHidden
      >
        <Form form={finishForm} layout="vertical" initialValues={{ outcome: 'resolved' }}>
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
        </Form>
      </Modal>

      <Modal
        title={m('transferTitle', { number: current?.number ?? '' })}
        open={transferring}
        okText={m('transfer')}
        onCancel={() => setTransferring(false)}
        onOk={() =>
          void transferForm.validateFields().then((values) => {
            setTransferring(false);
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
          })
        }
        destroyOnHidden
      >
        <Form form={transferForm} layout="vertical" initialValues={{ target: 'service' }}>
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
        </Form>
      </Modal>
    </Card>
  );
}

function WaitingList({ tickets }: { tickets: Ticket[] }) {
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
function NoShowList({
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

/** /queue/console: the window clerk's calling desk. */
export default function ConsolePage() {
  const { message, modal } = AntApp.useApp();
  const m = useQueueMessages();
  const windowStatusLabel = useCodeLabel(WINDOW_STATUS_LABEL);
  const serviceName = useServiceName();
  const queryClient = useQueryClient();
  const windows = useQueueWindows();
  const [windowId, setWindowId] = useState<string | undefined>(savedWindowId);
  const known = windows.data?.some((w) => w.id === windowId) ?? true;
  const selected = known ? windowId : undefined;
  const state = useConsole(selected);
  const [busy, setBusy] = useState<string>();
  const me = useMe();
  const [finished, setFinished] = useState<{ id: string; number: string }>();

  const refresh = () => void queryClient.invalidateQueries({ queryKey: consoleKey(selected) });
  useQueueEvents({ onBoard: refresh, onOpen: refresh }, Boolean(selected));

  const pick = (id: string | undefined) => {
    setWindowId(id);
    try {
      if (id) localStorage.setItem(WINDOW_KEY, id);
      else localStorage.removeItem(WINDOW_KEY);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  };

  const mutation = useMutation({
    mutationFn: ({ call }: { action: string; call: () => Promise<unknown>; done?: string }) => call(),
    onMutate: ({ action }) => setBusy(action),
    onSuccess: (_r, { done }) => {
      if (done) void message.success(done);
    },
    onError: (error) => {
      // An empty queue is news, not a failure.
      if (error instanceof ApiError && error.code === 'QUEUE.EMPTY') void message.info(error.message);
      else void message.error(errorMessage(error));
    },
    onSettled: () => {
      setBusy(undefined);
      void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });
    },
  });
  const run = (action: string, call: () => Promise<unknown>, done?: string) =>
    mutation.mutate({ action, call, done });

  const current = state.data;
  const w = current?.window;
  const windowStatus = w
    ? { label: windowStatusLabel(w.status), color: WINDOW_STATUS_COLOR[w.status] }
    : undefined;

  const togglePause = () => {
    if (!w) return;
    if (w.status === 'paused') {
      run('resume', () => api.post(`/api/queue/windows/${w.id}/resume`, {}), m('windowResumed'));
      return;
    }
    let reason = '';
    modal.confirm({
      title: m('pauseTitle', { n: w.number }),
      content: (
        <Input
          placeholder={m('pausePlaceholder')}
          maxLength={100}
          onChange={(e) => {
            reason = e.target.value;
          }}
        />
      ),
      okText: m('pause'),
      cancelText: m('cancel'),
      onOk: () =>
        run(
          'pause',
          () => api.post(`/api/queue/windows/${w.id}/pause`, { reason: reason.trim() || undefined }),
          m('windowPaused'),
        ),
    });
  };

  return (
    <div className="lhq-page">
      <PageHeader
        title={m('consoleTitle')}
        subtitle={m('consoleSubtitle')}
        extra={
          <Space wrap>
            <Select
              className="lhq-window-select"
              placeholder={m('chooseWindow')}
              value={selected}
              loading={windows.isPending}
              onChange={pick}
              options={(windows.data ?? []).map((x) => ({
                value: x.id,
                label: m('windowNoName', { n: x.number, name: x.name }),
              }))}
              aria-label={m('myWindow')}
            />
            {windowStatus ? <Tag color={windowStatus.color}>{windowStatus.label}</Tag> : null}
            <PartyBadge show={me.user.partyMember} />
            {w ? (
              <Button
                icon={w.status === 'paused' ? <PlayCircleOutlined /> : <PauseCircleOutlined />}
                onClick={togglePause}
                loading={busy === 'pause' || busy === 'resume'}
                disabled={w.status === 'closed'}
              >
                {w.status === 'paused' ? m('resumeWindow') : m('pauseWindow')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {windows.isError ? (
        <Result status="warning" title={m('windowsFailed')} subTitle={errorMessage(windows.error)} />
      ) : !selected ? (
        <WindowPicker windows={windows.data ?? []} onPick={pick} />
      ) : state.isError ? (
        <Result
          status="warning"
          title={m('loadFailed')}
          subTitle={errorMessage(state.error)}
          extra={<Button onClick={refresh}>{m('retry')}</Button>}
        />
      ) : !current ? (
        <Card loading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <CurrentTicket
              state={current}
              windows={windows.data ?? []}
              busy={busy}
              run={run}
              onFinished={(t) => setFinished({ id: t.id, number: t.number })}
            />
            <div style={{ marginTop: 16 }}>
              <EvaluationInvite ticket={finished} />
            </div>
          </Col>
          <Col xs={24} xl={10}>
            <Card
              title={
                <span>
                  <SendOutlined /> {m('waitingQueue')}
                </span>
              }
              extra={
                <span className="lhq-muted">
                  {m('windowServices', {
                    list: current.window.services.map((c) => serviceName(c)).join(m('listSeparator')),
                  })}
                </span>
              }
            >
              <Row gutter={12} className="lhq-counts">
                <Col span={6}>
                  <Statistic title={m('waiting')} value={current.counts.waiting} />
                </Col>
                <Col span={6}>
                  <Statistic
                    title={m('ofWhichPriority')}
                    value={current.waiting.filter((t) => t.priority).length}
                  />
                </Col>
                <Col span={6}>
                  <Statistic title={m('finishedToday')} value={current.counts.finished} />
                </Col>
                <Col span={6}>
                  <Statistic title={m('noShow')} value={current.counts.noShows} />
                </Col>
              </Row>
              <WaitingList tickets={current.waiting} />
            </Card>
            {current.noShows.length > 0 ? (
              <NoShowList tickets={current.noShows} windowId={current.window.id} busy={busy} run={run} />
            ) : null}
          </Col>
        </Row>
      )}
    </div>
  );
}
