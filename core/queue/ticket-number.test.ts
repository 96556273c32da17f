import { businessDateOf } from '@core/calendar/business-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceCodes, services } from './services';
import {
  formatTicketNumber,
  MAX_TICKET_SEQUENCE,
  nextTicketSequence,
  parseTicketNumber,
  ticketSequenceScope,
} from './ticket-number';

const serviceCode = fc.constantFrom(...serviceCodes);
const sequence = fc.integer({ min: 1, max: MAX_TICKET_SEQUENCE });

describe('formatTicketNumber', () => {
  it.each([
    ['legal-aid', 17, 'B017'],
    ['consultation', 1, 'A001'],
    ['legal-aid', 99, 'B099'],
    ['mediation', 999, 'C999'],
    ['mediation', 1000, 'C1000'],
    ['aid-qualification', 9999, 'J9999'],
  ])('%s #%i → %s', (code, n, expected) => {
    expect(formatTicketNumber(code, n)).toBe(expected);
  });

  it.each([0, -1, 1.5, 10_000, Number.NaN, Number.POSITIVE_INFINITY])('rejects sequence %s', (n) => {
    expect(() => formatTicketNumber('legal-aid', n)).toThrow(RangeError);
  });

  it('rejects an unknown service', () => {
    expect(() => formatTicketNumber('divorce', 1)).toThrow(RangeError);
  });

  it('is 4 characters up to 999 and 5 from 1000 (property)', () => {
    fc.assert(
      fc.property(serviceCode, sequence, (code, n) => {
        expect(formatTicketNumber(code, n)).toHaveLength(n <= 999 ? 4 : 5);
      }),
    );
  });
});

describe('parseTicketNumber', () => {
  it('parses a canonical number', () => {
    expect(parseTicketNumber('B017')).toEqual({ prefix: 'B', serviceCode: 'legal-aid', sequence: 17 });
    expect(parseTicketNumber('C1000')).toEqual({ prefix: 'C', serviceCode: 'mediation', sequence: 1000 });
  });

  it.each([' B017 ', 'b017', 'Ｂ０１７', '\tB017\n'])('accepts typing variant %j', (text) => {
    expect(parseTicketNumber(text)).toEqual({ prefix: 'B', serviceCode: 'legal-aid', sequence: 17 });
  });

  it.each([
    '',
    'B',
    'B17',
    'B0017',
    'B000',
    'B0000',
    'B10000',
    'K001',
    'Z123',
    'BB01',
    'B01a',
    'B-01',
    '017',
    'B 017',
    'B٠١٧',
  ])('rejects %j', (text) => {
    expect(parseTicketNumber(text)).toBeUndefined();
  });

  it('round-trips format → parse (property)', () => {
    fc.assert(
      fc.property(serviceCode, sequence, (code, n) => {
        const parsed = parseTicketNumber(formatTicketNumber(code, n));
        expect(parsed).toEqual({
          prefix: services.find((s) => s.code === code)?.ticketPrefix,
          serviceCode: code,
          sequence: n,
        });
      }),
    );
  });

  it('round-trips parse → format for any accepted text (property)', () => {
    const candidate = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom('A', 'B', 'J', 'K', 'b', ' '), fc.stringMatching(/^\d{0,6}$/))
        .map(([p, d]) => p + d),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const parsed = parseTicketNumber(text);
        if (parsed)
          expect(formatTicketNumber(parsed.serviceCode, parsed.sequence)).toBe(
            text.normalize('NFKC').trim().toUpperCase(),
          );
      }),
    );
  });

  it('keeps ticket numbers unique per service (property)', () => {
    fc.assert(
      fc.property(serviceCode, serviceCode, sequence, sequence, (c1, c2, n1, n2) => {
        const same = formatTicketNumber(c1, n1) === formatTicketNumber(c2, n2);
        expect(same).toBe(c1 === c2 && n1 === n2);
      }),
    );
  });
});

describe('ticketSequenceScope', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2026-03-02T08:30:00+08:00', '2026-03-02'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
  ])('counts a ticket issued at %s on Beijing date %s', (instant, date) => {
    expect(ticketSequenceScope('legal-aid', new Date(instant))).toEqual({
      serviceCode: 'legal-aid',
      businessDate: date,
    });
  });

  it('uses the Beijing business date of the issue instant (property)', () => {
    fc.assert(
      fc.property(
        serviceCode,
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (code, instant) => {
          expect(ticketSequenceScope(code, instant)).toEqual({
            serviceCode: code,
            businessDate: businessDateOf(instant),
          });
        },
      ),
    );
  });

  it('rejects an unknown service and an invalid date', () => {
    expect(() => ticketSequenceScope('divorce', new Date())).toThrow(RangeError);
    expect(() => ticketSequenceScope('legal-aid', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('nextTicketSequence', () => {
  it('starts at 1 and counts up', () => {
    expect(nextTicketSequence(undefined)).toBe(1);
    expect(nextTicketSequence(1)).toBe(2);
    expect(nextTicketSequence(999)).toBe(1000);
    expect(nextTicketSequence(9998)).toBe(9999);
  });

  it('refuses past 9999 and bad input', () => {
    expect(() => nextTicketSequence(9999)).toThrow(/exhausted/);
    for (const bad of [0, -1, 2.5, 10_000, Number.NaN])
      expect(() => nextTicketSequence(bad)).toThrow(RangeError);
  });

  it('produces distinct, formattable numbers for a whole day (property)', () => {
    fc.assert(
      fc.property(serviceCode, fc.integer({ min: 1, max: 300 }), (code, count) => {
        const seen = new Set<string>();
        let last: number | undefined;
        for (let i = 0; i < count; i += 1) {
          last = nextTicketSequence(last);
          seen.add(formatTicketNumber(code, last));
        }
        expect(seen.size).toBe(count);
        expect(last).toBe(count);
      }),
      { numRuns: 30 },
    );
  });
});
