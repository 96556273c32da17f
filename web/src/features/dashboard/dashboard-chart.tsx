/** ECharts for the dashboard (bar, line, pie), tree-shaken; a click on a bar or slice reports its data index. */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { CHART_COLORS } from '../queue/chart';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  CanvasRenderer,
]);

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  name: string;
}

export function DashboardChart({
  option,
  onClick,
  style,
  label,
}: {
  option: echarts.EChartsCoreOption;
  onClick?: (click: ChartClick) => void;
  style?: CSSProperties;
  /** Accessible name of the chart (the canvas itself says nothing). */
  label: string;
}) {
  return (
    <div role="img" aria-label={label} style={{ cursor: onClick ? 'pointer' : undefined }}>
      <EChartsReactCore
        echarts={echarts}
        option={{ color: CHART_COLORS, textStyle: { fontFamily: 'inherit' }, ...option }}
        notMerge
        style={style ?? { height: 300 }}
        onEvents={
          onClick
            ? {
                click: (params: { dataIndex: number; seriesIndex: number; name: string }) =>
                  onClick({
                    dataIndex: params.dataIndex,
                    seriesIndex: params.seriesIndex,
                    name: params.name,
                  }),
              }
            : {}
        }
      />
    </div>
  );
}
