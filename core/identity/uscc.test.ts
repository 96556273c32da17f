import { describe, expect, it } from 'vitest';
import { parseUscc, USCC_ALPHABET, usccCheckChar } from './uscc';

describe('usccCheckChar (GB 32100-2015, mod 31)', () => {
  it.each([
    ['91110000600037341', 'L'], // verified test vector (rules §8.2)
    ['91150200MA0N000X0', '3'],
    ['Y1150203MA0000001', '5'],
    ['31150000MA0N12345', 'U'],
    ['A1110000000000001', 'G'],
  ])('%s → %s', (body, check) => {
    expect(usccCheckChar(body)).toBe(check);
  });

  it('has the 31-character alphabet without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const c of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(c);
  });

  it('refuses bodies of the wrong length or alphabet', () => {
    expect(() => usccCheckChar('9111000060003734')).toThrow(RangeError);
    expect(() => usccCheckChar('9111000060003734I')).toThrow(RangeError);
  });
});

describe('parseUscc', () => {
  it.each([
    ['91110000600037341L', '91110000600037341L', 'verified test vector'],
    ['91110000600037341l', '91110000600037341L', 'lower case'],
    ['９１１１００００６０００３７３４１Ｌ', '91110000600037341L', 'full width'],
    [' 9111 0000 6000 3734 1L\u3000', '91110000600037341L', 'spaces'],
    ['91150200ma0n000x03', '91150200MA0N000X03', 'Baotou enterprise, lower case letters'],
    ['Y1150203MA00000015', 'Y1150203MA00000015', 'authority Y (其他)'],
    ['N2150200000000001U', 'N2150200000000001U', 'authority N (农业)'],
    ['A1110000000000001G', 'A1110000000000001G', 'authority A'],
    ['31150000MA0N12345U', '31150000MA0N12345U', '31 law firm'],
  ])('%j → %s (%s)', (raw, code) => {
    expect(parseUscc(raw)).toEqual({ ok: true, code, warnings: [] });
  });

  it('national-level division 100000 is known, an unknown province warns', () => {
    expect(parseUscc('91100000100000001Q')).toEqual({ ok: true, code: '91100000100000001Q', warnings: [] });
    expect(parseUscc('91990000MA0000001B')).toEqual({
      ok: true,
      code: '91990000MA0000001B',
      warnings: ['行政区划代码未知'],
    });
  });

  it.each([
    ['91110000600037341', 'FORMAT', '统一社会信用代码应为18位', '17 characters'],
    ['91110000600037341LL', 'FORMAT', '统一社会信用代码应为18位', '19 characters'],
    ['', 'FORMAT', '统一社会信用代码应为18位', 'empty'],
    ['9111-0000-6000-3734', 'FORMAT', '统一社会信用代码应为18位', 'hyphens make it 19 long'],
    [
      '91110000-600037341',
      'FORMAT',
      '统一社会信用代码含有无效字符（只能是数字和除I、O、S、V、Z以外的大写字母）',
      'hyphen',
    ],
    [
      '91110000600037341I',
      'FORMAT',
      '统一社会信用代码含有无效字符（只能是数字和除I、O、S、V、Z以外的大写字母）',
      'I',
    ],
    [
      '9111000060003734OL',
      'FORMAT',
      '统一社会信用代码含有无效字符（只能是数字和除I、O、S、V、Z以外的大写字母）',
      'O',
    ],
    [
      'Z1110000600037341L',
      'FORMAT',
      '统一社会信用代码含有无效字符（只能是数字和除I、O、S、V、Z以外的大写字母）',
      'Z',
    ],
    [
      '911A0000600037341L',
      'FORMAT',
      '统一社会信用代码第3至8位应为6位数字的行政区划代码',
      'letter in division',
    ],
    [
      '9111000M600037341L',
      'FORMAT',
      '统一社会信用代码第3至8位应为6位数字的行政区划代码',
      'letter at position 8',
    ],
    ['91110000600037341K', 'CHECK_CODE', '校验码错误，请核对代码', 'wrong check'],
    ['91110000600037342L', 'CHECK_CODE', '校验码错误，请核对代码', 'body mistyped'],
    ['92110000600037341L', 'CHECK_CODE', '校验码错误，请核对代码', 'type changed'],
  ])('%j → %s (%s)', (raw, code, message) => {
    expect(parseUscc(raw)).toEqual({ ok: false, code, message });
  });
});
