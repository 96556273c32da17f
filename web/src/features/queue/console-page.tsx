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
import { services as allServices, findService } from '@core/queue/services';
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
import { PageHeader } from '../../app/page-header';
import { ApiError, api, errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import type { HallWindow } from '../../lib/types';
import { EvaluationInvite } from '../evaluations/evaluation-invite';
import { PartyBadge } from '../evaluations/party-badge';
import { StartLegalAidButton } from '../legal-aid/start-from-ticket';
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
function waitedText(ticket: Ticket): string {
  const called = ticket.firstCalledAt ?? ticket.calledAt;
  if (!called) return '—';
  return `${Math.max(0, Math.round((Date.parse(called) - Date.parse(ticket.issuedAt)) / 60_000))} 分钟`;
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

const WINDOW_STATUS: Record<string, { label: string; color: string }> = {
  open: { label: '开放中', color: 'green' },
  paused: { label: '已暂停', color: 'orange' },
  closed: { label: '已关闭', color: 'default' },
};

function WindowPicker({ windows, onPick }: { windows: HallWindow[]; onPick: (id: string) => void }) {
  return (
    <Card title="请选择您所在的窗口">
      {windows.length === 0 ? (
        <Empty description="没有可用的窗口，请联系管理员在“窗口管理”中设置" />
      ) : (
        <div className="lhq-window-picker">
          {windows.map((w) => (
            <Button key={w.id} className="lhq-window-choice" onClick={() => onPick(w.id)}>
              <span className="lhq-window-choice-number">{w.number}号</span>
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
          当前办理{' '}
          <span className="lhq-muted">
            · {w.number}号 {w.name}
          </span>
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
              <Tag icon={<ServiceIcon code={current.serviceCode} />}>{current.serviceName}</Tag>
              <PriorityTags priority={current.priority} groups={current.priorityGroups} />
              {current.recallCount > 0 ? <Tag color="orange">已重呼 {current.recallCount} 次</Tag> : null}
            </Space>
            <Descriptions size="small" column={2} className="lhq-current-facts">
              <Descriptions.Item label="姓名">{current.personName || '—'}</Descriptions.Item>
              <Descriptions.Item label="身份证号">{current.idNumberMasked || '未登记'}</Descriptions.Item>
              <Descriptions.Item label="取号时间">{timeOf(current.issuedAt)}</Descriptions.Item>
              <Descriptions.Item label="叫号时间">{timeOf(current.calledAt)}</Descriptions.Item>
              <Descriptions.Item label="开始办理">{timeOf(current.startedAt)}</Descriptions.Item>
              <Descriptions.Item label="等候时长">{waitedText(current)}</Descriptions.Item>
            </Descriptions>
          </div>
        </div>
      ) : (
        <div className="lhq-current-empty">
          {open ? '暂无办理中的号，请点“叫号”呼叫下一位' : '窗口已暂停，恢复后才能叫号'}
        </div>
      )}
      <div className="lhq-actions">
        <Button
          type="primary"
          size="large"
          icon={<NotificationOutlined />}
          disabled={!canCall}
          loading={busy === 'call'}
          onClick={() =>
            run('call', () => api.post<Ticket>(`/api/queue/windows/${windowId}/call-next`), '已叫号')
          }
        >
          叫号
        </Button>
        <Button
          size="large"
          icon={<RedoOutlined />}
          disabled={status !== 'called'}
          loading={busy === 'recall'}
          onClick={() => act('recall', 'recall', {}, '已重呼')}
        >
          重呼
        </Button>
        <Button
          size="large"
          danger
          icon={<StopOutlined />}
          disabled={!can('no-show')}
          loading={busy === 'no-show'}
          onClick={() => act('no-show', 'no-show', {}, '已标记过号')}
        >
          过号
        </Button>
        <Button
          size="large"
          icon={<PlayCircleOutlined />}
          disabled={!can('start')}
          loading={busy === 'start'}
          onClick={() => act('start', 'start', {}, '已开始办理')}
        >
          开始办理
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
          办结
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
          转办
        </Button>
        {current ? <StartLegalAidButton ticket={current} /> : null}
      </div>

      <Modal
        title={`办结 ${current?.number ?? ''}`}
        open={finishing}
        okText="办结"
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
              '已办结',
            );
          })
        }
        destroyOnHidden
      >
        <Form form={finishForm} layout="vertical" initialValues={{ outcome: 'resolved' }}>
          <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Select options={ticketOutcomes.map((o) => ({ value: o, label: ticketOutcomeLabels[o] }))} />
          </Form.Item>
          <Form.Item name="matterId" label="关联事项编号（可选）" extra="已受理立案的，填写事项编号以便关联">
            <Input placeholder="例如 包法援〔2026〕第0001号 或事项ID" maxLength={100} />
          </Form.Item>
          <Form.Item name="note" label="备注（可选）">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        title={`转办 ${current?.number ?? ''}`}
        open={transferring}
        okText="转办"
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
              '已转办，该号保留原排队位置',
            );
          })
        }
        destroyOnHidden
      >
        <Form form={transferForm} layout="vertical" initialValues={{ target: 'service' }}>
          <Form.Item name="target" label="转到">
            <Radio.Group
              options={[
                { value: 'service', label: '其他服务事项' },
                { value: 'window', label: '指定窗口' },
              ]}
              optionType="button"
            />
          </Form.Item>
          {target === 'window' ? (
            <Form.Item name="windowId" label="窗口" rules={[{ required: true, message: '请选择窗口' }]}>
              <Select
                options={windows
                  .filter((x) => x.id !== windowId)
                  .map((x) => ({ value: x.id, label: `${x.number}号 ${x.name}` }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="serviceCode"
              label="服务事项"
              rules={[{ required: true, message: '请选择服务事项' }]}
            >
              <Select
                options={allServices
                  .filter((s) => s.code !== current?.serviceCode)
                  .map((s) => ({ value: s.code, label: `${s.ticketPrefix} ${s.nameZh}` }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label="转办原因"
            rules={[{ required: true, whitespace: true, message: '请填写转办原因' }]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder="例如：涉及劳动争议，需要仲裁窗口办理" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function WaitingList({ tickets }: { tickets: Ticket[] }) {
  const now = useMinuteTick();
  return (
    <Table<Ticket>
      size="middle"
      rowKey="id"
      dataSource={tickets}
      pagination={tickets.length > 12 ? { pageSize: 12, size: 'small' } : false}
      locale={{ emptyText: '暂无等候' }}
      data-testid="console-waiting"
      columns={[
        { title: '顺序', key: 'order', width: 60, render: (_v, _t, index) => index + 1 },
        {
          title: '号码',
          dataIndex: 'number',
          width: 90,
          render: (n: string) => <b className="lhq-waiting-number">{n}</b>,
        },
        {
          title: '事项',
          dataIndex: 'serviceCode',
          render: (code: string, t) => findService(code)?.nameZh ?? t.serviceName,
        },
        {
          title: '优先',
          key: 'priority',
          render: (_v, t) => <PriorityTags priority={t.priority} groups={t.priorityGroups} />,
        },
        { title: '已等候', key: 'wait', width: 110, render: (_v, t) => elapsed(t.queuedAt, now) },
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
  return (
    <Card title="过号" size="small" className="lhq-noshows">
      <Table<Ticket>
        size="small"
        rowKey="id"
        dataSource={tickets}
        pagination={false}
        columns={[
          { title: '号码', dataIndex: 'number', render: (n: string) => <b>{n}</b> },
          { title: '事项', dataIndex: 'serviceName' },
          {
            title: '过号时间',
            dataIndex: 'calledAt',
            render: (v: string | null) => timeOf(v),
          },
          { title: '已重呼', dataIndex: 'recallCount', render: (n: number) => `${n} 次` },
          {
            title: '操作',
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
                      `已重呼 ${t.number}`,
                    )
                  }
                >
                  重呼
                </Button>
                <Button
                  size="small"
                  disabled={!t.availableActions.includes('requeue')}
                  loading={busy === `requeue-${t.id}`}
                  onClick={() =>
                    run(
                      `requeue-${t.id}`,
                      () => api.post(`/api/queue/tickets/${t.id}/requeue`, {}),
                      `${t.number} 已重新排队`,
                    )
                  }
                >
                  重新排队
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
                      `${t.number} 已作废`,
                    )
                  }
                >
                  作废
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
  const windowStatus = w ? WINDOW_STATUS[w.status] : undefined;

  const togglePause = () => {
    if (!w) return;
    if (w.status === 'paused') {
      run('resume', () => api.post(`/api/queue/windows/${w.id}/resume`, {}), '窗口已恢复');
      return;
    }
    let reason = '';
    modal.confirm({
      title: `暂停 ${w.number}号窗口？`,
      content: (
        <Input
          placeholder="暂停原因（可选），例如：午休、临时离岗"
          maxLength={100}
          onChange={(e) => {
            reason = e.target.value;
          }}
        />
      ),
      okText: '暂停',
      cancelText: '取消',
      onOk: () =>
        run(
          'pause',
          () => api.post(`/api/queue/windows/${w.id}/pause`, { reason: reason.trim() || undefined }),
          '窗口已暂停',
        ),
    });
  };

  return (
    <div className="lhq-page">
      <PageHeader
        title="窗口叫号"
        subtitle="叫号、重呼、过号、办理、办结与转办；大屏和语音同步播报"
        extra={
          <Space wrap>
            <Select
              className="lhq-window-select"
              placeholder="选择窗口"
              value={selected}
              loading={windows.isPending}
              onChange={pick}
              options={(windows.data ?? []).map((x) => ({ value: x.id, label: `${x.number}号 ${x.name}` }))}
              aria-label="我的窗口"
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
                {w.status === 'paused' ? '恢复窗口' : '暂停窗口'}
              </Button>
            ) : null}
          </Space>
        }
      />
      {windows.isError ? (
        <Result status="warning" title="窗口列表加载失败" subTitle={errorMessage(windows.error)} />
      ) : !selected ? (
        <WindowPicker windows={windows.data ?? []} onPick={pick} />
      ) : state.isError ? (
        <Result
          status="warning"
          title="加载失败"
          subTitle={errorMessage(state.error)}
          extra={<Button onClick={refresh}>重试</Button>}
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
                  <SendOutlined /> 等候队列（按叫号顺序）
                </span>
              }
              extra={
                <span className="lhq-muted">
                  本窗口服务：{current.window.services.map((c) => findService(c)?.nameZh ?? c).join('、')}
                </span>
              }
            >
              <Row gutter={12} className="lhq-counts">
                <Col span={6}>
                  <Statistic title="等候" value={current.counts.waiting} />
                </Col>
                <Col span={6}>
                  <Statistic title="其中优先" value={current.waiting.filter((t) => t.priority).length} />
                </Col>
                <Col span={6}>
                  <Statistic title="今日办结" value={current.counts.finished} />
                </Col>
                <Col span={6}>
                  <Statistic title="过号" value={current.counts.noShows} />
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
