/**
 * The shape of spreadsheets and tabs: new spreadsheets, adding, copying, renaming and deleting
 * tabs, inserting and deleting rows and columns (cells and merges move with them), frozen panes,
 * row and column sizes, with the real messages where they are known.
 */
import { FORMAT_KEYS, Formula } from '../state/cells';
import type { Rect } from '../state/rect';
import type { Runtime } from '../state/runtime';
import { type Formats, SheetModel, SpreadsheetModel } from '../state/spreadsheet';
import { intersects } from './a1';
import { breakReferences, renameReferences } from './references';
import { moveRule } from './rules';
import { ownFile } from './sharing';

export const MAX_SHEET_NAME = 100;

/** Registers a new spreadsheet in the account (SpreadsheetApp.create, Sheets API, the active one). */
export function newSpreadsheet(rt: Runtime, name: string, rows = 1000, cols = 26): SpreadsheetModel {
  const id = `emu-spreadsheet-${String(rt.next()).padStart(4, '0')}`;
  const model = new SpreadsheetModel(rt, id, name, rt.timeZone, rows, cols);
  rt.spreadsheets.set(id, model);
  ownFile(rt, id);
  return model;
}

/**
 * Name rules: at most 100 characters, not empty, unique ignoring case. The collision message is
 * the real one; the texts for empty and too-long names are the emulator's own (unconfirmed).
 */
