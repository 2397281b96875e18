import type { ChartSeries, ChartSpec } from '../../src/core/charts/spec';
import type { ChartSnapshot } from '../emulator';
import { rectOfA1 } from './a1';

type Axis = { format?: string; title?: string; viewWindow?: { min?: number; max?: number } };

/**
 * The chart as Sheets holds it (type, range, options), read back into a spec for the local
 * renderer: the preview draws what the inserted chart says, not what the plan meant to say.
 */
export function specFromSnapshot(c: ChartSnapshot, values: readonly (readonly unknown[])[]): ChartSpec {
  const range = rectOfA1(c.ranges[0] ?? 'A1:A1');
  const horizontal = c.type === 'BAR';
  const o = c.options as {
    series?: Record<string, { color?: string; visibleInLegend?: boolean; dataLabel?: string }>;
    hAxis?: Axis;
    vAxis?: Axis;
    legend?: { position?: ChartSpec['legend'] };
  };
  const axis = (horizontal ? o.hAxis : o.vAxis) ?? {};
  const header = values[range.row - 1] ?? [];
  const series: ChartSeries[] = [];
  for (let i = 1; i < range.cols; i++) {
    const opt = o.series?.[String(i - 1)] ?? {};
    series.push({
      name: String(header[range.col - 1 + i] ?? `Series ${i}`),
      color: opt.color ?? '#777777',
      column: i,
      inLegend: opt.visibleInLegend !== false,
    });
  }
  const format = axis.format ?? '';
  const min = axis.viewWindow?.min;
  return {
    id: String(c.id),
    kind: c.stacked
      ? horizontal
        ? min !== undefined && min < 0
          ? 'bar-stacked-diverging'
          : 'bar-stacked'
        : 'column-stacked'
      : horizontal
        ? 'bar'
        : c.type === 'LINE'
          ? 'line'
          : 'column',
    title: c.title ?? '',
    range,
    headerRows: 1,
    series,
    position: { anchorRow: c.anchorRow, anchorCol: c.anchorColumn, offsetX: c.offsetX, offsetY: c.offsetY },
    width: c.width ?? 600,
    height: c.height ?? 371,
    axis: {
      format: format.includes('%') ? 'percent' : 'number',
      absolute: format.includes(';'),
      ...(min === undefined ? {} : { min }),
      ...(axis.viewWindow?.max === undefined ? {} : { max: axis.viewWindow.max }),
      ...(axis.title ? { title: axis.title } : {}),
    },
    legend: o.legend?.position ?? 'right',
    stacked: c.stacked,
    horizontal,
    dataLabels: Object.values(o.series ?? {}).some((x) => x.dataLabel === 'value'),
    // IGNORE_COLUMNS still plots hidden rows.
    plotsHiddenRows:
      c.hiddenDimensionStrategy === 'SHOW_BOTH' || c.hiddenDimensionStrategy === 'IGNORE_COLUMNS',
  };
}
