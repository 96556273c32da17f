import { describe, expect, it } from 'vitest';
import { tally } from './attendance';
import { type BulletinData, bulletinFigures, bulletinPeriodText, draftBulletin } from './bulletin';

const t = (present: number, late: number, leave: number, absent: number) =>
  tally([
    ...Array(present).fill({ status: 'present' }),
    ...Array(late).fill({ status: 'late' }),
    ...Array(leave).fill({ status: 'leave' }),
    ...Array(absent).fill({ status: 'absent' }),
  ]);

const data: BulletinData = {
  orgName: '包头市司法局',
  period: { from: '2026-03-02', to: '2026-03-08' },
  sessionsHeld: 5,
  attendance: t(40, 3, 2, 5),
  byUnit: [
    { unit: '东河区司法局', tally: t(8, 0, 0, 2) },
    { unit: '市局机关', tally: t(32, 3, 2, 3) },
  ],
  persons: [
    { name: '张三', unit: '东河区司法局', tally: t(3, 0, 0, 2) },
    { name: '李四', unit: '市局机关', tally: t(5, 0, 0, 0) },
    { name: '王五', unit: '市局机关', tally: t(4, 0, 0, 1) },
  ],
  tests: [
    {
      title: '第一轮应知应会测试',
      participants: 9,
      expected: 10,
      average: 86.25,
      passRate: 8 / 9,
      maxScore: 100,
    },
  ],
  spotChecks: {
    checked: 6,
    grades: { excellent: 1, good: 3, pass: 1, fail: 1 },
    failed: [{ name: '张三', unit: '东河区司法局' }],
    followUpsOpen: 1,
  },
  notesWritten: 30,
};

describe('bulletinFigures', () => {
  it('orders units worst first and names people below 80 %', () => {
    const f = bulletinFigures(data);
    expect(f.units.map((u) => u.unit)).toEqual(['东河区司法局', '市局机关']);
    expect(f.lowAttendance).toEqual([{ name: '张三', unit: '东河区司法局', rate: 0.6, absent: 2 }]);
    expect(f.attendanceRate).toBeCloseTo(43 / 48);
    expect(f).toMatchObject({
      sessionsHeld: 5,
      absences: 5,
      late: 3,
      leave: 2,
      spotChecked: 6,
      followUpsOpen: 1,
    });
  });
});

describe('draftBulletin', () => {
  it('writes every figure into the text', () => {
    const { title, paragraphs } = draftBulletin(data);
    const body = paragraphs.join('\n');
    expect(title).toBe('关于2026年3月2日至2026年3月8日队伍教育整顿学习情况的通报');
    expect(body).toContain(
      '集中学习5场，应到50人次，实到43人次（其中迟到3人次），请假2人次，缺勤5人次，出勤率89.6%',
    );
    expect(body).toContain('东河区司法局80.0%，市局机关92.1%');
    expect(body).toContain('东河区司法局张三（60.0%，缺勤2次）');
    expect(body).toContain(
      '“第一轮应知应会测试”应参考10人，实参考9人，平均分86.3分（满分100分），合格率88.9%',
    );
    expect(body).toContain(
      '提交学习笔记30篇，抽查6篇，其中优秀1篇、良好3篇、合格1篇、不合格1篇，尚有1项整改未完成',
    );
    expect(body).toContain('笔记不合格人员：东河区司法局张三');
  });

  it('says so when nothing happened', () => {
    const { paragraphs } = draftBulletin({
      ...data,
      sessionsHeld: 0,
      attendance: tally([]),
      byUnit: [],
      persons: [],
      tests: [],
      spotChecks: {
        checked: 0,
        grades: { excellent: 0, good: 0, pass: 0, fail: 0 },
        failed: [],
        followUpsOpen: 0,
      },
      notesWritten: 0,
    });
    const body = paragraphs.join('\n');
    expect(body).toContain('本期未组织集中学习活动');
    expect(body).toContain('本期无测试');
    expect(body).not.toContain('整改未完成');
    expect(body).not.toContain('出勤率低于');
    expect(body).not.toContain('—');
  });

  it('never prints a bare "—": a test nobody took, a unit with everyone on leave', () => {
    const body = draftBulletin({
      ...data,
      attendance: t(0, 0, 2, 0),
      byUnit: [
        { unit: '东河区司法局', tally: t(0, 0, 2, 0) },
        { unit: '市局机关', tally: t(1, 0, 0, 0) },
      ],
      persons: [],
      tests: [
        { title: '第二轮', participants: 0, expected: 12, average: null, passRate: null, maxScore: 20 },
      ],
    }).paragraphs.join('\n');
    expect(body).not.toContain('—');
    expect(body).toContain('“第二轮”应参考12人，本期无人参加测试，暂无成绩。');
    expect(body).toContain('出勤率暂无数据');
    expect(body).toContain('东河区司法局暂无数据');
  });
});

describe('the bulletin’s period in words', () => {
  it('names a single day once, a range from … 至 …', () => {
    expect(bulletinPeriodText('2026-11-30', '2026-11-30')).toBe('2026年11月30日');
    expect(bulletinPeriodText('2026-03-02', '2026-03-08')).toBe('2026年3月2日至2026年3月8日');
  });

  it('a one-day draft: title and first paragraph without the repeated day', () => {
    const draft = draftBulletin({ ...data, period: { from: '2026-11-30', to: '2026-11-30' } });
    expect(draft.title).toBe('关于2026年11月30日队伍教育整顿学习情况的通报');
    expect(draft.paragraphs[0]).toContain('现将2026年11月30日包头市司法局');
    expect(draft.paragraphs[0]).not.toContain('至');
  });
});
