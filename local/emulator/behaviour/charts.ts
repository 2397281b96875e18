/**
 * Embedded charts on a sheet: options as dotted Google Charts paths, which axis carries values
 * (bar charts are horizontal), and inserting, replacing and removing a sheet's charts.
 */
import { type ChartModel, copyChart, deepCopy } from '../state/chart';
import type { SheetModel } from '../state/spreadsheet';

/** Sets a dotted option path ("hAxis.title"), making the objects on the way; the value is copied. */
export function setPath(options: Record<string, unknown>, key: string, value: unknown): void {
  const parts = String(key).split('.');
  let node = options;
  for (const p of parts.slice(0, -1)) {
    const next = node[p];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[p] = {};
    node = node[p] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] ?? key] = deepCopy(value);
}

export function getPath(options: Record<string, unknown>, key: string): unknown {
  let node: unknown = options;
  for (const p of String(key).split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[p];
  }
  return node;
}

/** Bar charts are horizontal: their values run along hAxis. */
export const valueAxis = (m: ChartModel, key: string): string =>
  `${m.type === 'BAR' ? 'hAxis' : 'vAxis'}.${key}`;
export const categoryAxis = (m: ChartModel, key: string): string =>
  `${m.type === 'BAR' ? 'vAxis' : 'hAxis'}.${key}`;

/** Gives the chart an id unique in the spreadsheet (set on `m` too) and adds a copy to the sheet. */
export function insertChart(sheet: SheetModel, m: ChartModel): number {
  m.id = sheet.parent.newChartId();
  sheet.charts.push(copyChart(m));
  return m.id;
}

function indexOfChart(sheet: SheetModel, m: ChartModel): number {
  const i = sheet.charts.findIndex((c) => c.id !== null && c.id === m.id);
  // Message unconfirmed.
  if (i < 0) throw sheet.rt.error('The chart is not on this sheet.');
  return i;
}

/** Replaces the chart with the same id (a chart from getCharts().modify()...build()). */
export function updateChart(sheet: SheetModel, m: ChartModel): void {
  sheet.charts[indexOfChart(sheet, m)] = copyChart(m);
}

export function removeChart(sheet: SheetModel, m: ChartModel): void {
  sheet.charts.splice(indexOfChart(sheet, m), 1);
}

/** Copies of a sheet's charts, in insertion order (each getCharts call gives fresh objects). */
export const chartsOf = (sheet: SheetModel): ChartModel[] => sheet.charts.map(copyChart);
