/**
 * The organisation tree of the model city, 包头市 (division codes: GB/T 2260). Law firm, notary office and
 * committee names are invented for the demo; bureau names and division codes are the real ones.
 */
export interface OrgSeed {
  key: string;
  parentKey?: string;
  kind: string;
  name: string;
  shortName?: string;
  divisionCode?: string;
}

export const BAOTOU_COUNTIES: { code: string; name: string; shortName: string }[] = [
  { code: '150202', name: '东河区', shortName: '东' },
  { code: '150203', name: '昆都仑区', shortName: '昆' },
  { code: '150204', name: '青山区', shortName: '青' },
  { code: '150205', name: '石拐区', shortName: '石' },
  { code: '150206', name: '白云鄂博矿区', shortName: '白' },
  { code: '150207', name: '九原区', shortName: '九' },
  { code: '150221', name: '土默特右旗', shortName: '土右' },
  { code: '150222', name: '固阳县', shortName: '固' },
  { code: '150223', name: '达尔罕茂明安联合旗', shortName: '达' },
];

export const ORGANISATION_SEED: OrgSeed[] = [
  { key: 'city', kind: 'city-bureau', name: '包头市司法局', shortName: '包', divisionCode: '150200' },
  {
    key: 'center',
    parentKey: 'city',
    kind: 'service-center',
    name: '包头市公共法律服务中心',
    shortName: '包',
    divisionCode: '150200',
  },
  {
    key: 'aid-center',
    parentKey: 'city',
    kind: 'legal-aid-agency',
    name: '包头市法律援助中心',
    shortName: '包',
    divisionCode: '150200',
  },
  {
    key: 'notary',
    parentKey: 'city',
    kind: 'notary-office',
    name: '包头市鹿城公证处',
    divisionCode: '150200',
  },
  {
    key: 'firm-beijiang',
    parentKey: 'city',
    kind: 'law-firm',
    name: '内蒙古北疆明正律师事务所',
    divisionCode: '150200',
  },
  {
    key: 'firm-lucheng',
    parentKey: 'city',
    kind: 'law-firm',
    name: '内蒙古鹿城信达律师事务所',
    divisionCode: '150200',
  },
  {
    key: 'firm-yinshan',
    parentKey: 'city',
    kind: 'law-firm',
    name: '内蒙古阴山公信律师事务所',
    divisionCode: '150200',
  },
  {
    key: 'med-center',
    parentKey: 'city',
    kind: 'mediation-committee',
    name: '包头市公共法律服务中心人民调解委员会',
    divisionCode: '150200',
  },
  {
    key: 'med-medical',
    parentKey: 'city',
    kind: 'mediation-committee',
    name: '包头市医疗纠纷人民调解委员会',
    divisionCode: '150200',
  },
  {
    key: 'med-labour',
    parentKey: 'city',
    kind: 'mediation-committee',
    name: '包头市劳动争议人民调解委员会',
    divisionCode: '150200',
  },
  ...BAOTOU_COUNTIES.flatMap((county): OrgSeed[] => [
    {
      key: `county-${county.code}`,
      parentKey: 'city',
      kind: 'county-bureau',
      name: `${county.name}司法局`,
      shortName: county.shortName,
      divisionCode: county.code,
    },
    {
      key: `aid-${county.code}`,
      parentKey: `county-${county.code}`,
      kind: 'legal-aid-agency',
      name: `${county.name}法律援助中心`,
      shortName: county.shortName,
      divisionCode: county.code,
    },
  ]),
];

/** The ten windows of the hall, one per service (core/queue service codes). */
export const WINDOW_SEED: { number: number; name: string; services: string[] }[] = [
  { number: 1, name: '法律咨询窗口', services: ['consultation'] },
  { number: 2, name: '法律援助窗口', services: ['legal-aid'] },
  { number: 3, name: '人民调解窗口', services: ['mediation'] },
  { number: 4, name: '公证窗口', services: ['notarization'] },
  { number: 5, name: '律师服务窗口', services: ['lawyer'] },
  { number: 6, name: '仲裁窗口', services: ['arbitration'] },
  { number: 7, name: '司法鉴定窗口', services: ['appraisal'] },
  { number: 8, name: '行政复议窗口', services: ['reconsideration'] },
  { number: 9, name: '法治宣传窗口', services: ['publicity'] },
  { number: 10, name: '法律援助资格管理窗口', services: ['aid-qualification'] },
];
