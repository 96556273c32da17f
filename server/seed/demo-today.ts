import { businessDateOf, createCalendar, startOfBusinessDate } from '@core/calendar';
import { seededRandom } from '@core/random';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Executor } from '../context';
import { legalAidMatters } from '../db/schema/index';
import { insertActivity, type MatterSpec, matterRows } from './activity/activity-rows';

/**
 * Today's legal-aid applications at the city's 法律援助中心 for the demo, so the "today" views (the
 * 五个当天 board, the dashboard's today figures, the work lists filtered by today) are not empty on a demo.
 * The demo history (activity/history.ts) ends yesterday; these are written the same way (rows with their
 * action log, activity-rows.ts) at the stages of a working day:
 * - `five-same-day`: applied, accepted, reviewed, granted, assigned (to the demo lawyer when there is one),
 *   委托协议 signed and aid started today (五个当天 met); hardship by the applicant's commitment, the signed
 *   告知承诺书 on file at intake, before the grant;
 * - `reviewed`: accepted and reviewed, awaiting the director's decision (its commitment signed at intake too);
 * - `under-review`: a criminal defence accepted at the window this afternoon, awaiting the reviewer;
 * - `applied`: just applied online, awaiting acceptance.
 * As the hall (history.ts), none on a rest day of the official calendar (core/calendar), and none before the
 * hall has been open half an hour; every step is before `now` (the day's schedule is compressed into the
 * time since opening when the demo is loaded early in the day). Every date is a Beijing business date.
 */

export type TodayStage = 'five-same-day' | 'reviewed' | 'under-review' | 'applied';

/** Opening time (08:30) and the earliest time (09:00) today's applications are seeded from, Beijing minutes. */
const OPENS = 8 * 60 + 30;
const EARLIEST = 9 * 60;

/** Each application's steps, Beijing wall-clock minutes of a full working day (the last one at 15:30). */
const SCHEDULE: {
  stage: TodayStage;
  /** The matter's kind: civil with its 事项, or a criminal defence (no hardship check). */
  caseKind: 'civil' | 'criminal-defence';
  matter: string | null;
  channel: 'window' | 'online';
  applied: number;
  accepted?: number;
  commitment?: number;
  reviewed?: number;
  approved?: number;
  assigned?: number;
  agreement?: number;
  aidStarted?: number;
}[] = [
  {
    stage: 'five-same-day',
    caseKind: 'civil',
    matter: 'labour-relation-or-remuneration',
    channel: 'window',
    applied: 9 * 60 + 5,
    accepted: 9 * 60 + 12,
    commitment: 9 * 60 + 20,
    reviewed: 9 * 60 + 50,
    approved: 10 * 60 + 15,
    assigned: 10 * 60 + 40,
    agreement: 11 * 60 + 20,
    aidStarted: 11 * 60 + 30,
  },
  {
    stage: 'reviewed',
    caseKind: 'civil',
    matter: 'maintenance',
    channel: 'window',
    applied: 10 * 60 + 5,
    accepted: 10 * 60 + 12,
    commitment: 10 * 60 + 20,
    reviewed: 11 * 60,
  },
  {
    stage: 'under-review',
    caseKind: 'criminal-defence',
    matter: null,
    channel: 'window',
    applied: 13 * 60 + 45,
    accepted: 13 * 60 + 52,
  },
  {
    stage: 'applied',
    caseKind: 'civil',
    matter: 'personal-injury',
    channel: 'online',
    applied: 15 * 60 + 30,
  },
];
const LAST = Math.max(...SCHEDULE.map((s) => s.applied));

export interface TodayShape {
  now: Date;
  orgId: string;
  /** Matter number prefix (包 → 包法援〔2026〕第0001号) and the agency's region. */
  prefix: string;
  regionCode: string;
  /** The last sequence number the agency used this year (the history's); today's follow it. */
  lastSeq: number;
  /** The demo's invented persons (demo-reference.ts): the applicants. */
  personIds: string[];
  /** The team lawyer the five-same-day matter is assigned to (the demo `lawyer`, 周志远, when there is one). */
  lawyer?: { id: string; name: string; userId?: string | null };
  encryptIncome?: (plain: string) => string;
}

