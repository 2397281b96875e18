/** Small helpers shared by the benchmarks: statistics, a full collection, plain-text tables. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A full garbage collection; the benchmark runs node with --expose-gc, and says so when it is missing. */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run node with --expose-gc (npm run bench does).');
  collect();
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
