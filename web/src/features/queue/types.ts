/**
 * Shapes of the queue API replies (docs/queue-api.md), matching the server's zod schemas in
 * server/routes/queue*.ts. Instants are ISO strings; durations are whole seconds or minutes as named.
 */
import type { TicketActionType, TicketOutcome, TicketStatus } from '@core/queue/ticket-status';

/** GET /api/queue/services: what the kiosk offers now. */
export interface PublicService {
  code: string;
  name: string;
  prefix: string;
  icon: string;
  description: string;
  waiting: number;
  openWindows: number;
  /** null when no window serving it is open. */
  estimatedWaitMinutes: number | null;
}

export interface PublicServices {
  businessDate: string;
  open: boolean;
  /** Why tickets cannot be taken now, naming the next opening (Chinese); absent when open. */
  closedReason?: string;
  nextOpening?: { date: string; time: string; at: string } | null;
  services: PublicService[];
}

/** POST /api/queue/tickets (kiosk) reply: what the slip prints. */
export interface IssuedTicket {
  id: string;
  number: string;
  serviceCode: string;
  serviceName: string;
  priority: boolean;
  priorityGroups: string[];
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  issuedAt: string;
  businessDate: string;
  /** 评价码 and the token of /m/t/<token> (好差评 from the phone); absent on reception tickets. */
  evaluationCode?: string;
  citizenToken?: string;
}

export type QueueWindowStatus = 'open' | 'paused' | 'closed';

/** GET /api/queue/display. */
export interface DisplayWindow {
  id: string;
  number: number;
  name: string;
  status: QueueWindowStatus;
  /** The staff member who last called at this window today. */
  staffName?: string;
  /** 党员示范岗: the staff member is a Party member. */
  partyMember: boolean;
  current: { ticketNumber: string; serviceCode: string; status: string; calledAt: string } | null;
}

export interface DisplayBoard {
  businessDate: string;
  windows: DisplayWindow[];
  recentCalls: { ticketNumber: string; windowNumber: number; windowName: string; calledAt: string }[];
  waiting: { serviceCode: string; name: string; count: number }[];
}

/** SSE `event: call` data. */
export interface CallEvent {
  ticketNumber: string;
  windowNumber: number;
  windowName: string;
  serviceCode: string;
  calledAt: string;
  recall: boolean;
}

/** A ticket as staff see it (server/use-cases/queue/ticket-item.ts): masked personal data only. */
export interface Ticket {
  id: string;
  number: string;
  serviceCode: string;
  serviceName: string;
  status: TicketStatus;
  statusLabel: string;
  priority: boolean;
  priorityGroups: string[];
  /** The first source of the priority ('id-number' | 'register' | 'staff-claim'), null without priority. */
  prioritySource: string | null;
  prioritySources: string[];
  priorityReason: string | null;
  windowId: string | null;
  windowNumber: number | null;
  windowName: string | null;
  businessDate: string;
  channel: string;
  issuedAt: string;
  queuedAt: string;
  /** The latest call or recall. */
  calledAt: string | null;
  /** The first call (ends the wait in statistics). */
  firstCalledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  recallCount: number;
  noShowCount: number;
  transferCount: number;
  outcome: TicketOutcome | null;
  matterId: string | null;
  note: string | null;
  personName: string | null;
  idNumberMasked: string | null;
  /** What the console may do next (core availableActions with the center's recall limit). */
  availableActions: TicketActionType[];
  version: number;
}

/** POST /api/queue/reception/tickets reply. */
export interface ReceptionTicket extends Ticket {
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
}

export interface ConsoleWindow {
  id: string;
  number: number;
  name: string;
  services: string[];
  status: QueueWindowStatus;
  version: number;
}

/** GET /api/queue/console?windowId=. */
export interface ConsoleState {
  window: ConsoleWindow;
  /** Called or serving at this window, latest call first. */
  current: Ticket | null;
  /** Tickets this window may call, in call order. */
  waiting: Ticket[];
  /** Today's no-shows of this window (recall, requeue or close them). */
  noShows: Ticket[];
  counts: { waiting: number; finished: number; noShows: number };
}

/** One row of GET /api/queue/stats: counts, and durations in whole seconds (null when none). */
export interface StatsFigures {
  tickets: number;
  waiting: number;
  finished: number;
  noShows: number;
  cancelled: number;
  avgWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
  longestCurrentWaitSeconds: number | null;
}

export interface ServiceStatsRow extends StatsFigures {
  code: string;
  name: string;
}

export interface WindowStatsRow extends StatsFigures {
  id: string;
  number: number;
  name: string;
}

export interface QueueStatsReply {
  date: string;
  overall: StatsFigures;
  services: ServiceStatsRow[];
  windows: WindowStatsRow[];
  hourly: { hour: number; issued: number; called: number }[];
  excludedDurations: number;
}
