import * as echarts from 'echarts';
import { formatAxisValue } from '../../src/core/charts/spec';
import type { ChartSpec } from '../../src/core/charts/spec';

type Option = echarts.EChartsOption;

/**
 * Renders a ChartSpec to SVG with echarts' server-side renderer, for the local preview. The
 * data is read from the tab's values at `spec.range`, the way Sheets reads it, so the preview
 * shows what the Sheets chart shows (and a wrong range shows up as a wrong picture).
 */

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly color: string;
    readonly inLegend: boolean;
    readonly values: readonly (number | null)[];
  }[];
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? '' : String(v);
};

/** Sheets plots numbers only: blanks, text (such as a hidden-figure marker) and booleans are gaps. */
const cellNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The header row names the series; each later row is a category (column 0) and its values.
 * Rows hidden in the sheet are left out unless the chart plots hidden rows, as in Sheets.
 */
export function readChartData(
  spec: ChartSpec,
  values: readonly (readonly unknown[])[],
  hiddenRows: readonly number[] = [],
): ChartData {
  const { row, col, rows } = spec.range;
  const at = (r: number, c: number): unknown => values[r - 1]?.[c - 1];
  const skip = new Set(spec.plotsHiddenRows ? [] : hiddenRows);
  const body: number[] = [];
  for (let r = row + spec.headerRows; r < row + rows; r++) if (!skip.has(r)) body.push(r);
  return {
    categories: body.map((r) => cellText(at(r, col))),
    series: spec.series.map((s) => ({
      name: cellText(at(row, col + s.column)) || s.name,
      color: s.color,
      inLegend: s.inLegend,
      values: body.map((r) => cellNumber(at(r, col + s.column))),
    })),
  };
}

function legendOption(spec: ChartSpec, data: ChartData): echarts.LegendComponentOption {
  const names = data.series.filter((s) => s.inLegend).map((s) => s.name);
  const common = {
    show: spec.legend !== 'none',
    data: names,
    itemGap: 14,
    textStyle: { fontSize: 11, width: spec.legend === 'right' ? 130 : 160, overflow: 'truncate' as const },
  };
  switch (spec.legend) {
    case 'right':
      return { ...common, orient: 'vertical', right: 8, top: 'middle', width: 150 };
    case 'bottom':
      return { ...common, bottom: 4 };
    default:
      return { ...common, top: 34 };
  }
}

/** The echarts option equivalent of the spec, data included. */
export function chartOption(spec: ChartSpec, data: ChartData): Option {
  const valueAxis: echarts.XAXisComponentOption & echarts.YAXisComponentOption = {
    type: 'value',
    min: spec.axis.min,
    max: spec.axis.max,
    ...(spec.axis.title ? { name: spec.axis.title } : {}),
    axisLabel: { formatter: (v: number) => formatAxisValue(spec.axis, v) },
  };
  const categoryAxis: echarts.XAXisComponentOption & echarts.YAXisComponentOption = {
    type: 'category',
    data: [...data.categories],
    // Sheets lists a bar chart's first row at the top.
    inverse: spec.horizontal,
    axisLabel: spec.horizontal
      ? { width: Math.round(spec.width * 0.35), overflow: 'truncate', fontSize: 11 }
      : { width: 90, overflow: 'truncate', interval: 0, rotate: 30, fontSize: 11 },
  };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'Arial, sans-serif' },
    title: {
      text: spec.title,
      left: 'center',
      top: 6,
      textStyle: { fontSize: 13, width: spec.width - 24, overflow: 'truncate' },
    },
    legend: legendOption(spec, data),
    grid: {
      // echarts measures labels with Arial's widths; room for a wider fallback font (DejaVu Sans
      // where Arial is missing) keeps a long category label from running off the left edge.
      left: spec.horizontal ? 12 + Math.round(spec.width * 0.035) : 12,
      right: spec.legend === 'right' ? 170 : 24,
      top: spec.legend === 'top' ? 62 : 40,
      bottom: spec.legend === 'bottom' ? 36 : 12,
      containLabel: true,
    },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: data.series.map((s) => seriesOption(spec, s)),
  };
}

function seriesOption(
  spec: ChartSpec,
  s: ChartData['series'][number],
): echarts.BarSeriesOption | echarts.LineSeriesOption {
  const common = {
    name: s.name,
    // '-' is echarts' gap, as a blank cell is in Sheets.
    data: s.values.map((v) => (v === null ? '-' : v)),
    itemStyle: { color: s.color },
    ...(spec.stacked ? { stack: 'total', stackStrategy: 'samesign' as const } : {}),
    // Value labels past each bar's end, as the chart's dataLabel option draws them; a gap gets none.
    ...(spec.dataLabels
      ? {
          label: {
            show: true,
            position: spec.horizontal ? ('right' as const) : ('top' as const),
            fontSize: 10,
            formatter: (p: { value?: unknown }) =>
              typeof p.value === 'number' ? formatAxisValue({ ...spec.axis, absolute: false }, p.value) : '',
          },
        }
      : {}),
  };
  return spec.kind === 'line'
    ? { ...common, type: 'line', lineStyle: { color: s.color } }
    : { ...common, type: 'bar' };
}

export function renderChartSvg(
  spec: ChartSpec,
  sheet: { readonly values: readonly (readonly unknown[])[]; readonly hiddenRows?: readonly number[] },
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption(chartOption(spec, readChartData(spec, sheet.values, sheet.hiddenRows)));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
