import { priorityGroupCodes } from '@core/queue/priority';
import { getService, serviceCodes } from '@core/queue/services';
import { type SQL, sql } from 'drizzle-orm';
import { HISTORY_LEVELS, HISTORY_MATTERS, SERVICE_WEIGHTS } from '../activity/history';

/**
 * The province's rows generated INSIDE PostgreSQL (INSERT … SELECT over generate_series), with the
 * distributions of server/seed/activity/history.ts (the demo's JS generator): tickets per center and
 * working day around `perDay` (±40 %), services by the same weights, issue times 08:30–16:30, exponential
 * waits (mean 10 min), service times 0.5–1.5 × the service's average, 4 % no-shows and 1 % cancelled;
 * ratings for 60 % of the finished tickets with bad ones rectified (15 % late); legal-aid matters around
 * `perDay` per agency, 60 % five-same-day, 8 % refused, 2 % deemed withdrawn, the rest decided in up to 10
 * days and assigned in up to 5 more. Each row's choices are pseudo-random numbers hashed from its key
 * (`hashint8extended(key, seed + draw)`), so a seed gives the same history whatever the plan or the chunk.
 * Each statement writes one calendar year's chunk of a table group (the row and its action log, ratings and
 * rectifications through data-modifying CTEs).
 */

/** The shape the statements read, loaded into temporary tables (one JSON parameter each). */
export interface ProvinceShape {
  /** Hash salt derived from the seed. */
  salt: number;
  /** Prefix of the row ids (the root organisation's id: ids differ between two provinces). */
  idPrefix: string;
  centers: { ci: number; orgId: string; perDay: number; consult: string[] }[];
  centerWindows: { ci: number; serviceCode: string; windowId: string }[];
  agencies: {
    ai: number;
    orgId: string;
    prefix: string;
    region: string;
    perDay: number;
    persons: string[];
    lawyers: string[];
  }[];
  bureaus: { bi: number; orgId: string; short: string; perDay: number }[];
}

/** [0, 1) from the 64-bit hash of a bigint key and a draw number. */
const R = (salt: number, key: string, draw: number) =>
  `((hashint8extended(${key}, ${salt + draw}) & 9007199254740991)::float8 / 9007199254740992)`;
/** [0, 1) from the hash of a text key and a draw number (for rows known by their natural key only). */
const RT = (salt: number, key: string, draw: number) =>
  `((hashtextextended(${key}, ${salt + draw}) & 9007199254740991)::float8 / 9007199254740992)`;
/** A ticket's natural key: center, business date, number (its id differs between two provinces). */
const TICKET_KEY = (t: string, c: string) => `(${c}.ci || ':' || ${t}.business_date || ':' || ${t}.number)`;
const BJ = (day: string, time: string) =>
  `((${day})::timestamp + interval '${time}') at time zone 'Asia/Shanghai'`;
