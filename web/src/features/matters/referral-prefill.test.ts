import { procedureCatalog } from '@server/use-cases/matters/procedure-catalog';
import { describe, expect, it } from 'vitest';
import { prefillOpening } from './referral-prefill';
import type { JsonSchema } from './types';

/** The opening payload schema of `service` as GET /api/matters/procedures serves it. */
function opening(service: string): JsonSchema {
  const procedure = procedureCatalog().find((p) => p.service === service);
  const action = procedure?.actions.find((a) => a.type === procedure.openingAction);
  return action?.payloadSchema as JsonSchema;
}

const parties = [
  { name: '龚振宇', role: 'applicant' },
  { name: '柏玉兰', role: 'opposing-party' },
];
const state = { question: '邻居装修把我家墙面震裂了，怎么办？' };

describe('prefillOpening', () => {
  it('mediation: one applicant among the carried parties, the question as the facts', () => {
    expect(prefillOpening(opening('mediation'), parties, state)).toEqual({
      applicants: 'one',
      facts: '邻居装修把我家墙面震裂了，怎么办？',
    });
  });

  it('mediation: both parties as applicants', () => {
    const both = parties.map((p) => ({ ...p, role: 'applicant' }));
    expect(prefillOpening(opening('mediation'), both, {})).toEqual({ applicants: 'both' });
  });

  it('arbitration: the applicant and the respondent by name', () => {
    expect(prefillOpening(opening('arbitration'), parties, state)).toEqual({
      applicantName: '龚振宇',
      respondentName: '柏玉兰',
    });
  });

  it('fills nothing the opening form lacks, and nothing without parties', () => {
    expect(prefillOpening(opening('publicity'), parties, state)).toEqual({});
    expect(prefillOpening(opening('mediation'), [], {})).toEqual({});
  });
});
