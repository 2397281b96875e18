import { fail, ok, type Result } from './result';
import { columnLetter, headerNames, lastUsed, type ResponseTable } from './table';
import { isBlank } from './values';

/**
 * A responses table coded once, in one pass over its rows: per column, its distinct values and,
 * per response, the small integer id of its value. Everything after (detection, grouping, one
 * response per person, counting) works on the distinct values and the id arrays, so no cell is
 * looked at twice and the rows themselves need not be kept: a caller may feed the rows a chunk
 * at a time and drop each chunk (about 4 bytes a cell stay, against some 40 for the values).
 *
 * Values are told apart exactly as read: strings by their text as written, numbers by value,
 * dates by their time, booleans by value. Normalizing (case, spacing) is left to the readers,
 * which each compare distinct values once.
 */

/** Id 0 in every column: a blank cell (empty, only white space, null or undefined). */
export const BLANK_ID = 0;

export interface EncodedColumn {
  /**
   * Per id, the value as first met: a string as written, a number, a boolean or a Date ('' for
   * BLANK_ID). Ids are numbered in the order their values first occur, and every id occurs.
   * Each date has an id of its own, even one at the same time as another (response times all
   * differ: a lookup per cell would cost more than it saves); readers compare dates by time.
   */
  readonly values: readonly unknown[];
  /** Per response, the id of its value. */
  readonly ids: Int32Array;
}

/** A responses table as `readTable` describes one, with its columns coded (see above). */
export interface EncodedTable {
  readonly headers: readonly string[];
  readonly sources: readonly string[];
  readonly notes: readonly string[];
  /** Responses: data rows with at least one value. */
  readonly rows: number;
  readonly columns: readonly EncodedColumn[];
  /** Data rows with no value at all, left out (0 when not known: a table from `readTable`). */
  readonly blankRows: number;
  /** How far values beyond the last header reach (a column count), 0 when none do. */
  readonly longest: number;
}

/** A table's headers and notes, from its header row and what its rows held. */
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

/** One column's distinct values while rows arrive. */
class Dictionary {
  readonly values: unknown[] = [''];
  readonly strings = new Map<string, number>([['', BLANK_ID]]);
  private readonly numbers = new Map<number, number>();
  private readonly others = new Map<unknown, number>();

  /** A string not met before: blank, or a new id. */
  addString(v: string): number {
    const id = isBlank(v) ? BLANK_ID : this.values.push(v) - 1;
    this.strings.set(v, id);
    return id;
  }

  /** The id of a value that is not a string. */
  idOf(v: unknown): number {
    if (v === null || v === undefined) return BLANK_ID;
    // Response times differ in every row: an id each, not a 100,000-entry map (see EncodedColumn).
    if (v instanceof Date) return this.values.push(v) - 1;
    const map = typeof v === 'number' ? (this.numbers as Map<unknown, number>) : this.others;
    const id = map.get(v);
    if (id !== undefined) return id;
    const added = this.values.push(v) - 1;
    map.set(v, added);
    return added;
  }
}

/**
 * Codes a table fed a chunk of rows at a time (`add`), such as reads of a responses tab in
 * row blocks. The first row given to the constructor is the header row.
 */
export class TableEncoder {
  private readonly headerRow: readonly unknown[];
  private readonly dicts: Dictionary[] = [];
  private ids: Int32Array[] = [];
  private capacity: number;
  private count = 0;
  private blankRows = 0;
  /** Width reached by a row's values beyond the last header (0: none). */
  private longest = 0;
  private readonly headerWidth: number;

  constructor(headerRow: readonly unknown[] | undefined, expectedRows = 0) {
    this.headerRow = headerRow ?? [];
    this.headerWidth = lastUsed(this.headerRow) + 1;
    this.capacity = Math.max(16, expectedRows);
    for (let c = 0; c < this.headerWidth; c++) this.addColumn();
  }

  /** Responses coded so far. */
  get rows(): number {
    return this.count;
  }