const textArray = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]::text[]`;

/** Creates and fills the temporary tables of the shape (dropped at commit). */
export function shapeTables(shape: ProvinceShape, from: string, to: string): SQL[] {
  let lo = 0;
  const total = Object.values(SERVICE_WEIGHTS).reduce((a, b) => a + b, 0);
  const services = serviceCodes.map((code, idx) => {
    const hi = lo + (SERVICE_WEIGHTS[code] ?? 0) / total;
    const row = {
      idx,
      code,
      lo,
      hi: idx === serviceCodes.length - 1 ? 1 : hi,
      avgMin: getService(code).defaultAvgServiceMinutes,
      prefix: getService(code).ticketPrefix,
    };
    lo = hi;
    return row;
  });
  const table = (name: string, rows: unknown[], columns: string) =>
    sql`create temp table ${sql.raw(name)} on commit drop as
      select * from json_to_recordset(${JSON.stringify(rows)}::json) as x(${sql.raw(columns)})`;
  return [
    sql`create temp table gen_days on commit drop as
      select (row_number() over (order by d) - 1)::int as di, d::date as d
      from generate_series(${from}::date, ${to}::date, interval '1 day') d
      where extract(isodow from d) < 6`,
    table('gen_services', services, 'idx int, code text, lo float8, hi float8, "avgMin" float8, prefix text'),
    table('gen_centers', shape.centers, 'ci int, "orgId" uuid, "perDay" float8, consult uuid[]'),
    table('gen_center_windows', shape.centerWindows, 'ci int, "serviceCode" text, "windowId" uuid'),
    table(
      'gen_agencies',
      shape.agencies,
      'ai int, "orgId" uuid, prefix text, region text, "perDay" float8, persons uuid[], lawyers uuid[]',
    ),
    table('gen_bureaus', shape.bureaus, 'bi int, "orgId" uuid, short text, "perDay" float8'),
    sql`analyze gen_days`,
  ];
}

/** A count around `perDay` (±40 %), rounded at random, for the entity-day key `k`. */
const around = (salt: number, perDay: string, k: string, draw: number) =>
  `(floor(${perDay} * (0.6 + ${R(salt, k, draw)} * 0.8))::int
    + (${R(salt, k, draw + 1)} < ${perDay} * (0.6 + ${R(salt, k, draw)} * 0.8)
                                - floor(${perDay} * (0.6 + ${R(salt, k, draw)} * 0.8)))::int)`;

/**
 * One year's tickets (days `from`…`to`) with their action log (issue, call, no-show, start, finish,
 * cancel; a team lawyer of the city acts on consultation tickets), ratings and rectifications.
 */
export function ticketsSql(shape: ProvinceShape, from: string, to: string): SQL {
  const s = shape.salt;
  const lv = HISTORY_LEVELS.map(([p, level]) => `when x < ${p} then ${level}`).join(' ');
  return sql.raw(`
  with cd as (
    select c.ci, c."orgId" as org_id, d.di, d.d, (d.d::timestamp at time zone 'Asia/Shanghai') as base,
      ${around(s, 'c."perDay"', 'kk.k', 1)} as n
    from gen_centers c cross join gen_days d
    cross join lateral (select c.ci::bigint * 100000 + d.di as k) kk
    where d.d between '${from}' and '${to}'
  ),
  g as (
    select cd.*, kk.key, ${R(s, 'kk.key', 10)} as rs, 510 + floor(${R(s, 'kk.key', 11)} * 480)::int as issued_min,
      floor(-ln(1 - ${R(s, 'kk.key', 12)}) * 600)::int as wait_s, ${R(s, 'kk.key', 13)} as rsv,
      ${R(s, 'kk.key', 14)} as roll, 1000 + floor(${R(s, 'kk.key', 16)} * 9000)::int as tail
    from cd cross join lateral generate_series(1, cd.n) gi(i)
    cross join lateral (select (cd.ci::bigint * 100000 + cd.di) * 10000 + gi.i as key) kk
  ),
  v as (
    select g.*, sv.code, sv.prefix, sv."avgMin" as avg_min,
      row_number() over (partition by g.ci, g.di, sv.code order by g.key) as seq,
      g.base + make_interval(mins => g.issued_min) as issued,
      case when g.roll < 0.04 then 'no-show' when g.roll < 0.05 then 'cancelled' else 'finished' end as status
    from g join gen_services sv on g.rs >= sv.lo and g.rs < sv.hi
  ),
  tt as (
    select v.*, case when v.status <> 'cancelled' then w."windowId" end as window_id,
      case when v.status <> 'cancelled' then v.issued + make_interval(secs => v.wait_s) end as called,
      case when v.status = 'finished' then v.issued + make_interval(secs => v.wait_s + 30) end as started,
      case when v.status = 'finished' then v.issued + make_interval(secs => v.wait_s + 30
        + round(v.avg_min * 60 * (0.5 + v.rsv) * 1000) / 1000) end as finished
    from v left join gen_center_windows w on w.ci = v.ci and w."serviceCode" = v.code
  ),
  ins as (
    insert into tickets (id, org_id, service_code, business_date, sequence, number, status, id_number_masked,
      channel, window_id, queued_at, issued_at, called_at, first_called_at, started_at, finished_at, ended_at,
      no_show_count, outcome, updated_at)
    select md5('${shape.idPrefix}:t:' || tt.key)::uuid, tt.org_id, tt.code, tt.d, tt.seq,
      tt.prefix || lpad(tt.seq::text, 3, '0'), tt.status, '1502**********' || tt.tail, 'kiosk', tt.window_id,
      tt.issued, tt.issued, tt.called, tt.called, tt.started, tt.finished,
      case when tt.status in ('finished', 'no-show') then coalesce(tt.finished, tt.called) end,
      (tt.status = 'no-show')::int, case when tt.status = 'finished' then 'resolved' end,
      coalesce(tt.finished, tt.called, tt.issued)
    from tt
    returning id, org_id, service_code, number, status, window_id, issued_at, called_at, started_at,
      finished_at, business_date
  ),
  acts as (
    insert into ticket_actions (ticket_id, org_id, action, at, actor_id, window_id, from_status, to_status)
    select t.id, t.org_id, a.action, a.at, case when a.action <> 'issue' then ac.actor end,
      case when a.action <> 'issue' then t.window_id end, a.from_status, a.to_status
    from ins t join gen_centers c on c."orgId" = t.org_id
    cross join lateral (
      select case when t.service_code = 'consultation' and cardinality(c.consult) > 0
        then c.consult[1 + floor(${RT(s, TICKET_KEY('t', 'c'), 15)} * cardinality(c.consult))::int] end as actor
    ) ac
    cross join lateral (values
      (1, 'issue', t.issued_at, null, 'waiting'),
      (2, 'call', t.called_at, 'waiting', 'called'),
      (3, 'no-show', case when t.status = 'no-show' then t.called_at end, 'called', 'no-show'),
      (4, 'start', t.started_at, 'called', 'serving'),
      (5, 'finish', t.finished_at, 'serving', 'finished'),
      (6, 'cancel', case when t.status = 'cancelled' then t.issued_at end, 'waiting', 'cancelled')
    ) a(n, action, at, from_status, to_status)
    where a.at is not null
    returning 1
  ),
  ev as (
    insert into evaluations (id, org_id, subject, ticket_id, subject_number, service_code, window_id, level,
      channel, business_date, created_at)
    select md5('${shape.idPrefix}:e:' || t.id)::uuid, t.org_id, 'ticket', t.id, t.number, t.service_code,
      t.window_id, case ${lv} end, 'window-pad', t.business_date, t.finished_at
    from ins t join gen_centers c on c."orgId" = t.org_id
    cross join lateral (select ${RT(s, TICKET_KEY('t', 'c'), 41)} as x) q
    where t.status = 'finished' and ${RT(s, TICKET_KEY('t', 'c'), 40)} < 0.6
    returning id, org_id, level, business_date, created_at, subject_number
  ),
  rect as (
    insert into rectifications (evaluation_id, org_id, status, opened_on, callback_due_on, fix_due_on,
      called_back_at, rectified_at, created_at)
    select e.id, e.org_id, case when late then 'open' else 'closed' end, e.business_date,
      e.business_date + 1, e.business_date + 5,
      case when not late then ${BJ('e.business_date + 1', '10 hours')} end,
      case when not late then ${BJ('e.business_date + 3', '10 hours')} end, e.created_at
    from ev e join gen_centers c on c."orgId" = e.org_id
    cross join lateral (select ${RT(s, "(c.ci || ':' || e.business_date || ':' || e.subject_number)", 42)} < 0.15 as late) l
    where e.level <= 2
    returning 1
  )
  select (select count(*) from ins)::int as tickets, (select count(*) from acts)::int as actions,
    (select count(*) from ev)::int as evaluations, (select count(*) from rect)::int as rectifications`);
}

/** One calendar year's legal-aid matters (days `from`…`to` of `year`) with their action log. */
export function mattersSql(shape: ProvinceShape, from: string, to: string, today: string): SQL {
  const s = shape.salt;
  const matters = textArray(HISTORY_MATTERS);
  const groups = textArray(priorityGroupCodes);
  return sql.raw(`
  with ad as (
    select a.*, d.di, d.d, (d.d::timestamp at time zone 'Asia/Shanghai') as base,
      ${around(s, 'a."perDay"', 'kk.k', 3)} as n, coalesce(ns.last_seq, 0) as seq0
    from gen_agencies a cross join gen_days d
    cross join lateral (select (a.ai::bigint + 50000) * 100000 + d.di as k) kk
    left join matter_number_series ns on ns.head = a.prefix || '法援' and ns.year = extract(year from d.d)::int
    where d.d between '${from}' and '${to}'
  ),
  g as (
    -- Numbered per printed series and year (agencies may share a prefix: 乌海 and 乌兰 both print 乌), after
    -- the numbers the series already gave (another province in the same database).
    select ad.ai, ad."orgId" as org_id, ad.prefix, ad.region, ad.persons, ad.lawyers, ad.d, ad.base, kk.key,
      ad.seq0 + row_number() over (partition by ad.prefix order by kk.key) as seq,
      540 + floor(${R(s, 'kk.key', 21)} * 420)::int as applied_min, ('${today}'::date - ad.d) as days_ago,
      ${R(s, 'kk.key', 22)} as roll, ${R(s, 'kk.key', 23)} < 0.6 as same_day,
      floor(${R(s, 'kk.key', 24)} * 10)::int as r_decide, floor(${R(s, 'kk.key', 25)} * 5)::int as r_assign,
      ${R(s, 'kk.key', 26)} < 0.15 as criminal, ${R(s, 'kk.key', 27)} as r_matter,
      ${R(s, 'kk.key', 28)} < 0.4 as has_group, ${R(s, 'kk.key', 29)} as r_group,
      ${R(s, 'kk.key', 30)} as r_person, ${R(s, 'kk.key', 31)} as r_lawyer
    from ad cross join lateral generate_series(1, ad.n) gi(i)
    cross join lateral (select ((ad.ai::bigint + 50000) * 100000 + ad.di) * 10000 + gi.i as key) kk
  ),
  h as (
    select g.*, case when same_day then 0 else least(days_ago, r_decide) end as decide_days,
      case when same_day then 0 else r_assign end as assign_days,
      base + make_interval(mins => applied_min) as applied
    from g
  ),
  k0 as (
    select h.*,
      case when same_day then applied + interval '30 minutes'
        else greatest(${BJ('d + decide_days', '10 hours')}, applied + interval '30 minutes') end as decided_at,
      (same_day or days_ago > decide_days) as decided
    from h
  ),
  k as (
    -- A decision on the day of a late application comes after it; assignment and start after the decision.
    select k0.*, a.assign_at,
      case when same_day then applied + interval '90 minutes'
        else greatest(${BJ('d + decide_days + assign_days', '15 hours')}, a.assign_at + interval '30 minutes') end as start_at
    from k0 cross join lateral (
      select case when same_day then applied + interval '60 minutes'
        else greatest(${BJ('d + decide_days + assign_days', '11 hours')}, decided_at + interval '30 minutes') end as assign_at
    ) a
  ),
  m as (
    select k.*,
      case when not decided then 'pending' when roll < 0.08 then 'refused' when roll < 0.1 then 'withdrawn'
        else 'granted' end as fate,
      (same_day or assign_at <= ('${today}'::timestamp at time zone 'Asia/Shanghai')) as assigned
    from k
  ),
  ins as (
    insert into legal_aid_matters (id, org_id, number, year, seq, applicant_person_id, channel, facts, case_kind,
      matter, priority_groups, region_code, eligibility, status, version, assigned_lawyer_id, applied_at,
      accepted_at, approved_at, assigned_at, aid_started_at, created_at, updated_at)
    select md5('${shape.idPrefix}:m:' || m.key)::uuid, m.org_id,
      m.prefix || '法援〔' || extract(year from m.d)::int || '〕第' || lpad(m.seq::text, 4, '0') || '号',
      extract(year from m.d)::int, m.seq, m.persons[1 + floor(m.r_person * cardinality(m.persons))::int],
      'window', '历史数据（虚构）', case when m.criminal then 'criminal-defence' else 'civil' end,
      case when not m.criminal then (${matters})[1 + floor(m.r_matter * ${HISTORY_MATTERS.length})::int] end,
      case when m.has_group then array[(${groups})[1 + floor(m.r_group * ${priorityGroupCodes.length})::int]]
        else '{}'::text[] end,
      m.region, '{}'::jsonb, x.status, x.version, x.lawyer, m.applied, m.applied + interval '10 minutes',
      x.approved, x.assigned, x.started, m.applied, x.updated
    from m cross join lateral (
      select
        -- Each log folds (法律援助法 第四十三条): a review before the decision; materials asked for (7 days to
        -- reply) before a deemed withdrawal the day after the due date; 结案 30 days after aid started.
        case m.fate when 'pending' then 'under-review' when 'refused' then 'refused'
          when 'withdrawn' then case when m.days_ago > 8 then 'deemed-withdrawn' else 'materials-requested' end
          else case when not m.assigned then 'granted' when m.days_ago > 60 then 'closed' else 'in-progress' end
        end as status,
        case m.fate when 'refused' then 4 when 'withdrawn' then case when m.days_ago > 8 then 4 else 3 end
          when 'granted' then case when not m.assigned then 4 when m.days_ago > 60 then 7 else 6 end else 2 end
          as version,
        case when m.fate = 'granted' then m.decided_at end as approved,
        case when m.fate = 'granted' and m.assigned then m.assign_at end as assigned,
        case when m.fate = 'granted' and m.assigned then m.start_at end as started,
        case when m.fate = 'granted' and m.assigned and cardinality(m.lawyers) > 0
          then m.lawyers[1 + floor(m.r_lawyer * cardinality(m.lawyers))::int] end as lawyer,
        case m.fate when 'refused' then m.decided_at
          when 'withdrawn' then case when m.days_ago > 8 then ${BJ('m.d + 8', '9 hours')}
            else m.applied + interval '20 minutes' end
          when 'granted' then case when not m.assigned then m.decided_at
            when m.days_ago > 60 then m.start_at + interval '30 days' else m.start_at end
          else m.applied + interval '10 minutes' end as updated
    ) x
    returning id, status, applied_at, accepted_at, approved_at, assigned_at, aid_started_at,
      assigned_lawyer_id, updated_at
  )
  insert into legal_aid_actions (matter_id, seq, type, at, actor_role, actor_name, payload)
  select i.id, a.seq, a.type, a.at,
    case when a.type in ('accept-assignment', 'close-case') then 'lawyer' when a.type = 'review' then 'legal-aid-reviewer'
      else 'legal-aid-director' end,
    '历史数据', a.payload
  from ins i cross join lateral (
    select coalesce(i.approved_at, case when i.status = 'refused' then i.updated_at end) as decided_at
  ) dd cross join lateral (values
    (1, 'apply', i.applied_at, '{"channel":"window"}'::jsonb),
    (2, 'accept', i.accepted_at, '{}'::jsonb),
    (3, 'request-materials',
      case when i.status in ('deemed-withdrawn', 'materials-requested') then i.accepted_at + interval '10 minutes' end,
      jsonb_build_object('items', '["家庭经济状况证明"]'::jsonb,
        'dueDate', ((i.applied_at at time zone 'Asia/Shanghai')::date + 7)::text)),
    (4, 'deem-withdrawn', case when i.status = 'deemed-withdrawn' then i.updated_at end, '{}'::jsonb),
    (3, 'review', i.accepted_at + (dd.decided_at - i.accepted_at) / 2,
      case when i.status = 'refused'
        then '{"eligibility":{"verdict":"ineligible","requiresSeniorLawyer":false},"recommendation":"refuse"}'::jsonb
        else '{"eligibility":{"verdict":"eligible","requiresSeniorLawyer":false},"recommendation":"grant"}'::jsonb end),
    (4, 'grant', i.approved_at, '{}'::jsonb),
    (4, 'refuse', case when i.status = 'refused' then i.updated_at end,
      '{"reasonCodes":["HARDSHIP_NOT_MET"],"reasons":"申请人家庭经济状况不符合本地经济困难标准（历史数据）","objectionBody":"本级司法行政机关"}'::jsonb),
    (5, 'assign', i.assigned_at, jsonb_build_object('providerId', i.assigned_lawyer_id, 'basis', 'rotation')),
    (6, 'accept-assignment', i.aid_started_at, '{}'::jsonb),
    (7, 'close-case', case when i.status = 'closed' then i.updated_at end,
      jsonb_build_object('endedOn', (i.updated_at at time zone 'Asia/Shanghai')::date::text, 'result', '审结（历史数据）'))
  ) a(seq, type, at, payload)
  where a.at is not null`);
}

const VENUE_WORDS = textArray(['司法局', '工业园区', '街道社区', '第一中学', '苏木嘎查']);
const VENUE_TYPES = textArray(['government', 'enterprise', 'community', 'school', 'pastoral']);
const TITLES = textArray([
  '民法典与百姓生活',
  '民法典婚姻家庭编解读',
  '民法典合同编与诚信经营',
  '民法典物权编与邻里关系',
]);

/** Lectures of the 普法讲师团: each bureau on a working day with probability `perDay`; 3 % cancelled. */
export function lecturesSql(shape: ProvinceShape, from: string, to: string): SQL {
  const s = shape.salt;
  return sql.raw(`
  insert into lectures (org_id, status, planned_on, held_on, lecture_on, venue_type, venue, topic, title,
    audience_size, created_at, updated_at)
  select b."orgId", case when r.c < 0.03 then 'cancelled' else 'held' end, d.d,
    case when r.c >= 0.03 then d.d end, d.d, (${VENUE_TYPES})[r.v], b.short || (${VENUE_WORDS})[r.v] || r.n || '号',
    'civil-code', (${TITLES})[1 + floor(r.t * 4)::int],
    case when r.c >= 0.03 then 30 + floor(r.a * 170)::int end,
    ${BJ('d.d', '9 hours')}, ${BJ('d.d', '17 hours')}
  from gen_bureaus b cross join gen_days d
  cross join lateral (select (b.bi::bigint + 90000) * 100000 + d.di as k) kk
  cross join lateral (
    select ${R(s, 'kk.k', 50)} as p, 1 + floor(${R(s, 'kk.k', 51)} * 5)::int as v, 1 + floor(${R(s, 'kk.k', 52)} * 9)::int as n,
      ${R(s, 'kk.k', 53)} as t, ${R(s, 'kk.k', 54)} as a, ${R(s, 'kk.k', 55)} as c
  ) r
  where d.d between '${from}' and '${to}' and r.p < b."perDay"`);
}
