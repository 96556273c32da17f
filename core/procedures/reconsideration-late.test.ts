import { describe, expect, it } from 'vitest';
import { lateApplicationWarnings } from './late-application';
import { reconsideration } from './reconsideration';
import { apply } from './reconsideration-test-kit';
import { expectRefused, run, type Step } from './window.fixtures';

const warningsOf = (step: Step) => lateApplicationWarnings('reconsideration', run(reconsideration, [step]));
const LAW = '行政复议法';

describe('reconsideration: late-application warning at registration (行政复议法 第二十条、第二十一条)', () => {
  it('第二十条第一款: none on the 60th day, a warning the day after, naming the last day and article', () => {
    expect(warningsOf(apply('2026-10-20'))).toEqual([]);
    expect(warningsOf(apply('2026-10-21'))).toEqual([
      {
        code: 'RECONSIDERATION.APPLICATION_OUT_OF_TIME',
        limit: 'application-period',
        lastDay: '2026-10-20',
        source: `${LAW} 第二十条`,
        message: `申请已超过法定申请期限（最后一日 2026-10-20，${LAW} 第二十条）`,
      },
    ]);
  });

  it('第二十条第三款: not told of the right, at most one year from knowing of the act (rolled past the weekend)', () => {
    const late = apply('2026-09-10', {
      actDate: '2025-08-01',
      knewActOn: '2025-08-01',
      rightsNotified: false,
      learnedRightsOn: '2026-09-01',
    });
    expect(warningsOf(late)).toMatchObject([
      { limit: 'one-year-cap', lastDay: '2026-08-03', source: `${LAW} 第二十条第三款` },
    ]);
  });

  it('第二十一条: past the five-year long stop; and a late period with the long stop passed too gives both', () => {
    expect(warningsOf(apply('2026-09-10', { actDate: '2021-09-01', knewActOn: '2026-09-01' }))).toMatchObject(
      [{ code: 'RECONSIDERATION.LONG_STOP_PASSED', limit: 'long-stop', lastDay: '2026-09-01' }],
    );
    expect(
      warningsOf(apply('2026-09-10', { actDate: '2021-08-01', knewActOn: '2026-06-01' })).map((w) => [
        w.limit,
        w.lastDay,
        w.source,
      ]),
    ).toEqual([
      ['application-period', '2026-07-31', `${LAW} 第二十条`],
      ['long-stop', '2026-08-03', `${LAW} 第二十一条`],
    ]);
  });

  it('the warning does not block registration; acceptance within the review is refused with the same code', () => {
    const late = apply('2026-10-21');
    expect(run(reconsideration, [late]).status).toBe('applied');
    expectRefused(
      reconsideration,
      [late, { type: 'accept', on: '2026-10-22', payload: { procedure: 'ordinary' } }],
      'RECONSIDERATION.APPLICATION_OUT_OF_TIME',
      'receivedOn',
    );
  });

  it('other windows have no late-application warnings', () => {
    expect(lateApplicationWarnings('mediation', {})).toEqual([]);
  });
});
