import { describe, expect, it } from 'vitest';
import { consultation, consultationTallyByLawyer } from './consultation';
import { calendar, expectRefused, run, type Step } from './window.fixtures';

const register = (payload: Record<string, unknown> = {}): Step => ({
  type: 'register',
  on: '2026-09-30',
  payload: {
    channel: 'window',
    ticketNumber: 'A017',
    category: 'labour',
    question: '公司拖欠三个月工资，怎么办？',
    ...payload,
  },
});
const lawyerAnswer = (lawyerId: string, name: string, minutes: number): Step => ({
  type: 'answer',
  on: '2026-09-30',
  role: 'lawyer',
  payload: {
    answererKind: 'duty-lawyer',
    answererName: name,
    lawyerId,
    firmName: '内蒙古甲律师事务所',
    answer: '可以向劳动人事争议仲裁委员会申请仲裁，也可以申请法律援助',
    citedArticles: ['劳动争议调解仲裁法 第二十七条', '劳动争议调解仲裁法 第二十七条'],
    minutes,
  },
});
const clerkAnswer: Step = {
  type: 'answer',
  on: '2026-09-30',
  payload: {
    answererKind: 'window-clerk',
    answererName: '窗口甲',
    answer: '请到法律援助窗口申请',
    minutes: 5,
  },
};
const LAWYER_A = '6f1c2f3e-58e6-4f0e-9f55-1d1f2b3c4d5e';
const LAWYER_B = '7a2d3e4f-69f7-4a1f-8a66-2e2a3c4d5e6f';

describe('consultation: register and answer (法律援助法 第二十二条、第二十三条)', () => {
  it('a window consultation from a ticket is answered by the duty lawyer; the articles are kept once', () => {
    const state = run(consultation, [register(), lawyerAnswer(LAWYER_A, '律师甲', 25)]);
    expect(state).toMatchObject({
      status: 'answered',
      closed: true,
      channel: 'window',
      ticketNumber: 'A017',
      category: 'labour',
      answer: {
        answererKind: 'duty-lawyer',
        answererName: '律师甲',
        lawyerId: LAWYER_A,
        minutes: 25,
        answeredOn: '2026-09-30',
        citedArticles: ['劳动争议调解仲裁法 第二十七条'],
      },
    });
    expect(consultation.clocks(state, { calendar, today: '2026-09-30' })).toEqual([]);
  });

  it('12348 phone and online questions carry no ticket number', () => {
    expect(run(consultation, [register({ channel: 'phone-12348', ticketNumber: undefined })]).channel).toBe(
      'phone-12348',
    );
    expectRefused(
      consultation,
      [register({ channel: 'online' })],
      'CONSULTATION.INVALID_PAYLOAD',
      'ticketNumber',
    );
  });

  it('the category must be one of the list; minutes 1–480', () => {
    expectRefused(
      consultation,
      [register({ category: 'gossip' })],
      'CONSULTATION.INVALID_PAYLOAD',
      'category',
    );
    expectRefused(
      consultation,
      [register(), lawyerAnswer(LAWYER_A, '律师甲', 0)],
      'CONSULTATION.INVALID_PAYLOAD',
      'minutes',
    );
  });

  it('a duty lawyer names the firm; a clerk carries no lawyer id', () => {
    expectRefused(
      consultation,
      [
        register(),
        {
          ...lawyerAnswer(LAWYER_A, '律师甲', 5),
          payload: { ...lawyerAnswer(LAWYER_A, '律师甲', 5).payload, firmName: undefined },
        },
      ],
      'CONSULTATION.INVALID_PAYLOAD',
      'firmName',
    );
    expectRefused(
      consultation,
      [register(), { ...clerkAnswer, payload: { ...clerkAnswer.payload, lawyerId: LAWYER_A } }],
      'CONSULTATION.CLERK_WITH_LAWYER_ID',
      'lawyerId',
    );
  });

  it('a mediator may not answer at the consultation window', () => {
    expectRefused(
      consultation,
      [register(), { ...clerkAnswer, role: 'mediator' }],
      'CONSULTATION.ROLE_NOT_ALLOWED',
      'actor.role',
    );
  });
});

describe('consultation: referral to another window (一厅通办)', () => {
  it('open → referred to mediation, or answered → referred to legal aid', () => {
    const referred = run(consultation, [
      register({ category: 'marriage-family' }),
      { type: 'refer', on: '2026-09-30', payload: { target: 'mediation', reason: '邻里纠纷，双方愿意调解' } },
    ]);
    expect(referred).toMatchObject({
      status: 'referred',
      closed: true,
      referral: { target: 'mediation', referredOn: '2026-09-30' },
    });
    const afterAnswer = run(consultation, [
      register(),
      clerkAnswer,
      { type: 'refer', on: '2026-10-09', payload: { target: 'legal-aid', reason: '经济困难，符合申请条件' } },
    ]);
    expect(afterAnswer.referral).toEqual({
      target: 'legal-aid',
      reason: '经济困难，符合申请条件',
      referredOn: '2026-10-09',
    });
  });

  it('cannot refer to the consultation window itself, nor twice', () => {
    expectRefused(
      consultation,
      [
        register(),
        { type: 'refer', on: '2026-09-30', payload: { target: 'consultation', reason: '再咨询' } },
      ],
      'CONSULTATION.INVALID_PAYLOAD',
      'target',
    );
    expectRefused(
      consultation,
      [
        register(),
        { type: 'refer', on: '2026-09-30', payload: { target: 'mediation', reason: '调解' } },
        { type: 'refer', on: '2026-09-30', payload: { target: 'notarization', reason: '公证' } },
      ],
      'CONSULTATION.ACTION_NOT_ALLOWED',
      'type',
    );
  });

  it('withdrawn consultations allow nothing more', () => {
    expectRefused(
      consultation,
      [register(), { type: 'withdraw', on: '2026-09-30' }, clerkAnswer],
      'CONSULTATION.ACTION_NOT_ALLOWED',
    );
  });
});

describe('consultationTallyByLawyer (the lawyer team counted per lawyer)', () => {
  it('counts duty-lawyer answers and minutes by roster id; clerk answers are not counted', () => {
    const tally = consultationTallyByLawyer([
      run(consultation, [register(), lawyerAnswer(LAWYER_A, '律师甲', 20)]),
      run(consultation, [register(), lawyerAnswer(LAWYER_A, '律师甲', 15)]),
      run(consultation, [register(), lawyerAnswer(LAWYER_B, '律师乙', 30)]),
      run(consultation, [register(), clerkAnswer]),
      run(consultation, [register()]),
    ]);
    expect(Object.fromEntries(tally)).toEqual({
      [LAWYER_A]: { name: '律师甲', count: 2, minutes: 35 },
      [LAWYER_B]: { name: '律师乙', count: 1, minutes: 30 },
    });
  });
});
