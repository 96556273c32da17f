import { businessDateOf } from '@core/calendar';
import { BAOTOU_DIVISIONS, maskPhone, residentIdCheckChar } from '@core/identity';
import type { Executor } from '../context';
import { hardshipStandards, lawyerSanctions, lawyers, persons } from '../db/schema/index';
import { namePinyinColumns } from '../search/name-pinyin';
import type { PersonalDataCipher } from '../security/personal-data';
import { sealIdNumber, sealPhone } from '../use-cases/persons/create-person';

/**
 * Demo reference data: the lawyer roster with its 公共法律服务律师团, a SAMPLE hardship standard and a few
 * persons. Every name, licence number, ID number and phone number is invented; licence numbers follow
 * the 17-digit shape `1 15 02 YYYY S NNNNNNN` (category, Inner Mongolia, Baotou, first practice year,
 * sex digit, serial) but belong to nobody.
 */

const FIRMS = ['firm-beijiang', 'firm-lucheng', 'firm-yinshan'] as const;
const SPECIALTIES = ['婚姻家事', '劳动争议', '刑事辩护', '交通事故', '合同纠纷', '行政诉讼'] as const;
const AREAS = Object.keys(BAOTOU_DIVISIONS);

/** The team: 30 lawyers, ≥ 10 years of practice, no sanctions. 周志远 is the demo `lawyer` account. */
const TEAM: [name: string, sex: 'male' | 'female'][] = [
  ['周志远', 'male'],
  ['高雅琴', 'female'],
  ['刘振国', 'male'],
  ['张慧敏', 'female'],
  ['王德胜', 'male'],
  ['李秀梅', 'female'],
  ['赵宏伟', 'male'],
  ['孙丽华', 'female'],
  ['马俊杰', 'male'],
  ['杨春燕', 'female'],
  ['巴特尔', 'male'],
  ['萨仁高娃', 'female'],
  ['郭建军', 'male'],
  ['何雪梅', 'female'],
  ['韩立新', 'male'],
  ['吕晓燕', 'female'],
  ['苏和', 'male'],
  ['其其格', 'female'],
  ['曹永明', 'male'],
  ['邓玉兰', 'female'],
  ['许文博', 'male'],
  ['唐晓丽', 'female'],
  ['冯志刚', 'male'],
  ['程静怡', 'female'],
  ['袁海涛', 'male'],
  ['蔡明珠', 'female'],
  ['贾永强', 'male'],
  ['丁淑芬', 'female'],
  ['魏长青', 'male'],
  ['薛晓峰', 'male'],
];

/**
 * Team lawyers who take turns on duty at the center's consultation window (律师值班), with an account for
 * the window console: the demo `lawyer` (周志远) and seven colleagues over the three firms. Their accounts
 * (`username`) share the demo password but are not in DEMO_ACCOUNTS (one account per role there).
 */
export const DUTY_LAWYERS: { name: string; username: string }[] = [
  { name: '周志远', username: 'lawyer' },
  { name: '高雅琴', username: 'lawyer-gaoyaqin' },
  { name: '刘振国', username: 'lawyer-liuzhenguo' },
  { name: '张慧敏', username: 'lawyer-zhanghuimin' },
  { name: '马俊杰', username: 'lawyer-majunjie' },
  { name: '巴特尔', username: 'lawyer-bateer' },
  { name: '萨仁高娃', username: 'lawyer-sarengaowa' },
  { name: '何雪梅', username: 'lawyer-hexuemei' },
];

/** The firm (an ORGANISATION_SEED key) a team lawyer practises at. */
export function teamFirmKey(name: string): string {
  const i = TEAM.findIndex(([n]) => n === name);
  if (i < 0) throw new Error(`${name} is not in the demo team`);
  return FIRMS[i % FIRMS.length]!;
}

