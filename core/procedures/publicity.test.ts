import { describe, expect, it } from 'vitest';
import { LECTURE_TOPICS, publicity } from './publicity';
import { calendar, expectRefused, run, type Step } from './window.fixtures';

const materials: Step = {
  type: 'request',
  on: '2026-09-24',
  role: 'receptionist',
  payload: {
    kind: 'materials',
    requester: '昆都仑区某社区居委会',
    items: [
      { title: '民法典宣传册', copies: 200 },
      { title: '反诈宣传单', copies: 500 },
    ],
  },
};
const lecture = (payload: Record<string, unknown> = {}): Step => ({
  type: 'request',
  on: '2026-09-24',
  payload: {
    kind: 'lecture',
    organisation: '包头市第九中学',
    contactName: '马老师',
    contactPhone: '0472-5123456',
    topic: 'minors',
    audience: 'school',
    expectedAudience: 300,
    preferredDates: ['2026-10-16', '2026-10-12'],
    location: '学校报告厅',
    ...payload,
  },
});
const schedule = (date: string, on = '2026-09-25'): Step => ({
  type: 'schedule',
  on,
  payload: { date, startTime: '14:30', lecturerName: '普法讲师团杨律师', location: '学校报告厅' },
});
const deliver = (on: string, deliveredOn = on): Step => ({
  type: 'deliver',
  on,
  payload: { deliveredOn, attendance: 286, summary: '讲解未成年人保护法和校园欺凌的法律责任' },
});

describe('publicity: materials (宪法 第二十四条)', () => {
  it('requested → handed out, as asked or fewer', () => {
    const state = run(publicity, [
      materials,
      { type: 'hand-out', on: '2026-09-24', payload: { items: [{ title: '民法典宣传册', copies: 150 }] } },
    ]);
    expect(state).toMatchObject({
      status: 'materials-handed-out',
      closed: true,
      handedOut: [{ title: '民法典宣传册', copies: 150 }],
    });
    expect(publicity.clocks(state, { calendar, today: '2026-09-24' })).toEqual([]);
  });

  it('nothing not asked for, no more copies than asked, no duplicates', () => {
    expectRefused(
      publicity,
      [
        materials,
        { type: 'hand-out', on: '2026-09-24', payload: { items: [{ title: '宪法读本', copies: 1 }] } },
      ],
      'PUBLICITY.MATERIAL_NOT_REQUESTED',
      'items.0.title',
    );
    expectRefused(
      publicity,
      [
        materials,
        { type: 'hand-out', on: '2026-09-24', payload: { items: [{ title: '反诈宣传单', copies: 501 }] } },
      ],
      'PUBLICITY.MORE_THAN_REQUESTED',
      'items.0.copies',
    );
    expectRefused(
      publicity,
      [
        {
          ...materials,
          payload: {
            kind: 'materials',
            requester: '某社区',
            items: [
              { title: '反诈宣传单', copies: 1 },
              { title: '反诈宣传单', copies: 2 },
            ],
          },
        },
      ],
      'PUBLICITY.INVALID_PAYLOAD',
      'items',
    );
  });
});

describe('publicity: lectures', () => {
  it('requested → scheduled → rescheduled → delivered on the day', () => {
    const state = run(publicity, [
      lecture(),
      schedule('2026-10-12'),
      {
        type: 'reschedule',
        on: '2026-10-09',
        payload: { date: '2026-10-16', startTime: '15:00', reason: '学校期中考试调整' },
      },
      deliver('2026-10-16'),
    ]);
    expect(state).toMatchObject({
      status: 'lecture-delivered',
      topic: 'minors',
      preferredDates: ['2026-10-12', '2026-10-16'],
      lecture: { date: '2026-10-16', startTime: '15:00', rescheduled: 1 },
      delivered: { on: '2026-10-16', attendance: 286 },
    });
    expect(LECTURE_TOPICS.minors.article).toBe('未成年人保护法 第一百一十五条');
  });

  it('a lecture is not recorded before it is held, nor on another day than scheduled', () => {
    expectRefused(
      publicity,
      [lecture(), schedule('2026-10-12'), deliver('2026-10-09', '2026-10-12')],
      'PUBLICITY.DATE_IN_FUTURE',
      'deliveredOn',
    );
    expectRefused(
      publicity,
      [lecture(), schedule('2026-10-12'), deliver('2026-10-13')],
      'PUBLICITY.NOT_ON_SCHEDULED_DATE',
    );
    expect(
      run(publicity, [lecture(), schedule('2026-10-12'), deliver('2026-10-14', '2026-10-12')]).status,
    ).toBe('lecture-delivered');
  });

  it('dates in the past and bad phone numbers are refused', () => {
    expectRefused(
      publicity,
      [lecture(), schedule('2026-09-24', '2026-09-25')],
      'PUBLICITY.DATE_IN_PAST',
      'date',
    );
    expectRefused(
      publicity,
      [lecture({ preferredDates: ['2026-09-23'] })],
      'PUBLICITY.DATE_IN_PAST',
      'preferredDates.0',
    );
    expectRefused(publicity, [lecture({ contactPhone: '12348' })], 'PUBLICITY.PHONE_INVALID', 'contactPhone');
    expectRefused(
      publicity,
      [lecture(), schedule('2026-10-12'), { type: 'schedule', on: '2026-09-26', payload: {} }],
      'PUBLICITY.ACTION_NOT_ALLOWED',
    );
  });

  it('cancelled by either side, or declined with a reason', () => {
    expect(
      run(publicity, [
        lecture(),
        schedule('2026-10-12'),
        {
          type: 'cancel',
          on: '2026-10-08',
          role: 'party',
          payload: { by: 'requester', reason: '学校临时安排活动' },
        },
      ]),
    ).toMatchObject({ status: 'lecture-cancelled', cancelledBy: 'requester', closed: true });
    expect(
      run(publicity, [
        lecture(),
        { type: 'decline', on: '2026-09-25', payload: { reason: '讲师团该时段已全部排满，无法安排' } },
      ]).status,
    ).toBe('lecture-declined');
    expectRefused(
      publicity,
      [materials, { type: 'schedule', on: '2026-09-25', payload: {} }],
      'PUBLICITY.ACTION_NOT_ALLOWED',
    );
  });
});
