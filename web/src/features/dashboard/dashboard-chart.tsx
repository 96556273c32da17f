/**
 * ECharts for the dashboard (bar, line, pie), tree-shaken; a click on a bar or slice reports its data index.
 * A chart with nothing but zeros shows an empty state (暂无数据) instead of equal slices or a bare grid.
 */

import { Empty } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { pick, useI18n } from '../../app/i18n';
import { CHART_COLORS } from '../queue/chart';
import { type ChartOptionLike, chartHasData, describeChart, withReadableCategoryAxes } from './chart-data';

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
  const { locale } = useI18n();
  const height = style?.height ?? 300;
  const noData = pick(locale, '暂无数据', 'No data');
  const zh = locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  if (!chartHasData(option as ChartOptionLike))
    return (
      <div
        data-testid="chart-empty"
        role="img"
        aria-label={`${label}${colon}${noData}`}
        style={{ minHeight: height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
      >
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={noData} />
      </div>
    );
  return (
    <div
      role="img"
      aria-label={`${label}${colon}${describeChart(option as ChartOptionLike, zh ? 'zh' : 'en')}`}
      style={{ cursor: onClick ? 'pointer' : undefined }}
    >
      <EChartsReactCore
        echarts={echarts}
        option={withReadableCategoryAxes({
          color: CHART_COLORS,
          textStyle: { fontFamily: 'inherit' },
          ...(option as Record<string, unknown>),
        })}
        notMerge
        style={style ?? { height }}
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
