import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, parseQuestionRow, validateQuestion } from './question-import';

const row = (cells: Record<string, string>) => cells;

describe('parseQuestionRow', () => {
  it('reads a single-choice question', () => {
    expect(
      parseQuestionRow(
        row({
          题型: '单选题',
          分类: '法律法规',
          题干: '法律援助法自何时起施行？',
          选项A: '2021年8月20日',
          选项B: '2022年1月1日',
          选项C: '2022年7月1日',
          正确答案: 'b',
          解析: '第七十一条',
        }),
        2,
      ),
    ).toEqual({
      ok: true,
      question: {
        kind: 'single',
        category: '法律法规',
        stem: '法律援助法自何时起施行？',
        options: ['2021年8月20日', '2022年1月1日', '2022年7月1日'],
        correct: [1],
        explanation: '第七十一条',
      },
    });
  });

  it.each([
    ['ACD', [0, 2, 3]],
    ['A,C,D', [0, 2, 3]],
    ['d、a', [0, 3]],
    ['A C', [0, 2]],
  ])('reads multiple-choice answer %j', (answer, correct) => {
    const result = parseQuestionRow(
      row({
        题型: '多选题',
        题干: '下列哪些属于？',
        选项A: '甲',
        选项B: '乙',
        选项C: '丙',
        选项D: '丁',
        正确答案: answer,
      }),
      3,
    );
    expect(result).toMatchObject({ ok: true, question: { kind: 'multiple', correct, category: null } });
  });

  it.each([
    ['正确', [0]],
    ['对', [0]],
    ['√', [0]],
    ['t', [0]],
    ['错误', [1]],
    ['×', [1]],
    ['F', [1]],
  ])('reads true/false answer %j', (answer, correct) => {
    expect(parseQuestionRow(row({ 题型: '判断题', 题干: '某说法', 正确答案: answer }), 4)).toMatchObject({
      ok: true,
      question: { kind: 'true-false', options: ['正确', '错误'], correct },
    });
  });

  it('skips a blank row', () => {
    expect(parseQuestionRow({}, 5)).toBeUndefined();
    expect(parseQuestionRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, '  '])), 5)).toBeUndefined();
  });

  it.each([
    [{ 题型: '问答题', 题干: 'x' }, '题型'],
    [{ 题型: '单选题', 题干: '', 选项A: '甲', 选项B: '乙', 正确答案: 'A' }, '题干'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 正确答案: 'A' }, '选项A'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 选项C: '丙', 正确答案: 'A' }, '选项B'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 选项B: '甲', 正确答案: 'A' }, '选项A'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 选项B: '乙', 正确答案: 'AB' }, '正确答案'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 选项B: '乙', 正确答案: 'C' }, '正确答案'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '甲', 选项B: '乙', 正确答案: 'Z' }, '正确答案'],
    [{ 题型: '多选题', 题干: 'x', 选项A: '甲', 选项B: '乙', 正确答案: 'A' }, '正确答案'],
    [{ 题型: '多选题', 题干: 'x', 选项A: '甲', 选项B: '乙', 正确答案: '' }, '正确答案'],
    [{ 题型: '判断题', 题干: 'x', 正确答案: '也许' }, '正确答案'],
    [{ 题型: '单选题', 题干: '长'.repeat(501), 选项A: '甲', 选项B: '乙', 正确答案: 'A' }, '题干'],
    [{ 题型: '单选题', 题干: 'x', 选项A: '长'.repeat(201), 选项B: '乙', 正确答案: 'A' }, '选项A'],
  ])('reports %j at column %s', (cells, column) => {
    const result = parseQuestionRow(row(cells), 7);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.errors.map((e) => e.column)).toContain(column);
      expect(result.errors.every((e) => e.row === 7 && e.message.length > 0)).toBe(true);
    }
  });
});

describe('validateQuestion', () => {
  it('accepts a well-formed question and refuses a seventh option', () => {
    const ok = {
      kind: 'single' as const,
      category: null,
      stem: 's',
      options: ['a', 'b'],
      correct: [0],
      explanation: null,
    };
    expect(validateQuestion(ok)).toEqual([]);
    expect(
      validateQuestion({ ...ok, options: ['1', '2', '3', '4', '5', '6', '7'] }).map((p) => p.column),
    ).toContain('选项F');
  });
});
