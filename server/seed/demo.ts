import { hash } from '@node-rs/argon2';
import { eq, inArray } from 'drizzle-orm';
import type { Services } from '../context';
import { users } from '../db/schema/index';
import { staffNamePinyin } from '../search/name-pinyin';
import { DEMO_HISTORY_DAYS, seedDemoActivity } from './demo-activity';
import { seedDemoMatters } from './demo-matters';
import { DUTY_LAWYERS, seedDemoReferenceData, teamFirmKey } from './demo-reference';
import { seedDemoStudy } from './demo-study';

/** The demo accounts' shared password (demo data only; never use on a real installation). */
export const DEMO_PASSWORD = 'lawhall2026';

/** One demo account per role; all persons are invented. `org` is a key of ORGANISATION_SEED. */
export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: string;
  roles: string[];
  org: string;
  partyMember?: boolean;
}[] = [
  { username: 'admin', displayName: '系统管理员', role: '系统管理员', roles: ['admin'], org: 'city' },
  {
    username: 'reception',
    displayName: '李晓雯',
    role: '导服台',
    roles: ['receptionist'],
    org: 'center',
    partyMember: true,
  },
  {
    username: 'clerk',
    displayName: '王建国',
    role: '窗口工作人员',
    roles: ['window-clerk'],
    org: 'center',
    partyMember: true,
  },
  {
    username: 'reviewer',
    displayName: '赵敏',
    role: '法律援助审查员',
    roles: ['legal-aid-reviewer'],
    org: 'aid-center',
  },
  {
    username: 'director',
    displayName: '孙立军',
    role: '法律援助中心主任',
    roles: ['legal-aid-director'],
    org: 'aid-center',
    partyMember: true,
  },
  {
    username: 'lawyer',
    displayName: '周志远',
    role: '律师（法律援助人员）',
    roles: ['lawyer'],
    org: 'firm-beijiang',
  },
  { username: 'mediator', displayName: '吴秀兰', role: '人民调解员', roles: ['mediator'], org: 'med-center' },
  { username: 'notary', displayName: '郑宏', role: '公证员', roles: ['notary'], org: 'notary' },
  {
    username: 'leader',
    displayName: '钱卫东',
    role: '局领导',
    roles: ['bureau-leader'],
    org: 'city',
    partyMember: true,
  },
  {
    username: 'trainer',
    displayName: '冯丽娜',
    role: '教育培训专员',
    roles: ['training-officer'],
    org: 'city',
  },
  { username: 'auditor', displayName: '陈静', role: '审计员', roles: ['auditor'], org: 'city' },
  {
    username: 'county-admin',
    displayName: '包海龙',
    role: '系统管理员（东河区）',
    roles: ['admin'],
    org: 'county-150202',
  },
  {
    username: 'county-leader',
    displayName: '乌兰',
    role: '局领导（东河区）',
    roles: ['bureau-leader'],
    org: 'county-150202',
  },
];

/**
 * Loads the demo data into a freshly bootstrapped database (the `admin` account already exists).
 * `report` receives one progress line per step.
 */
export async function loadDemoData(
  services: Services,
  orgIds: Map<string, string>,
  report: (line: string) => void,
): Promise<typeof DEMO_ACCOUNTS> {
  const passwordHash = await hash(DEMO_PASSWORD);
  // The demo staff have worked here for a year: they are due at every demo session (core dueAtSessions).
  const joined = new Date(services.now().getTime() - 365 * 86_400_000);
  await services.db.transaction(async (tx) => {
    const rows = DEMO_ACCOUNTS.filter((a) => a.username !== 'admin').map((account) => ({
      orgId: orgIds.get(account.org)!,
      username: account.username,
      displayName: account.displayName,
      namePinyin: staffNamePinyin(account.displayName),
      passwordHash,
      roles: account.roles,
      partyMember: account.partyMember ?? false,
      createdAt: joined,
      updatedAt: joined,
    }));
    // The team lawyers on consultation duty besides the demo `lawyer` (demo-reference.ts DUTY_LAWYERS).
    const duty = DUTY_LAWYERS.filter((l) => !rows.some((r) => r.username === l.username)).map((lawyer) => ({
      orgId: orgIds.get(teamFirmKey(lawyer.name))!,
      username: lawyer.username,
      displayName: lawyer.name,
      namePinyin: staffNamePinyin(lawyer.name),
      passwordHash,
      roles: ['lawyer'],
      partyMember: false,
      createdAt: joined,
      updatedAt: joined,
    }));
    await tx.insert(users).values([...rows, ...duty]);
  });
  report(`演示账号 ${DEMO_ACCOUNTS.length} 个（另有值班律师账号 ${DUTY_LAWYERS.length - 1} 个）`);
  const counts = await services.db.transaction(async (tx) => {
    const accounts = await tx
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(
        inArray(
          users.username,
          DUTY_LAWYERS.map((l) => l.username),
        ),
      );
    const idByUsername = new Map(accounts.map((a) => [a.username, a.id]));
    return seedDemoReferenceData(tx, {
      cipher: services.cipher,
      now: services.now(),
      orgIds,
      lawyerUserIds: new Map(
        DUTY_LAWYERS.filter((l) => idByUsername.has(l.username)).map((l) => [
          l.name,
          idByUsername.get(l.username)!,
        ]),
      ),
    });
  });
  report(
    `律师 ${counts.lawyers} 名（公共法律服务律师团成员 ${counts.teamMembers} 名，处分记录 ${counts.sanctions} 条）`,
  );
  report(`经济困难标准 ${counts.standards} 条（示例数据，请替换为包头市民政局公布的标准）`);
  report(`当事人 ${counts.persons} 名（虚构）`);
  // dashboard demo history (issue 7)
  const history = await services.db.transaction((tx) =>
    seedDemoActivity(tx, { now: services.now(), orgIds, cipher: services.cipher }),
  );
  report(
    `看板演示数据：取号 ${history.tickets} 张、法律援助 ${history.matters} 件（近 ${DEMO_HISTORY_DAYS} 天，其中今日申请 ${history.todayMatters} 件，虚构），普法讲座 ${history.lectures} 场`,
  );
  // Staff programme (队伍教育整顿, issue #8): a published plan with sessions, a question bank and a paper.
  const study = await services.db.transaction(async (tx) => {
    const [trainer] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'trainer'));
    return seedDemoStudy(tx, {
      now: services.now(),
      cityId: orgIds.get('city')!,
      countyIds: [orgIds.get('county-150202')!],
      trainerId: trainer?.id,
    });
  });
  report(
    `学习计划 1 个（学习活动 ${study.sessions} 场），题库 ${study.questions} 道，试卷 1 份（${study.paperQuestions} 题），已下发 ${study.counties} 个旗县区`,
  );
  // window matters (issue #5): a consultation, a mediation and an appraisal with running clocks
  report(`窗口事项 ${await seedDemoMatters(services, orgIds)} 件（虚构）`);
  return DEMO_ACCOUNTS;
}
