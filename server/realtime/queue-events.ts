import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Database } from '../context';

/**
 * Real-time queue events (叫号大屏, consoles): use cases NOTIFY on the PostgreSQL channel `lawhall_queue`
 * after their transaction commits; every server instance LISTENs on one dedicated connection and fans the
 * payloads out to its server-sent-event clients (GET /api/queue/events). Several instances on one database
 * therefore show the same calls: each hears every NOTIFY. Payloads carry no personal data.
 */
export const QUEUE_CHANNEL = 'lawhall_queue';

/** Milliseconds between `: ping` comments on every stream (keeps proxies from closing idle streams). */
export const PING_INTERVAL_MS = 15_000;

/** What the display board announces: `event: call`. Instants are ISO strings. */
export interface CallEventData {
  ticketNumber: string;
  windowNumber: number;
  windowName: string;
  serviceCode: string;
  calledAt: string;
  /** True for a recall after a no-show or a repeated announcement. */
  recall: boolean;
}

/** A NOTIFY payload. `orgId` is the service center; a `call` also means "the board changed". */
/**
 * `board`: the board of a center changed; `windows: true` when a window itself changed (created, edited,
 * opened, paused) — only those drop the cached windows of a center (hall-load.ts).
 */
export type QueueEvent =
  | ({ type: 'call'; orgId: string } & CallEventData)
  | { type: 'board'; orgId: string; windows?: true };

const listeners = new Set<(event: QueueEvent) => void>();

/**
 * Calls `listener` with every queue event this process publishes or hears (e.g. to drop a cached display
 * board). Returns the function that removes it.
 */
export function onQueueEvent(listener: (event: QueueEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Bumped by every event of a center: what was read before an event is not reused after it. */
const generations = new Map<string, number>();

/**
 * The number of queue events this process has published or heard for a center: a cache entry stamped with
 * it is stale as soon as it differs (display board, windows of a center).
 */
export function queueGeneration(orgId: string): number {
  return generations.get(orgId) ?? 0;
}

/** Bumped by the events that change a center's windows (`windows: true`). */
const windowGenerations = new Map<string, number>();

/** The number of window-changing events this process has published or heard for a center. */
export function windowsGeneration(orgId: string): number {
  return windowGenerations.get(orgId) ?? 0;
}

/**
 * Tells this process's listeners about an event that is published as part of a statement (the statement
 * calls `pg_notify(QUEUE_CHANNEL, …)` itself, e.g. insert-issued-ticket.ts), after that statement committed.
 */
export function tellListeners(event: QueueEvent): void {
  generations.set(event.orgId, queueGeneration(event.orgId) + 1);
  if (event.type === 'board' && event.windows)
    windowGenerations.set(event.orgId, windowsGeneration(event.orgId) + 1);
  for (const listener of listeners) listener(event);
}

/**
 * Publishes an event to every instance. Call it after the transaction has committed. Best effort: a
 * failure is logged, not thrown (the change is committed; boards refetch on their next event).
 */
export async function publishQueueEvent(
  db: Database,
  event: QueueEvent,
  log?: Pick<FastifyBaseLogger, 'warn'>,
): Promise<void> {
  tellListeners(event);
  try {
    await db.$client.query('select pg_notify($1, $2)', [QUEUE_CHANNEL, JSON.stringify(event)]);
  } catch (error) {
    log?.warn({ err: error }, 'queue event NOTIFY failed');
  }
}

/** One server-sent-event client: frames are written as given. */
export interface EventStream {
  /** The center whose events it wants. */
  orgId: string;
  write(frame: string): void;
  end(): void;
  /** Bytes buffered but not yet sent (a stuck client is dropped past MAX_BUFFERED_BYTES). */
  buffered(): number;
}

const MAX_BUFFERED_BYTES = 1 << 20;
const MAX_RETRY_DELAY_MS = 10_000;

function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * The LISTEN side of one server instance: a dedicated pg client (not from the pool), reconnected with
 * back-off when it fails; after a reconnect every stream gets `event: board` (something may have been
 * missed). `start()` never throws: if the database is unreachable it keeps retrying in the background.
 */
export class QueueEventHub {
  private client: pg.Client | undefined;
  private readonly streams = new Set<EventStream>();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay = 250;
  private pingTimer: NodeJS.Timeout | undefined;
  private lostConnection = false;

  constructor(
    private readonly clientConfig: pg.ClientConfig,
    private readonly log: Pick<FastifyBaseLogger, 'warn' | 'info'>,
    private readonly options: { pingIntervalMs?: number } = {},
  ) {}

  /** Whether the LISTEN connection is up. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.pingTimer ??= setInterval(() => this.ping(), this.options.pingIntervalMs ?? PING_INTERVAL_MS);
    this.pingTimer.unref();
    await this.connect();
  }

  /** Adds a stream; returns the function that removes it (call it when the client disconnects). */
  subscribe(stream: EventStream): () => void {
    this.streams.add(stream);
    return () => {
      this.streams.delete(stream);
    };
  }

  /** Ends every stream (before the HTTP server closes, so `close()` does not wait on open streams). */
  endStreams(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.retryTimer = undefined;
    this.pingTimer = undefined;
    this.endStreams();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Delivers a NOTIFY payload to the streams of its center (also used directly by tests). */
  dispatch(payload: string | undefined): void {
    let event: QueueEvent;
    try {
      event = JSON.parse(payload ?? '') as QueueEvent;
    } catch {
      return;
    }
    tellListeners(event);
    const frames =
      event.type === 'call'
        ? frame('call', {
            ticketNumber: event.ticketNumber,
            windowNumber: event.windowNumber,
            windowName: event.windowName,
            serviceCode: event.serviceCode,
            calledAt: event.calledAt,
            recall: event.recall,
          }) + frame('board', {})
        : frame('board', {});
    for (const stream of this.streams) {
      if (stream.orgId === event.orgId) this.send(stream, frames);
    }
  }

  private send(stream: EventStream, text: string): void {
    if (stream.buffered() > MAX_BUFFERED_BYTES) {
      this.streams.delete(stream);
      stream.end();
      return;
    }
    stream.write(text);
  }

  private ping(): void {
    for (const stream of this.streams) this.send(stream, ': ping\n\n');
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client(this.clientConfig);
    client.on('notification', (message) => {
      if (message.channel === QUEUE_CHANNEL) this.dispatch(message.payload);
    });
    client.on('error', (error) => {
      // 57P01 = the server is shutting down (e.g. the embedded PostgreSQL stopping with the process).
      const shuttingDown = (error as { code?: string }).code === '57P01';
      if (!shuttingDown) this.log.warn({ err: error }, 'queue LISTEN connection failed; reconnecting');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${QUEUE_CHANNEL}`);
    } catch (error) {
      this.log.warn({ err: error }, 'queue LISTEN connection could not be opened; retrying');
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryDelay = 250;
    if (this.lostConnection) {
      this.lostConnection = false;
      this.log.info('queue LISTEN connection restored');
      for (const stream of this.streams) this.send(stream, frame('board', {}));
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.lostConnection = true;
    client.end().catch(() => undefined);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.lostConnection = true;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.retryDelay);
    this.retryTimer.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_DELAY_MS);
  }
}
