/**
 * Aggregation speed: our survey core against the same counts done with arquero 7, for 1k, 10k
 * and 100k responses x 30 items, broken down by role and by school. Both start from the same
 * row arrays (what `getValues()` returns) and must produce identical counts per group, item and
 * label (plus blanks and invalid answers), or the run fails.
 *
 *   npx tsx scripts/bench-aggregate.ts
 */
import * as aq from 'arquero';
import { getScale } from '../src/content/scales';
import {
  detectItems,
  prepareSurvey,
  readTable,
  summarize,
  type SurveyItem,
  type SurveySummary,
} from '../src/core/survey';
import { answerCode, LABEL0, labelLookup } from '../src/core/survey/match';

export interface Row {
  responses: number;
  items: number;
  /** readTable + prepareSurvey + one summarize per grouping (detection timed separately). */
  oursMs: number;
  detectMs: number;
  /** Building the column table from the rows + one groupby/count per item and grouping. */
  arqueroMs: number;
  /** arqueroMs / oursMs. */
  ratio: number;
  sameCounts: boolean;
}

const ITEMS = 30;
const SIZES = [1_000, 10_000, 100_000];
const GROUPINGS = ['Role', 'School'] as const;
const SCALE = getScale('agreement5');
const LABELS = SCALE.labels.map((l) => l.label);
const ROLES = ['Teacher', 'Principal', 'Coach', 'Central office', 'Paraprofessional'];
const SCHOOLS = Array.from({ length: 20 }, (_, i) => `School ${i + 1}`);

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Forms-like responses grid: mostly clean labels, 5% blank, 2% odd case, 1% invalid. */
export function makeGrid(responses: number, seed = 42): unknown[][] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const headers = ['Timestamp', 'Email Address', 'Role', 'School'];
  for (let q = 1; q <= ITEMS; q++) headers.push(`Statement ${q}`);
  const grid: unknown[][] = [headers];
  const start = Date.UTC(2024, 0, 8);
  for (let r = 0; r < responses; r++) {
    const row: unknown[] = [
      new Date(start + r * 60_000),
      `person${r}@district.org`,
      pick(ROLES),
      pick(SCHOOLS),
    ];
    for (let q = 0; q < ITEMS; q++) {
      const u = next();
      if (u < 0.05) row.push('');
      else if (u < 0.07) row.push(` ${pick(LABELS).toUpperCase()} `);
      else if (u < 0.08) row.push(pick(['Maybe', 'N/A', '=1+1', 3]));
      else row.push(pick(LABELS));
    }
    grid.push(row);
  }
  return grid;
}

/** group -> item -> [invalid, blank, label counts...] */
type Counts = Map<string, number[][]>;

function oursToCounts(s: SurveySummary): Counts {
  const out: Counts = new Map();
  for (const g of s.groups) {
    out.set(
      g.value,
      g.items.map((i) => {
        if (i.suppressed) throw new Error('the comparison runs with minimum group size 1');
        return [i.invalid, i.blank, ...LABELS.map((l) => i.counts[l]!)];
      }),
    );
  }
  return out;
}

function arqueroCounts(grid: unknown[][]): Map<string, Counts> {
  const headers = grid[0] as string[];
  const columns: Record<string, unknown[]> = {};
  headers.forEach((h, c) => {
    const col = new Array<unknown>(grid.length - 1);
    for (let r = 1; r < grid.length; r++) col[r - 1] = grid[r]![c];
    columns[h] = col;
  });
  const dt = aq.table(columns);
  const lookup = labelLookup(SCALE);
  const byGrouping = new Map<string, Counts>();
  for (const by of GROUPINGS) {
    const counts: Counts = new Map();
    for (let q = 0; q < ITEMS; q++) {
      const item = `Statement ${q + 1}`;
      // Count raw values per group (few distinct), then map each distinct value to its label.
      const rolled = dt.groupby(by, item).count({ as: 'n' });
      const gs = rolled.array(by) as string[];
      const vs = rolled.array(item) as unknown[];
      const ns = rolled.array('n') as number[];
      for (let i = 0; i < gs.length; i++) {
        let perItem = counts.get(gs[i]!);
        if (!perItem) {
          perItem = Array.from({ length: ITEMS }, () => new Array<number>(LABEL0 + LABELS.length).fill(0));
          counts.set(gs[i]!, perItem);
        }
        perItem[q]![answerCode(lookup, vs[i])]! += ns[i]!;
      }
    }
    byGrouping.set(by, counts);
  }
  return byGrouping;
}

function sameCounts(a: Counts, b: Counts): boolean {
  if (a.size !== b.size) return false;
  for (const [g, items] of a) {
    const other = b.get(g);
    if (!other || JSON.stringify(other) !== JSON.stringify(items)) return false;
  }
  return true;
}

/** Median of `runs` timings of `fn`, in ms, and its last result. */
function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return { ms: times[Math.floor(times.length / 2)]!, result: result as T };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

export async function benchAggregation(sizes: readonly number[] = SIZES, runs = 3): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    const grid = makeGrid(n);
    const table = unwrap(readTable(grid));
    const detect = time(runs, () => detectItems(table));
    const items: readonly SurveyItem[] = detect.result.items;
    if (items.length !== ITEMS) throw new Error(`detected ${items.length} items, expected ${ITEMS}`);

    const ours = time(runs, () => {
      const prepared = unwrap(prepareSurvey(unwrap(readTable(grid)), items));
      return GROUPINGS.map((column) =>
        unwrap(summarize(prepared, { groupBy: { kind: 'value', column }, minGroupSize: 1 })),
      );
    });
    const theirs = time(runs, () => arqueroCounts(grid));
    const same = GROUPINGS.every((by, k) =>
      sameCounts(oursToCounts(ours.result[k]!), theirs.result.get(by)!),
    );
    if (!same) throw new Error(`counts differ between our aggregation and arquero at ${n} responses`);
    rows.push({
      responses: n,
      items: ITEMS,
      oursMs: round(ours.ms),
      detectMs: round(detect.ms),
      arqueroMs: round(theirs.ms),
      ratio: round(theirs.ms / ours.ms),
      sameCounts: same,
    });
  }
  return rows;
}

const round = (x: number): number => Math.round(x * 10) / 10;

function print(rows: readonly Row[]): void {
  const head = ['responses', 'items', 'ours ms', 'detect ms', 'arquero ms', 'arquero/ours', 'same counts'];
  const body = rows.map((r) => [
    r.responses.toLocaleString('en-US'),
    String(r.items),
    r.oursMs.toFixed(1),
    r.detectMs.toFixed(1),
    r.arqueroMs.toFixed(1),
    `${r.ratio.toFixed(1)}x`,
    r.sameCounts ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(`Aggregation by ${GROUPINGS.join(' and ')} (median of 3 runs)`);
  console.log(line(head));
  for (const b of body) console.log(line(b));
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/bench-aggregate.ts')) {
  benchAggregation().then(print, (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
