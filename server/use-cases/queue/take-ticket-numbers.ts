import { sql } from 'drizzle-orm';
import type { Database } from '../../context';
import { preparedStatement } from '../../db/prepared';
import { queueErrors } from './queue-errors';
import type { TicketRow } from './ticket-state';

/** The most tickets of one service a center issues in a day (the check `tickets_sequence_ck`). */
const MAX_TICKET_SEQUENCE = 9999;

/** What numbering needs of a new ticket: its counter's key. */
export type TicketScope = Pick<TicketRow, 'orgId' | 'serviceCode' | 'businessDate'>;

/** One counter of a batch: a center, service and Beijing day, and how many numbers to take (`n` ≥ 1). */
interface CounterRecord {
  org_id: string;
  service_code: string;
  business_date: string;
  n: number;
}

/**
 * Statement 1: `n` more numbers of each center, service and day, all in one transaction committed without
 * waiting for the disk. Counters are taken in key order (no deadlock between batches of several instances);
 * a counter that `n` more would take past 9999 is left as it is and not returned.
 */
const takeNumbersStatement = preparedStatement<{ counters: string }>(
  (p) => sql`
    insert into ticket_counters (org_id, service_code, business_date, last_sequence)
    select r.org_id, r.service_code, r.business_date, r.n
    from jsonb_to_recordset(${p.counters}::jsonb) as r(org_id uuid, service_code text, business_date date, n int),
         (select set_config('synchronous_commit', 'off', true)) as this_commit_does_not_wait
    where r.n <= ${MAX_TICKET_SEQUENCE}
    order by r.org_id, r.service_code, r.business_date
    on conflict (org_id, service_code, business_date)
    do update set last_sequence = ticket_counters.last_sequence + excluded.last_sequence
    where ticket_counters.last_sequence + excluded.last_sequence <= ${MAX_TICKET_SEQUENCE}
    returning org_id::text as org_id, service_code, business_date::text as business_date, last_sequence`,
);

const counterKey = (orgId: string, serviceCode: string, businessDate: string) =>
  `${orgId} ${serviceCode} ${businessDate}`;

/**
 * 取号 numbering for a batch of new tickets (insert-issued-ticket.ts, statement 1): each ticket's sequence of its
 * center, service and Beijing business day, consecutive within its counter in the order given, or its error. A counter whose whole group no longer fits under 9999 is taken one number at a time, in order,
 * until it is refused (409 QUEUE.SEQUENCE_EXHAUSTED for the rest: the counter stays at 9999).
 */
export async function takeTicketNumbers(
  db: Database,
  tickets: readonly TicketScope[],
): Promise<(number | Error)[]> {
  const groups = new Map<string, { counter: CounterRecord; members: number[] }>();
  tickets.forEach((ticket, index) => {
    const key = counterKey(ticket.orgId, ticket.serviceCode, ticket.businessDate);
    const group = groups.get(key) ?? {
      counter: {
        org_id: ticket.orgId,
        service_code: ticket.serviceCode,
        business_date: ticket.businessDate,
        n: 0,
      },
      members: [],
    };
    group.counter.n += 1;
    group.members.push(index);
    groups.set(key, group);
  });
  type Taken = { org_id: string; service_code: string; business_date: string; last_sequence: number };
  const take = (counters: CounterRecord[]) =>
    takeNumbersStatement.execute<Taken>(db, { counters: JSON.stringify(counters) });
  const taken = await take([...groups.values()].map((group) => group.counter));
  const lastOf = new Map(
    taken.rows.map((row) => [counterKey(row.org_id, row.service_code, row.business_date), row.last_sequence]),
  );
  const sequences: (number | Error)[] = [];
  for (const [key, { counter, members }] of groups) {
    const last = lastOf.get(key);
    if (last !== undefined) {
      members.forEach((index, k) => {
        sequences[index] = last - members.length + 1 + k;
      });
      continue;
    }
    let exhausted = false;
    for (const index of members) {
      const one: number | undefined = exhausted
        ? undefined
        : (await take([{ ...counter, n: 1 }])).rows[0]?.last_sequence;
      exhausted = one === undefined;
      sequences[index] = one ?? queueErrors.sequenceExhausted();
    }
  }
  return sequences;
}
