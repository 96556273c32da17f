/**
 * Chinese numerals as used in article numbers of PRC legislation (第一千零四十条, 第一百二十条之一). The
 * statute books write numbers in the "small" form (一二三…十百千), with 〇 or 零 for a skipped place, 两
 * occasionally for 2, and a leading 十 for 10–19 (第十七条). Arabic and full-width digits are accepted too.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Characters that may appear in a Chinese numeral (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万';

/**
 * Parses a numeral below 100,000,000 written in Chinese (一千零四十 → 1040, 十七 → 17, 二〇二一 → 2021 as
 * a digit string) or in Arabic / full-width digits. Returns undefined for anything else (empty, stray
 * characters, a unit without a value such as 百百).
 */
export function parseChineseNumber(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const ascii = value.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number.parseInt(ascii, 10);
  // A bare digit string such as 二〇二一 (years) has no units.
  if ([...value].every((c) => c in DIGITS) && value.length > 1) {
    return Number.parseInt([...value].map((c) => DIGITS[c]).join(''), 10);
  }
  const wan = value.split('万');
  if (wan.length > 2) return undefined;
  if (wan.length === 2) {
    const high = parseBelowTenThousand(wan[0] ?? '');
    const low = wan[1] === '' ? 0 : parseBelowTenThousand(wan[1] ?? '');
    if (high === undefined || high === 0 || low === undefined) return undefined;
    return high * 10_000 + low;
  }
  return parseBelowTenThousand(value);
}

function parseBelowTenThousand(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of text) {
    const digit = DIGITS[c];
    if (digit !== undefined) {
      if (pending !== undefined && pending !== 0) return undefined; // 一二 without a unit between
      pending = digit;
      continue;
    }
    const unit = UNITS[c];
    if (unit === undefined || unit >= lastUnit) return undefined;
    // A leading 十 means 一十 (十七 = 17); elsewhere a unit needs a digit before it.
    if (pending === undefined && !(unit === 10 && total === 0)) return undefined;
    if (pending === 0) return undefined;
    total += (pending ?? 1) * unit;
    pending = undefined;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}

/**
 * Writes 1–99,999 as the statute books do: 17 → 十七, 110 → 一百一十, 1040 → 一千零四十, 1001 → 一千零一.
 */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000) throw new RangeError(`out of range: ${n}`);
  if (n === 0) return '零';
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    return `${formatChineseNumber(high)}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${formatBelowTenThousand(low, true)}`}`;
  }
  return formatBelowTenThousand(n, false);
}

function formatBelowTenThousand(n: number, inner: boolean): string {
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [size, unit] of places) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 10–19 standing alone are 十…; inside a larger number they keep the 一 (一百一十).
    out += size === 10 && digit === 1 && out === '' && !inner ? unit : `${SMALL[digit]}${unit}`;
  }
  if (rest > 0) out += `${zero ? '零' : ''}${SMALL[rest]}`;
  return out;
}
