/** ECharts with only the parts the queue pages draw (bar, line; grid, tooltip, legend), tree-shaken. */
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  CanvasRenderer,
]);

/** The console's palette: government blue, red, gold, green. */
export const CHART_COLORS = ['#1a4fa3', '#c8102e', '#d48806', '#389e0d', '#722ed1'];

export function Chart({ option, style }: { option: echarts.EChartsCoreOption; style?: CSSProperties }) {
  return (
    <EChartsReactCore
      echarts={echarts}
      option={{ color: CHART_COLORS, textStyle: { fontFamily: 'inherit' }, ...option }}
      notMerge
      style={style ?? { height: 320 }}
    />
  );
}
