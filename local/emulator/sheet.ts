/** Sheet: one tab. Ranges, size, frozen panes, widths, rules, protections and tab properties. */
import { parseA1, type Rect, resolveA1 } from './a1';
import { ConditionalFormatRule } from './builders';
import { chartModelOf, copyChart, EmbeddedChart, newChartBuilder } from './charts';
import { normalizeColor } from './colors';
import { instrument } from './counter';
import { ProtectionType } from './enums';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, ProtectionModel, type SheetModel } from './model';
import { protectionOf } from './protection';
import { Range, RangeList } from './range';
import type { Runtime } from './runtime';
import { type SheetSnapshot, snapshotSheet } from './snapshot';
import { spreadsheetOf } from './spreadsheet';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export const MAX_SHEET_NAME = 100;

/** Bounds checks of getRange(row, column, numRows, numColumns), with the real messages. */
export function checkedRect(
  rt: Runtime,
  m: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): Rect {
  const [r, c, nr, nc] = [row, col, numRows, numCols].map((n) => Math.trunc(Number(n))) as [
    number,
    number,
    number,
    number,
  ];
  if (!(r >= 1)) throw rt.error('The starting row of the range is too small.');
  if (!(c >= 1)) throw rt.error('The starting column of the range is too small.');
  if (!(nr >= 1)) throw rt.error('The number of rows in the range must be at least 1.');
  if (!(nc >= 1)) throw rt.error('The number of columns in the range must be at least 1.');
  if (r + nr - 1 > m.maxRows || c + nc - 1 > m.maxCols) {
    throw rt.error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row: r, col: c, numRows: nr, numCols: nc };
}

/** Resolves an A1 reference (optionally "'Tab'!A1:B2") against `m` or the named sheet. */
export function rangeFromA1(rt: Runtime, m: SheetModel, a1: string): Range {
  const p = parseA1(String(a1));
  const target = p?.sheetName ? m.parent.findSheet(p.sheetName) : m;
  if (!p || !target) throw rt.error('Range not found');
  const r = resolveA1(p, target.maxRows, target.maxCols);
  return new Range(rt, target, checkedRect(rt, target, r.row, r.col, r.numRows, r.numCols));
}

/**
 * Name rules: at most 100 characters, not empty, unique ignoring case. The collision message is
 * the real one; the texts for empty and too-long names are the emulator's own (unconfirmed).
 */
