/** Small helpers shared by the benchmarks: timing, memory checkpoints, plain-text tables. */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Median of `runs` timings of `fn`, in ms, every run's time, and the last result. */
export function time<T>(runs: number, fn: (run: number) => T): { ms: number; all: number[]; result: T } {
  const all: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn(i);
    all.push(performance.now() - t0);
  }
  return { ms: median(all), all, result: result as T };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

let gcFn: (() => void) | null | undefined;
/** A full GC, when V8 lets us expose it at run time (it does on Node 20); a no-op otherwise. */
export function gc(): void {
  if (gcFn === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gcFn = vm.runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}

/**
 * Memory deltas from a baseline taken after a full GC: `mark()` samples heapUsed and rss at a
 * checkpoint (no GC), `peak` is the largest sample. The process runs synchronously, so this is
 * the peak at the checkpoints, not a continuous peak: garbage collected between two checkpoints
 * is not seen.
 */
export class MemoryProbe {
  private readonly heap0: number;
  private readonly rss0: number;
  heapPeak = 0;
  rssPeak = 0;
  constructor() {
    gc();
    const m = process.memoryUsage();
    this.heap0 = m.heapUsed;
    this.rss0 = m.rss;
  }
  mark(): void {
    const m = process.memoryUsage();
    this.heapPeak = Math.max(this.heapPeak, m.heapUsed - this.heap0);
    this.rssPeak = Math.max(this.rssPeak, m.rss - this.rss0);
  }
  /** Heap still in use after a full GC, relative to the baseline (what the caller keeps alive). */
  retained(): number {
    gc();
    return process.memoryUsage().heapUsed - this.heap0;
  }
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const count = (n: number): string => n.toLocaleString('en-US');

/** A right-aligned plain-text table (left-aligned first column) with a title and an underline. */
export function printTable(
  title: string,
  head: readonly string[],
  body: readonly (readonly string[])[],
): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(title);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  console.log();
}
