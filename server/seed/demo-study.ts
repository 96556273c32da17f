/**
 * Demo data of the staff programme (队伍教育整顿, issue #8): a published city plan with 晨训 (every working
 * morning, Monday to Friday) and 晚学 (Tuesday and Thursday, one hour after work) for four weeks from today,
 * a question bank of invented questions, and a published paper drawn from it. All content is invented.
 */
import { businessDateOf } from '@core/calendar';
import { DEFAULT_POINTS, TRUE_FALSE_OPTIONS } from '@core/staff-programme/knowledge-test';
import type { Executor } from '../context';
import { questions, studyPlans, studySessions, testPapers } from '../db/schema/index';

type Q = {
  kind: 'single' | 'multiple' | 'true-false';
  category: string;
  stem: string;
  options: string[];
  correct: number[];
  explanation?: string;
};

/** Invented questions (应知应会), in the spirit of the programme's themes. */
export const DEMO_QUESTIONS: Q[] = [
  {
    kind: 'single',
    category: '法律援助',
    stem: '法律援助机构收到法律援助申请后，应当在多少日内进行审查并作出决定？',
    options: ['三日', '七日', '十五日', '三十日'],
    correct: [1],
    explanation: '法律援助法第四十三条：自收到申请之日起七日内审查，作出决定。',
  },
  {
    kind: 'single',
    category: '法律援助',
    stem: '公民申请法律援助，经济困难状况的证明方式是？',
    options: ['只能提交证明材料', '只能现场调查', '可以个人诚信承诺', '无需说明'],
    correct: [2],
  },
  {
    kind: 'single',
    category: '职业道德',
    stem: '窗口工作人员接待群众时，首先应当做到？',
    options: ['先问身份证号', '主动问候、耐心倾听', '请群众自行查阅', '先登记后答复'],
    correct: [1],
  },
  {
    kind: 'single',
    category: '职业道德',
    stem: '一次性告知制度要求对材料不全的申请？',
    options: ['分次告知补正', '一次性告知需要补正的全部材料', '不予受理', '口头告知即可'],
    correct: [1],
  },
  {
    kind: 'single',
    category: '党纪法规',
    stem: '队伍教育整顿“学习教育”环节的首要任务是？',
    options: ['政治教育', '业务考核', '人员调整', '装备建设'],
    correct: [0],
  },
  {
    kind: 'single',
    category: '党纪法规',
    stem: '警示教育的主要目的是？',
    options: ['表彰先进', '以案为鉴、以案促改', '业务培训', '文体活动'],
    correct: [1],
  },
  {
    kind: 'single',
    category: '公共法律服务',
    stem: '公共法律服务热线号码是？',
    options: ['12345', '12348', '12315', '12368'],
    correct: [1],
  },
  {
    kind: 'single',
    category: '公共法律服务',
    stem: '人民调解委员会调解民间纠纷，是否收取费用？',
    options: ['按标的收费', '按件收费', '不收取任何费用', '由当事人协商'],
    correct: [2],
  },
  {
    kind: 'multiple',
    category: '职业道德',
    stem: '下列属于窗口服务“好差评”评价渠道的有？',
    options: ['评价器', '手机扫码', '电话回访', '匿名信件'],
    correct: [0, 1, 2],
  },
  {
    kind: 'multiple',
    category: '党纪法规',
    stem: '队伍教育整顿的学习形式包括？',
    options: ['自学与集中学习相结合', '线上与线下相结合', '只开大会', '原文原著与工作实际相结合'],
    correct: [0, 1, 3],
  },
  {
    kind: 'true-false',
    category: '法律援助',
    stem: '法律援助人员可以向受援人收取少量办案费用。',
    options: [...TRUE_FALSE_OPTIONS],
    correct: [1],
  },
  {
    kind: 'true-false',
    category: '职业道德',
    stem: '工作人员不得泄露在工作中知悉的当事人个人信息。',
    options: [...TRUE_FALSE_OPTIONS],
    correct: [0],
  },
];

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) plus `days`, as a business date. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 of a business date. */
function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/**
 * Loads the programme's demo data for the city bureau, created by `trainerId`, and pushes the plan to
 * `countyIds` (市县两级联动: each county gets its own published copy with the same sessions, as
 * use-cases/staff-programme/push-plan.ts does); returns the counts. Sessions fall on Monday–Friday (the
 * demo ignores the holiday calendar).
 */
