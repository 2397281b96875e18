/**
 * Where a call lands: bounds checks of getRange, A1 references resolved against a sheet, and the
 * size checks of 2-D arguments (setValues and every setXxxs), with the real messages.
 */
import type { CellRange } from '../state/cells';
import type { Rect } from '../state/rect';
import type { Runtime } from '../state/runtime';
import type { SheetModel } from '../state/spreadsheet';
import { parseA1, resolveA1 } from './a1';

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
export function resolveRange(rt: Runtime, m: SheetModel, a1: string): CellRange {
  const p = parseA1(String(a1));
  const target = p?.sheetName ? m.parent.findSheet(p.sheetName) : m;
  if (!p || !target) throw rt.error('Range not found');
  const r = resolveA1(p, target.maxRows, target.maxCols);
  return { sheet: target, rect: checkedRect(rt, target, r.row, r.col, r.numRows, r.numCols) };
}

/** The whole grid of a sheet. */
export const wholeSheet = (m: SheetModel): Rect => ({
  row: 1,
  col: 1,
  numRows: m.maxRows,
  numCols: m.maxCols,
});

/** A short type description for "parameters don't match" errors, roughly as Apps Script words it. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length > 0 ? `${typeName(v[0])}[]` : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return typeof v === 'undefined' ? 'undefined' : 'Object';
}

/** The real "parameters don't match the method signature" message of a Range method. */
export const signatureError = (rt: Runtime, v: unknown, method: string): Error =>
  rt.error(
    `The parameters (${typeName(v)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
  );

/** Checks a 2-D argument against the range size, with the real messages (setValues and kin). */
export function checkGrid(rt: Runtime, values: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
    throw signatureError(rt, values, method);
  }
  const { numRows, numCols } = rect;
  if (values.length !== numRows) {
    throw rt.error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
    );
  }
  for (const line of values as unknown[][]) {
    if (line.length !== numCols) {
      throw rt.error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numCols}.`,
      );
    }
  }
  return values as unknown[][];
}
