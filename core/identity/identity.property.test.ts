import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../calendar/iso-date';
import { normalizePersonName } from './person-name';
import { normalizePhone } from './phone';
import { maskResidentId, parseResidentId, residentIdCheckChar } from './resident-id';
import { parseUscc, USCC_ALPHABET, usccCheckChar } from './uscc';

const today = '2025-06-30';
const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A valid 17-digit body: any division code, a real birth date 1900-01-01…today, any sequence. */
const validBody = fc
  .tuple(
    digits(6),
    fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay(today) }).map(fromEpochDay),
    digits(3),
  )
  .map(([division, birth, sequence]) => `${division}${birth.replaceAll('-', '')}${sequence}`);

const validId = validBody.map((body) => body + residentIdCheckChar(body));

/** ISO 7064 MOD 11-2 value of a check character. */
const checkValue = (c: string) => (c === 'X' ? 10 : Number(c));

describe('resident ID check digit properties', () => {
  it('any 17 digits + computed check satisfy Σ value × 2^(17−i) ≡ 1 (mod 11)', () => {
    fc.assert(
      fc.property(digits(17), (body) => {
        const id = body + residentIdCheckChar(body);
        let sum = 0;
        for (let i = 0; i < 18; i += 1) sum += checkValue(id[i] ?? '') * 2 ** (17 - i);
        expect(sum % 11).toBe(1);
      }),
    );
  });

  it('a valid body with its computed check digit parses', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const result = parseResidentId(id, { today });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.id).toBe(id);
          expect(result.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
        }
      }),
    );
  });

  it('any single-character change is refused (CHECK_DIGIT unless it breaks the birth date)', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (id, pos, delta) => {
          const alphabet = pos === 17 ? '0123456789X' : '0123456789';
          const old = id[pos] ?? '';
          const replacement = alphabet[(alphabet.indexOf(old) + delta) % alphabet.length] ?? '';
          fc.pre(replacement !== old);
          const changed = id.slice(0, pos) + replacement + id.slice(pos + 1);
          const result = parseResidentId(changed, { today });
          expect(result.ok).toBe(false);
          if (!result.ok && (pos < 6 || pos >= 14)) expect(result.code).toBe('CHECK_DIGIT');
        },
      ),
    );
  });

  it('any swap of two adjacent different digits in 1–17 is refused', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 15 }), (id, pos) => {
        const a = id[pos] ?? '';
        const b = id[pos + 1] ?? '';
        fc.pre(a !== b);
        const swapped = id.slice(0, pos) + b + a + id.slice(pos + 2);
        expect(parseResidentId(swapped, { today }).ok).toBe(false);
      }),
    );
  });

  it('full width, lower-case x and surrounding spaces do not change the result', () => {
    fc.assert(
      fc.property(validId, fc.constantFrom(' ', '\u3000', '\t', ''), (id, pad) => {
        const fullWidth = [...id.toLowerCase()]
          .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          .join('');
        const expected = parseResidentId(id, { today });
        expect(parseResidentId(`${pad}${fullWidth}${pad}`, { today })).toEqual(expected);
        expect(parseResidentId(`${pad}${id.toLowerCase()}${pad}`, { today })).toEqual(expected);
      }),
    );
  });

  it('a 15-digit number upgrades to an 18-digit number that parses the same', () => {
    fc.assert(
      fc.property(
        digits(6),
        fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('1999-12-31') }).map(fromEpochDay),
        digits(3),
        (division, birth, sequence) => {
          const old = `${division}${birth.slice(2).replaceAll('-', '')}${sequence}`;
          const result = parseResidentId(old, { today });
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.birthDate).toBe(birth);
            expect(parseResidentId(result.id, { today })).toMatchObject({
              ok: true,
              id: result.id,
              birthDate: birth,
            });
          }
        },
      ),
    );
  });

  it('masking keeps the length, the first 4 and the last 4', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
      }),
    );
  });
});

describe('USCC check code properties', () => {
  const char = fc.constantFrom(...USCC_ALPHABET);
  const validUscc = fc
    .tuple(char, char, digits(6), fc.array(char, { minLength: 9, maxLength: 9 }))
    .map(([authority, type, division, subject]) => `${authority}${type}${division}${subject.join('')}`)
    .map((body) => body + usccCheckChar(body));

  it('a body with its computed check code parses, and T + check ≡ 0 (mod 31)', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const result = parseUscc(code);
        expect(result.ok).toBe(true);
        let total = 0;
        for (let i = 0; i < 17; i += 1) total += USCC_ALPHABET.indexOf(code[i] ?? '') * 3 ** i;
        expect((total + USCC_ALPHABET.indexOf(code[17] ?? '')) % 31).toBe(0);
      }),
    );
  });

  it('any single-character change is refused', () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, pos, delta) => {
          const old = code[pos] ?? '';
          const replacement = USCC_ALPHABET[(USCC_ALPHABET.indexOf(old) + delta) % 31] ?? '';
          const changed = code.slice(0, pos) + replacement + code.slice(pos + 1);
          const result = parseUscc(changed);
          expect(result.ok).toBe(false);
          if (!result.ok && (pos < 2 || pos >= 8)) expect(result.code).toBe('CHECK_CODE');
        },
      ),
    );
  });

  it('lower case and full width do not change the result', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        const fullWidth = [...code.toLowerCase()]
          .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          .join('');
        expect(parseUscc(fullWidth)).toEqual(parseUscc(code));
        expect(parseUscc(code.toLowerCase())).toEqual(parseUscc(code));
      }),
    );
  });
});

describe('phone and name properties', () => {
  it('any mainland mobile, however written, normalises to its 11 digits', () => {
    const mobile = fc
      .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), digits(9))
      .map(([second, rest]) => `1${second}${rest}`);
    const prefix = fc.constantFrom('', '+86', '+86 ', '0086', '86');
    fc.assert(
      fc.property(mobile, prefix, (m, p) => {
        const spaced = `${p}${m.slice(0, 3)} ${m.slice(3, 7)}-${m.slice(7)}`;
        expect(normalizePhone(spaced)).toEqual({ ok: true, phone: m });
      }),
    );
  });

  it('normalizePersonName is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (raw) => {
        const once = normalizePersonName(raw);
        expect(normalizePersonName(once)).toBe(once);
      }),
    );
  });

  it('keeps every character outside the BMP', () => {
    const cjkExtB = fc.integer({ min: 0x20000, max: 0x2a6df }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(cjkExtB, { minLength: 1, maxLength: 10 }), (chars) => {
        const name = chars.join('');
        expect(normalizePersonName(` ${name} `)).toBe(name);
        expect([...normalizePersonName(name)]).toHaveLength(chars.length);
      }),
    );
  });
});