/** Not in the team: `years` of practice; `sanction` bars an otherwise senior lawyer. */
const OTHERS: {
  name: string;
  sex: 'male' | 'female';
  years: number;
  sanction?: 'administrative-penalty' | 'industry-sanction';
}[] = [
  { name: '潘一鸣', sex: 'male', years: 2 },
  { name: '杜欣然', sex: 'female', years: 3 },
  { name: '戴子轩', sex: 'male', years: 4 },
  { name: '夏雨桐', sex: 'female', years: 5 },
  { name: '钟浩然', sex: 'male', years: 6 },
  { name: '汪思琪', sex: 'female', years: 7 },
  { name: '田嘉伟', sex: 'male', years: 8 },
  { name: '任可欣', sex: 'female', years: 9 },
  { name: '姜博文', sex: 'male', years: 9 },
  { name: '范语嫣', sex: 'female', years: 1 },
  { name: '方宇航', sex: 'male', years: 6 },
  { name: '石国庆', sex: 'male', years: 22, sanction: 'administrative-penalty' },
  { name: '金美玲', sex: 'female', years: 15, sanction: 'industry-sanction' },
  { name: '陆明远', sex: 'male', years: 12 },
  { name: '阿拉坦·其木格', sex: 'female', years: 11 },
];

/** Invented persons: name, county code, birth date (YYYYMMDD), sequence (odd = male), phone. */
const PERSONS: [name: string, county: string, birth: string, seq: string, phone: string | null][] = [
  ['王秀英', '150203', '19560318', '022', '13904720101'],
  ['李建华', '150204', '19720905', '013', '13904720102'],
  ['张桂兰', '150202', '19480712', '046', null],
  ['刘国强', '150207', '19810227', '031', '15847210103'],
  ['陈晓东', '150203', '19990611', '017', '18647210104'],
  ['杨丽娟', '150205', '19880130', '024', '13904720105'],
  ['赵海军', '150221', '19650822', '011', '04725123456'],
  ['黄淑珍', '150222', '19531109', '028', null],
  ['周小兵', '150223', '20050414', '035', '15247210106'],
  ['吴婷婷', '150206', '19940720', '042', '13704720107'],
  ['徐长林', '150203', '19770103', '019', '13904720108'],
  ['孙玉梅', '150204', '19690915', '026', '18947210109'],
  ['马福生', '150207', '19590508', '033', null],
  ['朱丹丹', '150202', '20011212', '048', '13504720110'],
  ['胡永刚', '150221', '19830316', '015', '13904720111'],
  ['郭桂芳', '150222', '19620427', '040', '15149210112'],
  ['阿依古丽·买买提', '150203', '19910808', '062', '13904720113'],
  ['𠮷振华', '150204', '19870219', '057', '13904720114'],
  ['敖登格日乐', '150202', '19760606', '064', '18604720115'],
  ['林志明', '150205', '19680101', '071', '13904720116'],
];

function pick<T>(list: readonly T[], start: number, n: number): T[] {
  return Array.from({ length: n }, (_, k) => list[(start + k * 2) % list.length]!);
}

/**
 * Inserts the demo roster, standard and persons with `executor` (one transaction of the caller).
 * `lawyerUserIds` (by lawyer name: the DUTY_LAWYERS' accounts) links team lawyers to their accounts. Returns
 * counts for the progress report.
 */
