import { CheckCircleFilled, ClockCircleOutlined, PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Emblem } from '../../app/emblem';
import { ServiceIcon } from '../../features/queue/service-icon';
import type { IssuedTicket, PublicService, PublicServices } from '../../features/queue/types';
import { useQueueEvents } from '../../features/queue/use-queue-events';
import { beijingParts, HALL_NAME, useNow } from '../beijing-clock';
import { getJson, postJson, ScreenError, screenMessage } from '../public-fetch';
import { IdStep } from './id-step';
import { KioskErrorBoundary } from './kiosk-error-boundary';
import { PrintSlip, ScreenSlip } from './ticket-slip';
import './kiosk.css';

const SERVICES_KEY = ['kiosk', 'services'] as const;
/** Seconds the slip stays on screen before the kiosk returns to the start. */
const SLIP_SECONDS = 20;
/** Seconds without a touch on the ID step before the kiosk gives up and returns to the start. */
const IDLE_SECONDS = 60;
const AUTOPRINT_KEY = 'lawhall.kiosk.autoprint';

type Step =
  | { kind: 'home' }
  | { kind: 'id'; service: PublicService }
  | { kind: 'slip'; ticket: IssuedTicket };

/** `?autoprint=1` (or `0`) switches automatic printing on (off) for this kiosk and remembers it. */
function readAutoPrint(): boolean {
  try {
    const param = new URLSearchParams(window.location.search).get('autoprint');
    if (param !== null) {
      const on = param === '1' || param === 'true';
      localStorage.setItem(AUTOPRINT_KEY, on ? '1' : '0');
      return on;
    }
    return localStorage.getItem(AUTOPRINT_KEY) === '1';
  } catch {
    return false;
  }
}

function waitLine(service: PublicService): string {
  if (service.openWindows === 0 || service.estimatedWaitMinutes === null) return '窗口暂停，请稍候';
  if (service.waiting === 0) return '无需等候';
  return `约 ${Math.max(1, service.estimatedWaitMinutes)} 分钟`;
}

function Header() {
  const now = useNow();
  const p = beijingParts(now);
  return (
    <header className="kiosk-header">
      <div className="kiosk-brand">
        <Emblem size={64} />
        <div>
          <div className="kiosk-hall">{HALL_NAME}</div>
          <div className="kiosk-sub">自助取号 · 一厅通办</div>
        </div>
      </div>
      <div className="kiosk-clock">
        <div className="kiosk-time">{p.time}</div>
        <div className="kiosk-date">
          {p.date} {p.weekday}
        </div>
      </div>
    </header>
  );
}

/** A long name (法律援助资格管理) breaks, if it must, only in its middle: 法律援助 / 资格管理. */
function TileName({ name }: { name: string }) {
  if (name.length <= 6) return <span className="kiosk-tile-name">{name}</span>;
  const half = Math.ceil(name.length / 2);
  return (
    <span className="kiosk-tile-name kiosk-tile-name-long">
      {name.slice(0, half)}
      <wbr />
      {name.slice(half)}
    </span>
  );
}

function ServiceTile({ service, onPick }: { service: PublicService; onPick: () => void }) {
  const paused = service.openWindows === 0;
  return (
    <button
      type="button"
      className={`kiosk-tile${paused ? ' kiosk-tile-paused' : ''}`}
      onClick={onPick}
      disabled={paused}
      data-service={service.code}
      aria-label={`${service.name}，等候${service.waiting}人`}
    >
      <span className="kiosk-tile-top">
        <span className="kiosk-tile-icon">
          <ServiceIcon icon={service.icon} code={service.code} />
        </span>
        <TileName name={service.name} />
        <span className="kiosk-tile-letter">{service.prefix}</span>
      </span>
      <span className="kiosk-tile-desc">{service.description}</span>
      <span className="kiosk-tile-wait">
        <span>
          <TeamOutlined /> 等候 <b>{service.waiting}</b> 人
        </span>
        <span>
          <ClockCircleOutlined /> {waitLine(service)}
        </span>
      </span>
    </button>
  );
}

function Home({ data, onPick }: { data: PublicServices; onPick: (service: PublicService) => void }) {
  if (!data.open) {
    return (
      <div className="kiosk-closed" role="status">
        <div className="kiosk-closed-icon">
          <ClockCircleOutlined />
        </div>
        <h1>现在不能取号</h1>
        <p>{data.closedReason || '大厅现在不在办公时间，请在办公时间再来。'}</p>
        <p className="kiosk-closed-help">如有急事，请拨打公共法律服务热线 12348</p>
      </div>
    );
  }
  return (
    <>
      <h1 className="kiosk-title">请选择您要办理的事项</h1>
      <p className="kiosk-lead">点一下对应的大按钮就能取号</p>
      <div className="kiosk-tiles">
        {data.services.map((service) => (
          <ServiceTile key={service.code} service={service} onPick={() => onPick(service)} />
        ))}
      </div>
    </>
  );
}

