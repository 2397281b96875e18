/** A1 notation: column letters, parsing (with optional sheet name) and formatting. All 1-based. */

import type { Rect } from '../state/rect';

export type { Rect };

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3" or "B3:D5". */
export function formatA1(r: Rect): string {
  const start = `${columnLetters(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** A sheet name as written in a reference: quoted (with '' for ') unless it is a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  readonly sheetName: string | null;
  /** null bounds are open ("A:B" has no rows, "A2:B" no end row) and resolve against the sheet. */
  readonly r1: number | null;
  readonly c1: number | null;
  readonly r2: number | null;
  readonly c2: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

/** Parses `A1`, `A1:B2`, `A:B`, `2:5`, `A2:B`, `$A$1`, each optionally `Sheet!` or `'My sheet'!`. */
export function parseA1(text: string): ParsedA1 | null {
  let ref = text.trim();
  let sheetName: string | null = null;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    const quoted = /^'((?:[^']|'')+)'$/.exec(rawSheet);
    sheetName = quoted?.[1] !== undefined ? quoted[1].replace(/''/g, "'") : rawSheet;
    if (!sheetName) return null;
  }
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b] = cells;
  if (!a) return null;
  const col = (m: RegExpExecArray | null | undefined) => (m?.[1] ? columnNumber(m[1]) : null);
  const row = (m: RegExpExecArray | null | undefined) => (m?.[2] ? Number(m[2]) : null);
  if (!b) {
    // A single reference must be a cell: "A" or "3" alone are not ranges.
    if (col(a) === null || row(a) === null || row(a) === 0) return null;
    return { sheetName, r1: row(a), c1: col(a), r2: row(a), c2: col(a) };
  }
  const p: ParsedA1 = { sheetName, r1: row(a), c1: col(a), r2: row(b), c2: col(b) };
  // "A1:3" and "1:B" mix kinds; "A:2" has no start row but an end row: none are valid.
  if ((p.c1 === null) !== (p.c2 === null)) return null;
  if (p.r1 === null && p.r2 !== null) return null;
  if (p.r1 === 0 || p.r2 === 0 || p.c1 === 0 || p.c2 === 0) return null;
  return p;
}

/** Resolves open bounds against the sheet size; swaps reversed corners like Sheets does. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): Rect {
  const r1 = p.r1 ?? 1;
  const r2 = p.r2 ?? maxRows;
  const c1 = p.c1 ?? 1;
  const c2 = p.c2 ?? maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, col: left, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.col < b.col + b.numCols &&
  b.col < a.col + a.numCols;

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.numRows <= outer.row + outer.numRows &&
  inner.col + inner.numCols <= outer.col + outer.numCols;
