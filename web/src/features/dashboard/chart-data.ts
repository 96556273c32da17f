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

/**
 * How many lines a label takes when ECharts wraps it at `width` px (`overflow: 'break'`): a run of Latin
 * letters or digits (a word) moves whole to the next line, a CJK character or a punctuation mark may end
 * a line anywhere, and a word wider than a line is cut where it must. An estimate by labelWidth.
 */
export function wrappedLines(text: string, width: number): number {
  const pieces = text.match(/[A-Za-z0-9'’.-]+|[\s\S]/g) ?? [];
  let lines = 1;
  let used = 0;
  for (const piece of pieces) {
    let w = labelWidth(piece);
    if (used + w <= width) {
      used += w;
      continue;
    }
    if (/^\s$/.test(piece)) continue; // a space at the end of a line takes no room
    lines += used === 0 ? 0 : 1;
    while (w > width) {
      lines += 1;
      w -= width;
    }
    used = w;
  }
  return lines;
}

/**
 * The x axis of a chart by day (每日办件量): the dates follow each other, so ECharts may skip some labels of
 * a long period (interval 'auto', turned 45° by readableChart when crowded), but never the first and the last
 * day, which say what the period is (left to itself ECharts drops them when they crowd a neighbour).
 */
export function dateAxis(dates: readonly string[]) {
  return {
    type: 'category' as const,
    data: [...dates],
    axisLabel: { interval: 'auto' as const, showMinLabel: true, showMaxLabel: true },
  };
}

/** ECharts 6's grid when a chart sets none: 15% of the width on the left, 10% on the right; 65 px above, 80 below. */
const GRID = { left: 0.15, right: 0.1, top: 65, bottom: 80 };
/** Line height of a wrapped label, the most lines an upright x label wraps to, and a label's gap. */
const LINE_PX = 15;
const MAX_UPRIGHT_LINES = 3;
const GAP_PX = 8;
/** The widest a rotated label runs before it wraps (it then takes two lines, never an ellipsis). */
const ROTATED_LABEL_PX = 160;
/** Room below the x axis the default grid leaves for its labels once the legend is moved to the top. */
const ROOM_BELOW_PX = 64;

type AxisOption = Record<string, unknown> & { type?: unknown; data?: readonly unknown[] };
type GridOption = { left?: unknown; right?: unknown; top?: unknown; bottom?: unknown };

const px = (value: unknown, whole: number, fallback: number) =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value.endsWith('%')
      ? (Number.parseFloat(value) / 100) * whole
      : fallback;

/** A chart's option made readable at a width, and the height the chart needs for its labels. */
export interface ReadableChart<T> {
  option: T;
  height: number;
}

/**
 * Every category label shown in full — never cut with an ellipsis — and the chart grown to hold them.
 * ECharts hides labels of a crowded category axis (interval 'auto'), so every category axis gets
 * `interval: 0`. On the x axis, by the room each category has at the chart's `width`: labels that fit
 * stay upright on one line; labels that fit in up to three lines wrap upright (`overflow: 'break'`:
 * Chinese anywhere, English between words), the grid's bottom margin grown by the lines added so they keep
 * clear of the legend below; longer ones are rotated 45° and wrap past 160 px, with the legend moved to
 * the top. A y axis (horizontal bars, for long names such as legal-aid matters) wraps
 * its labels at two fifths of the width. ECharts 6 keeps axis labels inside the canvas by narrowing
 * the grid (`grid.outerBounds`, the successor of `containLabel`), so the grid makes room for wrapped
 * labels by itself; what wrapped or rotated labels take beyond the default grid's margins is added to
 * `height`, so the plot keeps its size. The axis tooltip names the category under the pointer in full.
 * An axisLabel the chart sets itself wins (e.g. `interval: 'auto'` for a date axis of a month).
 */
export function readableChart<T extends Record<string, unknown>>(
  option: T,
  size: { width: number; height: number },
): ReadableChart<T> {
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) as GridOption | undefined;
  const plotWidth =
    size.width -
    px(grid?.left, size.width, GRID.left * size.width) -
    px(grid?.right, size.width, GRID.right * size.width);
  const plotHeight =
    size.height - px(grid?.top, size.height, GRID.top) - px(grid?.bottom, size.height, GRID.bottom);
  let extra = 0;
  /** The lines upright wrapped x labels add below the axis, in px. */
  let below = 0;
  let rotated = false;
  const fix = (axis: unknown, horizontal: boolean): unknown => {
    if (Array.isArray(axis)) return axis.map((a) => fix(a, horizontal));
    if (axis === null || typeof axis !== 'object') return axis;
    const a = axis as AxisOption;
    if (a.type !== 'category') return axis;
    const own = (a.axisLabel as Record<string, unknown> | undefined) ?? {};
    const names = (a.data ?? []).map((d) =>
      d !== null && typeof d === 'object' && 'value' in d ? String(d.value) : String(d),
    );
    const widest = Math.max(0, ...names.map(labelWidth));
    const linesAt = (width: number) => Math.max(1, ...names.map((n) => wrappedLines(n, width)));
    let auto: Record<string, unknown>;
    if (horizontal) {
      const slot = Math.floor(plotWidth / Math.max(1, names.length)) - GAP_PX;
      const turned = typeof own.rotate === 'number' && own.rotate !== 0;
      if (!turned && widest <= slot) auto = { interval: 0, hideOverlap: false };
      else if (!turned && slot >= 36 && linesAt(slot) <= MAX_UPRIGHT_LINES) {
        auto = { interval: 0, hideOverlap: false, width: slot, overflow: 'break', lineHeight: LINE_PX };
        below = Math.max(below, (linesAt(slot) - 1) * LINE_PX);
        extra = Math.max(extra, below);
      } else {
        const angle = turned ? Math.abs(own.rotate as number) : 45;
        const width = Math.min(widest, ROTATED_LABEL_PX);
        auto = { interval: 0, rotate: 45, width, overflow: 'break', lineHeight: LINE_PX };
        const long = width + (linesAt(width) - 1) * LINE_PX;
        const reach = Math.ceil(long * Math.sin((angle * Math.PI) / 180) + LINE_PX);
        extra = Math.max(extra, reach - ROOM_BELOW_PX);
      }
    } else {
      const width = Math.min(widest, Math.max(96, Math.round(size.width * 0.4)));
      auto = { interval: 0, width, overflow: 'break', lineHeight: LINE_PX };
      extra = Math.max(extra, names.length * (linesAt(width) * LINE_PX + 4) - plotHeight);
    }
    const axisLabel = { ...auto, ...own };
    if ('rotate' in axisLabel && axisLabel.rotate) rotated = true;
    return { ...a, axisLabel };
  };
  const hasCategory = [option.xAxis, option.yAxis]
    .flatMap((a) => (Array.isArray(a) ? a : [a]))
    .some((a) => a !== null && typeof a === 'object' && (a as AxisOption).type === 'category');
  if (!hasCategory) return { option, height: size.height };
  const readable = {
    ...option,
    xAxis: fix(option.xAxis, true),
    yAxis: fix(option.yAxis, false),
    // Wrapped labels reach down to where ECharts puts the legend (the bottom; ECharts keeps labels inside the
    // canvas, not clear of the legend): the grid's bottom margin grows by their added lines, the chart with it.
    ...(below > 0 && !Array.isArray(option.grid)
      ? { grid: { ...(grid ?? {}), bottom: px(grid?.bottom, size.height, GRID.bottom) + below } }
      : {}),
    // Rotated labels reach down to where ECharts puts the legend: the legend goes to the top.
    ...(rotated && option.legend ? { legend: { top: 0, ...(option.legend as object) } } : {}),
    // The full name of a label, however it is laid out: the axis tooltip names the category.
    tooltip: { trigger: 'axis', confine: true, ...((option.tooltip as object | undefined) ?? {}) },
  };
  return { option: readable, height: size.height + Math.max(0, Math.ceil(extra)) };
}
