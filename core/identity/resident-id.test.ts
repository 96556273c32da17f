import { describe, expect, it } from 'vitest';
import { BAOTOU_CITY_CODE, BAOTOU_DIVISIONS, findDivisionName, PROVINCE_DIVISIONS } from './divisions';
import {
  maskResidentId,
  parseResidentId,
  type ResidentIdResult,
  residentIdCheckChar,
  upgradeResidentId15,
} from './resident-id';

const today = '2025-06-30';
const parse = (raw: string) => parseResidentId(raw, { today });

describe('residentIdCheckChar (ISO 7064 MOD 11-2)', () => {
  it.each([
    ['34052419800101001', 'X'], // verified test vector (rules §8.1)
    ['15020319900101123', '2'],
    ['15020219850615002', '6'],
    ['11010519491001001', '5'],
    ['11010520250101002', 'X'],
  ])('%s → %s', (body, check) => {
    expect(residentIdCheckChar(body)).toBe(check);
  });

  it('refuses anything but 17 ASCII digits', () => {
    expect(() => residentIdCheckChar('3405241980010100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('3405241980010100X')).toThrow(RangeError);
    expect(() => residentIdCheckChar('３４05241980010100１')).toThrow(RangeError);
  });
});

describe('upgradeResidentId15', () => {
  it.each([
    ['340524800101001', '34052419800101001X'],
    ['150203900101123', '150203199001011232'],
    ['150202850615002', '150202198506150026'],
  ])('%s → %s', (old, upgraded) => {
    expect(upgradeResidentId15(old)).toBe(upgraded);
  });

  it('refuses anything but 15 digits', () => {
    expect(() => upgradeResidentId15('15020390010112')).toThrow(RangeError);
  });
});

describe('parseResidentId: valid numbers', () => {
  it.each<[string, string, Partial<ResidentIdResult>]>([
    [
      '34052419800101001X',
      'verified test vector',
      {
        id: '34052419800101001X',
        birthDate: '1980-01-01',
        sex: 'male',
        divisionCode: '340524',
        warnings: [],
      },
    ],
    [
      '34052419800101001x',
      'lower-case x',
      { id: '34052419800101001X', birthDate: '1980-01-01', warnings: [] },
    ],
    ['３４０５２４１９８００１０１００１Ｘ', 'full-width digits and X', { id: '34052419800101001X' }],
    ['３４０５２４１９８００１０１００１ｘ', 'full-width lower-case x', { id: '34052419800101001X' }],
    ['  150203199001011232  ', 'leading and trailing spaces', { id: '150203199001011232' }],
    ['\u3000150203 19900101 1232\u3000', 'ASCII and full-width spaces inside', { id: '150203199001011232' }],
    ['150203199001011232\t\n', 'tab and newline', { id: '150203199001011232' }],
    ['\u200B150203199001011232\uFEFF', 'zero-width characters', { id: '150203199001011232' }],
    [
      '150203199001011232',
      'Baotou 昆都仑区, male',
      { birthDate: '1990-01-01', sex: 'male', divisionCode: '150203', warnings: [] },
    ],
    [
      '150202198506150026',
      'Baotou 东河区, female',
      { birthDate: '1985-06-15', sex: 'female', divisionCode: '150202', warnings: [] },
    ],
    ['150221200002290040', '29 Feb 2000 (leap year), female', { birthDate: '2000-02-29', sex: 'female' }],
    ['150200199001011233', '包头市 city-level code', { divisionCode: '150200', warnings: [] }],
    ['150203190001011231', 'born 1900-01-01, the earliest accepted', { birthDate: '1900-01-01' }],
    ['110105194910010015', 'Beijing', { birthDate: '1949-10-01', divisionCode: '110105', warnings: [] }],
  ])('%j (%s)', (raw, _why, expected) => {
    const result = parse(raw);
    expect(result.ok).toBe(true);
    expect(result).toMatchObject(expected);
  });

  it('upgrades a 15-digit number and says so', () => {
    expect(parse('340524800101001')).toEqual({
      ok: true,
      id: '34052419800101001X',
      birthDate: '1980-01-01',
      sex: 'male',
      divisionCode: '340524',
      warnings: ['15位旧号码已升级为18位'],
    });
    expect(parse(' １５０２０２８５０６１５００２ ')).toMatchObject({
      ok: true,
      id: '150202198506150026',
      sex: 'female',
      birthDate: '1985-06-15',
    });
  });

  it('warns on an unknown province prefix, without refusing', () => {
    expect(parse('990000199001011239')).toMatchObject({ ok: true, warnings: ['行政区划代码未知'] });
  });

  it('warns on a 1502xx code that is not a Baotou county', () => {
    const result = parse('150208199001011234');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/^行政区划代码未知/);
    }
  });

  it('flags residence permits of HK/Macao/Taiwan residents', () => {
    expect(parse('810000199001011230')).toMatchObject({
      ok: true,
      warnings: ['该号码为港澳台居民居住证号码，请按居住证登记'],
    });
  });

  it('accepts a birth date equal to today, refuses the day after', () => {
    expect(parseResidentId('11010520250101002X', { today: '2025-01-01' }).ok).toBe(true);
    expect(parseResidentId('11010520250101002X', { today: '2024-12-31' })).toMatchObject({
      ok: false,
      code: 'BIRTH_DATE',
    });
  });

  it('defaults today to the Beijing business date of now', () => {
    expect(parseResidentId('34052419800101001X').ok).toBe(true);
    expect(parseResidentId('150203209901011234')).toMatchObject({ ok: false, code: 'BIRTH_DATE' });
  });

  it('throws RangeError on a bad today', () => {
    expect(() => parseResidentId('34052419800101001X', { today: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('parseResidentId: refused numbers', () => {
  it.each([
    ['34052419800101001', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', '17 digits'],
    ['34052419800101001X1', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', '19 characters'],
    ['', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', 'empty'],
    ['   ', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', 'spaces only'],
    ['3405241980010100', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', '16 digits'],
    ['340524-19800101-001X', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', 'hyphens are not stripped'],
    ['3405241980O101001X', 'FORMAT', '公民身份号码只能由数字组成，18位号码的最后一位可以是X', 'letter O'],
    ['X40524198001010012', 'FORMAT', '公民身份号码只能由数字组成，18位号码的最后一位可以是X', 'X first'],
    ['34052419800101001Y', 'FORMAT', '公民身份号码只能由数字组成，18位号码的最后一位可以是X', 'Y as check'],
    ['34052480010100X', 'FORMAT', '公民身份号码只能由数字组成，18位号码的最后一位可以是X', 'X in 15 digits'],
    ['340524198001010010', 'CHECK_DIGIT', '校验码错误，请核对号码', 'wrong check digit'],
    ['340524198001010019', 'CHECK_DIGIT', '校验码错误，请核对号码', 'wrong check digit 9'],
    ['150203199001011233', 'CHECK_DIGIT', '校验码错误，请核对号码', 'wrong check digit 3'],
    ['150203199001011X32', 'FORMAT', '公民身份号码只能由数字组成，18位号码的最后一位可以是X', 'X inside'],
    ['34052419800102001X', 'CHECK_DIGIT', '校验码错误，请核对号码', 'birth day mistyped'],
    ['340524198001010001X', 'FORMAT', '公民身份号码应为18位（或15位旧号码）', 'one digit too many'],
  ])('%j → %s (%s)', (raw, code, message) => {
    expect(parse(raw)).toEqual({ ok: false, code, message });
  });

  it.each([
    ['150203199902301237', '1999-02-30 不是真实日期', '2月30日'],
    ['150203199913011235', '1999-13-01 不是真实日期', 'month 13'],
    ['150203199900001230', '1999-00-00 不是真实日期', 'month 0'],
    ['150221200102290048', '2001-02-29 不是真实日期', '29 Feb in a common year'],
    ['150203203001011231', '晚于今天（2025-06-30）', 'future birth date'],
    ['150203189912311237', '早于1900年1月1日', 'before 1900'],
    ['150203990230123', '1999-02-30 不是真实日期', '15-digit with 2月30日'],
  ])('%s → BIRTH_DATE %s (%s)', (raw, detail) => {
    const result = parse(raw);
    expect(result).toEqual({ ok: false, code: 'BIRTH_DATE', message: `出生日期无效：${detail}` });
  });
});

describe('maskResidentId', () => {
  it.each([
    ['150203199001011234', '1502**********1234'],
    ['34052419800101001X', '3405**********001X'],
    ['150203900101123', '1502*******1123'],
    ['123456789', '1234*6789'],
    ['12345678', '********'],
    ['', ''],
  ])('%j → %j', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
});

describe('division tables', () => {
  it('holds the 34 province-level prefixes 11…65, 71, 81, 82', () => {
    const prefixes = Object.keys(PROVINCE_DIVISIONS);
    expect(prefixes).toHaveLength(34);
    for (const p of prefixes) expect(/^(?:[1-6]\d|71|81|82)$/.test(p)).toBe(true);
    expect(PROVINCE_DIVISIONS['15']).toBe('内蒙古自治区');
  });

  it('holds Baotou and its nine counties', () => {
    expect(BAOTOU_CITY_CODE).toBe('150200');
    expect(BAOTOU_DIVISIONS).toEqual({
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
  });

  it.each([
    ['150203', '内蒙古自治区包头市昆都仑区'],
    ['150200', '内蒙古自治区包头市'],
    ['150102', '内蒙古自治区'],
    ['110105', '北京市'],
    ['990000', undefined],
  ])('findDivisionName(%s) = %s', (code, name) => {
    expect(findDivisionName(code)).toBe(name);
  });
});
