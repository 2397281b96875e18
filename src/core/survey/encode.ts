import { ok, type Result } from './result';
import { lastUsed, type ResponseTable, tableHead } from './table';
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
  /** Per response, the id of its value: one byte a cell while the column has under 256 values. */
  readonly ids: IdArray;
  /**
   * What the coder learnt of each value as it met it, so readers need not look at the values
   * again (100,000 addresses or times are 100,000 objects scattered in memory): per id, its kind
   * (ValueKind), and for a date its time; and whether every text is plain (`isPlain`: trimming
   * and lower-casing leave it as it is). Absent for a column made otherwise (readers then look).
   */
  readonly kinds?: Uint8Array;
  readonly times?: Float64Array;
  readonly plain?: boolean;
  /** Per id: the responses that gave it, counted as the cells were coded (absent: `countIds` counts). */
  readonly counts?: Int32Array;
}

/** Kinds of values, as `EncodedColumn.kinds` records them. */
export const ValueKind = { Blank: 0, Text: 1, Number: 2, Date: 3, Other: 4 } as const;
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

/** Ids of a column, as narrow as its number of distinct values allows. */
export type IdArray = Uint8Array | Uint16Array | Int32Array;

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

/** `into`, holding `from`'s values at its start: how a typed array grows or widens. */
function filled<A extends IdArray | Float64Array>(into: A, from: ArrayLike<number>): A {
  into.set(from);
  return into;
}

/**
 * Strings to ids, by open addressing over a typed array: a column of e-mail addresses has as many
 * distinct strings as rows, and this keeps no per-entry objects and rehashes only the ids.
 */
class StringTable {
  private slots = new Int32Array(64).fill(-1);
  private readonly keys: string[] = [];
  /** Per key (by the order filed): its id and its hash (as long as the slots: never full). */
  private ids = new Int32Array(64);
  private hashes = new Int32Array(64);
  /** What the last `find` saw: the free slot for the string it did not find, its hash, and whether it is plain. */
  private freeSlot = 0;
  private lastHash = 0;
  lastPlain = false;

  /** The id of `s`, or -1 (then `insert` gives it one); `lastPlain` says whether `s` is plain (`isPlain`). */
  find(s: string): number {
    // FNV-1a, and plain text (printable ASCII, no space, no capital) noted in the same pass.
    let h = 0x811c9dc5;
    let plain = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (c < 0x21 || c > 0x7e || (c >= 0x41 && c <= 0x5a)) plain = false;
    }
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = this.slots[at]!;
      if (k < 0) {
        this.freeSlot = at;
        this.lastHash = h;
        this.lastPlain = plain;
        return -1;
      }
      if (this.hashes[k] === h && this.keys[k] === s) return this.ids[k]!;
    }
  }

  /** Files `s`, just not found by `find`, under `id`. */
  insert(s: string, id: number): void {
    const k = this.keys.push(s) - 1;
    this.slots[this.freeSlot] = k;
    this.ids[k] = id;
    this.hashes[k] = this.lastHash;
    if (this.keys.length * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < this.keys.length; k++) {
      let at = this.hashes[k]! & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      slots[at] = k;
    }
    this.slots = slots;
    this.ids = filled(new Int32Array(slots.length), this.ids);
    this.hashes = filled(new Int32Array(slots.length), this.hashes);
  }
}

/** One column's distinct values, and its responses' ids, while rows arrive. */
class Dictionary {
  readonly values: unknown[] = [''];
  private readonly strings = new StringTable();
  private readonly numbers = new Map<number, number>();
  private readonly others = new Map<unknown, number>();
  /**
   * Per string length, the first string met of that length and its id: a column's answers are a
   * few labels, mostly of different lengths, so most cells are found by their length and one
   * comparison, without hashing the text (a fresh string per cell, as getValues gives, has no
   * hash yet). Every other string goes through the map.
   */
  readonly byLength: (string | undefined)[] = [''];
  readonly lengthIds: number[] = [BLANK_ID];
  /**
   * The second string met of each length, and its id: labels of the same length ("Rarely" and
   * "Always", "Not sure" and "Disagree") are then found by one more comparison, not a hash.
   */
  readonly byLength2: (string | undefined)[] = [];
  readonly lengthIds2: number[] = [];
  /** Per response, its id; widened when the values outgrow it (most columns stay one byte a cell). */
  ids: IdArray;
  /** Per id: its kind and, for a date, its time (see EncodedColumn). */
  kinds = new Uint8Array(16);
  /** Per id: cells coded with it (blank rows' cells too: `column` corrects the blank count). */
  counts = new Int32Array(16);
  times: Float64Array | null = null;
  /** Whether every text met so far is plain. */
  plain = true;

  constructor(capacity: number) {
    this.ids = new Uint8Array(capacity);
  }

  /** Room for `capacity` responses. */
  grow(capacity: number): void {
    this.ids = filled(new (this.ids.constructor as new (n: number) => IdArray)(capacity), this.ids);
  }

  /** A new value of a kind: its id, the ids widened first when it would not fit. */
  private add(v: unknown, kind: ValueKind): number {
    const id = this.values.push(v) - 1;
    if (id === 256 || id === 65536) {
      const n = this.ids.length;
      this.ids = filled(id === 256 ? new Uint16Array(n) : new Int32Array(n), this.ids);
    }
    if (id >= this.kinds.length) {
      const n = this.kinds.length * 2;
      this.kinds = filled(new Uint8Array(n), this.kinds);
      this.counts = filled(new Int32Array(n), this.counts);
      if (this.times) this.times = filled(new Float64Array(n), this.times);
    }
    this.kinds[id] = kind;
    return id;
  }