  private addColumn(): void {
    this.dicts.push(new Dictionary());
    this.ids.push(new Int32Array(this.capacity));
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    this.ids = this.ids.map((a) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    });
    this.capacity = capacity;
  }

  /** Codes `rows[start..]`: data rows, not the header. Rows with no value at all are counted, not kept. */
  add(rows: readonly (readonly unknown[])[], start = 0): void {
    this.grow(this.count + rows.length - start);
    // Row by row: each row's cells are read once, while the row is at hand.
    const dicts = this.dicts;
    let ids = this.ids;
    for (let r = start; r < rows.length; r++) {
      const row = rows[r]!;
      const used = lastUsed(row) + 1;
      if (used === 0) {
        this.blankRows++;
        continue;
      }
      // Values beyond the last header make columns of their own, named after their letters.
      if (used > dicts.length) {
        while (dicts.length < used) this.addColumn();
        ids = this.ids;
      }
      if (used > this.headerWidth && used > this.longest) this.longest = used;
      const at = this.count++;
      const width = Math.min(row.length, dicts.length);
      for (let c = 0; c < width; c++) {
        const v = row[c];
        const dict = dicts[c]!;
        let id: number | undefined;
        if (typeof v === 'string') {
          id = dict.strings.get(v);
          if (id === undefined) id = dict.addString(v);
        } else id = dict.idOf(v);
        ids[c]![at] = id;
      }
    }
  }

  /** The coded table; fails only when there is no header row. */
  finish(): Result<EncodedTable> {
    const head = tableHead(this.headerRow, this.longest, this.blankRows);
    if (!head.ok) return head;
    const { headers, sources, notes, width } = head.value;
    const columns: EncodedColumn[] = [];
    for (let c = 0; c < width; c++) {
      columns.push({ values: this.dicts[c]!.values, ids: this.ids[c]!.subarray(0, this.count) });
    }
    return ok({
      headers,
      sources,
      notes,
      rows: this.count,
      columns,
      blankRows: this.blankRows,
      longest: this.longest,
    });
  }
}

/** Codes a whole grid whose first row is the header row (`getValues()` of a tab, a parsed CSV). */
export function encodeGrid(grid: readonly (readonly unknown[])[]): Result<EncodedTable> {
  const encoder = new TableEncoder(grid[0], grid.length - 1);
  encoder.add(grid, 1);
  return encoder.finish();
}

/** Codes a table already read with `readTable` (its rows are non-blank and all as wide as its headers). */
export function encodeTable(table: ResponseTable): EncodedTable {
  const dicts = table.headers.map(() => new Dictionary());
  const ids = table.headers.map(() => new Int32Array(table.rows.length));
  table.rows.forEach((row, r) => {
    for (let c = 0; c < dicts.length; c++) {
      const v = row[c];
      const dict = dicts[c]!;
      ids[c]![r] = typeof v === 'string' ? (dict.strings.get(v) ?? dict.addString(v)) : dict.idOf(v);
    }
  });
  return {
    headers: table.headers,
    sources: table.sources,
    notes: table.notes,
    rows: table.rows.length,
    columns: dicts.map((d, c) => ({ values: d.values, ids: ids[c]! })),
    blankRows: 0,
    longest: 0,
  };
}

/**
 * The table with only the responses `keep` marks, each column renumbered so its ids again run
 * in order of first occurrence and every id occurs (what was first in the kept rows comes first).
 */
export function selectRows(table: EncodedTable, keep: Uint8Array): EncodedTable {
  let rows = 0;
  for (let r = 0; r < keep.length; r++) if (keep[r]) rows++;
  const columns = table.columns.map((column): EncodedColumn => {
    const renumber = new Int32Array(column.values.length).fill(-1);
    renumber[BLANK_ID] = BLANK_ID;
    const values: unknown[] = [column.values[BLANK_ID]];
    const ids = new Int32Array(rows);
    let at = 0;
    for (let r = 0; r < keep.length; r++) {
      if (!keep[r]) continue;
      const old = column.ids[r]!;
      let id = renumber[old]!;
      if (id < 0) {
        id = values.push(column.values[old]) - 1;
        renumber[old] = id;
      }
      ids[at++] = id;
    }
    return { values, ids };
  });
  return { ...table, rows, columns };
}
