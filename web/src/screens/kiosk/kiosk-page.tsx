import { CheckCircleFilled, ClockCircleOutlined, PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { Emblem } from '../../app/emblem';
import { useDocumentTitle, useI18n } from '../../app/i18n';
import { ServiceIcon } from '../../features/queue/service-icon';
import type { IssuedTicket, PublicService, PublicServices } from '../../features/queue/types';
import { useQueueEvents } from '../../features/queue/use-queue-events';
import { beijingParts, useNow } from '../beijing-clock';
import { getJson, postJson, ScreenError, screenMessage } from '../public-fetch';
import { IdStep } from './id-step';
import { KioskErrorBoundary } from './kiosk-error-boundary';
import { kioskZoom } from './kiosk-zoom';
import { type KioskMessage, useKioskMessages, useKioskService } from './messages';
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

function waitLine(service: PublicService, t: (key: KioskMessage, vars?: { n: number }) => string): string {
  if (service.openWindows === 0 || service.estimatedWaitMinutes === null) return t('windowsPaused');
  if (service.waiting === 0) return t('noWait');
  return t('aboutMinutes', { n: Math.max(1, service.estimatedWaitMinutes) });
}

/** 中文 / English: big enough to touch; the choice lasts until the citizen's ticket is done. */
function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const t = useKioskMessages();
  return (
    <button
      type="button"
      className="kiosk-language"
      title={t('switchTitle')}
      onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
      data-testid="kiosk-language"
    >
      {t('switchTo')}
    </button>
  );
}

function Header() {
  const now = useNow();
  const t = useKioskMessages();
  // The hall's name and the Beijing date in the kiosk's language (the console's `app.hall`).
  const { locale, t: shared } = useI18n();
  const p = beijingParts(now, locale);
  return (
    <header className="kiosk-header">
      <div className="kiosk-brand">
        <Emblem size={64} />
        <div>
          <div className="kiosk-hall">{shared('app.hall')}</div>
          <div className="kiosk-sub">{t('sub')}</div>
        </div>
      </div>
      <LanguageSwitch />
      <div className="kiosk-clock">
        <div className="kiosk-time">{p.time}</div>
        <div className="kiosk-date">{p.day}</div>
      </div>
    </header>
  );
}

/** A long name (法律援助资格管理) breaks, if it must, only in its middle: 法律援助 / 资格管理. */
function TileName({ name }: { name: string }) {
  // English names break at their spaces.
  if (name.length <= 6 || name.includes(' ')) return <span className="kiosk-tile-name">{name}</span>;
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
  const t = useKioskMessages();
  const { name, description } = useKioskService()(service);
  return (
    <button
      type="button"
      className={`kiosk-tile${paused ? ' kiosk-tile-paused' : ''}`}
      onClick={onPick}
      disabled={paused}
      data-service={service.code}
      aria-label={t('tileAria', { name, n: service.waiting })}
    >
      <span className="kiosk-tile-top">
        <span className="kiosk-tile-icon">
          <ServiceIcon icon={service.icon} code={service.code} />
        </span>
        <TileName name={name} />
        <span className="kiosk-tile-letter">{service.prefix}</span>
      </span>
      <span className="kiosk-tile-desc">{description}</span>
      <span className="kiosk-tile-wait">
        <span>
          <TeamOutlined /> {t('waitingPrefix')} <b>{service.waiting}</b> {t('waitingSuffix')}
        </span>
        <span>
          <ClockCircleOutlined /> {waitLine(service, t)}
        </span>
      </span>
    </button>
  );
}

function Home({ data, onPick }: { data: PublicServices; onPick: (service: PublicService) => void }) {
  const t = useKioskMessages();
  if (!data.open) {
    return (
      <div className="kiosk-closed" role="status">
        <div className="kiosk-closed-icon">
          <ClockCircleOutlined />
        </div>
        <h1>{t('closedTitle')}</h1>
        <p>{data.closedReason || t('closedDefault')}</p>
        <p className="kiosk-closed-help">{t('closedHelp')}</p>
      </div>
    );
  }
  return (
    <>
      <h1 className="kiosk-title">{t('chooseTitle')}</h1>
      <p className="kiosk-lead">{t('chooseLead')}</p>
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
  const t = useKioskMessages();
  const { locale } = useI18n();
  useEffect(() => {
    if (!autoPrint) return;
    // Let the portal render before the print dialog (silent with chromium --kiosk-printing) snapshots it.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [autoPrint]);
  return (
    <div className="kiosk-done">
      <div className="kiosk-done-title">
        <CheckCircleFilled /> {t('issued')}
      </div>
      <ScreenSlip ticket={ticket} />
      <PrintSlip ticket={ticket} locale={locale} />
      <div className="kiosk-done-actions">
        <button type="button" className="kiosk-button kiosk-button-secondary" onClick={() => window.print()}>
          <PrinterOutlined /> {t('print')}
        </button>
        <button type="button" className="kiosk-button kiosk-button-primary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
      <div className="kiosk-done-return">
        <Countdown seconds={SLIP_SECONDS} onDone={onDone} /> {t('returning')}
      </div>
    </div>
  );
}

function ErrorPanel({ message, onClose }: { message: string; onClose: () => void }) {
  // Nobody may be there to read it: the message goes away by itself.
  const t = useKioskMessages();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), SLIP_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="kiosk-error" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-error-text">
      <div className="kiosk-error-box">
        <div className="kiosk-error-title">{t('errorTitle')}</div>
        <div className="kiosk-error-text" id="kiosk-error-text">
          {message}
        </div>
        <div className="kiosk-error-help">{t('errorHelp')}</div>
        <button type="button" className="kiosk-button kiosk-button-primary" onClick={onClose}>
          {t('gotIt')}
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
  const t = useKioskMessages();
  const { locale, setLocale } = useI18n();
  useDocumentTitle(t('tabTitle'));
  const zoom = useKioskZoom();
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
  // The next citizen starts in Chinese again.
  const finished = useCallback(() => {
    setLocale('zh-CN');
    home();
  }, [home, setLocale]);
  useIdleReturn(step.kind === 'id', IDLE_SECONDS, finished); // a visitor who walked away: Chinese again

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
    body = <SlipStep ticket={step.ticket} autoPrint={autoPrint} onDone={finished} />;
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
        <h1>{t('unavailable')}</h1>
        <p>{screenMessage(services.error)}</p>
        <p className="kiosk-closed-help">{t('retrying')}</p>
      </div>
    );
  } else {
    body = <div className="kiosk-loading">{t('loading')}</div>;
  }

  return (
    <div
      className={locale === 'zh-CN' ? 'kiosk' : 'kiosk kiosk-en'}
      style={{ '--kiosk-zoom': zoom } as CSSProperties}
    >
      <Header />
      <main className="kiosk-main">{body}</main>
      <footer className="kiosk-footer">
        <span>{t('footerPriority')}</span>
        <span>{t('footerHelp')}</span>
      </footer>
      {error ? <ErrorPanel message={error} onClose={() => setError(undefined)} /> : null}
    </div>
  );
}

/** kioskZoom of the window, following its resizes (and a turn of the screen). */
function useKioskZoom(): number {
  const [zoom, setZoom] = useState(() => kioskZoom(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setZoom(kioskZoom(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return zoom;
}

/** /kiosk: the self-service ticket machine (no login, touch, big type). */
export default function KioskPage() {
  return (
    <KioskErrorBoundary>
      <Kiosk />
    </KioskErrorBoundary>
  );
}
