import { assertCan, can } from '@core/access';
import { badInput, forbidden, staleVersion } from '@core/errors';
import { TRUE_FALSE_OPTIONS } from '@core/staff-programme/knowledge-test';
import {
  IMPORT_COLUMNS,
  parseQuestionRow,
  type QuestionDraft,
  type RowError,
  validateQuestion,
} from '@core/staff-programme/question-import';
import { QUESTION_KINDS } from '@core/staff-programme/vocabulary';
import { and, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, StaffActor, UseCaseCall } from '../../context';
import { questions } from '../../db/schema/index';
import { homeBureauOf, studyNotFound } from './programme-scope';

/** A bank question with its answer: only ever sent to `study.manage`. */
export const questionItem = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: z.enum(QUESTION_KINDS),
  category: z.string().nullable(),
  stem: z.string(),
  options: z.array(z.string()),
  correct: z.array(z.number().int()),
  explanation: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type QuestionItem = z.infer<typeof questionItem>;

export const listQuestionsQuery = z.object({
  kind: z.enum(QUESTION_KINDS).optional(),
  category: z.string().trim().max(50).optional(),
  q: z.string().trim().max(50).optional(),
});
export const createQuestionBody = z.object({
  kind: z.enum(QUESTION_KINDS, { error: '请选择题型' }),
  category: z.string().trim().max(50).optional(),
  stem: z.string().trim().min(1, '请填写题干').max(500),
  options: z.array(z.string().trim().min(1, '选项不能为空').max(200)).max(6).default([]),
  correct: z.array(z.number().int().min(0).max(5)).min(1, '请选择正确答案'),
  explanation: z.string().trim().max(1000).optional(),
});
export const updateQuestionBody = z.object({ version: z.number().int().min(1), active: z.boolean() });
export const importQuestionsBody = z.object({
  /** The .xlsx file, base64 (a data: URL prefix is accepted). At most 5 MB. */
  file: z.string().min(1, '请选择文件').max(7_100_000, '文件不能超过 5 MB'),
});
export const importReply = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

const toItem = (row: typeof questions.$inferSelect): QuestionItem => ({
  id: row.id,
  orgId: row.orgId,
  kind: row.kind as QuestionItem['kind'],
  category: row.category,
  stem: row.stem,
  options: row.options,
  correct: row.correct,
  explanation: row.explanation,
  active: row.active,
  version: row.version,
});

