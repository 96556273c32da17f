import type { evaluationRows, matterRows, ticketRows } from './activity-rows';

/**
 * Invented history of halls and legal aid agencies, day by day, reproducible from a seed: the demo's
 * recent weeks and the province generator's five years come from the same code. Rest days of the official
 * calendar (weekends, public holidays such as 国庆 and 中秋) have no visitors; make-up working days (调休上班)
 * do, as at the real hall (core/calendar without overrides; years chinese-days does not cover: weekends).
 */
export interface HistoryShape {
  from: string;
  /** Last day (included); tickets of `today` are left partly waiting. */
  to: string;
  today: string;
  seed: string;
  centers: {
    orgId: string;
    windows: { id: string; services: string[] }[];
    ticketsPerDay: number;
    /**
     * The legal aid agency that registers the applications made at the hall's legal-aid window (one of
     * `agencies`): a share (TICKET_TO_MATTER_SHARE) of the finished legal-aid tickets became a matter
     * there, linked both ways (`tickets.matter_id` = its number, `legal_aid_matters.ticket_id`).
     */
    legalAidAgencyOrgId?: string;
  }[];
  agencies: {
    orgId: string;
    /** Matter number prefix, e.g. 包 → 包法援〔2026〕第0001号. */
    prefix: string;
    regionCode: string;
    /** Applications not from a hall ticket (other halls, 12348, workstations), a day. */
    mattersPerDay: number;
    personIds: string[];
  }[];
  /**
   * Team lawyers legal aid is assigned to, each with a relative `weight` (default 1): busier and quieter
   * lawyers, none taking most of the work.
   */
  lawyers: { id: string; name: string; weight?: number; userId?: string | null }[];
  /**
   * A team lawyer with a staff account (the demo's `lawyer`) who gets a share (FEATURED_LAWYER_SHARE) of the
   * open assigned matters, so their 我的案件 has work in it.
   */
  featuredLawyerId?: string;
  /**
   * Staff accounts that finish consultation tickets (team lawyers on duty): a rota, two on duty each working
   * day in turn (one when there is only one), so the consultations spread over all of them.
   */
  consultationUserIds: string[];
  /**
   * Every matter decided, and granted ones archived: nothing left open for the deadline sweep to remind
   * anyone of (the demo), except the last `openDays` working days' applications, left open at stages
   * matching their age with every deadline still running.
   */
  settleAll?: boolean;
  /**
   * With `settleAll`: the matters applied in the last `openDays` working days before `today` are left at a
   * stage matching their age (OPEN_STAGES: yesterday's at 受理/审查/待审批, then 待指派, 已指派, 承办中),
   * every deadline still running; older ones are settled.
   */
  openDays?: number;
  /** Encrypts a household's monthly income (integer fen as text), for the hardship figures; none without. */
  encryptIncome?: (plain: string) => string;
}

/** A hall of the history (`HistoryShape.centers`). */
export type HistoryCenter = HistoryShape['centers'][number];
/** A legal aid agency of the history (`HistoryShape.agencies`). */
export type HistoryAgency = HistoryShape['agencies'][number];
/** A team lawyer legal aid is assigned to (`HistoryShape.lawyers`). */
export type HistoryLawyer = HistoryShape['lawyers'][number];

/** One calendar day of the history: its tickets, matters and ratings, ready for insertActivity. */
export interface HistoryDay {
  date: string;
  tickets: ReturnType<typeof ticketRows>[];
  matters: ReturnType<typeof matterRows>[];
  evaluations: ReturnType<typeof evaluationRows>[];
}