function Countdown({ seconds, onDone }: { seconds: number; onDone: () => void }) {
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = seconds - Math.floor((Date.now() - started) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        clearInterval(timer);
        done.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return <span data-testid="kiosk-countdown">{left}</span>;
}

function SlipStep({
  ticket,
  autoPrint,
  onDone,
}: {
  ticket: IssuedTicket;
  autoPrint: boolean;
  onDone: () => void;
}) {
  useEffect(() => {
    if (!autoPrint) return;
    // Let the portal render before the print dialog (silent with chromium --kiosk-printing) snapshots it.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [autoPrint]);
  return (
    <div className="kiosk-done">
      <div className="kiosk-done-title">
        <CheckCircleFilled /> 取号成功
      </div>
      <ScreenSlip ticket={ticket} />
      <PrintSlip ticket={ticket} />
      <div className="kiosk-done-actions">
        <button type="button" className="kiosk-button kiosk-button-secondary" onClick={() => window.print()}>
          <PrinterOutlined /> 打印号票
        </button>
        <button type="button" className="kiosk-button kiosk-button-primary" onClick={onDone}>
          完成
        </button>
      </div>
      <div className="kiosk-done-return">
        <Countdown seconds={SLIP_SECONDS} onDone={onDone} /> 秒后自动返回首页
      </div>
    </div>
  );
}

function ErrorPanel({ message, onClose }: { message: string; onClose: () => void }) {
  // Nobody may be there to read it: the message goes away by itself.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), SLIP_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="kiosk-error" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-error-text">
      <div className="kiosk-error-box">
        <div className="kiosk-error-title">抱歉，没能取号</div>
        <div className="kiosk-error-text" id="kiosk-error-text">
          {message}
        </div>
        <div className="kiosk-error-help">需要帮助请找导服台工作人员</div>
        <button type="button" className="kiosk-button kiosk-button-primary" onClick={onClose}>
          我知道了
        </button>
      </div>
    </div>
  );
}

/** Returns to the start after `seconds` without a touch (someone walked away mid-way). */
function useIdleReturn(active: boolean, seconds: number, onIdle: () => void) {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => callback.current(), seconds * 1000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), seconds * 1000);
    };
    window.addEventListener('pointerdown', reset);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', reset);
    };
  }, [active, seconds]);
}

function Kiosk() {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'home' });
  const [error, setError] = useState<string>();
  const [autoPrint] = useState(readAutoPrint);
  const services = useQuery({
    queryKey: SERVICES_KEY,
    queryFn: () => getJson<PublicServices>('/api/queue/services'),
    refetchInterval: 30_000,
    retry: true,
    retryDelay: 5_000,
  });
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: SERVICES_KEY }),
    [queryClient],
  );
  useQueueEvents({ onBoard: refresh, onOpen: refresh });

  const home = useCallback(() => {
    setStep({ kind: 'home' });
    setError(undefined);
    refresh();
  }, [refresh]);
  useIdleReturn(step.kind === 'id', IDLE_SECONDS, home);

  const issue = useMutation({
    mutationFn: (input: { serviceCode: string; idNumber?: string }) =>
      postJson<IssuedTicket>('/api/queue/tickets', input),
    onSuccess: (ticket) => {
      setStep({ kind: 'slip', ticket });
      refresh();
    },
    onError: (e) => {
      setError(screenMessage(e));
      // A wrong ID stays on the keypad to be corrected; anything else goes back to the start.
      if (!(e instanceof ScreenError && e.field === 'idNumber')) setStep({ kind: 'home' });
      refresh();
    },
  });

  let body: React.ReactNode;
  if (step.kind === 'slip') {
    body = <SlipStep ticket={step.ticket} autoPrint={autoPrint} onDone={home} />;
  } else if (step.kind === 'id') {
    body = (
      <IdStep
        service={step.service}
        today={services.data?.businessDate}
        busy={issue.isPending}
        onBack={home}
        onSkip={() => issue.mutate({ serviceCode: step.service.code })}
        onSubmit={(idNumber) => issue.mutate({ serviceCode: step.service.code, idNumber })}
      />
    );
  } else if (services.data) {
    body = <Home data={services.data} onPick={(service) => setStep({ kind: 'id', service })} />;
  } else if (services.isError) {
    body = (
      <div className="kiosk-closed" role="alert">
        <h1>暂时不能取号</h1>
        <p>{screenMessage(services.error)}</p>
        <p className="kiosk-closed-help">正在自动重试……</p>
      </div>
    );
  } else {
    body = <div className="kiosk-loading">正在加载，请稍候……</div>;
  }

  return (
    <div className="kiosk">
      <Header />
      <main className="kiosk-main">{body}</main>
      <footer className="kiosk-footer">
        <span>60岁以上老人、残疾人、军人军属、孕妇等可优先办理</span>
        <span>不会操作？请找导服台工作人员帮忙</span>
      </footer>
      {error ? <ErrorPanel message={error} onClose={() => setError(undefined)} /> : null}
    </div>
  );
}

/** /kiosk: the self-service ticket machine (no login, touch, big type). */
export default function KioskPage() {
  return (
    <KioskErrorBoundary>
      <Kiosk />
    </KioskErrorBoundary>
  );
}
