/** Sheet: one tab. Ranges, size, frozen panes, widths, rules, protections, charts and tab properties. */
import { chartsOf, insertChart, removeChart, updateChart } from '../behaviour/charts';
import { normalizeColor } from '../behaviour/colors';
import { checkedRect, resolveRange, wholeSheet } from '../behaviour/geometry';
import { type SheetSnapshot, snapshotSheet } from '../behaviour/snapshot';
import {
  checkColumns,
  checkCount,
  checkRows,
  deleteColumns,
  deleteRows,
  ensureSize,
  freezeColumns,
  freezeRows,
  hideSheet,
  insertColumns,
  insertRows,
  renameSheet,
  setColumnWidths,
  setRowHeights,
} from '../behaviour/structure';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from '../state/cells';
import { type ChartModel, newChartModel } from '../state/chart';
import { ProtectionType } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { ProtectionModel, type SheetModel } from '../state/spreadsheet';
import { make, modelOf, provide } from './factory';
import { facadeCache, instrument } from './instrument';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export class Sheet implements Partial<GSheet> {
  constructor(
    readonly rt: Runtime,
    readonly model: SheetModel,
  ) {}

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(name: string): GSheet {
    const n = String(name);
    renameSheet(this.model, n);
    return this._self();
  }
  getSheetId(): number {
    return this.model.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.model.index + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return make.spreadsheet(this.model.parent);
  }
  activate(): GSheet {
    const ss = this.model.parent;
    ss.active = this.model;
    ss.selection = { sheet: this.model, rect: { row: 1, col: 1, numRows: 1, numCols: 1 } };
    return this._self();
  }

  // ---- ranges

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof rowOrA1 === 'string') return make.range(this.rt, resolveRange(this.rt, this.model, rowOrA1));
    if (column === undefined) {
      throw this.rt.error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    const rect = checkedRect(this.rt, this.model, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
    return make.range(this.rt, { sheet: this.model, rect });
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return make.rangeList(
      this.rt,
      a1Notations.map((a1) => resolveRange(this.rt, this.model, a1)),
    );
  }
  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): GRange {
    const rows = Math.max(1, this.getLastRow());
    const cols = Math.max(1, this.getLastColumn());
    return make.range(this.rt, { sheet: this.model, rect: { row: 1, col: 1, numRows: rows, numCols: cols } });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, cols).getValues();
  }
  getActiveRange(): GRange | null {
    const sel = this.model.parent.selection;
    if (!sel || sel.sheet !== this.model) return null;
    return make.range(this.rt, { sheet: this.model, rect: sel.rect });
  }
  setActiveRange(range: GRange): GRange {
    return range.activate();
  }
  setActiveSelection(range: GRange | string): GRange {
    const r = typeof range === 'string' ? this.getRange(range) : range;
    return r.activate();
  }

  /** Last row/column with a value (formats alone do not count), 0 when empty. */
  getLastRow(): number {
    return this.model.content.lastRow();
  }
  getLastColumn(): number {
    return this.model.content.extent().cols;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxCols;
  }

  appendRow(rowContents: unknown[]): GSheet {
    const row = this.getLastRow() + 1;
    const cols = Math.max(1, rowContents.length);
    ensureSize(this.model, row, cols);
    if (rowContents.length > 0) {
      make
        .range(this.rt, { sheet: this.model, rect: { row, col: 1, numRows: 1, numCols: cols } })
        .setValues([rowContents]);
    }
    return this._self();
  }

  // ---- rows and columns

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    checkRows(this.model, afterPosition, 1);
    insertRows(this.model, afterPosition + 1, checkCount(this.model, howMany));
    return this._self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    checkRows(this.model, beforePosition, 1);
    insertRows(this.model, beforePosition, checkCount(this.model, howMany));
    return this._self();
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    checkColumns(this.model, afterPosition, 1);
    insertColumns(this.model, afterPosition + 1, checkCount(this.model, howMany));
    return this._self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    checkColumns(this.model, beforePosition, 1);
    insertColumns(this.model, beforePosition, checkCount(this.model, howMany));
    return this._self();
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteRows(this.model, rowPosition, howMany);
  }

  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this._self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteColumns(this.model, columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): GSheet {
    this.deleteColumns(columnPosition, 1);
    return this._self();
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = 0; c < (numColumns ?? 1); c++) this.model.hiddenColumns.add(columnIndex + c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = 0; c < (numColumns ?? 1); c++) this.model.hiddenColumns.delete(columnIndex + c);
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = 0; r < (numRows ?? 1); r++) this.model.hiddenRows.add(rowIndex + r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = 0; r < (numRows ?? 1); r++) this.model.hiddenRows.delete(rowIndex + r);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    setColumnWidths(this.model, startColumn, numColumns, width);
    return this._self();
  }

  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    setRowHeights(this.model, startRow, numRows, height);
    return this._self();
  }

  /** Sizes to content in the UI; recorded only, widths are left as they were. */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    checkColumns(this.model, startColumn, numColumns);
    this.model.autoResized.push({ start: startColumn, count: numColumns, dimension: 'COLUMNS' });
    return this._self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(startRow: number, numRows: number): GSheet {
    checkRows(this.model, startRow, numRows);
    this.model.autoResized.push({ start: startRow, count: numRows, dimension: 'ROWS' });
    return this._self();
  }

  // ---- frozen panes

  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  /** Refused when the freeze line would cut through a merged cell (behaviour/structure.ts). */
  setFrozenRows(rows: number): void {
    freezeRows(this.model, rows);
  }

  setFrozenColumns(columns: number): void {
    freezeColumns(this.model, columns);
  }

  // ---- rules and protections

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.conditionalRules.map((r) => make.conditionalRule(this.rt, r));
  }

  /** Replaces all rules of the sheet. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const data = Array.isArray(rules) ? rules.map((r) => modelOf.conditionalRule(r)) : [null];
    if (data.some((d) => d === null)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.model.conditionalRules = data as NonNullable<(typeof data)[number]>[];
  }

  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  /** A sheet has at most one sheet protection: protecting again returns the existing one. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const ss = this.model.parent;
    let p = ss.protections.find((x) => x.type === 'SHEET' && x.sheet === this.model);
    if (!p) {
      p = new ProtectionModel('SHEET', this.model, null);
      ss.protections.push(p);
    }
    return make.protection(p);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (!(t in ProtectionType)) throw this.rt.error('Invalid argument: type');
    return this.model.parent.protections
      .filter((p) => p.sheet === this.model && p.type === t)
      .map((p) => make.protection(p));
  }
  // ---- charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return make.chartBuilder(this.rt, newChartModel());
  }

  /** Charts in insertion order; each call gives fresh EmbeddedChart objects. */
  getCharts(): GChart[] {
    return chartsOf(this.model).map((c) => make.embeddedChart(this.rt, c));
  }

  /** Gives the chart an id unique in the spreadsheet (also seen by the chart object passed in). */
  insertChart(chart: GChart): void {
    insertChart(this.model, this._chart(chart, 'insertChart'));
  }

  /** Replaces the chart with the same id (a chart from getCharts().modify()...build()). */
  updateChart(chart: GChart): void {
    updateChart(this.model, this._chart(chart, 'updateChart'));
  }

  removeChart(chart: GChart): void {
    removeChart(this.model, this._chart(chart, 'removeChart'));
  }

  /** The URL of the form that sends its responses to this tab, or null. */
  getFormUrl(): string | null {
    return this.model.formUrl;
  }

  // ---- clearing

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this._all().clear(options ?? {});
    return this._self();
  }
  clearContents(): GSheet {
    this._all().clearContent();
    return this._self();
  }
  clearFormats(): GSheet {
    this._all().clearFormat();
    return this._self();
  }
  clearNotes(): GSheet {
    this._all().clearNote();
    return this._self();
  }

  // ---- tab

  getTabColor(): string | null {
    return this.model.tabColor;
  }
  setTabColor(color: string | null): GSheet {
    this.model.tabColor = color ? normalizeColor(color) : null;
    return this._self();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  hideSheet(): GSheet {
    hideSheet(this.model);
    return this._self();
  }

  showSheet(): GSheet {
    this.model.hidden = false;
    return this._self();
  }
  hasHiddenGridlines(): boolean {
    return this.model.hiddenGridlines;
  }
  setHiddenGridlines(hideGridlines: boolean): GSheet {
    this.model.hiddenGridlines = Boolean(hideGridlines);
    return this._self();
  }

  /** Inspection for tests and the runner (not counted). */
  snapshot(): SheetSnapshot {
    return snapshotSheet(this.model);
  }

  // ---- internals

  _chart(chart: unknown, method: string): ChartModel {
    const m = modelOf.chart(chart);
    if (!m) {
      throw this.rt.error(
        `The parameters (${chart === null ? 'null' : typeof chart}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    }
    return m;
  }
  _self(): GSheet {
    return this as unknown as GSheet;
  }
  _all(): GRange {
    return make.range(this.rt, { sheet: this.model, rect: wholeSheet(this.model) });
  }
}

instrument(Sheet, 'Sheet', 'spreadsheet', ['snapshot']);

const sheetOf = facadeCache((m: SheetModel) => new Sheet(m.rt, m) as unknown as GSheet);

provide({ sheet: sheetOf }, { sheet: (v) => (v instanceof Sheet ? v.model : null) });
