import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMatterNumber, parseMatterNumber } from './matter-number';

describe('formatMatterNumber (GB/T 9704-2012 发文字号: 〔年份〕 and 第N号)', () => {
  it.each([
    [{ orgShort: '包', year: 2026, seq: 1 }, '包法援〔2026〕第0001号'],
    [{ orgShort: '包', year: 2026, seq: 123 }, '包法援〔2026〕第0123号'],
    [{ orgShort: '包', year: 2026, seq: 9999 }, '包法援〔2026〕第9999号'],
    [{ orgShort: '包', year: 2026, seq: 10000 }, '包法援〔2026〕第10000号'],
    [{ orgShort: '昆区', year: 2027, seq: 5 }, '昆区法援〔2027〕第0005号'],
    [{ orgShort: '包', year: 2026, seq: 7, typeWord: '调' }, '包调〔2026〕第0007号'],
  ])('%o → %s', (parts, expected) => {
    expect(formatMatterNumber(parts)).toBe(expected);
  });

  it('uses the 六角括号 〔〕 (U+3014/U+3015), not square or round brackets', () => {
    const number = formatMatterNumber({ orgShort: '包', year: 2026, seq: 1 });
    expect([...number].map((c) => c.codePointAt(0))).toContain(0x3014);
    expect([...number].map((c) => c.codePointAt(0))).toContain(0x3015);
  });

  it.each([
    [{ orgShort: '', year: 2026, seq: 1 }, /orgShort/],
    [{ orgShort: 'BT', year: 2026, seq: 1 }, /orgShort/],
    [{ orgShort: '包', year: 1999, seq: 1 }, /year/],
    [{ orgShort: '包', year: 2026.5, seq: 1 }, /year/],
    [{ orgShort: '包', year: 2026, seq: 0 }, /seq/],
    [{ orgShort: '包', year: 2026, seq: 1.5 }, /seq/],
    [{ orgShort: '包', year: 2026, seq: 1, typeWord: 'LA' }, /typeWord/],
  ])('refuses %o', (parts, message) => {
    expect(() => formatMatterNumber(parts)).toThrow(message);
  });
});

describe('parseMatterNumber', () => {
  it.each([
    ['包法援〔2026〕第0001号', { orgShort: '包', year: 2026, seq: 1 }],
    ['包法援[2026]1号', { orgShort: '包', year: 2026, seq: 1 }],
    [' 包法援（２０２６）第１２号 ', { orgShort: '包', year: 2026, seq: 12 }],
    ['包法援【2026】第0001号', { orgShort: '包', year: 2026, seq: 1 }],
    ['包法援 〔2026〕 第 1 号', { orgShort: '包', year: 2026, seq: 1 }],
    ['昆都仑区法援〔2026〕第10000号', { orgShort: '昆都仑区', year: 2026, seq: 10000 }],
  ])('reads %j', (text, parts) => {
    expect(parseMatterNumber(text)).toEqual({ ...parts, typeWord: '法援' });
  });

  it.each([
    '法援〔2026〕第1号',
    '包调〔2026〕第1号',
    '包法援〔2026〕第0号',
    '包法援〔26〕第1号',
    '包法援2026第1号',
    '',
  ])('rejects %j', (text) => {
    expect(parseMatterNumber(text)).toBeUndefined();
  });

  it('reads another type word when asked', () => {
    expect(parseMatterNumber('包调〔2026〕第0007号', '调')).toEqual({
      orgShort: '包',
      year: 2026,
      seq: 7,
      typeWord: '调',
    });
  });

  it('round-trips: parse(format(x)) = x', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('包', '昆区', '青山', '东河', '九原', '石拐', '白云', '土右', '固阳', '达茂'),
        fc.integer({ min: 2000, max: 9999 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (orgShort, year, seq) => {
          expect(parseMatterNumber(formatMatterNumber({ orgShort, year, seq }))).toEqual({
            orgShort,
            year,
            seq,
            typeWord: '法援',
          });
        },
      ),
    );
  });
});
