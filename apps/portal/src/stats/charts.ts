/**
 * The statistics charts, loaded lazily by `<xf-statistics-page>` (dynamic import) so ECharts never weighs on
 * the first paint of any page. Only what is drawn is imported: the core, bar and pie charts, the grid,
 * tooltip and aria components, and the SVG renderer (crisp when printed, text stays text).
 */
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Lang, StatTable } from './tables.js';

use([BarChart, PieChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast). */
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0f766e', '#be185d', '#4d7c0f'];

/**
 * Draws one table into `el` (bar or pie) and returns the chart, to be disposed with the element.
 * The chart's own aria description (AriaComponent) lists every figure for screen readers.
 */
export function drawChart(el: HTMLElement, table: StatTable, lang: Lang): EChartsType {
  const chart = init(el, undefined, { renderer: 'svg', locale: lang === 'en' ? 'EN' : 'ZH' });
  const aria = { enabled: true, decal: { show: false } };
  if (table.chart === 'pie') {
    chart.setOption({
      color: PALETTE,
      aria,
      animation: false,
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          name: table.title,
          radius: ['35%', '70%'],
          data: table.rows.map((r) => ({ name: r.label, value: r.value })),
          label: { formatter: '{b}: {c}' },
        },
      ],
    });
  } else {
    chart.setOption({
      color: PALETTE,
      aria,
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: table.rows.map((r) => r.label), inverse: true },
      series: [
        {
          type: 'bar',
          name: table.title,
          data: table.rows.map((r) => r.value),
          label: { show: true, position: 'right' },
        },
      ],
    });
  }
  return chart;
}