export async function seedDemoStudy(
  tx: Executor,
  options: { now: Date; cityId: string; countyIds: string[]; trainerId: string | undefined },
): Promise<{ sessions: number; questions: number; paperQuestions: number; counties: number }> {
  const today = businessDateOf(options.now);
  const endsOn = plusDays(today, 27);
  const [plan] = await tx
    .insert(studyPlans)
    .values({
      orgId: options.cityId,
      audienceOrgId: options.cityId,
      title: '队伍教育整顿学习教育（示例）',
      themes: ['political', 'party-history', 'warning', 'role-model'],
      forms: ['self-and-group', 'online-and-offline', 'original-texts-and-practice'],
      description: '示例计划：每个工作日晨训，每周二、周四晚学；学习笔记每周至少一篇。',
      readings: [
        { title: '习近平法治思想学习纲要', source: '人民出版社' },
        { title: '中华人民共和国法律援助法' },
        { title: '本系统违纪违法典型案例汇编（示例）' },
      ],
      startsOn: today,
      endsOn,
      status: 'published',
      publishedAt: options.now,
      createdBy: options.trainerId,
      createdAt: options.now,
      updatedAt: options.now,
    })
    .returning({ id: studyPlans.id });
  const sessions: (typeof studySessions.$inferInsert)[] = [];
  for (let i = 0; i <= 27; i++) {
    const date = plusDays(today, i);
    const weekday = weekdayOf(date);
    if (weekday > 5) continue;
    sessions.push({
      planId: plan!.id,
      orgId: options.cityId,
      kind: 'morning-drill',
      title: '晨训',
      location: '一楼大厅',
      startsAt: at(date, '08:00'),
      endsAt: at(date, '08:30'),
    });
    if (weekday === 2 || weekday === 4)
      sessions.push({
        planId: plan!.id,
        orgId: options.cityId,
        kind: 'evening-study',
        title: '晚学',
        location: '三楼会议室',
        startsAt: at(date, '18:00'),
        endsAt: at(date, '19:00'),
      });
  }
  await tx.insert(studySessions).values(sessions);
  for (const countyId of options.countyIds) {
    const [copy] = await tx
      .insert(studyPlans)
      .values({
        orgId: countyId,
        audienceOrgId: countyId,
        parentPlanId: plan!.id,
        title: '队伍教育整顿学习教育（示例）',
        themes: ['political', 'party-history', 'warning', 'role-model'],
        forms: ['self-and-group', 'online-and-offline', 'original-texts-and-practice'],
        description: '市局下发的示例计划。',
        startsOn: today,
        endsOn,
        status: 'published',
        publishedAt: options.now,
        createdBy: options.trainerId,
        createdAt: options.now,
        updatedAt: options.now,
      })
      .returning({ id: studyPlans.id });
    await tx
      .insert(studySessions)
      .values(sessions.map((session) => ({ ...session, planId: copy!.id, orgId: countyId, location: null })));
  }
  const bank = await tx
    .insert(questions)
    .values(
      DEMO_QUESTIONS.map((q) => ({
        orgId: options.cityId,
        kind: q.kind,
        category: q.category,
        stem: q.stem,
        options: q.options,
        correct: q.correct,
        explanation: q.explanation ?? null,
        createdBy: options.trainerId,
        createdAt: options.now,
      })),
    )
    .returning();
  const picked = [
    ...bank.filter((q) => q.kind === 'single').slice(0, 6),
    ...bank.filter((q) => q.kind === 'multiple').slice(0, 1),
    ...bank.filter((q) => q.kind === 'true-false').slice(0, 2),
  ];
  await tx.insert(testPapers).values({
    orgId: options.cityId,
    planId: plan!.id,
    audienceOrgId: options.cityId,
    title: '应知应会测试（示例）',
    round: '第一轮',
    rule: { counts: { single: 6, multiple: 1, 'true-false': 2 } },
    points: { ...DEFAULT_POINTS },
    seed: 'demo-paper-1',
    questions: picked.map((q) => ({
      id: q.id,
      kind: q.kind as 'single',
      category: q.category,
      stem: q.stem,
      options: q.options,
      correct: q.correct,
      explanation: q.explanation,
    })),
    timeLimitMinutes: 20,
    maxAttempts: 2,
    passScore: 12,
    status: 'published',
    publishedAt: options.now,
    createdBy: options.trainerId,
    createdAt: options.now,
  });
  return {
    sessions: sessions.length,
    questions: bank.length,
    paperQuestions: picked.length,
    counties: options.countyIds.length,
  };
}
