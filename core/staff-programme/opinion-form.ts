/**
 * Opinion solicitation forms (开门纳谏征求意见表): what a form may ask and whether a public response
 * answers it. Source: issue #8 (forms sent to NPC deputies, CPPCC members and service users, no login).
 */

export interface FormQuestionSpec {
  key: string;
  label: string;
  kind: 'text' | 'rating' | 'choice';
  options?: readonly string[];
  required?: boolean;
}

export const MAX_ANSWER_CHARS = 2000;
/** Ratings are 1 (很不满意) … 5 (很满意). */
export const RATING_MAX = 5;

/** Problems of a form's question list (keys unique and simple, choices with options). */
export function validateFormQuestions(questions: readonly FormQuestionSpec[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const q of questions) {
    if (!/^[a-z][a-z0-9-]{0,29}$/.test(q.key)) problems.push(`问题标识“${q.key}”格式不正确`);
    if (keys.has(q.key)) problems.push(`问题标识“${q.key}”重复`);
    keys.add(q.key);
    if (!q.label.trim()) problems.push('问题内容不能为空');
    if (q.kind === 'choice' && (!q.options || q.options.length < 2))
      problems.push(`选择题“${q.label}”至少需要两个选项`);
  }
  return problems;
}

/**
 * Checks a respondent's answers against the form: required questions answered, ratings 1…5, choices
 * among the options, texts at most MAX_ANSWER_CHARS; unknown keys are refused. Returns the cleaned
 * answers or the first problem (with the question's key).
 */
export function checkAnswers(
  questions: readonly FormQuestionSpec[],
  answers: Readonly<Record<string, unknown>>,
): { ok: true; answers: Record<string, string | number> } | { ok: false; key: string; message: string } {
  const known = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers))
    if (!known.has(key)) return { ok: false, key, message: '表单中没有这个问题' };
  const out: Record<string, string | number> = {};
  for (const q of questions) {
    const raw = answers[q.key];
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (empty) {
      if (q.required) return { ok: false, key: q.key, message: `请回答“${q.label}”` };
      continue;
    }
    if (q.kind === 'rating') {
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > RATING_MAX)
        return { ok: false, key: q.key, message: `“${q.label}”应为 1 至 ${RATING_MAX} 分` };
      out[q.key] = raw;
    } else if (q.kind === 'choice') {
      if (typeof raw !== 'string' || !q.options?.includes(raw))
        return { ok: false, key: q.key, message: `请在“${q.label}”的选项中选择` };
      out[q.key] = raw;
    } else {
      if (typeof raw !== 'string') return { ok: false, key: q.key, message: `“${q.label}”应为文字` };
      const text = raw.trim();
      if (text.length > MAX_ANSWER_CHARS)
        return { ok: false, key: q.key, message: `“${q.label}”不能超过 ${MAX_ANSWER_CHARS} 个字` };
      out[q.key] = text;
    }
  }
  return { ok: true, answers: out };
}

/** The opinion's lifecycle: which step may follow which (received → assigned → replied → closed). */
export const OPINION_NEXT: Record<'new' | 'assigned' | 'replied' | 'closed', readonly string[]> = {
  new: ['assigned', 'closed'],
  assigned: ['assigned', 'replied'],
  replied: ['closed'],
  closed: [],
};
