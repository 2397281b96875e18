import type { RangeRef } from '../plan';

/**
 * A native Sheets chart as plain data. The Apps Script shell turns it into an
 * EmbeddedChartBuilder; the local renderer turns it into an echarts SVG. Both read the
 * chart's numbers from the tab at `range`, so the data a chart shows is always in the sheet.
 */

export type ChartKind =
  | 'bar-stacked-diverging'
  | 'bar-stacked'
  | 'bar'
  | 'column'
  | 'column-stacked'
  | 'line';

export interface ChartSeries {
  /** Equals the header cell of its column in `range`. */
  readonly name: string;
  readonly color: string;
  /** 0-based column index within `range` (0 is the category column). */
  readonly column: number;
  /** False for a series that only completes another (the right half of a split neutral). */
  readonly inLegend: boolean;
}

export interface ChartAxis {
  readonly min?: number;
  readonly max?: number;
  readonly format: 'percent' | 'number';
  /** Labels without a minus sign: a diverging chart's left side reads as a share too. */
  readonly absolute: boolean;
  readonly title?: string;
}

export interface ChartPosition {
  /** 1-based row and column of the cell the chart's top-left corner sits on. */
  readonly anchorRow: number;
  readonly anchorCol: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ChartSpec {
  readonly id: string;
  readonly kind: ChartKind;
  /** Says what is shown and for how many people. */
  readonly title: string;
  /** The data on the same tab: one header row, then one row per category; column 0 holds categories. */
  readonly range: RangeRef;
  readonly headerRows: 1;
  /** In stacking order (inner-most first on each side of a diverging chart). */
  readonly series: readonly ChartSeries[];
  readonly position: ChartPosition;
  /** Pixels. */
  readonly width: number;
  readonly height: number;
  /** The value axis (horizontal for bars, vertical for columns and lines). */
  readonly axis: ChartAxis;
  readonly legend: 'top' | 'bottom' | 'right' | 'none';
  readonly stacked: boolean;
  /** Bars (categories down the side) rather than columns. */
  readonly horizontal: boolean;
  /**
   * Each bar's value written beside it, in the data cells' number format: a 0% bar then reads
   * "0%", where without a label it looks like a figure that is missing.
   */
  readonly dataLabels: boolean;
  /**
   * Whether the chart plots rows hidden in the sheet. Sheets leaves them out by default; the
   * summary keeps its chart data in hidden rows, out of the reader's way, so its charts plot them.
   */
  readonly plotsHiddenRows: boolean;
}

/** What a chart builder returns: the chart with its data table, before the plan places both. */
export interface ChartDraft extends Omit<ChartSpec, 'range' | 'position' | 'headerRows' | 'plotsHiddenRows'> {
  /** Header row: the category heading, then one cell per series, in column order. */
  readonly header: readonly string[];
  /** One row per category: the category, then one number (or null for "no figure") per series. */
  readonly rows: readonly (readonly [string, ...(number | null)[]])[];
}

/**
 * The number format for the value axis, in the ICU pattern syntax Sheets charts use. The
 * second section drops the minus sign of negative values.
 */
export function axisNumberFormat(axis: ChartAxis): string {
  const base = axis.format === 'percent' ? '0%' : '0.##';
  return axis.absolute ? `${base};${base}` : base;
}

/** Formats one axis value the way `axisNumberFormat` shows it (for the local renderer). */
export function formatAxisValue(axis: ChartAxis, value: number): string {
  const v = axis.absolute ? Math.abs(value) : value;
  if (axis.format === 'percent') return `${Math.round(v * 100)}%`;
  return String(Math.round(v * 100) / 100);
}
