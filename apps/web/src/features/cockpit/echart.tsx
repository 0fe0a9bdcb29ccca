import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the cockpit draws: bars and lines on a grid, with tooltip and legend.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartClick = { seriesId?: string; dataIndex: number };

type Props = {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the figures are also in the tables beside it). */
  label: string;
  onClick?: (event: ChartClick) => void;
  testId?: string;
};

/**
 * One ECharts chart (loaded only by the cockpit: this module is imported lazily). Resizes with its box and is
 * disposed with the component.
 */
export default function EChart({ option, height, label, onClick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const element = box.current;
    const instance = init(element);
    chart.current = instance;
    // Marks the chart drawn (animation over), so a browser test can wait for it before a screenshot.
    instance.on('finished', () => element.setAttribute('data-drawn', 'true'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    box.current?.removeAttribute('data-drawn');
    chart.current?.setOption(option, true);
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: { seriesId?: string; dataIndex: number }) =>
      onClick({ seriesId: params.seriesId, dataIndex: params.dataIndex });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
