import { businessDateOf } from '@core/calendar';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Services, StaffActor } from '../context';
import { persons, users } from '../db/schema/index';
import { insertMatter } from '../use-cases/matters/open-matter';

/**
 * A few invented window matters for the demo (issue #5): a consultation taken on the 12348 line
 * (waiting for its answer), a mediation accepted from both parties' application (its one-month clock running),
 * and a judicial appraisal entrusted by a court (its 7-working-day acceptance clock running). Opened as
 * the demo clerk, with two of the invented demo persons as parties. Returns how many were opened.
 */
export async function seedDemoMatters(services: Services, orgIds: Map<string, string>): Promise<number> {
  const [clerk] = await services.db
    .select({ id: users.id, orgId: users.orgId, displayName: users.displayName, username: users.username })
    .from(users)
    .where(eq(users.username, 'clerk'));
  if (!clerk) return 0;
  const people = await services.db
    .select({ id: persons.id, name: persons.name, hash: persons.idNumberHash })
    .from(persons)
    .where(inArray(persons.orgId, [...orgIds.values()]))
    .orderBy(asc(persons.name))
    .limit(2);
  const actor: StaffActor = {
    userId: clerk.id,
    orgId: clerk.orgId,
    roles: ['window-clerk'],
    scopeOrgIds: [...orgIds.values()],
    displayName: clerk.displayName,
    username: clerk.username,
  };
  const parties = people.map((p, i) => ({
    personId: p.id,
    name: p.name,
    idNumberHash: p.hash,
    role: i === 0 ? 'applicant' : 'opposing-party',
  }));
  const base = {
    orgId: clerk.orgId,
    handlerUserId: clerk.id,
    ticketNumber: null,
    referredFromId: null,
    parties,
  };
  await services.db.transaction(async (tx) => {
    await insertMatter(
      tx,
      services,
      actor,
      {},
      {
        ...base,
        service: 'consultation',
        payload: { channel: 'phone-12348', category: 'labour', question: '公司拖欠两个月工资，该怎么维权？' },
      },
    );
    await insertMatter(
      tx,
      services,
      actor,
      {},
      {
        ...base,
        service: 'mediation',
        payload: {
          initiatedBy: 'party',
          applicants: 'both',
          disputeKind: 'neighbour',
          facts: '楼上卫生间漏水致楼下顶棚受损，双方就维修费用分担有争议（虚构）',
        },
      },
    );
    await insertMatter(
      tx,
      services,
      actor,
      {},
      {
        ...base,
        parties: parties.slice(0, 1),
        service: 'appraisal',
        payload: {
          receivedOn: businessDateOf(services.now()),
          clientKind: 'court',
          clientName: '包头市某区人民法院（虚构）',
          field: 'forensic-clinical',
          matter: '被鉴定人伤残等级评定',
          complex: false,
          legalAidRecipient: false,
        },
      },
    );
  });
  return 3;
}
