import { describe, expect, it } from 'vitest';
import { labelWidth, withReadableCategoryAxes } from './chart-data';

/** The option as ECharts gets it (the helper keeps the option's own type, which knows no axisLabel). */
const readable = (option: Record<string, unknown>) => withReadableCategoryAxes(option);

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

describe('category axis labels of the dashboard charts', () => {
  it('shows every label of a crowded x axis, rotated and cut with an ellipsis', () => {
    const option = readable({
      legend: {},
      xAxis: { type: 'category', data: SERVICES },
      yAxis: { type: 'value' },
    });
    // The legend leaves the bottom to the rotated labels.
    expect(option.legend).toEqual({ top: 0 });
    expect((option.xAxis as unknown as Axis).axisLabel).toMatchObject({
      interval: 0,
      rotate: 45,
      overflow: 'truncate',
      ellipsis: '…',
    });
    expect((option.yAxis as { axisLabel?: unknown }).axisLabel).toBeUndefined();
    // The full name of a cut label is in the axis tooltip.
    expect(option.tooltip).toMatchObject({ trigger: 'axis', confine: true });
  });

  it('keeps a few short labels upright, but still every one of them', () => {
    const option = readable({ legend: {}, xAxis: { type: 'category', data: ['给予', '不予'] } });
    expect((option.xAxis as unknown as Axis).axisLabel).toEqual({ interval: 0, hideOverlap: false });
    expect(option.legend).toEqual({});
  });

  it('cuts long names of horizontal bars (category y axis) to a fixed width', () => {
    const option = readable({
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: ['劳动关系或者劳动报酬纠纷以及其他很长的事项名称'] },
    });
    expect((option.yAxis as unknown as Axis).axisLabel).toMatchObject({
      interval: 0,
      width: 140,
      overflow: 'truncate',
    });
  });

  it('lets a chart keep its own axisLabel and tooltip, and leaves charts without categories alone', () => {
    const option = readable({
      tooltip: { trigger: 'item' },
      xAxis: [{ type: 'category', data: SERVICES, axisLabel: { interval: 'auto', rotate: 60 } }],
    });
    expect((option.xAxis as unknown as Axis[])[0]!.axisLabel).toMatchObject({ interval: 'auto', rotate: 60 });
    expect(option.tooltip).toMatchObject({ trigger: 'item' });
    const pie = { series: [{ type: 'pie', data: [] }] };
    expect(withReadableCategoryAxes(pie)).toBe(pie);
  });

  it('measures Chinese characters full width', () => {
    expect(labelWidth('法律援助')).toBe(48);
    expect(labelWidth('No. 3')).toBe(35);
  });
});
