import { SoundOutlined, StarFilled, WifiOutlined } from '@ant-design/icons';
import { findService } from '@core/queue/services';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { QRCode } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Emblem } from '../../app/emblem';
import { useDocumentTitle } from '../../app/i18n';
import type { CallEvent, DisplayBoard, DisplayWindow } from '../../features/queue/types';
import { useQueueEvents } from '../../features/queue/use-queue-events';
import { beijingParts, beijingTime, HALL_NAME, useNow } from '../beijing-clock';
import { useCitizenBaseUrl } from '../citizen-base-url';
import { getJson, screenMessage } from '../public-fetch';
import { callText, speak, speechSupported, spokenText, unlockSpeech, type VoiceState } from './announcer';
import './display.css';

const BOARD_KEY = ['display', 'board'] as const;
const STAGE_WIDTH = 1920;
const STAGE_HEIGHT = 1080;
/** How long a call's banner stays up at least, and how long a window card flashes (ms). */
const BANNER_MS = 5000;
const FLASH_MS = 6000;
/** A speech engine that never reports the end must not hold the queue of calls for ever. */
const SPEECH_TIMEOUT_MS = 12_000;
const RECENT_SHOWN = 7;

function stageScale(): number {
  return Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
}

/** Scales the fixed 1920×1080 stage to fit any screen, letterboxed. */
function useStageScale(): number {
  const [scale, setScale] = useState(stageScale);
  useEffect(() => {
    const onResize = () => setScale(stageScale());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Puts a call on the cached board at once, so the number shows before the refetch returns. */
function applyCall(board: DisplayBoard | undefined, call: CallEvent): DisplayBoard | undefined {
  if (!board) return board;
  return {
    ...board,
    windows: board.windows.map((w) =>
      w.number === call.windowNumber
        ? {
            ...w,
            current: {
              ticketNumber: call.ticketNumber,
              serviceCode: call.serviceCode,
              status: 'called',
              calledAt: call.calledAt,
            },
          }
        : w,
    ),
    recentCalls: [
      {
        ticketNumber: call.ticketNumber,
        windowNumber: call.windowNumber,
        windowName: call.windowName,
        calledAt: call.calledAt,
      },
      ...board.recentCalls.filter(
        (c) => !(c.ticketNumber === call.ticketNumber && c.windowNumber === call.windowNumber),
      ),
    ],
  };
}

function Clock() {
  const now = useNow();
  const p = beijingParts(now);
  return (
    <div className="display-clock">
      <div className="display-time">{p.timeWithSeconds}</div>
      <div className="display-date">
        {p.date} {p.weekday}
      </div>
    </div>
  );
}

function WindowCard({ window: w, flashing }: { window: DisplayWindow; flashing: boolean }) {
  const service = w.current ? findService(w.current.serviceCode) : undefined;
  let body: React.ReactNode;
  if (w.status !== 'open') {
    body = <div className="display-window-idle">{w.status === 'paused' ? '暂停服务' : '未开放'}</div>;
  } else if (w.current) {
    body = (
      <>
        <div className="display-window-ticket" data-testid={`display-window-${w.number}-ticket`}>
          {w.current.ticketNumber}
        </div>
        <div className="display-window-meta">
          {service?.nameZh ?? ''} · {beijingTime(w.current.calledAt)}
        </div>
      </>
    );
  } else {
    body = <div className="display-window-idle">等候叫号</div>;
  }
  return (
    <div
      className={`display-window${flashing ? ' display-window-flash' : ''}${w.status !== 'open' ? ' display-window-off' : ''}`}
      data-testid={`display-window-${w.number}`}
    >
      <div className="display-window-left">
        <div className="display-window-head">
          <span className="display-window-number">
            {w.number}
            <small>号窗口</small>
          </span>
          {w.partyMember ? (
            <span className="display-party">
              <StarFilled /> 党员服务岗
            </span>
          ) : null}
        </div>
        <div className="display-window-name">{w.name}</div>
        {w.staffName ? <div className="display-window-staff">工作人员：{w.staffName}</div> : null}
      </div>
      <div className="display-window-body">{body}</div>
    </div>
  );
}

function Board({ board, flashing }: { board: DisplayBoard; flashing: Record<number, boolean> }) {
  const count = board.windows.length;
  // Two columns of wide cards read best from afar; a big hall (more than 10 windows) gets three.
  const columns = count <= 10 ? 2 : 3;
  const rows = Math.max(1, Math.ceil(count / columns));
  const totalWaiting = board.waiting.reduce((sum, s) => sum + s.count, 0);
  return (
    <div className="display-body">
      <section className="display-windows-panel">
        <h2 className="display-section-title">窗口叫号</h2>
        <div
          className="display-windows"
          style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, gridTemplateRows: `repeat(${rows}, 1fr)` }}
        >
          {board.windows.map((w) => (
            <WindowCard key={w.id} window={w} flashing={Boolean(flashing[w.number])} />
          ))}
        </div>
      </section>
      <aside className="display-side">
        <section className="display-recent">
          <h2 className="display-section-title">最近叫号</h2>
          <ol className="display-recent-list" data-testid="display-recent">
            {board.recentCalls.slice(0, RECENT_SHOWN).map((call, index) => (
              <li
                key={`${call.ticketNumber}-${call.calledAt}`}
                className={index === 0 ? 'display-recent-latest' : ''}
              >
                <span className="display-recent-ticket">{call.ticketNumber}</span>
                <span className="display-recent-arrow">请到</span>
                <span className="display-recent-window">{call.windowNumber}号窗口</span>
                <span className="display-recent-time">{beijingTime(call.calledAt)}</span>
              </li>
            ))}
            {board.recentCalls.length === 0 ? <li className="display-empty">今天还没有叫号</li> : null}
          </ol>
        </section>
        <section className="display-waiting">
          <h2 className="display-section-title">
            等候人数 <span className="display-waiting-total">共 {totalWaiting} 人</span>
          </h2>
          <ul className="display-waiting-list">
            {board.waiting.map((s) => (
              <li key={s.serviceCode}>
                <span className="display-waiting-letter">
                  {findService(s.serviceCode)?.ticketPrefix ?? ''}
                </span>
                <span className="display-waiting-name">{s.name}</span>
                <span className="display-waiting-count">{s.count}</span>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}

/** /display: the hall's calling board (no login), live over server-sent events, with a Mandarin voice. */
export default function DisplayPage() {
  useDocumentTitle('叫号显示屏');
  const citizenBase = useCitizenBaseUrl();
  const queryClient = useQueryClient();
  const scale = useStageScale();
  const [banner, setBanner] = useState<CallEvent>();
  const [flashing, setFlashing] = useState<Record<number, boolean>>({});
  const [voice, setVoice] = useState<VoiceState>(() => (speechSupported() ? 'locked' : 'unsupported'));
  const voiceRef = useRef(voice);
  voiceRef.current = voice;
  const calls = useRef<CallEvent[]>([]);
  const announcing = useRef(false);

  const board = useQuery({
    queryKey: BOARD_KEY,
    queryFn: () => getJson<DisplayBoard>('/api/queue/display'),
    refetchInterval: 60_000,
    retry: true,
    retryDelay: 3_000,
  });
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: BOARD_KEY }),
    [queryClient],
  );

  // Calls are announced one after another: banner up, voice (if unlocked) twice, then the next.
  const announceNext = useCallback(async () => {
    if (announcing.current) return;
    announcing.current = true;
    try {
      for (let call = calls.current.shift(); call; call = calls.current.shift()) {
        setBanner(call);
        const started = Date.now();
        if (voiceRef.current === 'on') {
          try {
            await withTimeout(speak(spokenText(call.ticketNumber, call.windowNumber), 2), SPEECH_TIMEOUT_MS);
          } catch (error) {
            if (error instanceof Error && error.message === 'not-allowed') setVoice('locked');
          }
        }
        const rest = BANNER_MS - (Date.now() - started);
        if (rest > 0) await sleep(rest);
      }
    } finally {
      setBanner(undefined);
      announcing.current = false;
    }
  }, []);

  const connected = useQueueEvents({
    onCall: (call) => {
      queryClient.setQueryData<DisplayBoard>(BOARD_KEY, (old) => applyCall(old, call));
      setFlashing((f) => ({ ...f, [call.windowNumber]: true }));
      setTimeout(() => setFlashing((f) => ({ ...f, [call.windowNumber]: false })), FLASH_MS);
      calls.current.push(call);
      void announceNext();
    },
    onBoard: refetch,
    onOpen: refetch,
  });

  const enableVoice = () => {
    // speak() must start inside this click for the browser to allow audio from now on.
    withTimeout(unlockSpeech(), 4000).then(
      () => setVoice('on'),
      () => setVoice('locked'),
    );
    setVoice('on');
  };

  const offset = {
    left: Math.max(0, (window.innerWidth - STAGE_WIDTH * scale) / 2),
    top: Math.max(0, (window.innerHeight - STAGE_HEIGHT * scale) / 2),
  };

  return (
    <div className="display-viewport">
      <div
        className="display-stage"
        style={{ transform: `scale(${scale})`, left: offset.left, top: offset.top }}
        data-testid="display-board"
        data-live={connected ? 'true' : 'false'}
      >
        <header className="display-header">
          <div className="display-brand">
            <Emblem size={80} />
            <div>
              <div className="display-hall">{HALL_NAME}</div>
              <div className="display-sub">一厅通办 · 便民利民 · 叫号信息</div>
            </div>
          </div>
          <div className="display-rate" data-testid="display-rate-qr">
            <QRCode value={`${citizenBase}/m/rate`} size={96} bordered={false} bgColor="#fff" />
            <div>
              扫码评价
              <br />
              <small>好差评 · 凭票号和评价码</small>
            </div>
          </div>
          <Clock />
        </header>
        {board.data ? (
          <Board board={board.data} flashing={flashing} />
        ) : (
          <div className="display-message">
            {board.isError ? `${screenMessage(board.error)}（正在重试）` : '正在加载叫号信息……'}
          </div>
        )}
        <footer className="display-footer">
          <div className="display-marquee">
            <span>
              听到叫号请到对应窗口办理 · 过号请到导服台重新排队 · 法律援助免费 ·
              60岁以上老人、残疾人、军人军属、孕妇等优先办理 · 公共法律服务热线 12348
            </span>
          </div>
          <div className="display-status">
            {connected ? null : (
              <span className="display-offline">
                <WifiOutlined /> 连接中断，正在重连
              </span>
            )}
            {voice === 'locked' ? (
              <button type="button" className="display-voice-button" onClick={enableVoice}>
                <SoundOutlined /> 点击开启语音播报
              </button>
            ) : voice === 'unsupported' ? (
              <span className="display-voice-off">本机不支持语音播报，请留意屏幕提示</span>
            ) : (
              <span className="display-voice-on">
                <SoundOutlined /> 语音播报已开启
              </span>
            )}
          </div>
        </footer>
        {banner ? (
          <div className="display-banner" role="alert" aria-live="assertive" data-testid="display-banner">
            <div className="display-banner-box">
              <div className="display-banner-label">{banner.recall ? '重复呼叫' : '请注意叫号'}</div>
              <div className="display-banner-text">
                请 <b>{banner.ticketNumber}</b> 号
              </div>
              <div className="display-banner-window">
                到 <b>{banner.windowNumber}</b> 号窗口办理
                <small>{banner.windowName}</small>
              </div>
              <div className="display-banner-sr">{callText(banner.ticketNumber, banner.windowNumber)}</div>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
