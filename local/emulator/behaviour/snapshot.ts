/**
 * Plain-data pictures of sheets for the xlsx/html writer and for tests: every grid covers the used
 * area (the last row/column with a value, a format, a merge or a validation), defaults filled in.
 */
import {
  type CellBorders,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  FORMAT_DEFAULTS,
  type FormatTypes,
} from '../state/cells';
import type { ChartModel } from '../state/chart';
import { WrapStrategy } from '../state/enums';
import type { Layer } from '../state/layer';
import type { Rect } from '../state/rect';
import type { SheetModel, SpreadsheetModel } from '../state/spreadsheet';
import { formatA1, quoteSheetName } from './a1';
import { toFormula, toValue } from './display';
import { evaluate } from './formulas';
import { describeConditional, describeValidation } from './rules';

export interface ValidationSnapshot {
  readonly criteria: string;
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface ConditionalFormatSnapshot {
  readonly ranges: string[];
  readonly criteria: string;
  readonly values: unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly strikethrough: boolean | null;
  readonly underline: boolean | null;
}

export interface ProtectionSnapshot {
  readonly type: 'RANGE' | 'SHEET';
  /** A1 of the protected range; null for a whole-sheet protection. */
  readonly range: string | null;
  readonly description: string;
  readonly warningOnly: boolean;
}

/** An embedded chart: its data, position and Google Charts options (see facades/chartBuilders.ts). */
export interface ChartSnapshot {
  readonly id: number;
  /** A Charts.ChartType name; null when the builder never set one (Sheets then picks a type). */
  readonly type: string | null;
  /** A1 of each data range; ranges on another tab carry its name ("'Data'!A1:B5"). */
  readonly ranges: string[];
  /** Nested Google Charts options, e.g. { title, hAxis: { title }, legend: { position } }. */
  readonly options: Record<string, unknown>;
  readonly title: string | null;
  /** 1-based anchor cell and pixel offsets (setPosition). */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
  /** Pixel size from the "width"/"height" options; null when not set. */
  readonly width: number | null;
  readonly height: number | null;
  readonly stacked: boolean;
  /** -1 when Sheets detects the header rows. */
  readonly numHeaders: number;
  readonly mergeStrategy: string;
  readonly hiddenDimensionStrategy: string;
  readonly transposeRowsAndColumns: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly sheetId: number;
  /** 1-based tab position. */
  readonly index: number;
  readonly hidden: boolean;
  readonly tabColor: string | null;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** As getLastRow()/getLastColumn(): the extent of values only. */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The size of every grid below: values, formats, merges and validations included. */
  readonly rows: number;
  readonly columns: number;
  /** As getValues(): a formula cell holds its computed value here and its text in `formulas`. */
  readonly values: (string | number | boolean | Date)[][];
  readonly formulas: string[][];
  readonly backgrounds: string[][];
  readonly fontWeights: string[][];
  readonly fontStyles: string[][];
  readonly fontColors: string[][];
  readonly fontSizes: number[][];
  readonly fontFamilies: string[][];
  readonly fontLines: string[][];
  readonly hAligns: string[][];
  readonly vAligns: string[][];
  readonly numberFormats: string[][];
  readonly wraps: boolean[][];
  readonly wrapStrategies: string[][];
  readonly notes: string[][];
  readonly validations: (ValidationSnapshot | null)[][];
  readonly borders: (CellBorders | null)[][];
  readonly merges: string[];
  readonly mergeRects: Rect[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Pixel width of columns 1..columns. */
  readonly columnWidths: number[];
  /** Pixel height of rows 1..rows. */
  readonly rowHeights: number[];
  readonly hiddenColumns: number[];
  readonly hiddenRows: number[];
  readonly conditionalFormats: ConditionalFormatSnapshot[];
  readonly protections: ProtectionSnapshot[];
  /** Embedded charts in insertion order. */
  readonly charts: ChartSnapshot[];
  /** The URL of the form whose responses this tab receives, or null. */
  readonly formUrl: string | null;
}

export interface SpreadsheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly activeSheet: string;
  readonly sheets: SheetSnapshot[];
}

function usedArea(m: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const layer of m.allLayers()) {
    const e = layer.extent();
    rows = Math.max(rows, e.rows);
    cols = Math.max(cols, e.cols);
  }
  for (const r of m.merges) {
    rows = Math.max(rows, r.row + r.numRows - 1);
    cols = Math.max(cols, r.col + r.numCols - 1);
  }
  return { rows, cols };
}

