import { fail, ok, type Result } from './result';
import { isBlank } from './values';

/**
 * A responses table as read from a sheet (`getValues()`) or a CSV: a header row, then one row
 * per response. Normalized so the rest of the core can index without checks.
 */
export interface ResponseTable {
  /** Unique, non-empty column names: duplicates become "Q1", "Q1 (2)"; a blank header becomes "Column C". */
  readonly headers: readonly string[];
  /** The header text as written (trimmed), for parsing grid titles; '' for a blank header. */
  readonly sources: readonly string[];
  /** One per response, each exactly `headers.length` long; rows with no value at all are left out. */
  readonly rows: readonly (readonly unknown[])[];
  /** What normalization changed, worded for the user (renamed headers, skipped blank rows). */
  readonly notes: readonly string[];
}

/** `A`, `B`, ... `Z`, `AA` for a 0-based column index, as Sheets names columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface ParsedHeader {
  /** The statement: for a Forms grid column `Title [Row]`, the row text. */
  readonly title: string;
  /** The grid question's title for `Title [Row]` headers, else null. */
  readonly grid: string | null;
}

const GRID_HEADER = /^(.*?\S)\s*\[([^\]]*\S[^\]]*)\]$/s;

/** Google Forms writes a grid question's rows as one column each, headed `Question [Row]`. */
export function parseHeader(header: string): ParsedHeader {
  const text = header.trim();
  const m = GRID_HEADER.exec(text);
  if (!m) return { title: text, grid: null };
  return { title: m[2]!.trim(), grid: m[1]!.trim() };
}

function headerText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Index of the last non-blank cell, or -1. */
export function lastUsed(row: readonly unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (!isBlank(row[i])) return i;
  return -1;
}

/**
 * Normalizes a raw grid (first row = headers). Fails only when there is no header row; every
 * other oddity (ragged rows, blank or duplicate headers, blank rows) is repaired and noted.
 */
export function readTable(grid: readonly (readonly unknown[])[]): Result<ResponseTable> {
  const headerRow = grid[0] ?? [];
  // Width: up to the last column that has a header or any value, so no answer is dropped.
  const headerWidth = lastUsed(headerRow) + 1;
  let longest = 0;
  let blankRows = 0;
  for (let r = 1; r < grid.length; r++) {
    const used = lastUsed(grid[r]!) + 1;
    if (used === 0) blankRows++;
    else if (used > headerWidth && used > longest) longest = used;
  }
  const head = tableHead(headerRow, longest, blankRows);
  if (!head.ok) return head;
  const { headers, sources, notes, width } = head.value;
  const rows: (readonly unknown[])[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    if (lastUsed(row) >= 0) rows.push(row.length === width ? row : padRow(row, width));
  }
  return ok({ headers, sources, rows, notes });
}

/**
 * A table's headers and notes, from its header row, how far values beyond the last header reach
 * (a column count, 0 when none do) and how many rows were empty.
 */
export function tableHead(
  headerRow: readonly unknown[],
  longest: number,
  blankRows: number,
): Result<{ headers: string[]; sources: string[]; notes: string[]; width: number }> {
  const headerWidth = lastUsed(headerRow) + 1;
  if (headerWidth === 0) {
    return fail(
      'no-header',
      'The responses table is empty: its first row must hold the question titles (one per column).',
    );
  }
  const notes: string[] = [];
  let width = headerWidth;
  if (longest > width) {
    notes.push(
      `Some rows have values beyond the last header; those columns are named ${columnLetter(width)}` +
        (longest - width > 1 ? ` to ${columnLetter(longest - 1)}` : '') +
        ' after their letters.',
    );
    width = longest;
  }
  const { headers, sources } = headerNames(headerRow, width, notes);
  if (blankRows > 0) notes.push(`Skipped ${blankRows} empty row${blankRows === 1 ? '' : 's'}.`);
  return ok({ headers, sources, notes, width });
}

/** Pads a short row with blanks or cuts a long one (only blank cells are cut: width covers every value). */
function padRow(row: readonly unknown[], width: number): unknown[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** The header row as written (trimmed) and as unique names, `width` columns; renames are noted. */
export function headerNames(
  headerRow: readonly unknown[],
  width: number,
  notes: string[],
): { headers: string[]; sources: string[] } {
  const sources: string[] = [];
  for (let c = 0; c < width; c++) sources.push(headerText(headerRow[c]));
  return { headers: uniqueHeaders(sources, notes), sources };
}

function uniqueHeaders(sources: readonly string[], notes: string[]): string[] {
  // Case-insensitive, as people read headers. Written headers are reserved up front, so a
  // generated "Q1 (2)" never takes the name of a real "Q1 (2)" further right.
  const key = (h: string) => h.toLowerCase();
  const written = new Set(sources.filter((s) => s !== '').map(key));
  const used = new Set<string>();
  return sources.map((source, c) => {
    let name = source;
    if (source === '' || used.has(key(source))) {
      const base = source === '' ? `Column ${columnLetter(c)}` : source;
      name = base;
      for (let k = 2; used.has(key(name)) || (name !== source && written.has(key(name))); k++) {
        name = `${base} (${k})`;
      }
      notes.push(
        source === ''
          ? `Column ${columnLetter(c)} has no header; it is called "${name}".`
          : `Column ${columnLetter(c)} repeats the header "${source}"; it is called "${name}".`,
      );
    }
    used.add(key(name));
    return name;
  });
}
