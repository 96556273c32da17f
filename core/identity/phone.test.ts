import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['138 1234 5678', '13812345678', 'spaces'],
    ['138-1234-5678', '13812345678', 'hyphens'],
    ['１３８１２３４５６７８', '13812345678', 'full-width digits'],
    ['１３８\u3000１２３４\u3000５６７８', '13812345678', 'full-width spaces'],
    ['+86 138 1234 5678', '13812345678', '+86'],
    ['+86-13812345678', '13812345678', '+86-'],
    ['＋８６１３８１２３４５６７８', '13812345678', 'full-width +86'],
    ['008613812345678', '13812345678', '0086'],
    ['8613812345678', '13812345678', 'bare 86 before a mobile'],
    ['  19912345678 ', '19912345678', '199 range'],
    ['0472-1234567', '04721234567', 'Baotou landline'],
    ['(0472) 1234567', '04721234567', 'parenthesised area code'],
    ['０４７２－１２３４５６７', '04721234567', 'full-width landline'],
    ['0472—1234567', '04721234567', 'em dash'],
    ['010-87654321', '01087654321', 'Beijing 8 digits'],
    ['021-62345678', '02162345678', 'Shanghai'],
    ['0471-12345678', '047112345678', '4-digit area code, 8 digits'],
    ['+86 472 1234567', '04721234567', '+86 landline without trunk 0'],
    ['+86 10 87654321', '01087654321', '+86 Beijing without trunk 0'],
    ['+86 (0)472 1234567', '04721234567', '+86 (0)'],
  ])('%j → %s (%s)', (raw, phone) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, phone });
  });

  it.each([
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits'],
    ['12812345678', '12x is not a mobile range'],
    ['23812345678', 'no leading 1 or 0'],
    ['1234567', 'landline without area code'],
    ['04720234567', 'subscriber number starting 0'],
    ['0472-1234567-8001', 'extension'],
    ['0472-1234567转8001', 'extension in Chinese'],
    ['12348', 'service number'],
    ['400-123-4567', '400 number'],
    ['+1 415 555 0100', 'foreign'],
    ['138l2345678', 'letter l for digit 1'],
    ['', 'empty'],
    ['８６', 'country code only'],
  ])('%j is refused (%s)', (raw) => {
    expect(normalizePhone(raw)).toEqual({
      ok: false,
      code: 'FORMAT',
      message: '电话号码格式不正确：应为11位手机号码，或带区号的固定电话（如 0472-1234567）',
    });
  });

  it('is idempotent on its output', () => {
    for (const raw of ['+86 138 1234 5678', '0472-1234567', '010-87654321']) {
      const first = normalizePhone(raw);
      if (!first.ok) throw new Error('expected ok');
      expect(normalizePhone(first.phone)).toEqual(first);
    }
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '138****5678'],
    ['04721234567', '0472***4567'],
    ['0472-12345678', '0472****5678'],
    ['01087654321', '010****4321'],
    ['12348', '*****'],
    ['', ''],
  ])('%j → %j', (raw, masked) => {
    expect(maskPhone(raw)).toBe(masked);
  });
});
