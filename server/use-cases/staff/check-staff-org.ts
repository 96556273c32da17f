import { badInput } from '@core/errors';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../context';
import { organisations } from '../../db/schema/index';

/** A staff account's organisation must exist and be active (400 on field `orgId`). */
export async function checkStaffOrg(executor: Executor, orgId: string): Promise<void> {
  const [org] = await executor
    .select({ active: organisations.active })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw badInput('ORG.NOT_FOUND', '机构不存在', 'orgId');
  if (!org.active) throw badInput('ORG.INACTIVE', '该机构已停用，不能在其下设置账号', 'orgId');
}

/** STAFF.WEAK_PASSWORD (400) when the password is the username. Length is checked by the schema. */
export function checkPassword(password: string, username: string): void {
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    throw badInput('STAFF.WEAK_PASSWORD', '密码不能与用户名相同', 'password');
  }
}
