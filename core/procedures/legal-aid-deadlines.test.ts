import { createCalendar } from '@core/calendar';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_AID_STATUSES,
  type LegalAidAction,
  type LegalAidDeadline,
  type LegalAidState,
  openDeadlines,
  STATUS_DEADLINES,
} from './legal-aid';
import { buildAction, buildLog, nineAm, PATHS, type PathName } from './legal-aid.fixtures';

const calendar = createCalendar();

const brief = (deadlines: LegalAidDeadline[]) =>
  deadlines.map(({ kind, startsAt, dueAt, source }) => ({ kind, startsAt, dueAt, source }));

function deadlinesOf(name: PathName, start?: Date): LegalAidDeadline[] {
  return openDeadlines(buildLog(PATHS[name], start).state, calendar);
}

describe('openDeadlines: which deadline runs in which status (every deadline is data)', () => {
  it('STATUS_DEADLINES covers every status', () => {
    expect(Object.keys(STATUS_DEADLINES).sort()).toEqual([...LEGAL_AID_STATUSES].sort());
  });

  it('法律援助法 第四十三条: decide within 7 days of receipt (Mon 2026-03-02 → Mon 03-09)', () => {
    for (const name of ['applied', 'under-review', 'reviewed'] as const) {
      expect(brief(deadlinesOf(name))).toEqual([
        { kind: 'decision', startsAt: '2026-03-02', dueAt: '2026-03-09', source: '法律援助法 第四十三条' },
      ]);
    }
  });

  it('法律援助法 第四十三条: counted from receipt, not from recording; the last day rolls past 劳动节', () => {
    const { state } = buildLog(
      [
        (_, at) =>
          ({ ...buildAction('apply', null, at), receivedAt: nineAm('2026-04-28') }) as LegalAidAction,
      ],
      nineAm('2026-04-30'),
    );
    const [decision] = openDeadlines(state, calendar);
    expect(decision).toMatchObject({
      kind: 'decision',
      startsAt: '2026-04-28',
      dueAt: '2026-05-06',
      rolledForwardFrom: '2026-05-05',
      basis: 'calendar-days',
      amount: 7,
      provisional: false,
      label: '作出是否给予法律援助的决定',
    });
  });

  it('法律援助法 第四十三条第二款: the materials notice runs to its own due date, beside the decision clock', () => {
    expect(brief(deadlinesOf('materials-requested'))).toEqual([
      { kind: 'decision', startsAt: '2026-03-02', dueAt: '2026-03-09', source: '法律援助法 第四十三条' },
      {
        kind: 'materials-response',
        startsAt: '2026-03-02',
        dueAt: '2026-03-07',
        source: '法律援助法 第四十三条第二款',
      },
    ]);
  });

  it('法律援助法 第四十三条第二款: a due date on a Saturday stays as written (a date, not a period)', () => {
    const [, materials] = deadlinesOf('materials-requested');
    expect(materials).toMatchObject({ dueAt: '2026-03-07', amount: 5, provisional: false });
    expect(materials?.rolledForwardFrom).toBeUndefined();
  });

  it('R10: with the pause flag the decision clock stops while materials are awaited and resumes later', () => {
    const { state } = buildLog(['apply', 'request-materials']);
    const paused = openDeadlines(state, calendar, { pauseDecisionDuringMaterials: true });
    expect(paused.map((d) => d.kind)).toEqual(['materials-response']);
    // Materials arrive 3 days after the notice (2026-03-05): 7 + 3 days from 03-02 = 03-12.
    const received = buildLog([
      'apply',
      'request-materials',
      (s, _at) => buildAction('materials-received', s, nineAm('2026-03-05')),
    ]).state;
    const [decision] = openDeadlines(received, calendar, { pauseDecisionDuringMaterials: true });
    expect(decision).toMatchObject({
      kind: 'decision',
      startsAt: '2026-03-02',
      dueAt: '2026-03-12',
      pausedDays: 3,
    });
    // Without the flag (the default, the statute's text) the clock never stopped.
    expect(openDeadlines(received, calendar)[0]).toMatchObject({ dueAt: '2026-03-09' });
    expect(openDeadlines(received, calendar)[0]?.pausedDays).toBeUndefined();
  });

  it('法律援助法 第四十三条; 程序规定 第二十四条: assign within 3 days of the grant', () => {
    expect(brief(deadlinesOf('granted'))).toEqual([
      {
        kind: 'assignment',
        startsAt: '2026-03-02',
        dueAt: '2026-03-05',
        source: '法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条',
      },
    ]);
  });

  it('法律援助法 第四十三条: a declined assignment does not restart the 3 days', () => {
    const { state } = buildLog(['apply', 'accept', 'review', 'grant', 'assign', 'provider-decline']);
    expect(brief(openDeadlines(state, calendar))).toMatchObject([
      { kind: 'assignment', dueAt: '2026-03-05' },
    ]);
  });

  it('程序规定 第二十七条: the agreement within 5 days of assignment, until signed, even once aid started', () => {
    const assigned = deadlinesOf('assigned');
    expect(assigned).toMatchObject([
      { kind: 'agreement', startsAt: '2026-03-02', dueAt: '2026-03-09', rolledForwardFrom: '2026-03-07' },
    ]);
    expect(deadlinesOf('in-progress (agreement pending)').map((d) => d.kind)).toEqual(['agreement']);
    expect(deadlinesOf('agreement-signed')).toEqual([]);
    expect(deadlinesOf('in-progress')).toEqual([]);
  });

  it('法律援助法 第三十六条: a case organ notice has the 3-day notice-assignment deadline instead', () => {
    const steps = [
      (_: LegalAidState | null, at: Date) =>
        ({
          ...buildAction('apply', null, at),
          channel: 'case-organ-notice',
          caseKind: 'criminal-defence',
        }) as LegalAidAction,
      'accept',
    ] as const;
    const { state } = buildLog(steps);
    expect(brief(openDeadlines(state, calendar))).toEqual([
      {
        kind: 'notice-assignment',
        startsAt: '2026-03-02',
        dueAt: '2026-03-05',
        source: '法律援助法 第三十六条；办理法律援助案件程序规定 第二十四条',
      },
    ]);
    const granted = buildLog([...steps, 'review', 'grant']).state;
    expect(openDeadlines(granted, calendar).map((d) => d.kind)).toEqual(['notice-assignment']);
  });

  it('法律援助法 第四十九条: the 司法局 decides an objection within 5 days of receipt', () => {
    expect(brief(deadlinesOf('objection-pending'))).toEqual([
      {
        kind: 'objection-decision',
        startsAt: '2026-03-02',
        dueAt: '2026-03-09',
        source: '法律援助法 第四十九条',
      },
    ]);
  });

  it('法律援助法 第五十条: the closing file within 30 days of the case end; review within 30 days', () => {
    expect(brief(deadlinesOf('closed'))).toEqual([
      {
        kind: 'file-submission',
        startsAt: '2026-03-02',
        dueAt: '2026-04-01',
        source: '法律援助法 第五十条；办理法律援助案件程序规定',
      },
    ]);
    expect(brief(deadlinesOf('file-submitted'))).toEqual([
      {
        kind: 'file-review',
        startsAt: '2026-03-02',
        dueAt: '2026-04-01',
        source: '办理法律援助案件程序规定',
      },
    ]);
  });

  it('法律援助法 第五十条: the file period counts from the day the case ended, not from closing in the system', () => {
    const { state } = buildLog([
      ...PATHS['in-progress'],
      (s, at) => ({ ...buildAction('close-case', s, at), endedOn: '2026-02-27' }) as LegalAidAction,
    ]);
    expect(openDeadlines(state, calendar)[0]).toMatchObject({ startsAt: '2026-02-27', dueAt: '2026-03-30' });
  });

  it.each([
    'refused',
    'deemed-withdrawn',
    'agreement-signed',
    'file-reviewed',
    'subsidy-paid',
    'archived',
    'terminated',
    'refused (objection upheld)',
  ] as const)('%s: no deadline runs', (name) => {
    expect(deadlinesOf(name)).toEqual([]);
  });

  it('法律援助法 第四十九条: a matter reopened by a corrected objection has no statutory decision period', () => {
    const { state } = buildLog([
      ...PATHS['objection-pending'],
      (s, at) => ({ ...buildAction('decide-objection', s, at), outcome: 'corrected' }) as LegalAidAction,
    ]);
    expect(state.status).toBe('under-review');
    expect(openDeadlines(state, calendar)).toEqual([]);
  });

  it('R35: a year without holiday data gives provisional deadlines, never silent guesses', () => {
    const [decision] = deadlinesOf('applied', nineAm('2027-03-01'));
    expect(decision).toMatchObject({
      kind: 'decision',
      startsAt: '2027-03-01',
      dueAt: '2027-03-08',
      provisional: true,
    });
  });
});
