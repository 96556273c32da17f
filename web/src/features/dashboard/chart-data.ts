/**
 * What a dashboard chart's option holds, read back from the option itself: whether there is anything to
 * draw (ECharts draws a pie of all-zero values as equal slices, and empty bars as a bare grid, so an empty
 * period must show an empty state instead) and a text of its figures for the accessible name of the canvas.
 */

type Datum = number | string | null | undefined | { value?: unknown; name?: unknown };
interface SeriesLike {
  name?: unknown;
  type?: unknown;
  data?: readonly Datum[];
}
interface AxisLike {
  type?: unknown;
  data?: readonly unknown[];
}
export interface ChartOptionLike {
  series?: SeriesLike | readonly SeriesLike[];
  xAxis?: AxisLike | readonly AxisLike[];
  yAxis?: AxisLike | readonly AxisLike[];
}

const list = <T>(x: T | readonly T[] | undefined): readonly T[] =>
  x === undefined ? [] : Array.isArray(x) ? (x as readonly T[]) : [x as T];

function numberOf(datum: Datum): number | null {
  const raw = datum !== null && typeof datum === 'object' ? datum.value : datum;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** True when some series has a value other than 0 (a chart of only zeros, nulls or no rows is empty). */
export function chartHasData(option: ChartOptionLike): boolean {
  return list(option.series).some((s) => (s.data ?? []).some((d) => (numberOf(d) ?? 0) !== 0));
}

/**
 * Pie data whose zero slices keep their place (a click reports the data index) but draw no label or
 * label line: otherwise they pile up at the top of the pie, naming slices that are not there.
 */
export function pieSlices(slices: { value: number; name: string }[]) {
  return slices.map((s) =>
    s.value === 0 ? { ...s, label: { show: false }, labelLine: { show: false } } : s,
  );
}

const format = (n: number | null) => (n === null ? '—' : String(n));

/** Punctuation of the description: Chinese full-width, or English. */
const PUNCTUATION = {
  zh: { colon: '：', item: '；', series: '，' },
  en: { colon: ': ', item: '; ', series: ', ' },
};

/**
 * The figures as one line, e.g. `待回访 3；已办结 5` (a pie, or one series) or `法律援助：给予 4，不予 1；…`
 * (several series over a category axis), for screen readers and the browser tests.
 */
export function describeChart(option: ChartOptionLike, language: 'zh' | 'en' = 'zh'): string {
  const p = PUNCTUATION[language];
  const series = list(option.series);
  const categoryAxis = [...list(option.xAxis), ...list(option.yAxis)].find((a) => a.type === 'category');
  const categories = (categoryAxis?.data ?? []).map(String);
  const parts: string[] = [];
  for (const s of series) {
    if (s.type === 'pie') {
      for (const d of s.data ?? []) {
        const name = d !== null && typeof d === 'object' ? String(d.name ?? '') : '';
        parts.push(`${name} ${format(numberOf(d))}`);
      }
    }
  }
  const axisSeries = series.filter((s) => s.type !== 'pie');
  categories.forEach((category, i) => {
    const values = axisSeries.map((s) => {
      const v = format(numberOf(s.data?.[i]));
      return axisSeries.length > 1 && typeof s.name === 'string' ? `${s.name} ${v}` : v;
    });
    parts.push(
      axisSeries.length > 1
        ? `${category}${p.colon}${values.join(p.series)}`
        : `${category} ${values[0] ?? '—'}`,
    );
  });
  return parts.join(p.item);
}

/** Rough width in px of a label at ECharts' default 12px font: CJK characters full width, others half. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7;
  return width;
}

/** Widest category label of a horizontal axis before it is rotated, and the width a label is cut to. */
const UPRIGHT_TOTAL_PX = 420;
const ROTATED_LABEL_PX = 96;
const SIDE_LABEL_PX = 140;

type AxisOption = Record<string, unknown> & { type?: unknown; data?: readonly unknown[] };

/**
 * Every category label shown: ECharts hides labels of a crowded category axis (interval 'auto'), so
 * services, windows and units lost their names. A category axis gets `interval: 0`; on the x axis the
 * labels are rotated 45° (readable at 30px a category, a phone's width) when they would not fit side by side, and each label is cut with an ellipsis to
 * a fixed width (the axis tooltip and the chart's accessible name give the full name). A y axis
 * (horizontal bars, for long names) cuts its labels to 140px. An axisLabel the chart sets itself wins
 * (e.g. `interval: 'auto'` for a date axis of a month, where every label is not needed).
 */
export function withReadableCategoryAxes<T extends Record<string, unknown>>(option: T): T {
  const fix = (axis: unknown, horizontal: boolean): unknown => {
    if (Array.isArray(axis)) return axis.map((a) => fix(a, horizontal));
    if (axis === null || typeof axis !== 'object') return axis;
    const a = axis as AxisOption;
    if (a.type !== 'category') return axis;
    const names = (a.data ?? []).map((d) =>
      d !== null && typeof d === 'object' && 'value' in d ? String(d.value) : String(d),
    );
    const widest = Math.max(0, ...names.map(labelWidth));
    const crowded = horizontal && names.length * (widest + 8) > UPRIGHT_TOTAL_PX;
    const auto = horizontal
      ? crowded
        ? { interval: 0, rotate: 45, width: ROTATED_LABEL_PX, overflow: 'truncate', ellipsis: '…' }
        : { interval: 0, hideOverlap: false }
      : { interval: 0, width: SIDE_LABEL_PX, overflow: 'truncate', ellipsis: '…' };
    return { ...a, axisLabel: { ...auto, ...((a.axisLabel as object | undefined) ?? {}) } };
  };
  const hasCategory = [option.xAxis, option.yAxis]
    .flatMap((a) => (Array.isArray(a) ? a : [a]))
    .some((a) => a !== null && typeof a === 'object' && (a as AxisOption).type === 'category');
  if (!hasCategory) return option;
  const xAxis = fix(option.xAxis, true);
  const rotated = (Array.isArray(xAxis) ? xAxis : [xAxis]).some(
    (a) =>
      a !== null &&
      typeof a === 'object' &&
      'rotate' in (((a as AxisOption).axisLabel as object | undefined) ?? {}),
  );
  return {
    ...option,
    xAxis,
    yAxis: fix(option.yAxis, false),
    // Rotated labels reach down to where ECharts puts the legend: the legend goes to the top.
    ...(rotated && option.legend ? { legend: { top: 0, ...(option.legend as object) } } : {}),
    // The full name of a cut label: the axis tooltip names the category.
    tooltip: { trigger: 'axis', confine: true, ...((option.tooltip as object | undefined) ?? {}) },
  };
}
