/**
 * One per-cell attribute of a sheet (values, backgrounds, ...), stored as rows of arrays that
 * exist only where something was written: a 100,000 x 32 block is 100,000 small arrays, and an
 * untouched 1000 x 26 sheet is none. `undefined` means "default" (an empty or unformatted cell).
 * Indexes here are 0-based; the facades convert.
 */
export class Layer<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];
  /** Goes up with every change, so a reader can tell whether anything changed since it last looked. */
  version = 0;

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    this.version++;
    let row = this.rows[r];
    if (!row) {
      if (v === undefined) return;
      row = [];
      this.rows[r] = row;
    }
    row[c] = v;
  }

  /** Writes `value(i, j)` into the block at (r, c); one closure call per cell keeps big writes fast. */
  write(r: number, c: number, nr: number, nc: number, value: (i: number, j: number) => T | undefined): void {
    this.version++;
    for (let i = 0; i < nr; i++) {
      let row = this.rows[r + i];
      for (let j = 0; j < nc; j++) {
        const v = value(i, j);
        if (!row) {
          if (v === undefined) continue;
          row = [];
          this.rows[r + i] = row;
        }
        row[c + j] = v;
      }
    }
  }

  fill(r: number, c: number, nr: number, nc: number, v: T | undefined): void {
    this.write(r, c, nr, nc, () => v);
  }

  read<U>(r: number, c: number, nr: number, nc: number, map: (v: T | undefined) => U): U[][] {
    const out: U[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = this.rows[r + i];
      const line: U[] = new Array(nc);
      for (let j = 0; j < nc; j++) line[j] = map(row?.[c + j]);
      out[i] = line;
    }
    return out;
  }

  /** 1-based last row and column holding a value (0 when empty). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (!row) continue;
      let last = -1;
      for (let c = row.length - 1; c >= 0; c--) {
        if (row[c] !== undefined) {
          last = c;
          break;
        }
      }
      if (last < 0) continue;
      if (rows === 0) rows = r + 1;
      if (last + 1 > cols) cols = last + 1;
    }
    return { rows, cols };
  }

  /** The 1-based last row holding a value (0 when empty), scanning up from the bottom. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  insertRows(at: number, n: number): void {
    this.version++;
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(n));
  }

  deleteRows(at: number, n: number): void {
    this.version++;
    if (at < this.rows.length) this.rows.splice(at, n);
  }

  insertCols(at: number, n: number): void {
    this.version++;
    for (const row of this.rows) if (row && at < row.length) row.splice(at, 0, ...new Array<undefined>(n));
  }

  deleteCols(at: number, n: number): void {
    this.version++;
    for (const row of this.rows) if (row && at < row.length) row.splice(at, n);
  }

  clearAll(): void {
    this.version++;
    this.rows = [];
  }

  /** A copy; `copyValue` copies each value (default: shares it). */
  clone(copyValue?: (v: T) => T): Layer<T> {
    const copy = new Layer<T>();
    const each = (v: T | undefined) => (v === undefined || !copyValue ? v : copyValue(v));
    copy.rows = this.rows.map((row) => (row ? (copyValue ? row.map(each) : row.slice()) : undefined));
    return copy;
  }

  /** Every value with its 0-based row and column. */
  forEach(fn: (v: T, r: number, c: number) => void): void {
    this.rows.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v !== undefined) fn(v, r, c);
      });
    });
  }
}
