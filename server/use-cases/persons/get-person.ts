import { assertCan } from '@core/access';
import { notFound } from '@core/errors';
import { eq } from 'drizzle-orm';
import type { Executor, Services, UseCaseCall } from '../../context';
import { persons } from '../../db/schema/index';
import { type PersonItem, toPersonItem } from './person-item';

/** The person row, or PERSON.NOT_FOUND (404). */
export async function getPersonRow(executor: Executor, id: string) {
  const [row] = await executor.select().from(persons).where(eq(persons.id, id));
  if (!row) throw notFound('PERSON.NOT_FOUND', '该人员不存在');
  return row;
}

/** One person in the actor's scope, masked values only. */
export async function getPerson(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<PersonItem> {
  assertCan(actor, 'person.read');
  const row = await getPersonRow(services.db, input.id);
  assertCan(actor, 'person.read', { orgId: row.orgId });
  return toPersonItem(row);
}