  /** The id of a string not found by its length. */
  idOfString(v: string): number {
    let id = this.strings.find(v);
    if (id < 0) {
      if (isBlank(v)) id = BLANK_ID;
      else {
        id = this.add(v, ValueKind.Text);
        if (!this.strings.lastPlain) this.plain = false;
      }
      this.strings.insert(v, id);
    }
    const n = v.length;
    if (this.byLength[n] === undefined) {
      this.byLength[n] = v;
      this.lengthIds[n] = id;
    } else if (this.byLength2[n] === undefined) {
      this.byLength2[n] = v;
      this.lengthIds2[n] = id;
    }
    return id;
  }

  /** The id of a value that is not a string. */
  idOf(v: unknown): number {
    if (typeof v === 'number') {
      const id = this.numbers.get(v);
      if (id !== undefined) return id;
      const added = this.add(v, ValueKind.Number);
      this.numbers.set(v, added);
      return added;
    }
    if (v === null || v === undefined) return BLANK_ID;
    // Response times differ in every row: an id each, not a 100,000-entry map (see EncodedColumn).
    if (v instanceof Date) {
      const id = this.add(v, ValueKind.Date);
      this.times ??= new Float64Array(this.kinds.length);
      this.times[id] = v.getTime();
      return id;
    }
    const id = this.others.get(v);
    if (id !== undefined) return id;
    const added = this.add(v, ValueKind.Other);
    this.others.set(v, added);
    return added;
  }

  /** The coded column of the first `rows` responses. */
  column(rows: number): EncodedColumn {
    const n = this.values.length;
    // Blank rows were coded too, and short rows left cells uncoded: every response not counted
    // with a value is a blank.
    const counts = this.counts.subarray(0, n);
    let valued = 0;
    for (let id = BLANK_ID + 1; id < n; id++) valued += counts[id]!;
    counts[BLANK_ID] = rows - valued;
    return {
      values: this.values,
      ids: this.ids.subarray(0, rows),
      kinds: this.kinds.subarray(0, n),
      ...(this.times ? { times: this.times.subarray(0, n) } : {}),
      plain: this.plain,
      counts,
    };
  }
}

/** Rows glanced at, then coded, at a time: their cells stay in the processor's cache in between. */
const BLOCK_ROWS = 8;

/**
 * Codes a table fed a chunk of rows at a time (`add`), such as reads of a responses tab in
 * row blocks. The first row given to the constructor is the header row.
 */
export class TableEncoder {
  private readonly headerRow: readonly unknown[];
  private readonly dicts: Dictionary[] = [];
  private capacity: number;
  private count = 0;
  private blankRows = 0;
  /** Width reached by a row's values beyond the last header (0: none). */
  private longest = 0;
  private readonly headerWidth: number;
  /** Characters of text glanced at (see `add`): kept only so the glance is not optimized away. */
  private glanced = 0;

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
    this.dicts.push(new Dictionary(this.capacity));
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    for (const d of this.dicts) d.grow(capacity);
    this.capacity = capacity;
  }

  /** Codes `rows[start..]`: data rows, not the header. Rows with no value at all are counted, not kept. */
  add(rows: readonly (readonly unknown[])[], start = 0): void {
    this.grow(this.count + rows.length - start);
    const dicts = this.dicts;
    for (let from = start; from < rows.length; from += BLOCK_ROWS) {
      const to = Math.min(rows.length, from + BLOCK_ROWS);
      // First a glance at every string of a few rows. A fresh string per cell lies wherever the
      // heap put it, so reading a cell mostly waits on memory; this short loop has nothing else
      // to wait for, so the processor fetches many cells at once, and the coding below finds
      // them in its cache (at 100,000 responses the table codes about a fifth faster). The
      // lengths are summed only so that the reads are not optimized away.
      let glanced = 0;
      for (let r = from; r < to; r++) {
        const row = rows[r]!;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v === 'string') glanced += v.length;
        }
      }
      this.glanced += glanced;
      // Then row by row: each row's cells are coded while the row is at hand.
      for (let r = from; r < to; r++) {
        const row = rows[r]!;
        if (row.length > dicts.length) {
          // Values beyond the last header make columns of their own, named after their letters.
          const used = lastUsed(row) + 1;
          while (dicts.length < used) this.addColumn();
          if (used > this.headerWidth && used > this.longest) this.longest = used;
        }
        const at = this.count;
        const width = Math.min(row.length, dicts.length);
        // A row with no value at all leaves only blank ids (zeros) in its slot, and is not counted.
        let any = 0;
        for (let c = 0; c < width; c++) {
          const v = row[c];
          const dict = dicts[c]!;
          let id: number;
          if (typeof v === 'string') {
            const n = v.length;
            id =
              dict.byLength[n] === v
                ? dict.lengthIds[n]!
                : dict.byLength2[n] === v
                  ? dict.lengthIds2[n]!
                  : dict.idOfString(v);
          } else id = dict.idOf(v);
          dict.ids[at] = id;
          dict.counts[id]!++;
          any |= id;
        }
        if (any === 0) this.blankRows++;
        else this.count++;
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
      columns.push(this.dicts[c]!.column(this.count));
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
  const dicts = table.headers.map(() => new Dictionary(table.rows.length));
  table.rows.forEach((row, r) => {
    for (let c = 0; c < dicts.length; c++) {
      const v = row[c];
      const dict = dicts[c]!;
      const id = typeof v === 'string' ? dict.idOfString(v) : dict.idOf(v);
      dict.ids[r] = id;
      dict.counts[id]!++;
    }
  });
  return {
    headers: table.headers,
    sources: table.sources,
    notes: table.notes,
    rows: table.rows.length,
    columns: dicts.map((d) => d.column(table.rows.length)),
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