/** The bank in the actor's scope (city officers see the counties' questions too). `study.manage`. */
export async function listQuestions(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listQuestionsQuery>>,
): Promise<{ items: QuestionItem[] }> {
  if (!can(actor, 'study.manage')) throw forbidden();
  const where: (SQL | undefined)[] = [inArray(questions.orgId, [...actor.scopeOrgIds])];
  if (input.kind) where.push(eq(questions.kind, input.kind));
  if (input.category) where.push(eq(questions.category, input.category));
  if (input.q) where.push(ilike(questions.stem, `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const rows = await services.db
    .select()
    .from(questions)
    .where(and(...where))
    .orderBy(desc(questions.createdAt), questions.id);
  return { items: rows.map(toItem) };
}

async function insertDrafts(
  services: Services,
  actor: StaffActor,
  drafts: QuestionDraft[],
  meta: UseCaseCall<unknown>['meta'],
  how: string,
) {
  return services.db.transaction(async (tx) => {
    const bureau = await homeBureauOf(tx, actor);
    const rows = await tx
      .insert(questions)
      .values(
        drafts.map((d) => ({ ...d, orgId: bureau.id, createdBy: actor.userId, createdAt: services.now() })),
      )
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.add-questions',
      entityType: 'question',
      entityId: rows.length === 1 ? rows[0]!.id : null,
      orgId: bureau.id,
      after: { how, count: rows.length },
    });
    return rows;
  });
}

/** One question typed in the form (core validateQuestion decides). `study.manage`. */
export async function createQuestion(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createQuestionBody>>,
): Promise<QuestionItem> {
  assertCan(actor, 'study.manage');
  const draft: QuestionDraft = {
    kind: input.kind,
    category: input.category || null,
    stem: input.stem,
    options: input.kind === 'true-false' ? [...TRUE_FALSE_OPTIONS] : input.options,
    correct: [...new Set(input.correct)].sort((a, b) => a - b),
    explanation: input.explanation || null,
  };
  const [problem] = validateQuestion(draft);
  if (problem)
    throw badInput(
      'STUDY.INVALID_QUESTION',
      problem.message,
      problem.column === '正确答案' ? 'correct' : problem.column === '题干' ? 'stem' : 'options',
    );
  const [row] = await insertDrafts(services, actor, [draft], meta, 'form');
  return toItem(row!);
}

/** Retires or restores a question (papers already published keep their frozen copy). */
export async function updateQuestion(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof updateQuestionBody> & { id: string }>,
): Promise<QuestionItem> {
  assertCan(actor, 'study.manage');
  return services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(questions).where(eq(questions.id, input.id)).for('update');
    if (!row || !can(actor, 'study.manage', { orgId: row.orgId })) throw studyNotFound('试题');
    if (row.version !== input.version) throw staleVersion('试题');
    const [updated] = await tx
      .update(questions)
      .set({ active: input.active, version: row.version + 1 })
      .where(eq(questions.id, row.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.update-question',
      entityType: 'question',
      entityId: row.id,
      orgId: row.orgId,
      before: { active: row.active },
      after: { active: input.active },
    });
    return toItem(updated!);
  });
}

/** Each data row of the first sheet as cell texts keyed by the header row's column names. */
export async function readSheetRows(data: Buffer): Promise<{ row: number; cells: Record<string, string> }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badInput('STUDY.IMPORT_UNREADABLE', '无法读取文件，请使用下载的 .xlsx 模板填写', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput('STUDY.IMPORT_UNREADABLE', '文件中没有工作表', 'file');
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(column, cell.text.trim()));
  const missing = IMPORT_COLUMNS.filter((c) => ![...headers.values()].includes(c));
  if (missing.length > 0)
    throw badInput('STUDY.IMPORT_COLUMNS', `缺少列：${missing.join('、')}，请使用下载的模板`, 'file');
  const out: { row: number; cells: Record<string, string> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    for (const [column, name] of headers) cells[name] = row.getCell(column).text ?? '';
    out.push({ row: number, cells });
  });
  return out;
}

/**
 * Imports the bank from the .xlsx template (题库导入): every row is checked (core parseQuestionRow); if
 * any row is wrong nothing is imported and every error is returned (row, column, message), so the
 * officer fixes the sheet and imports it again. At most 2000 rows. `study.manage`.
 */
export async function importQuestions(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof importQuestionsBody>>,
): Promise<z.infer<typeof importReply>> {
  assertCan(actor, 'study.manage');
  const data = Buffer.from(input.file.replace(/^data:[^;]+;base64,/, ''), 'base64');
  if (data.length === 0 || data.length > 5 * 1024 * 1024)
    throw badInput('STUDY.IMPORT_UNREADABLE', '文件为空或超过 5 MB', 'file');
  const rows = await readSheetRows(data);
  if (rows.length > 2000) throw badInput('STUDY.IMPORT_TOO_LARGE', '一次最多导入 2000 道题', 'file');
  const drafts: QuestionDraft[] = [];
  const errors: RowError[] = [];
  for (const { row, cells } of rows) {
    const parsed = parseQuestionRow(cells, row);
    if (!parsed) continue;
    if (parsed.ok) drafts.push(parsed.question);
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) return { imported: 0, errors };
  if (drafts.length === 0) throw badInput('STUDY.IMPORT_EMPTY', '文件中没有试题', 'file');
  await insertDrafts(services, actor, drafts, meta, 'xlsx');
  return { imported: drafts.length, errors: [] };
}

/** The import template (题库导入模板.xlsx): the columns, three example rows and a sheet of instructions. */
export async function questionTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lawhall';
  const sheet = workbook.addWorksheet('题库');
  sheet.columns = IMPORT_COLUMNS.map((header) => ({
    header,
    key: header,
    width: header === '题干' ? 48 : header === '解析' ? 30 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    题型: '单选题',
    分类: '法律法规',
    题干: '《中华人民共和国法律援助法》自何时起施行？',
    选项A: '2021年8月20日',
    选项B: '2022年1月1日',
    选项C: '2022年7月1日',
    正确答案: 'B',
    解析: '法律援助法第七十一条',
  });
  sheet.addRow({
    题型: '多选题',
    分类: '纪律规矩',
    题干: '下列属于窗口工作人员服务规范的有（ ）。',
    选项A: '一次性告知',
    选项B: '首问负责',
    选项C: '限时办结',
    选项D: '推诿扯皮',
    正确答案: 'ABC',
  });
  sheet.addRow({
    题型: '判断题',
    分类: '政治理论',
    题干: '法律援助是国家建立的为经济困难公民等提供的无偿法律服务。',
    正确答案: '正确',
  });
  const help = workbook.addWorksheet('填写说明');
  for (const line of [
    '题型：单选题、多选题或判断题。',
    '选项A至选项F：选择题按顺序填写，至少两个，中间不能空缺；判断题不填选项。',
    '正确答案：选择题填字母，多选题如 ABC；判断题填“正确”或“错误”。',
    '分类和解析可不填。导入时逐行检查，有错误的不导入，并列出错误所在行和列。',
  ])
    help.addRow([line]);
  help.getColumn(1).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
