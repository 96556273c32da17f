/** The replay's shapes: the fixture, the options and the report (scripts/replay-hall-day.ts). */

/** The fixture's format (scripts/fixtures/README.md). */
export interface HallDay {
  date: string;
  center: string;
  hours: [string, string][];
  visitors: {
    id: string;
    arrival: string;
    service: string;
    person: { name: string; idNumber: string };
    groups?: string[];
  }[];
}

export interface ReplayOptions {
  fixture: HallDay;
  baseUrl: string;
  username: string;
  password: string;
  seed: number;
  keepWindows: boolean;
  force: boolean;
  /** Stop calling during the lunch break (default: serve those already waiting through it). */
  lunchBreak?: boolean;
  /**
   * Temporary 综合窗口 staffed for the day besides the hall's windows (named `…（回放）`, reused by later
   * replays, closed again afterwards unless keepWindows).
   */
  extraWindows?: number;
  /**
   * Serves a visit instead of the plain finish: called once the ticket is started at a window, with the
   * instant the service would end. Returns the instant the hook ended the ticket (e.g. a legal-aid
   * application submitted from it finishes it), or undefined to let the replay finish it as usual.
   */
  serve?: (visit: ServedVisit) => Promise<Date | undefined>;
  /** One progress line (overwritten on a terminal). */
  progress?: (line: string) => void;
  log?: (line: string) => void;
}

/** A visit being served at a window (ReplayOptions.serve). */
export interface ServedVisit {
  visitorId: string;
  ticketId: string;
  serviceCode: string;
  windowId: string;
  startedAt: Date;
  /** When the service would end (the service's default minutes ±40 %). */
  finishAt: Date;
}

export interface ReplayReport {
  date: string;
  visitors: number;
  issued: number;
  finished: number;
  services: {
    code: string;
    name: string;
    visitors: number;
    avgWaitMinutes: number | null;
    p90WaitMinutes: number | null;
  }[];
  overall: { avgWaitMinutes: number | null; p90WaitMinutes: number | null };
  lastFinish: string;
}