export function checkSheetName(rt: Runtime, m: SheetModel['parent'], name: string, self?: SheetModel): void {
  if (name.trim() === '') throw rt.error('The sheet name cannot be empty.');
  if (name.length > MAX_SHEET_NAME) {
    throw rt.error(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  }
  const other = m.findSheet(name);
  if (other && other !== self) {
    throw rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export class Sheet
  implements
    Pick<
      GSheet,
      | 'activate'
      | 'appendRow'
      | 'autoResizeColumn'
      | 'autoResizeColumns'
      | 'autoResizeRows'
      | 'clear'
      | 'clearConditionalFormatRules'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getActiveRange'
      | 'getCharts'
      | 'getColumnWidth'
      | 'getConditionalFormatRules'
      | 'getDataRange'
      | 'getFrozenColumns'
      | 'getFormUrl'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getRangeList'
      | 'getRowHeight'
      | 'getSheetId'
      | 'getSheetName'
      | 'getSheetValues'
      | 'getTabColor'
      | 'hasHiddenGridlines'
      | 'hideColumns'
      | 'hideRows'
      | 'hideSheet'
      | 'insertChart'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isColumnHiddenByUser'
      | 'isRowHiddenByUser'
      | 'isSheetHidden'
      | 'newChart'
      | 'protect'
      | 'removeChart'
      | 'setActiveRange'
      | 'setActiveSelection'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'setFrozenColumns'
      | 'setFrozenRows'
      | 'setHiddenGridlines'
      | 'setName'
      | 'setRowHeight'
      | 'setRowHeights'
      | 'setTabColor'
      | 'showColumns'
      | 'showRows'
      | 'showSheet'
      | 'updateChart'
    >
{
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
    checkSheetName(this.rt, this.model.parent, n, this.model);
    this.model.name = n;
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
    return spreadsheetOf(this.model.parent);
  }
  activate(): GSheet {
    const ss = this.model.parent;
    ss.active = this.model;
    ss.selection = { sheet: this.model, rect: { row: 1, col: 1, numRows: 1, numCols: 1 } };
    return this._self();
  }

  // ---- ranges

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof rowOrA1 === 'string') return rangeFromA1(this.rt, this.model, rowOrA1) as unknown as GRange;
    if (column === undefined) {
      throw this.rt.error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    }
    const rect = checkedRect(this.rt, this.model, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
    return new Range(this.rt, this.model, rect) as unknown as GRange;
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => rangeFromA1(this.rt, this.model, a1));
    return new RangeList(this.rt, ranges) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): GRange {
    const rows = Math.max(1, this.getLastRow());
    const cols = Math.max(1, this.getLastColumn());
    return new Range(this.rt, this.model, {
      row: 1,
      col: 1,
      numRows: rows,
      numCols: cols,
    }) as unknown as GRange;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, cols).getValues();
  }
  getActiveRange(): GRange | null {
    const sel = this.model.parent.selection;
    if (!sel || sel.sheet !== this.model) return null;
    return new Range(this.rt, this.model, sel.rect) as unknown as GRange;
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
    if (row > this.model.maxRows) this.model.insertRows(this.model.maxRows + 1, row - this.model.maxRows);
    if (cols > this.model.maxCols)
      this.model.insertColumns(this.model.maxCols + 1, cols - this.model.maxCols);
    if (rowContents.length > 0)
      new Range(this.rt, this.model, { row, col: 1, numRows: 1, numCols: cols }).setValues([rowContents]);
    return this._self();
  }

  // ---- rows and columns

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this._checkRow(afterPosition, 1);
    this.model.insertRows(afterPosition + 1, this._count(howMany));
    return this._self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this._checkRow(beforePosition, 1);
    this.model.insertRows(beforePosition, this._count(howMany));
    return this._self();
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this._checkCol(afterPosition, 1);
    this.model.insertColumns(afterPosition + 1, this._count(howMany));
    return this._self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this._checkCol(beforePosition, 1);
    this.model.insertColumns(beforePosition, this._count(howMany));
    return this._self();
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._checkRow(rowPosition, howMany);
    // Sheets refuses to delete every row; the message is the emulator's own (unconfirmed).
    if (howMany >= this.model.maxRows) throw this.rt.error("You can't delete all the rows on the sheet.");
    this.model.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this._self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._checkCol(columnPosition, howMany);
    if (howMany >= this.model.maxCols) throw this.rt.error("You can't delete all the columns on the sheet.");
    this.model.deleteColumns(columnPosition, howMany);
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
    this._checkCol(startColumn, numColumns);
    for (let c = 0; c < numColumns; c++) this.model.columnWidths.set(startColumn + c, width);
    return this._self();
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this._checkRow(startRow, numRows);
    for (let r = 0; r < numRows; r++) this.model.rowHeights.set(startRow + r, height);
    return this._self();
  }
  /** Sizes to content in the UI; recorded only, widths are left as they were. */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this._checkCol(startColumn, numColumns);
    this.model.autoResized.push({ start: startColumn, count: numColumns, dimension: 'COLUMNS' });
    return this._self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(startRow: number, numRows: number): GSheet {
    this._checkRow(startRow, numRows);
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
  /** Refused when the freeze line would cut through a merged cell (real message). */
  setFrozenRows(rows: number): void {
    const n = Math.trunc(rows);
    if (n < 0 || n > this.model.maxRows) throw this.rt.error('Those rows are out of bounds.');
    if (n > 0 && this.model.merges.some((m) => m.row <= n && m.row + m.numRows - 1 > n)) {
      throw this.rt.error("You can't freeze rows which contain only part of a merged cell.");
    }
    this.model.frozenRows = n;
  }
  setFrozenColumns(columns: number): void {
    const n = Math.trunc(columns);
    if (n < 0 || n > this.model.maxCols) throw this.rt.error('Those columns are out of bounds.');
    if (n > 0 && this.model.merges.some((m) => m.col <= n && m.col + m.numCols - 1 > n)) {
      throw this.rt.error("You can't freeze columns which contain only part of a merged cell.");
    }
    this.model.frozenColumns = n;
  }

  // ---- rules and protections

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.conditionalRules.slice() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  /** Replaces all rules of the sheet. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof ConditionalFormatRule)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.model.conditionalRules = (rules as unknown as ConditionalFormatRule[]).slice();
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
    return protectionOf(p);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (!(t in ProtectionType)) throw this.rt.error('Invalid argument: type');
    return this.model.parent.protections
      .filter((p) => p.sheet === this.model && p.type === t)
      .map(protectionOf);
  }
  // ---- charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.rt);
  }
  /** Charts in insertion order; each call gives fresh EmbeddedChart objects. */
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map(
      (c) =>
        new EmbeddedChart(this.rt, copyChart(c)) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart,
    );
  }
  /** Gives the chart an id unique in the spreadsheet (also seen by the chart object passed in). */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this._chart(chart, 'insertChart');
    m.id = this.model.parent.newChartId();
    this.model.charts.push(copyChart(m));
  }
  /** Replaces the chart with the same id (a chart from getCharts().modify()...build()). */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this._chart(chart, 'updateChart');
    const i = this.model.charts.findIndex((c) => c.id !== null && c.id === m.id);
    // Message unconfirmed.
    if (i < 0) throw this.rt.error('The chart is not on this sheet.');
    this.model.charts[i] = copyChart(m);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const m = this._chart(chart, 'removeChart');
    const i = this.model.charts.findIndex((c) => c.id !== null && c.id === m.id);
    // Message unconfirmed.
    if (i < 0) throw this.rt.error('The chart is not on this sheet.');
    this.model.charts.splice(i, 1);
  }

  /** The URL of the form that sends its responses to this tab, or null. */
  getFormUrl(): string | null {
    return this.model.formUrl;
  }

  // ---- clearing

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this._all().clear(options);
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
    const visible = this.model.parent.sheets.filter((s) => !s.hidden && s !== this.model);
    // Message unconfirmed (modelled on the real "You can't remove all the sheets in a document.").
    if (visible.length === 0) throw this.rt.error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
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

  _chart(chart: unknown, method: string): NonNullable<ReturnType<typeof chartModelOf>> {
    const m = chartModelOf(chart);
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
  _all(): Range {
    const m = this.model;
    return new Range(this.rt, m, { row: 1, col: 1, numRows: m.maxRows, numCols: m.maxCols });
  }
  _count(n: number): number {
    const c = Math.trunc(Number(n));
    if (!(c >= 1)) throw this.rt.error('Those rows are out of bounds.');
    return c;
  }
  _checkRow(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.model.maxRows) {
      throw this.rt.error('Those rows are out of bounds.');
    }
  }
  _checkCol(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.model.maxCols) {
      throw this.rt.error('Those columns are out of bounds.');
    }
  }
}

instrument(Sheet, 'Sheet', 'spreadsheet', ['snapshot']);

const facades = new WeakMap<SheetModel, Sheet>();

/** One facade per sheet, so the add-on can compare sheets and pass them back. */
export function sheetOf(model: SheetModel): GSheet {
  let s = facades.get(model);
  if (!s) {
    s = new Sheet(model.rt, model);
    facades.set(model, s);
  }
  return s as unknown as GSheet;
}

/** The model behind a Sheet facade, or null for anything else. */
export const sheetModelOf = (v: unknown): SheetModel | null => (v instanceof Sheet ? v.model : null);
