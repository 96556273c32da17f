import {
  DEADLINE_NOT_APPLICABLE_REASONS,
  DEADLINE_RESULT_LABELS,
  FIVE_RESULT_LABELS,
  MATTER_OUTCOME_LABELS,
} from '@core/dashboard';
import { describe, expect, it } from 'vitest';
import { matterListFilters } from './dashboard-lists';

/** The codes a legal-aid list row carries (the filters take exactly the codes matter-facts.ts writes). */
const codes = (field: 'outcome' | 'five' | 'decision' | 'assignment') =>
  matterListFilters.shape[field].unwrap().options as readonly string[];

describe('labels of the legal-aid list and its export', () => {
  it.each([
    ['outcome', MATTER_OUTCOME_LABELS],
    ['five', FIVE_RESULT_LABELS],
    ['decision', DEADLINE_RESULT_LABELS],
    ['assignment', DEADLINE_RESULT_LABELS],
  ] as const)('names every %s code in zh and en (no raw n/a)', (field, table) => {
    for (const code of codes(field)) {
      const pair = (table as Record<string, readonly [string, string]>)[code];
      expect(pair, `${field} ${code}`).toBeDefined();
      expect(pair![0]).toMatch(/\p{Script=Han}/u);
      expect(pair![1]).not.toBe(code);
    }
  });

  it('separates 五个当天 (达成) from the deadlines (按期): no combined label', () => {
    expect(FIVE_RESULT_LABELS.met[0]).toBe('达成');
    expect(DEADLINE_RESULT_LABELS.met[0]).toBe('按期');
    expect(DEADLINE_RESULT_LABELS['n/a'][0]).toBe('不适用');
    expect(Object.keys(DEADLINE_NOT_APPLICABLE_REASONS)).toEqual(['decision', 'assignment']);
  });
});
