import { groupColor } from './palette';
import { barChartHeight, CHART_WIDTH, COLUMN_CHART_HEIGHT, columnChartWidth } from './size';
import type { ChartDraft } from './spec';

/** One series of a clustered chart: a value per category, null where there is no figure to show. */
export interface ClusterSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * Side-by-side bars (or columns) of shares, one series per group. A null value stays a blank
 * cell, which Sheets leaves out of the chart: a hidden figure is never drawn, not even as 0,
 * and has no label, where a real 0 is labelled "0%".
 */
export function clusteredChart(args: {
  readonly id: string;
  readonly title: string;
  readonly categoryHeading: string;
  readonly categories: readonly string[];
  readonly series: readonly ClusterSeries[];
  readonly horizontal: boolean;
  readonly axisTitle?: string;
}): ChartDraft {
  const k = args.series.length;
  const n = args.categories.length;
  return {
    id: args.id,
    kind: args.horizontal ? 'bar' : 'column',
    title: args.title,
    header: [args.categoryHeading, ...args.series.map((s) => s.name)],
    rows: args.categories.map((c, i) => [c, ...args.series.map((s) => s.values[i] ?? null)]),
    series: args.series.map((s, i) => ({
      name: s.name,
      color: groupColor(i),
      column: i + 1,
      inLegend: true,
    })),
    width: args.horizontal ? CHART_WIDTH : columnChartWidth(n, k),
    height: args.horizontal ? barChartHeight(n, k) : COLUMN_CHART_HEIGHT,
    axis: {
      min: 0,
      max: 1,
      format: 'percent',
      absolute: false,
      ...(args.axisTitle ? { title: args.axisTitle } : {}),
    },
    legend: args.horizontal ? 'right' : 'top',
    stacked: false,
    horizontal: args.horizontal,
    // Side-by-side bars are compared one by one: each says its value, and a 0% bar says "0%".
    dataLabels: true,
  };
}