export async function seedDemoReferenceData(
  executor: Executor,
  options: {
    cipher: PersonalDataCipher;
    now: Date;
    orgIds: Map<string, string>;
    lawyerUserIds?: ReadonlyMap<string, string>;
  },
): Promise<{ lawyers: number; teamMembers: number; sanctions: number; standards: number; persons: number }> {
  const { cipher, orgIds } = options;
  const today = businessDateOf(options.now);
  const year = Number(today.slice(0, 4));
  const cityId = orgIds.get('city')!;
  const countyId = orgIds.get('county-150202')!;
  let serial = 0;
  const licence = (firstYear: number, sex: 'male' | 'female') =>
    `11502${firstYear}${sex === 'male' ? 1 : 2}${String(++serial * 37 + 1000).padStart(7, '0')}`;
  const phone = (i: number) => {
    const digits = `1394721${String(2000 + i).padStart(4, '0')}`;
    return { phoneEnc: cipher.encrypt(digits), phoneMasked: maskPhone(digits) };
  };

  const teamRows = TEAM.map(([name, sex], i) => {
    const firstPracticeYear = year - (10 + ((i * 7) % 19));
    return {
      orgId: cityId,
      firmId: orgIds.get(FIRMS[i % FIRMS.length]!)!,
      userId: options.lawyerUserIds?.get(name) ?? null,
      name,
      ...namePinyinColumns(name),
      sex,
      licenceNo: licence(firstPracticeYear, sex),
      firstPracticeYear,
      specialties: pick(SPECIALTIES, i, 2),
      areas: pick(AREAS, i, 1 + (i % 3)),
      ...phone(i),
      teamMember: true,
      teamJoinedOn: `${year - 1 - (i % 3)}-03-01`,
    };
  });
  const otherRows = OTHERS.map((lawyer, i) => {
    const firstPracticeYear = year - lawyer.years;
    return {
      orgId: i % 5 === 4 ? countyId : cityId,
      firmId: orgIds.get(FIRMS[(i + 1) % FIRMS.length]!)!,
      name: lawyer.name,
      ...namePinyinColumns(lawyer.name),
      sex: lawyer.sex,
      licenceNo: licence(firstPracticeYear, lawyer.sex),
      firstPracticeYear,
      specialties: pick(SPECIALTIES, i + 3, 1 + (i % 2)),
      areas: pick(AREAS, i + 1, 1 + (i % 2)),
      ...phone(100 + i),
      teamMember: false,
    };
  });
  const inserted = await executor
    .insert(lawyers)
    .values([...teamRows, ...otherRows])
    .returning({ id: lawyers.id, name: lawyers.name });
  const idByName = new Map(inserted.map((row) => [row.name, row.id]));

  const sanctions = OTHERS.filter((lawyer) => lawyer.sanction).map((lawyer) => ({
    lawyerId: idByName.get(lawyer.name)!,
    kind: lawyer.sanction!,
    decidedOn: `${year - 2}-09-15`,
    authority: lawyer.sanction === 'administrative-penalty' ? '包头市司法局' : '包头市律师协会',
    description:
      lawyer.sanction === 'administrative-penalty'
        ? '违反律师执业管理规定，给予警告（演示数据）'
        : '违反律师执业行为规范，给予通报批评（演示数据）',
  }));
  await executor.insert(lawyerSanctions).values(sanctions);

  await executor.insert(hardshipStandards).values({
    regionCode: '150200',
    basis: 'low-income',
    area: 'all',
    monthlyPerCapitaYuan: '1000.00',
    effectiveFrom: '2022-01-01',
    effectiveTo: null,
    source: '示例数据，请替换为包头市民政局公布的标准',
    isSample: true,
  });

  const personRows = PERSONS.map(([name, county, birth, seq, phoneNumber], i) => {
    const body = `${county}${birth}${seq}`;
    const id = body + residentIdCheckChar(body);
    return {
      orgId: county === '150202' ? countyId : cityId,
      name,
      ...namePinyinColumns(name),
      ...sealIdNumber(cipher, id),
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      sex: Number(seq[2]) % 2 === 1 ? 'male' : 'female',
      ...(phoneNumber ? sealPhone(cipher, phoneNumber) : {}),
      address: `${BAOTOU_DIVISIONS[county]}示例街道${i + 1}号`,
    };
  });
  await executor.insert(persons).values(personRows);

  return {
    lawyers: inserted.length,
    teamMembers: teamRows.length,
    sanctions: sanctions.length,
    standards: 1,
    persons: personRows.length,
  };
}
