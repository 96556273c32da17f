import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, seededRandom, shuffled } from './index';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom('2026-03-02');
    const b = seededRandom('2026-03-02');
    const c = seededRandom('2026-03-03');
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = random();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });
});

describe('mulberry32', () => {
  it('repeats the same sequence for the same number, stays in [0, 1), and underlies seededRandom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          if (x !== b() || !(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
    // seededRandom('') hashes to FNV-1a's offset basis, 0x811c9dc5.
    const fromString = seededRandom('');
    const fromNumber = mulberry32(0x811c9dc5);
    expect(Array.from({ length: 5 }, () => fromString())).toEqual(
      Array.from({ length: 5 }, () => fromNumber()),
    );
  });
});

describe('shuffled', () => {
  it('is a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const out = shuffled(items, seededRandom(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('moves things around for some seed', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(['a', 'b', 'c'].some((s) => shuffled(items, seededRandom(s)).join() !== items.join())).toBe(true);
  });
});
