/**
 * Rows of the question-bank spreadsheet (题库导入模板) → questions. The server reads the .xlsx (exceljs)
 * and hands each row's cells here as text; this file decides what a valid question is, so the rules are
 * the same for the import, the form and the tests.
 *
 * Columns: 题型 | 分类 | 题干 | 选项A … 选项F | 正确答案 | 解析. 正确答案 is letters for choice questions
 * ('B', 'ACD', 'A,C,D'), and 正确/错误 (or 对/错, √/×, T/F) for true/false.
 */
import { TRUE_FALSE_OPTIONS } from './knowledge-test';
import { QUESTION_KIND_LABELS, type QuestionKind } from './vocabulary';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const IMPORT_COLUMNS = [
  '题型',
  '分类',
  '题干',
  ...OPTION_LETTERS.map((l) => `选项${l}`),
  '正确答案',
  '解析',
] as const;
export const MAX_STEM_CHARS = 500;
export const MAX_OPTION_CHARS = 200;

export interface QuestionDraft {
  kind: QuestionKind;
  category: string | null;
  stem: string;
  options: string[];
  correct: number[];
  explanation: string | null;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

const KIND_BY_LABEL: Record<string, QuestionKind> = {
  ...Object.fromEntries(Object.entries(QUESTION_KIND_LABELS).map(([k, v]) => [v, k as QuestionKind])),
  单选: 'single',
  多选: 'multiple',
  判断: 'true-false',
  single: 'single',
  multiple: 'multiple',
  'true-false': 'true-false',
};

const TRUE_WORDS = new Set(['正确', '对', '√', 'T', 'TRUE', '是', 'Y']);
const FALSE_WORDS = new Set(['错误', '错', '×', 'X', 'F', 'FALSE', '否', 'N']);

const text = (value: string | undefined) => (value ?? '').replace(/\s+/gu, ' ').trim();

/** Checks a question typed in a form or read from a row; returns the problems (column names as in the sheet). */
export function validateQuestion(draft: QuestionDraft): { column: string; message: string }[] {
  const problems: { column: string; message: string }[] = [];
  if (!draft.stem) problems.push({ column: '题干', message: '题干不能为空' });
  if (draft.stem.length > MAX_STEM_CHARS)
    problems.push({ column: '题干', message: `题干不能超过 ${MAX_STEM_CHARS} 个字` });
  if (draft.kind === 'true-false') {
    if (draft.correct.length !== 1 || draft.correct[0]! > 1)
      problems.push({ column: '正确答案', message: '判断题的正确答案应为“正确”或“错误”' });
    return problems;
  }
  if (draft.options.length < 2) problems.push({ column: '选项A', message: '选择题至少需要两个选项' });
  if (draft.options.length > OPTION_LETTERS.length)
    problems.push({ column: '选项F', message: '选择题最多六个选项' });
  draft.options.forEach((option, i) => {
    if (option.length > MAX_OPTION_CHARS)
      problems.push({ column: `选项${OPTION_LETTERS[i]}`, message: `选项不能超过 ${MAX_OPTION_CHARS} 个字` });
  });
  if (new Set(draft.options).size !== draft.options.length)
    problems.push({ column: '选项A', message: '选项不能重复' });
  const inRange = draft.correct.every((c) => Number.isInteger(c) && c >= 0 && c < draft.options.length);
  if (!inRange || draft.correct.length === 0)
    problems.push({ column: '正确答案', message: '正确答案应为已填写选项的字母' });
  else if (draft.kind === 'single' && draft.correct.length !== 1)
    problems.push({ column: '正确答案', message: '单选题只能有一个正确答案' });
  else if (draft.kind === 'multiple' && draft.correct.length < 2)
    problems.push({ column: '正确答案', message: '多选题至少有两个正确答案' });
  return problems;
}

/**
 * One spreadsheet row (cells by column name, as text) → a question, or the row's errors.
 * `row` is the 1-based row number in the sheet, for the messages. Blank rows give `undefined`.
 */
export function parseQuestionRow(
  cells: Readonly<Record<string, string | undefined>>,
  row: number,
): { ok: true; question: QuestionDraft } | { ok: false; errors: RowError[] } | undefined {
  if (IMPORT_COLUMNS.every((column) => text(cells[column]) === '')) return undefined;
  const errors: RowError[] = [];
  const kind = KIND_BY_LABEL[text(cells.题型)];
  if (!kind) {
    errors.push({ row, column: '题型', message: '题型应为单选题、多选题或判断题' });
    return { ok: false, errors };
  }
  const answer = text(cells.正确答案).toUpperCase();
  let options: string[];
  let correct: number[];
  if (kind === 'true-false') {
    options = [...TRUE_FALSE_OPTIONS];
    correct = TRUE_WORDS.has(answer) ? [0] : FALSE_WORDS.has(answer) ? [1] : [];
  } else {
    const given = OPTION_LETTERS.map((letter) => text(cells[`选项${letter}`]));
    const lastFilled = given.reduce((last, option, i) => (option ? i : last), -1);
    options = given.slice(0, lastFilled + 1);
    options.forEach((option, i) => {
      if (!option) errors.push({ row, column: `选项${OPTION_LETTERS[i]}`, message: '选项不能空缺' });
    });
    const letters = answer.replace(/[\s,，、;；]/gu, '');
    correct = [...new Set([...letters].map((l) => OPTION_LETTERS.indexOf(l as 'A')))].sort((a, b) => a - b);
    if (letters === '' || correct.includes(-1)) correct = [];
  }
  const draft: QuestionDraft = {
    kind,
    category: text(cells.分类) || null,
    stem: text(cells.题干),
    options,
    correct,
    explanation: text(cells.解析) || null,
  };
  for (const problem of validateQuestion(draft)) errors.push({ row, ...problem });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, question: draft };
}
