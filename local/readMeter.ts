/**
 * How many rows of cells the add-on reads into the script: every grid a Sheet or Range read
 * returns (getSheetValues, getValues, getDisplayValues, getFormulas) adds its rows. Searches
 * (TextFinder) run in the spreadsheet and return only the cells found, so they read no rows.
 * For the tests and the benchmark that hold a refresh to reading only new rows.
 */
import { Range } from './emulator/facades/range';
import { Sheet } from './emulator/facades/sheet';

type Reader = (...args: unknown[]) => unknown;

const READS: readonly [{ prototype: object }, string][] = [
  [Sheet, 'getSheetValues'],
  [Range, 'getValues'],
  [Range, 'getDisplayValues'],
  [Range, 'getFormulas'],
];

export interface ReadMeter {
  /** Rows read since the meter started (or was reset). */
  rows(): number;
  reset(): void;
  /** Puts the readers back as they were. */
  stop(): void;
}

/** Starts counting the rows read, by every emulator in this process, until `stop()`. */
export function meterReads(): ReadMeter {
  let rows = 0;
  const restore: (() => void)[] = [];
  for (const [cls, name] of READS) {
    const proto = cls.prototype as Record<string, Reader>;
    const original = proto[name]!;
    proto[name] = function (this: { rt: { depth: number } }, ...args: unknown[]): unknown {
      // Only the add-on's own reads: the emulator reading through its own facades is not counted.
      const outside = this.rt.depth === 0;
      const grid = original.apply(this, args);
      if (outside && Array.isArray(grid)) rows += grid.length;
      return grid;
    };
    restore.push(() => {
      proto[name] = original;
    });
  }
  return {
    rows: () => rows,
    reset: () => {
      rows = 0;
    },
    stop: () => {
      for (const r of restore) r();
    },
  };
}
