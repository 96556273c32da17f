import { PauseCircleOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  Input,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useMe } from '../../app/auth';
import { useCodeLabel } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { ApiError, api, errorMessage } from '../../lib/api';
import type { HallWindow } from '../../lib/types';
import { EvaluationInvite } from '../evaluations/evaluation-invite';
import { PartyBadge } from '../evaluations/party-badge';
import { consoleWindowKey, preselectWindow } from './console-window';
import { useQueueMessages, useServiceName, WINDOW_STATUS_LABEL } from './messages';
import { consoleKey, QUEUE_KEY, useConsole, useQueueWindows } from './queries';
import { useQueueEvents } from './use-queue-events';
import './queue.css';

import { CurrentTicket } from './console-current-ticket';
import { NoShowList, WaitingList } from './console-lists';

function savedWindowId(userId: string): string | undefined {
  try {
    return localStorage.getItem(consoleWindowKey(userId)) ?? undefined;
  } catch {
    return undefined;
  }
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

/** /queue/console: the window clerk's calling desk. */
export default function ConsolePage() {
  const { message, modal } = AntApp.useApp();
  const m = useQueueMessages();
  const windowStatusLabel = useCodeLabel(WINDOW_STATUS_LABEL);
  const serviceName = useServiceName();
  const queryClient = useQueryClient();
  const windows = useQueueWindows();
  const me = useMe();
  // This user's last window on this device, preselected while it is still one of their windows.
  const [windowId, setWindowId] = useState<string | undefined>(() => savedWindowId(me.user.id));
  const selected = preselectWindow(windowId, windows.data);
  const state = useConsole(selected);
  const [busy, setBusy] = useState<string>();
  const [finished, setFinished] = useState<{ id: string; number: string }>();

  const refresh = () => void queryClient.invalidateQueries({ queryKey: consoleKey(selected) });
  useQueueEvents({ onBoard: refresh, onOpen: refresh }, Boolean(selected));

  const pick = (id: string | undefined) => {
    setWindowId(id);
    try {
      if (id) localStorage.setItem(consoleWindowKey(me.user.id), id);
      else localStorage.removeItem(consoleWindowKey(me.user.id));
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
              className="lhq-waiting-card"
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
                <Col xs={12} sm={6}>
                  <Statistic title={m('waiting')} value={current.counts.waiting} />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic
                    title={m('ofWhichPriority')}
                    value={current.waiting.filter((t) => t.priority).length}
                  />
                </Col>
                <Col xs={12} sm={6}>
                  <Statistic title={m('finishedToday')} value={current.counts.finished} />
                </Col>
                <Col xs={12} sm={6}>
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
