import { AppError, notFound } from '@core/errors';
import { ORG_KINDS_OUTSIDE_PROGRAMME } from '@core/staff-programme/audience';
import type { Signer } from '@core/staff-programme/check-in-token';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Services, StaffActor } from '../../context';
import { organisations, users } from '../../db/schema/index';
import { findHomeBureau } from '../access/reference-scope';

/**
 * The HMAC that signs QR check-in tokens: the personal-data cipher's keyed hash (HMAC-SHA256 under a
 * key derived from LAWHALL_SECRET_KEY). Token payloads start with `lawhall/check-in/v1|`, which no
 * looked-up personal value (digits of an ID or phone number) can, so the two uses never collide; and
 * every server instance sharing the secret key accepts the others' tokens.
 */
export function checkInSigner(services: Services): Signer {
  return (payload) => services.cipher.lookupHash(payload);
}

/** Organisation kinds whose staff are not the programme's (core/staff-programme/audience.ts), as an SQL array. */
const outsideKinds = sql`array[${sql.join(
  ORG_KINDS_OUTSIDE_PROGRAMME.map((k) => sql`${k}`),
  sql`, `,
)}]::text[]`;

/** The ids of `rootId` and every organisation below it. */
export async function subtreeOrgIds(executor: Executor, rootId: string): Promise<string[]> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive down as (
      select id from organisations where id = ${rootId}
      union all
      select o.id from organisations o join down on o.parent_id = down.id
    )
    select id from down`);
  return result.rows.map((row) => row.id);
}

/**
 * The organisations an audience rooted at `rootId` covers: the root and everything below it, except the
 * subtrees of other bureaus and the law firms (core/staff-programme/audience.ts: not the bureau's staff). A county bureau runs its own programme (the city pushes plans to it, see
 * push-plan.ts), so a city plan's audience is the city bureau's own units and never the counties' staff
 * (市县两级联动: each county's staff see and attend their county's copy).
 */
export async function audienceOrgIds(executor: Executor, rootId: string): Promise<string[]> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive down as (
      select id from organisations where id = ${rootId}
      union all
      select o.id from organisations o join down on o.parent_id = down.id
      where o.kind not in ('city-bureau', 'county-bureau')
    )
    select down.id from down join organisations o on o.id = down.id
    where o.kind <> all(${outsideKinds})`);
  return result.rows.map((row) => row.id);
}

/**
 * The audience roots a member of `orgId` belongs to: their organisation and those above it up to and
 * including their own bureau (not the city above a county bureau; see audienceOrgIds).
 */
export async function memberAudienceRoots(executor: Executor, orgId: string): Promise<string[]> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive up as (
      select id, parent_id, kind from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.kind from organisations o join up on o.id = up.parent_id
      where up.kind not in ('city-bureau', 'county-bureau')
    )
    select id from up
    where not exists (select 1 from organisations o where o.id = ${orgId} and o.kind = any(${outsideKinds}))`);
  return result.rows.map((r) => r.id);
}

/** STUDY.NO_BUREAU (403): the actor works outside any bureau, so owns no programme. */
const noBureau = () =>
  new AppError('forbidden', 'STUDY.NO_BUREAU', '您的账号不属于任何司法局，不能开展学习教育');

/** The bureau (city or county) the actor works for: the owner of what they create in the programme. */
export async function homeBureauOf(
  executor: Executor,
  actor: StaffActor,
): Promise<{ id: string; kind: string; name: string }> {
  const home = await findHomeBureau(executor, actor.orgId);
  if (!home) throw noBureau();
  const [org] = await executor
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, home.id));
  return { id: home.id, kind: home.kind, name: org?.name ?? '' };
}

/** A member of an audience, with the unit (own organisation) and bureau (city/county) they belong to. */
export interface Member {
  id: string;
  displayName: string;
  orgId: string;
  unit: string;
  bureauId: string;
  bureau: string;
  /** When the account was created: the member is due at sessions from then on (core dueAtSessions). */
  joinedAt: Date;
}

export interface Audience {
  audienceOrgId: string;
  partyMembersOnly: boolean;
}

/** Names of organisations and the nearest bureau of each (the whole tree is small: one read). */
export async function orgDirectory(executor: Executor, ids: readonly string[]) {
  const rows = await executor
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(ids.length > 0 ? undefined : sql`false`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const bureauOf = (id: string): { id: string; name: string } => {
    let current = byId.get(id);
    for (let depth = 0; current && depth < 20; depth++) {
      if (current.kind === 'city-bureau' || current.kind === 'county-bureau')
        return { id: current.id, name: current.name };
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return { id, name: byId.get(id)?.name ?? '' };
  };
  return { nameOf: (id: string) => byId.get(id)?.name ?? '', bureauOf };
}

/**
 * The people an audience covers: active staff working in the subtree of `audienceOrgId` (other bureaus'
 * subtrees excluded, see audienceOrgIds), party members only for a branch plan (支部).
 */
export async function audienceMembers(executor: Executor, audience: Audience): Promise<Member[]> {
  const orgIds = await audienceOrgIds(executor, audience.audienceOrgId);
  const rows = await executor
    .select({
      id: users.id,
      displayName: users.displayName,
      orgId: users.orgId,
      joinedAt: users.createdAt,
    })
    .from(users)
    .where(
      and(
        inArray(users.orgId, orgIds),
        eq(users.active, true),
        audience.partyMembersOnly ? eq(users.partyMember, true) : undefined,
      ),
    )
    .orderBy(users.displayName);
  const directory = await orgDirectory(executor, orgIds);
  return rows.map((row) => {
    const bureau = directory.bureauOf(row.orgId);
    return { ...row, unit: directory.nameOf(row.orgId), bureauId: bureau.id, bureau: bureau.name };
  });
}

/** Whether `userId` belongs to the audience (same rule as audienceMembers). */
export async function isInAudience(executor: Executor, audience: Audience, userId: string): Promise<boolean> {
  const [user] = await executor
    .select({ orgId: users.orgId, active: users.active, partyMember: users.partyMember })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active || (audience.partyMembersOnly && !user.partyMember)) return false;
  return (await audienceOrgIds(executor, audience.audienceOrgId)).includes(user.orgId);
}

/** STUDY.NOT_FOUND (404) for anything of the programme the actor may not see: no hint it exists. */
export const studyNotFound = (what: string) => notFound('STUDY.NOT_FOUND', `${what}不存在`);