export function snapshotSheet(m: SheetModel): SheetSnapshot {
  evaluate(m);
  const { rows, cols } = usedArea(m);
  const grid = <T, U>(layer: Layer<T>, fn: (v: T | undefined) => U): U[][] =>
    layer.read(0, 0, rows, cols, fn);
  const f = m.formats;
  const withDefault = <K extends keyof typeof FORMAT_DEFAULTS>(k: K): FormatTypes[K][][] =>
    grid(f[k] as Layer<FormatTypes[K]>, (v) => v ?? (FORMAT_DEFAULTS[k] as FormatTypes[K]));
  const lastContent = m.content.extent();
  return {
    name: m.name,
    sheetId: m.id,
    index: m.index + 1,
    hidden: m.hidden,
    tabColor: m.tabColor,
    maxRows: m.maxRows,
    maxColumns: m.maxCols,
    lastRow: lastContent.rows,
    lastColumn: lastContent.cols,
    rows,
    columns: cols,
    values: grid(m.content, toValue),
    formulas: grid(m.content, toFormula),
    backgrounds: withDefault('background'),
    fontWeights: withDefault('fontWeight'),
    fontStyles: withDefault('fontStyle'),
    fontColors: withDefault('fontColor'),
    fontSizes: withDefault('fontSize'),
    fontFamilies: withDefault('fontFamily'),
    fontLines: withDefault('fontLine'),
    hAligns: withDefault('hAlign'),
    vAligns: withDefault('vAlign'),
    numberFormats: withDefault('numberFormat'),
    wraps: grid(f.wrap, (v) => v === WrapStrategy.WRAP),
    wrapStrategies: withDefault('wrap'),
    notes: withDefault('note'),
    validations: grid(f.validation, (v) => (v ? describeValidation(v) : null)),
    borders: grid(f.border, (v) => v ?? null),
    merges: m.merges.map(formatA1),
    mergeRects: m.merges.map((r) => ({ ...r })),
    frozenRows: m.frozenRows,
    frozenColumns: m.frozenColumns,
    columnWidths: Array.from({ length: cols }, (_, i) => m.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH),
    rowHeights: Array.from({ length: rows }, (_, i) => m.rowHeights.get(i + 1) ?? DEFAULT_ROW_HEIGHT),
    hiddenColumns: [...m.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...m.hiddenRows].sort((a, b) => a - b),
    conditionalFormats: m.conditionalRules.map(describeConditional),
    protections: m.parent.protections
      .filter((p) => p.sheet === m)
      .map((p) => ({
        type: p.type,
        range: p.rect ? formatA1(p.rect) : null,
        description: p.description,
        warningOnly: p.warningOnly,
      })),
    charts: m.charts.map((c) => snapshotChart(m, c)),
    formUrl: m.formUrl,
  };
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function snapshotChart(home: SheetModel, c: ChartModel): ChartSnapshot {
  const copy = JSON.parse(JSON.stringify(c.options)) as Record<string, unknown>;
  return {
    id: c.id ?? 0,
    type: c.type,
    ranges: c.ranges.map((r) =>
      r.sheet === home ? formatA1(r.rect) : `${quoteSheetName(r.sheet.name)}!${formatA1(r.rect)}`,
    ),
    options: copy,
    title: typeof c.options.title === 'string' ? c.options.title : null,
    anchorRow: c.anchorRow,
    anchorColumn: c.anchorColumn,
    offsetX: c.offsetX,
    offsetY: c.offsetY,
    width: numberOrNull(c.options.width),
    height: numberOrNull(c.options.height),
    stacked: c.options.isStacked === true,
    numHeaders: c.numHeaders,
    mergeStrategy: c.mergeStrategy,
    hiddenDimensionStrategy: c.hiddenDimensionStrategy,
    transposeRowsAndColumns: c.transpose,
  };
}

export function snapshotSpreadsheet(ss: SpreadsheetModel): SpreadsheetSnapshot {
  return {
    id: ss.id,
    name: ss.name,
    timeZone: ss.timeZone,
    activeSheet: ss.active.name,
    sheets: ss.sheets.map(snapshotSheet),
  };
}
