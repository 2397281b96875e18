/** An embedded chart as data: type, ranges, position and Google Charts options. */
import type { CellRange } from './cells';
import type { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartTypeName } from './enums';

export type ChartRangeRef = CellRange;

/** An embedded chart's data; what a sheet stores and a built EmbeddedChart wraps. */
export interface ChartModel {
  /** Set once the chart is inserted in a sheet (getChartId is null before). */
  id: number | null;
  type: ChartTypeName | null;
  ranges: ChartRangeRef[];
  /** Nested Google Charts options ("hAxis.title" is options.hAxis.title); plain data only. */
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** -1: let Sheets detect the header rows. */
  numHeaders: number;
  mergeStrategy: keyof typeof ChartMergeStrategy;
  hiddenDimensionStrategy: keyof typeof ChartHiddenDimensionStrategy;
  transpose: boolean;
}

/** A deep copy of plain option data (arrays, objects, dates). */
export function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepCopy(x)])) as T;
  }
  return v;
}

export function copyChart(m: ChartModel): ChartModel {
  return { ...m, ranges: m.ranges.slice(), options: deepCopy(m.options) };
}

export function newChartModel(): ChartModel {
  return {
    id: null,
    type: null,
    ranges: [],
    options: {},
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    numHeaders: -1,
    mergeStrategy: 'MERGE_COLUMNS',
    // The documented default of setHiddenDimensionStrategy.
    hiddenDimensionStrategy: 'IGNORE_ROWS',
    transpose: false,
  };
}
