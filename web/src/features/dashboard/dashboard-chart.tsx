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
import { type CSSProperties, useLayoutEffect, useState } from 'react';
import { pick, useI18n } from '../../app/i18n';
import { CHART_COLORS } from '../queue/chart';
import { type ChartOptionLike, chartHasData, describeChart, readableChart } from './chart-data';

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

/** Before the first measure: the width of a half-width card on a 1440 px screen. */
const FIRST_WIDTH = 540;

/** The width of an element (given by a callback ref), followed as it changes: a resized window, a folded menu. */
function useWidth() {
  const [element, ref] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(FIRST_WIDTH);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return { ref, width };
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
  const { ref, width } = useWidth();
  const height = typeof style?.height === 'number' ? style.height : 300;
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
  const readable = readableChart(
    { color: CHART_COLORS, textStyle: { fontFamily: 'inherit' }, ...(option as Record<string, unknown>) },
    { width, height },
  );
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`${label}${colon}${describeChart(option as ChartOptionLike, zh ? 'zh' : 'en')}`}
      style={{ cursor: onClick ? 'pointer' : undefined }}
    >
      <EChartsReactCore
        echarts={echarts}
        option={readable.option}
        notMerge
        style={{ ...style, height: readable.height }}
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
