import { procedureCatalog } from '@server/use-cases/matters/procedure-catalog';
import { describe, expect, it } from 'vitest';
import { fromParties, prefillAction, prefillOpening, syncDerived, ticketPrefill } from './referral-prefill';
import type { JsonSchema } from './types';

/** The payload schema of an action (default: the opening) as GET /api/matters/procedures serves it. */
function opening(service: string, type?: string): JsonSchema {
  const procedure = procedureCatalog().find((p) => p.service === service);
  const action = procedure?.actions.find((a) => a.type === (type ?? procedure.openingAction));
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

describe('fromParties: names the matter already has are not asked again', () => {
  it('notarization: the applicant and the agent (and that an agent acts)', () => {
    expect(
      fromParties(opening('notarization'), [
        { name: '龚振宇', role: 'applicant' },
        { name: '李律师', role: 'agent' },
      ]),
    ).toEqual({ applicantName: '龚振宇', agentName: '李律师', byAgent: true });
    expect(fromParties(opening('notarization'), [{ name: '龚振宇', role: 'applicant' }])).toEqual({
      applicantName: '龚振宇',
    });
  });

  it('arbitration: co-applicants and respondents joined, blank names left out', () => {
    expect(
      fromParties(opening('arbitration'), [
        { name: '甲', role: 'applicant' },
        { name: '乙', role: 'applicant' },
        { name: '某公司', role: 'respondent' },
        { name: ' ', role: 'respondent' },
      ]),
    ).toEqual({ applicantName: '甲、乙', respondentName: '某公司' });
  });
});

describe('prefillAction: the mediation agreement starts from the matter', () => {
  it("the parties' particulars and the facts told at opening", () => {
    expect(
      prefillAction(opening('mediation', 'draft-agreement'), parties, {
        facts: '楼上漏水泡坏吊顶',
        disputeKind: 'neighbour',
      }),
    ).toEqual({ partiesDetails: '申请人：龚振宇；对方当事人：柏玉兰', facts: '楼上漏水泡坏吊顶' });
  });

  it('nothing for an action that asks neither', () => {
    expect(prefillAction(opening('mediation', 'hold-session'), parties, { facts: 'x' })).toEqual({});
  });
});

describe('syncDerived: derived names follow the parties until staff type over them', () => {
  it('fills empty fields, follows earlier derived values, keeps edits', () => {
    expect(syncDerived({}, {}, { applicantName: '甲' })).toEqual({ applicantName: '甲' });
    expect(
      syncDerived({ applicantName: '甲' }, { applicantName: '甲' }, { applicantName: '甲、乙' }),
    ).toEqual({
      applicantName: '甲、乙',
    });
    expect(
      syncDerived({ applicantName: '甲（曾用名）' }, { applicantName: '甲' }, { applicantName: '乙' }),
    ).toEqual({});
    // A party removed: the name it gave is cleared; a switch left off follows.
    expect(syncDerived({ agentName: '李', byAgent: true }, { agentName: '李', byAgent: true }, {})).toEqual({
      agentName: undefined,
      byAgent: undefined,
    });
    expect(syncDerived({ byAgent: false }, {}, { byAgent: true })).toEqual({ byAgent: true });
  });
});

describe('ticketPrefill', () => {
  it('consultation: the ticket number, at the window', () => {
    expect(ticketPrefill(opening('consultation'), 'A017')).toEqual({
      ticketNumber: 'A017',
      channel: 'window',
    });
  });
  it('a window whose opening form has no ticket-number field: nothing', () => {
    expect(ticketPrefill(opening('mediation'), 'C003')).toEqual({});
  });
});
