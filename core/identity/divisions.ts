/**
 * Administrative division codes (行政区划代码, GB/T 2260), as far as identifiers need them: the
 * province-level prefixes and Baotou's county-level codes. Used only as a plausibility check,
 * because codes that have since been abolished stay valid in numbers issued under them.
 */

/** Province-level divisions by their 2-digit prefix (GB/T 2260). */
export const PROVINCE_DIVISIONS: Readonly<Record<string, string>> = Object.freeze({
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
});

/** 包头市 (Baotou), the city-level code. */
export const BAOTOU_CITY_CODE = '150200';

/** Baotou's county-level divisions (MCA list; the rules note marks it UNCONFIRMED): code → name. */
export const BAOTOU_DIVISIONS: Readonly<Record<string, string>> = Object.freeze({
  '150202': '东河区',
  '150203': '昆都仑区',
  '150204': '青山区',
  '150205': '石拐区',
  '150206': '白云鄂博矿区',
  '150207': '九原区',
  '150221': '土默特右旗',
  '150222': '固阳县',
  '150223': '达尔罕茂明安联合旗',
});

/** The warning for a division code we do not know. */
export const UNKNOWN_DIVISION = '行政区划代码未知';

/**
 * The name of a 6-digit division code as far as our tables know it, e.g. '150203' →
 * '内蒙古自治区包头市昆都仑区', '110105' → '北京市' (province only); undefined when the
 * province prefix is unknown.
 */
export function findDivisionName(code: string): string | undefined {
  const province = PROVINCE_DIVISIONS[code.slice(0, 2)];
  if (!province) return undefined;
  if (code === BAOTOU_CITY_CODE) return `${province}包头市`;
  const district = BAOTOU_DIVISIONS[code];
  return district ? `${province}包头市${district}` : province;
}

/**
 * Plausibility warnings for a 6-digit division code (empty when plausible): an unknown province
 * prefix gives '行政区划代码未知'; a 1502xx code that is neither 包头市 nor one of its counties
 * gives a warning that it may be an old code.
 */
export function divisionWarnings(code: string): string[] {
  if (!PROVINCE_DIVISIONS[code.slice(0, 2)]) return [UNKNOWN_DIVISION];
  if (code.startsWith('1502') && code !== BAOTOU_CITY_CODE && !BAOTOU_DIVISIONS[code]) {
    return [`${UNKNOWN_DIVISION}：包头市无此区县代码 ${code}（可能为旧代码）`];
  }
  return [];
}