/** Today's matters (specs for matterRows), in application order; none on a rest day or before 09:00. */
export function todayMatterSpecs(shape: TodayShape): (MatterSpec & { stage: TodayStage })[] {
  const today = businessDateOf(shape.now);
  if (!createCalendar().isWorkingDay(today).working || shape.personIds.length === 0) return [];
  const start = startOfBusinessDate(today).getTime();
  const nowMinutes = (shape.now.getTime() - start) / 60_000;
  if (nowMinutes < EARLIEST) return [];
  // Compressed into the time since opening (the last step a minute before now), when the day is not over.
  const span = Math.min(1, (nowMinutes - 1 - OPENS) / (LAST - OPENS));
  const at = (minutes: number | undefined) =>
    minutes === undefined
      ? null
      : new Date(Math.floor(start / 1000 + (OPENS + (minutes - OPENS) * span) * 60) * 1000);
  const random = seededRandom(`lawhall-demo-today-${today}`);
  const offset = Math.floor(random() * shape.personIds.length);
  const year = Number(today.slice(0, 4));
  return SCHEDULE.map((s, i) => {
    const seq = shape.lastSeq + i + 1;
    const civil = s.caseKind === 'civil';
    const householdSize = 1 + Math.floor(random() * 4);
    const incomeFen = householdSize * (600 + Math.floor(random() * 900)) * 100;
    const lawyer = s.assigned !== undefined ? shape.lawyer : undefined;
    const spec: MatterSpec & { stage: TodayStage } = {
      stage: s.stage,
      orgId: shape.orgId,
      number: `${shape.prefix}法援〔${year}〕第${String(seq).padStart(4, '0')}号`,
      year,
      seq,
      // Different invented applicants, one after the other in the demo's list.
      applicantPersonId: shape.personIds[(offset + i) % shape.personIds.length]!,
      caseKind: s.caseKind,
      matter: s.matter,
      priorityGroups: [],
      channel: s.channel,
      regionCode: shape.regionCode,
      status: s.stage === 'five-same-day' ? 'in-progress' : s.stage,
      appliedAt: at(s.applied)!,
      acceptedAt: at(s.accepted),
      reviewedAt: at(s.reviewed),
      approvedAt: at(s.approved),
      commitmentSignedAt: at(s.commitment),
      assignedAt: at(s.assigned),
      agreementSignedAt: at(s.agreement),
      aidStartedAt: at(s.aidStarted),
      assignedLawyerId: lawyer?.id ?? null,
      assignedLawyerName: lawyer?.name ?? null,
      assignedUserId: lawyer?.userId ?? null,
      hardship: civil
        ? {
            method: s.commitment !== undefined ? 'commitment' : 'information-sharing',
            householdSize,
            householdIncomeEnc: shape.encryptIncome?.(String(incomeFen)) ?? null,
          }
        : null,
    };
    return spec;
  });
}

/**
 * Writes today's matters at the agency `orgId`, numbered after the others of its series ('包法援') and
 * year (call before syncMatterCounters). Returns how many.
 */
export async function seedDemoToday(executor: Executor, shape: Omit<TodayShape, 'lastSeq'>): Promise<number> {
  const year = Number(businessDateOf(shape.now).slice(0, 4));
  const [last] = await executor
    .select({ seq: sql<number>`coalesce(max(${legalAidMatters.seq}), 0)::int` })
    .from(legalAidMatters)
    .where(and(like(legalAidMatters.number, `${shape.prefix}法援〔%`), eq(legalAidMatters.year, year)));
  const specs = todayMatterSpecs({ ...shape, lastSeq: last?.seq ?? 0 });
  await insertActivity(executor, { matters: specs.map(matterRows) });
  return specs.length;
}