export function checkSheetName(rt: Runtime, ss: SpreadsheetModel, name: string, self?: SheetModel): void {
  if (name.trim() === '') throw rt.error('The sheet name cannot be empty.');
  if (name.length > MAX_SHEET_NAME) {
    throw rt.error(`The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
  }
  const other = ss.findSheet(name);
  if (other && other !== self) {
    throw rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export function renameSheet(m: SheetModel, name: string): void {
  checkSheetName(m.rt, m.parent, name, m);
  if (name !== m.name) renameReferences(m, name);
  m.name = name;
}

/** A new tab at 0-based position `at`, a copy of `template` when given (cells, formats, merges, sizes). */
export function addSheet(
  ss: SpreadsheetModel,
  name: string,
  at: number,
  opts: { id?: number; rows?: number; cols?: number; template?: SheetModel | null } = {},
): SheetModel {
  const m = new SheetModel(ss, name, opts.id ?? ss.newSheetId(), opts.rows, opts.cols);
  if (opts.template) copySheet(opts.template, m);
  ss.sheets.splice(at, 0, m);
  return m;
}

/** What `insertSheet({template})` copies: cells, formats, merges and sizes, not protections. */
function copySheet(t: SheetModel, m: SheetModel): void {
  // Formula objects carry their own result, so the copy gets its own.
  m.content = t.content.clone((v) => (v instanceof Formula ? new Formula(v.text) : v));
  m.mayHaveFormulas = t.mayHaveFormulas;
  m.formats = Object.fromEntries(FORMAT_KEYS.map((k) => [k, t.formats[k].clone()])) as Formats;
  m.merges = t.merges.map((r) => ({ ...r }));
  m.conditionalRules = t.conditionalRules.map((r) => moveRule(r, t, m));
  for (const [k, v] of t.columnWidths) m.columnWidths.set(k, v);
  for (const [k, v] of t.rowHeights) m.rowHeights.set(k, v);
  m.maxRows = t.maxRows;
  m.maxCols = t.maxCols;
  m.frozenRows = t.frozenRows;
  m.frozenColumns = t.frozenColumns;
  m.tabColor = t.tabColor;
}

/** The last sheet, or the last visible one, cannot be deleted (real messages). */
export function deleteSheet(rt: Runtime, ss: SpreadsheetModel, m: SheetModel): void {
  if (m.parent !== ss || m.deleted) throw rt.error('Invalid argument: sheet');
  if (ss.sheets.length === 1) throw rt.error("You can't remove all the sheets in a document.");
  if (ss.sheets.every((s) => s === m || s.hidden)) {
    throw rt.error("You can't remove all the visible sheets in a document.");
  }
  const i = ss.sheets.indexOf(m);
  ss.sheets.splice(i, 1);
  m.deleted = true;
  breakReferences(ss, m);
  for (let k = ss.protections.length - 1; k >= 0; k--)
    if (ss.protections[k]?.sheet === m) ss.protections.splice(k, 1);
  if (ss.active === m)
    ss.active = ss.sheets.find((s, k) => k >= Math.max(0, i - 1) && !s.hidden) ?? ss.sheets[0] ?? m;
  if (ss.selection?.sheet === m) ss.selection = null;
}

export function hideSheet(m: SheetModel): void {
  const visible = m.parent.sheets.filter((s) => !s.hidden && s !== m);
  // Message unconfirmed (modelled on the real "You can't remove all the sheets in a document.").
  if (visible.length === 0) throw m.rt.error("You can't hide all the sheets in a document.");
  m.hidden = true;
}

// ---- rows and columns (1-based positions)

export function checkRows(m: SheetModel, start: number, count: number): void {
  if (!(start >= 1) || !(count >= 1) || start + count - 1 > m.maxRows) {
    throw m.rt.error('Those rows are out of bounds.');
  }
}

export function checkColumns(m: SheetModel, start: number, count: number): void {
  if (!(start >= 1) || !(count >= 1) || start + count - 1 > m.maxCols) {
    throw m.rt.error('Those columns are out of bounds.');
  }
}

/** A row or column count argument; the real service words a bad one as rows either way. */
export function checkCount(m: SheetModel, n: number): number {
  const c = Math.trunc(Number(n));
  if (!(c >= 1)) throw m.rt.error('Those rows are out of bounds.');
  return c;
}

/** Inserts `n` rows before 1-based row `before`, moving cells and merges down. */
export function insertRows(m: SheetModel, before: number, n: number): void {
  for (const l of m.allLayers()) l.insertRows(before - 1, n);
  m.merges = m.merges.map((r) => (r.row >= before ? { ...r, row: r.row + n } : r));
  m.maxRows += n;
}

export function insertColumns(m: SheetModel, before: number, n: number): void {
  for (const l of m.allLayers()) l.insertCols(before - 1, n);
  m.merges = m.merges.map((r) => (r.col >= before ? { ...r, col: r.col + n } : r));
  m.maxCols += n;
}

/** Grows the grid to at least `rows` x `cols` (appendRow, Forms' responses tab). */
export function ensureSize(m: SheetModel, rows: number, cols: number): void {
  if (rows > m.maxRows) insertRows(m, m.maxRows + 1, rows - m.maxRows);
  if (cols > m.maxCols) insertColumns(m, m.maxCols + 1, cols - m.maxCols);
}

/** Deletes rows [at, at+n), dropping merges that touch them; never every row (message unconfirmed). */
export function deleteRows(m: SheetModel, at: number, n: number): void {
  checkRows(m, at, n);
  if (n >= m.maxRows) throw m.rt.error("You can't delete all the rows on the sheet.");
  for (const l of m.allLayers()) l.deleteRows(at - 1, n);
  const gone: Rect = { row: at, col: 1, numRows: n, numCols: m.maxCols };
  m.merges = m.merges
    .filter((r) => !intersects(r, gone))
    .map((r) => (r.row > at ? { ...r, row: r.row - n } : r));
  m.maxRows -= n;
}

export function deleteColumns(m: SheetModel, at: number, n: number): void {
  checkColumns(m, at, n);
  if (n >= m.maxCols) throw m.rt.error("You can't delete all the columns on the sheet.");
  for (const l of m.allLayers()) l.deleteCols(at - 1, n);
  const gone: Rect = { row: 1, col: at, numRows: m.maxRows, numCols: n };
  m.merges = m.merges
    .filter((r) => !intersects(r, gone))
    .map((r) => (r.col > at ? { ...r, col: r.col - n } : r));
  m.maxCols -= n;
}

export function setColumnWidths(m: SheetModel, start: number, count: number, width: number): void {
  checkColumns(m, start, count);
  for (let c = 0; c < count; c++) m.columnWidths.set(start + c, width);
}

export function setRowHeights(m: SheetModel, start: number, count: number, height: number): void {
  checkRows(m, start, count);
  for (let r = 0; r < count; r++) m.rowHeights.set(start + r, height);
}

// ---- frozen panes: refused when the freeze line would cut through a merged cell (real messages)

export function freezeRows(m: SheetModel, rows: number): void {
  const n = Math.trunc(rows);
  if (n < 0 || n > m.maxRows) throw m.rt.error('Those rows are out of bounds.');
  if (n > 0 && m.merges.some((r) => r.row <= n && r.row + r.numRows - 1 > n)) {
    throw m.rt.error("You can't freeze rows which contain only part of a merged cell.");
  }
  m.frozenRows = n;
}

export function freezeColumns(m: SheetModel, columns: number): void {
  const n = Math.trunc(columns);
  if (n < 0 || n > m.maxCols) throw m.rt.error('Those columns are out of bounds.');
  if (n > 0 && m.merges.some((r) => r.col <= n && r.col + r.numCols - 1 > n)) {
    throw m.rt.error("You can't freeze columns which contain only part of a merged cell.");
  }
  m.frozenColumns = n;
}
