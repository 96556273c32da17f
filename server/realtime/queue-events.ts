import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { Database } from '../context';
import { AUTH_CHANNEL, forgetCachedSessions, sessionCacheListening } from '../use-cases/auth/session-cache';

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
 * Tells this process's listeners about an event (publishQueueEvent does it before sending the NOTIFY).
 */
export function tellListeners(event: QueueEvent): void {
  generations.set(event.orgId, queueGeneration(event.orgId) + 1);
  if (event.type === 'board' && event.windows)
    windowGenerations.set(event.orgId, windowsGeneration(event.orgId) + 1);
  for (const listener of listeners) listener(event);
}

/**
 * The least time between the starts of two NOTIFY transactions of one process (milliseconds). Other
 * instances' boards hear an event at most this much later; this process's own boards are told at once.
 */
export const NOTIFY_INTERVAL_MS = 50;

/** The events of one database waiting for the next NOTIFY batch, and the batch being sent. */
interface Outbox {
  pending: { payload: string; settle: () => void }[];
  sending: Promise<void> | undefined;
}
const outboxes = new WeakMap<object, Outbox>();

/**
 * Sends the pending events of `db` as ONE transaction (`pg_notify` once per distinct payload, in order;
 * PostgreSQL also drops repeats of a payload within a transaction), then, NOTIFY_INTERVAL_MS after the start
 * of that one, the events that came meanwhile, until none are left: at most 1000 / NOTIFY_INTERVAL_MS NOTIFY
 * transactions a second per process, however busy the hall (on the development VM each one woke a backend,
 * the listening backends and this process's own listener, 0.1–0.25 ms of PostgreSQL's CPU a ticket at 500
 * tickets a second: docs/queue-api.md, session 13). The transaction commits without waiting for the disk
 * (`synchronous_commit` off for it only): a notification is not durable anyway, and a NOTIFY holds
 * PostgreSQL's one notification-queue lock from its commit until the commit's record is flushed, so a NOTIFY
 * inside each ticket's transaction made every issue and call of every hall wait for each other's flush (seen as `Lock:object` waits under load).
 */
async function sendPending(db: Database, outbox: Outbox, log?: Pick<FastifyBaseLogger, 'warn'>) {
  while (outbox.pending.length > 0) {
    const started = performance.now();
    const batch = outbox.pending.splice(0);
    const payloads = [...new Set(batch.map((entry) => entry.payload))];
    try {
      await db.$client.query(
        `select set_config('synchronous_commit', 'off', true), pg_notify($1, payload)
           from unnest($2::text[]) with ordinality as sent(payload, n) order by n`,
        [QUEUE_CHANNEL, payloads],
      );
    } catch (error) {
      log?.warn({ err: error }, 'queue event NOTIFY failed');
    }
    for (const entry of batch) entry.settle();
    // Events published from now on wait for the interval's end and go together.
    const rest = NOTIFY_INTERVAL_MS - (performance.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}

/**
 * Publishes an event to every instance: this process's listeners at once (tellListeners), the others by
 * NOTIFY on QUEUE_CHANNEL. Call it after the transaction that made the change has committed. Events
 * published while a batch is being sent, or within NOTIFY_INTERVAL_MS of its start, go together in the next
 * one, so under load a hall's hundreds of events a second cost a few NOTIFY transactions, not one each.
 * Resolves when the event's batch was sent.
 * Best effort: a failure is logged, not thrown (the change is committed; boards refetch on their next event,
 * and every stream gets `board` after the LISTEN connection comes back). The hot paths (issuing a ticket,
 * calling the next one) reply without awaiting it: their reply does not wait for a NOTIFY round trip, and
 * events published while a batch is on its way share the next one. flushQueueEvents before closing the pool.
 */
export function publishQueueEvent(
  db: Database,
  event: QueueEvent,
  log?: Pick<FastifyBaseLogger, 'warn'>,
): Promise<void> {
  tellListeners(event);
  const outbox = outboxes.get(db) ?? { pending: [], sending: undefined };
  outboxes.set(db, outbox);
  const sent = new Promise<void>((settle) => outbox.pending.push({ payload: JSON.stringify(event), settle }));
  // Cleared when the sending settles (never before it was set, even if it had nothing to await).
  outbox.sending ??= sendPending(db, outbox, log).finally(() => {
    outbox.sending = undefined;
  });
  return sent;
}

/** Resolves when every event of `db` published so far has been sent (call it before closing `db`'s pool). */
export async function flushQueueEvents(db: Database): Promise<void> {
  const outbox = outboxes.get(db);
  while (outbox?.sending !== undefined) await outbox.sending;
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
 *
 * The same connection LISTENs on AUTH_CHANNEL for `options.sessionCacheOf` (the app's database handle): it
 * turns that database's session cache on while the connection is up and empties it on every change notice
 * (server/use-cases/auth/session-cache.ts). Without the option the session cache is not used.
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
    private readonly options: { pingIntervalMs?: number; sessionCacheOf?: object } = {},
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
    if (client) this.listeningChanged(false);
    await client?.end().catch(() => undefined);
  }

  /** Tells the session cache whether change notices are heard (it empties itself either way). */
  private listeningChanged(up: boolean): void {
    if (this.options.sessionCacheOf) sessionCacheListening(this.options.sessionCacheOf, up);
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
      else if (message.channel === AUTH_CHANNEL && this.options.sessionCacheOf)
        forgetCachedSessions(this.options.sessionCacheOf);
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
      if (this.options.sessionCacheOf) await client.query(`listen ${AUTH_CHANNEL}`);
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
    this.listeningChanged(true);
    if (this.lostConnection) {
      this.lostConnection = false;
      this.log.info('queue LISTEN connection restored');
      for (const stream of this.streams) this.send(stream, frame('board', {}));
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listeningChanged(false);
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
