import { AppError, badInput, conflict, notFound } from '@core/errors';
import { maskPhone, normalizePhone, validatePersonName } from '@core/identity';
import { and, count, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../context';
import { lawyerSanctions, lawyers, organisations, users } from '../../db/schema/index';
import type { PersonalDataCipher } from '../../security/personal-data';
import { type LawyerItem, type LawyerRow, toLawyerItem } from './lawyer-item';

/** The normalised name (core/identity), or LAWYER.INVALID_NAME (400, field `name`). */
export function checkLawyerName(raw: string): string {
  const result = validatePersonName(raw);
  if (!result.ok) throw badInput('LAWYER.INVALID_NAME', result.message, 'name');
  return result.name;
}

/** Encrypted and masked phone (null clears it), or LAWYER.INVALID_PHONE (400, field `phone`). */
export function sealLawyerPhone(
  cipher: PersonalDataCipher,
  raw: string | null,
): { phoneEnc: string | null; phoneMasked: string | null } {
  if (raw === null) return { phoneEnc: null, phoneMasked: null };
  const result = normalizePhone(raw);
  if (!result.ok) throw badInput('LAWYER.INVALID_PHONE', result.message, 'phone');
  return { phoneEnc: cipher.encrypt(result.phone), phoneMasked: maskPhone(result.phone) };
}

/** LAWYER.PRACTICE_YEAR_IN_FUTURE (400, field `firstPracticeYear`) when the year lies after today's. */
export function checkFirstPracticeYear(year: number, today: string): void {
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) {
    throw badInput(
      'LAWYER.PRACTICE_YEAR_IN_FUTURE',
      `首次执业年份不能晚于今年（${thisYear}年）`,
      'firstPracticeYear',
    );
  }
}

/** The firm's name; LAWYER.INVALID_FIRM (400, field `firmId`) unless it is a law firm. */
export async function findFirmName(executor: Executor, firmId: string | null): Promise<string | null> {
  if (firmId === null) return null;
  const [firm] = await executor
    .select({ name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, firmId));
  if (firm?.kind !== 'law-firm') throw badInput('LAWYER.INVALID_FIRM', '所选机构不是律师事务所', 'firmId');
  return firm.name;
}

/**
 * A staff account may be linked to one lawyer at most (the lawyer's own login). LAWYER.INVALID_USER
 * (400) when it does not exist, LAWYER.USER_ALREADY_LINKED (409) when another lawyer has it.
 */
export async function checkLinkedUser(
  executor: Executor,
  userId: string | null,
  lawyerId?: string,
): Promise<void> {
  if (userId === null) return;
  const [user] = await executor.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw badInput('LAWYER.INVALID_USER', '所选系统账号不存在', 'userId');
  const [other] = await executor
    .select({ id: lawyers.id, name: lawyers.name })
    .from(lawyers)
    .where(and(eq(lawyers.userId, userId), lawyerId ? ne(lawyers.id, lawyerId) : undefined));
  if (other) throw conflict('LAWYER.USER_ALREADY_LINKED', `该系统账号已关联律师“${other.name}”`);
}

/** LAWYER.DUPLICATE_LICENCE (409, field `licenceNo`). */
export const duplicateLicence = (licenceNo: string) =>
  new AppError('conflict', 'LAWYER.DUPLICATE_LICENCE', `执业证号 ${licenceNo} 已登记`, 'licenceNo');

/** Refuses a licence number another lawyer already has (the unique index is the last word under races). */
export async function checkLicenceFree(
  executor: Executor,
  licenceNo: string,
  lawyerId?: string,
): Promise<void> {
  const [other] = await executor
    .select({ id: lawyers.id })
    .from(lawyers)
    .where(and(eq(lawyers.licenceNo, licenceNo), lawyerId ? ne(lawyers.id, lawyerId) : undefined));
  if (other) throw duplicateLicence(licenceNo);
}

/** True for PostgreSQL's unique violation on the licence index. */
export function isLicenceClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const code = e.cause?.code ?? e.code;
  const constraint = e.cause?.constraint ?? e.constraint;
  return code === '23505' && constraint === 'lawyers_licence_uq';
}

/**
 * The lawyer row, locked `for update` when `lock` (team and sanction changes serialise on it), or
 * LAWYER.NOT_FOUND (404).
 */
export async function getLawyerRow(executor: Executor, id: string, lock = false): Promise<LawyerRow> {
  const query = executor.select().from(lawyers).where(eq(lawyers.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('LAWYER.NOT_FOUND', '律师不存在');
  return row;
}

/** The API shape of a row: adds the firm's name and the number of sanctions on record. */
export async function describeLawyer(executor: Executor, row: LawyerRow): Promise<LawyerItem> {
  const [firm] = row.firmId
    ? await executor
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, row.firmId))
    : [];
  const [sanctions] = await executor
    .select({ n: count() })
    .from(lawyerSanctions)
    .where(eq(lawyerSanctions.lawyerId, row.id));
  return toLawyerItem(row, { firmName: firm?.name ?? null, sanctionCount: sanctions?.n ?? 0 });
}
