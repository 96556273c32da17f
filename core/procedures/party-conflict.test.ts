import { describe, expect, it } from 'vitest';
import { opposingSides, selfConflicts, sideOf } from './party-conflict';

describe('party sides', () => {
  it('applicant, client and complainant ask; respondent and opposing party are asked against', () => {
    expect(['applicant', 'client', 'complainant'].map(sideOf)).toEqual(['asking', 'asking', 'asking']);
    expect(['respondent', 'opposing-party'].map(sideOf)).toEqual(['opposing', 'opposing']);
    expect(['agent', 'third-party', 'unknown'].map(sideOf)).toEqual([null, null, null]);
  });

  it('opposing sides conflict; the same side, agents and third parties do not', () => {
    expect(opposingSides('applicant', 'respondent')).toBe(true);
    expect(opposingSides('opposing-party', 'client')).toBe(true);
    expect(opposingSides('applicant', 'applicant')).toBe(false);
    expect(opposingSides('applicant', 'complainant')).toBe(false);
    expect(opposingSides('respondent', 'opposing-party')).toBe(false);
    expect(opposingSides('agent', 'respondent')).toBe(false);
    expect(opposingSides('third-party', 'applicant')).toBe(false);
  });
});

describe('selfConflicts: the same person on both sides of one matter', () => {
  it('two co-applicants are no conflict', () => {
    expect(
      selfConflicts([
        { key: 'p1', role: 'applicant' },
        { key: 'p2', role: 'applicant' },
        { key: 'p3', role: 'respondent' },
      ]),
    ).toEqual([]);
  });

  it('the same person as applicant and respondent is, once per pair', () => {
    const a = { key: 'p1', role: 'applicant' };
    const b = { key: 'p1', role: 'respondent' };
    const c = { key: 'p1', role: 'agent' };
    expect(selfConflicts([a, { key: 'p2', role: 'applicant' }, b, c])).toEqual([[a, b]]);
  });

  it('the same person twice on one side is not', () => {
    expect(
      selfConflicts([
        { key: 'p1', role: 'respondent' },
        { key: 'p1', role: 'opposing-party' },
      ]),
    ).toEqual([]);
  });
});
