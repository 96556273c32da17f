import { describe, expect, it } from 'vitest';
import { dateAxis, labelWidth, readableChart, wrappedLines } from './chart-data';

/** The option as ECharts gets it at a chart width (the helper keeps the option's type, which knows no axisLabel). */
const readable = (option: Record<string, unknown>, width = 540) =>
  readableChart(option, { width, height: 300 });

const SERVICES = [
  '法律咨询',
  '法律援助',
  '人民调解',
  '公证服务',
  '司法鉴定',
  '律师服务',
  '仲裁服务',
  '行政复议',
];
type Axis = { axisLabel: Record<string, unknown> };

describe('category axis labels of the dashboard charts: every one shown in full', () => {
  it('keeps labels that fit upright on one line', () => {
    const { option, height } = readable({ legend: {}, xAxis: { type: 'category', data: ['给予', '不予'] } });
    expect((option.xAxis as unknown as Axis).axisLabel).toEqual({ interval: 0, hideOverlap: false });
    expect(option.legend).toEqual({});
    expect(option.grid).toBeUndefined();
    expect(height).toBe(300);
  });

  it('wraps labels that fit in three lines upright, and grows the chart and its bottom margin by the lines added', () => {
    const statuses = ['待回访', '已回访，整改中', '已整改，待群众复评', '已办结'];
    const { option, height } = readable({ xAxis: { type: 'category', data: statuses } }, 400);
    // 400 × 75 % / 4 categories, less a gap: 67 px a label, two lines for the longest (9 characters).
    expect((option.xAxis as unknown as Axis).axisLabel).toEqual({
      interval: 0,
      hideOverlap: false,
      width: 67,
      overflow: 'break',
      lineHeight: 15,
    });
    expect(height).toBe(315);
    // The line added goes below the axis (ECharts' 80 px and 15), clear of the legend at the bottom.
    expect(option.grid).toEqual({ bottom: 95 });
    // English breaks between words: 'Rectified, awaiting re-rating' takes three lines at 67 px.
    const english = ['Awaiting call-back', 'Called back, being rectified', 'Rectified, awaiting re-rating'];
    const three = readable({ xAxis: { type: 'category', data: english } }, 400);
    expect(three.height).toBe(330);
    expect(three.option.grid).toEqual({ bottom: 110 });
  });

  it('gives three-line labels of 按重点群体 room above the legend at 1440 px (a 540 px card)', () => {
    const groups = ['老年人', '未成年人', '残疾人', '低保及低收入人口', '退役军人', '现役军人及军属'];
    const { option, height } = readable({
      legend: {},
      xAxis: { type: 'category', data: [...groups, '农民工讨薪', '孕妇', '非重点群体'] },
      yAxis: { type: 'value' },
    });
    // 540 × 75 % / 9, less a gap: 37 px, three characters a line; 低保及/低收入/人口 takes three lines.
    expect((option.xAxis as unknown as Axis).axisLabel).toMatchObject({ width: 37, overflow: 'break' });
    expect(option.legend).toEqual({});
    expect(option.grid).toEqual({ bottom: 110 });
    expect(height).toBe(330);
    // A bottom margin the chart sets itself grows the same, in px: 10 % of 300 px and a line.
    const own = readable({ grid: { left: 40, bottom: '10%' }, xAxis: { type: 'category', data: groups } });
    expect((own.option.xAxis as unknown as Axis).axisLabel).toMatchObject({ width: 66, overflow: 'break' });
    expect(own.option.grid).toEqual({ left: 40, bottom: 45 });
    expect(own.height).toBe(315);
  });

  it('rotates a crowded x axis 45° without an ellipsis, the legend on top, the chart taller for long names', () => {
    // Ten services at 540 px: 32 px a category, too narrow to wrap 法律援助资格管理 in three lines.
    const { option, height } = readable({
      legend: {},
      xAxis: { type: 'category', data: [...SERVICES, '法治宣传', '法律援助资格管理'] },
      yAxis: { type: 'value' },
    });
    expect(option.legend).toEqual({ top: 0 });
    const label = (option.xAxis as unknown as Axis).axisLabel;
    expect(label).toMatchObject({ interval: 0, rotate: 45, width: 96, overflow: 'break' });
    expect(label).not.toHaveProperty('ellipsis');
    expect((option.yAxis as { axisLabel?: unknown }).axisLabel).toBeUndefined();
    // 96 px at 45° and a line reach 83 px below the axis, 19 more than the grid's margin.
    expect(height).toBe(319);
    // Eight services of four characters have 42 px each: two lines upright rather than turned.
    expect(readable({ xAxis: { type: 'category', data: SERVICES } }).option.xAxis).toMatchObject({
      axisLabel: { width: 42, overflow: 'break' },
    });
    const windows = Array.from({ length: 10 }, (_, i) => `${i + 1}号 法律援助资格审核与咨询窗口`);
    const long = readable({ xAxis: { type: 'category', data: windows } });
    // Labels past 160 px wrap to a second line; 160 px and a line at 45° reach 139 px, 75 below the margin.
    expect((long.option.xAxis as unknown as Axis).axisLabel).toMatchObject({ rotate: 45, width: 160 });
    expect(long.height).toBe(375);
  });

  it('wraps long names of horizontal bars (category y axis) at two fifths of the width, a band tall enough for each', () => {
    const matters = ['刑事辩护', '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿'];
    const { option, height } = readable({
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: matters },
    });
    expect((option.yAxis as unknown as Axis).axisLabel).toEqual({
      interval: 0,
      width: 216,
      overflow: 'break',
      lineHeight: 15,
    });
    expect(height).toBe(300); // two bands of two lines fit the plot
    const eight = readable({
      yAxis: { type: 'category', data: [...matters, ...matters, ...matters, ...matters] },
    });
    // Eight bands of two lines (34 px each) need 272 px; the default grid leaves 155.
    expect(eight.height).toBe(417);
  });

  it('lets a chart keep its own axisLabel and tooltip, and leaves charts without categories alone', () => {
    const { option } = readable({
      tooltip: { trigger: 'item' },
      xAxis: [{ type: 'category', data: SERVICES, axisLabel: { interval: 'auto', rotate: 60 } }],
    });
    expect((option.xAxis as unknown as Axis[])[0]!.axisLabel).toMatchObject({ interval: 'auto', rotate: 60 });
    expect(option.tooltip).toMatchObject({ trigger: 'item' });
    const pie = { series: [{ type: 'pie', data: [] }] };
    expect(readableChart(pie, { width: 540, height: 300 })).toEqual({ option: pie, height: 300 });
  });

  it('shows the first and the last day of a chart by day, whatever it skips between', () => {
    const days = Array.from({ length: 60 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')}`);
    const { option } = readable({ xAxis: dateAxis(days), yAxis: { type: 'value' } });
    const label = (option.xAxis as unknown as Axis).axisLabel;
    expect(label).toMatchObject({ interval: 'auto', showMinLabel: true, showMaxLabel: true, rotate: 45 });
    expect((option.xAxis as { data: string[] }).data).toEqual(days);
  });

  it('names the category in the axis tooltip, confined to the chart', () => {
    const { option } = readable({ xAxis: { type: 'category', data: SERVICES } });
    expect(option.tooltip).toMatchObject({ trigger: 'axis', confine: true });
  });

  it('reads the grid the chart sets for the room a category has', () => {
    const data = ['一二三四五', '一二三四五'];
    // 60 px labels at 160 px: the default grid leaves 52 px a category (wrapped), 10 px margins 62 (upright).
    expect(readable({ xAxis: { type: 'category', data } }, 160).option.xAxis).toMatchObject({
      axisLabel: { width: 52, overflow: 'break' },
    });
    expect(
      readable({ grid: { left: 10, right: 10 }, xAxis: { type: 'category', data } }, 160).option.xAxis,
    ).toMatchObject({ axisLabel: { interval: 0, hideOverlap: false } });
  });
});

describe('label widths', () => {
  it('measures Chinese characters full width', () => {
    expect(labelWidth('法律援助')).toBe(48);
    expect(labelWidth('No. 3')).toBe(35);
  });

  it('wraps Chinese anywhere and English between words, cutting a word only when it is wider than a line', () => {
    expect(wrappedLines('法律援助', 48)).toBe(1);
    expect(wrappedLines('法律援助', 47)).toBe(2);
    expect(wrappedLines('已整改，待群众复评', 60)).toBe(2);
    expect(wrappedLines('Legal aid', 63)).toBe(1);
    expect(wrappedLines('Legal aid', 40)).toBe(2);
    expect(wrappedLines('reconsideration', 56)).toBe(2);
    expect(wrappedLines('', 40)).toBe(1);
  });
});
