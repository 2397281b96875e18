/**
 * Aggregation speed: our survey core against the same counts done with arquero 7, for 1k, 10k
 * and 100k responses x 30 items, broken down by role and by school. Both start from the same
 * row arrays (what `getValues()` returns) and must produce identical counts per group, item and
 * label (plus blanks and invalid answers); a difference is reported (exit code 1).
 *
 * The data comes from scripts/bench-data.ts; `npm run bench` (scripts/bench.ts) prints this too.
 *
 *   npx tsx scripts/bench-aggregate.ts
 */
import * as aq from 'arquero';
import {
  detectItems,
  prepareSurvey,
  readTable,
  summarize,
  type SurveyItem,
  type SurveySummary,
} from '../src/core/survey';
import { answerCode, LABEL0, labelLookup } from '../src/core/survey/match';
import { ITEMS, itemHeader, LABELS, makeResponses, ROLE_HEADER, SCALE, SCHOOL_HEADER } from './bench-data';
import { count, MemoryProbe, mb, ms, printTable, time } from './bench-util';

export interface Row {
  responses: number;
  items: number;
  /** Distinct groups per grouping (role, school). */
  groups: number[];
  /** readTable + prepareSurvey + one summarize per grouping (detection timed separately). */
  oursMs: number;
  detectMs: number;
  /** Building the column table from the rows + one groupby/count per item and grouping. */
  arqueroMs: number;
  /** arqueroMs / oursMs. */
  ratio: number;
  sameCounts: boolean;
  /** The groupings whose counts differ. */
  differ: string[];
  /** arquero's counts per grouping, to check other paths (the built bundle) against. */
  reference: Map<string, Counts>;
  /** heapUsed / rss deltas (bytes) of one pass of each, from a GC'd baseline. */
  memory: { oursHeap: number; oursRss: number; arqueroHeap: number; arqueroRss: number };
}

const SIZES = [1_000, 10_000, 100_000];
export const GROUPINGS = [ROLE_HEADER, SCHOOL_HEADER] as const;

/** group -> item -> [invalid, blank, label counts...] */
export type Counts = Map<string, number[][]>;

export function oursToCounts(s: SurveySummary): Counts {
  const out: Counts = new Map();
  for (const g of s.groups) {
    out.set(
      g.value,
      // The agreement items only: the other group column is read as a single-choice question.
      g.items
        .filter((i) => i.kind === 'scale')
        .map((i) => {
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
      const item = itemHeader(q + 1);
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

export function sameCounts(a: Counts, b: Counts): boolean {
  if (a.size !== b.size) return false;
  for (const [g, items] of a) {
    const other = b.get(g);
    if (!other || JSON.stringify(other) !== JSON.stringify(items)) return false;
  }
  return true;
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

/** One untimed pass of both on a small grid, so the first size does not time the JIT warming up. */
function warmUp(): void {
  const grid = makeResponses(1_000, { seed: 7 });
  const items = detectItems(unwrap(readTable(grid))).items.filter((i) => i.kind === 'scale');
  const prepared = unwrap(prepareSurvey(unwrap(readTable(grid)), items));
  for (const column of GROUPINGS)
    summarize(prepared, { groupBy: { kind: 'value', column }, minGroupSize: 1 });
  arqueroCounts(grid);
}

export async function benchAggregation(sizes: readonly number[] = SIZES, runs = 3): Promise<Row[]> {
  const rows: Row[] = [];
  warmUp();
  for (const n of sizes) {
    const grid = makeResponses(n);
    const table = unwrap(readTable(grid));
    const detect = time(runs, () => detectItems(table));
    // The 30 agreement items; role and school are read as single-choice questions, left out here
    // so both sides count the same items (their detection is still in the detect time).
    const items: readonly SurveyItem[] = detect.result.items.filter((i) => i.kind === 'scale');
    if (items.length !== ITEMS) throw new Error(`detected ${items.length} items, expected ${ITEMS}`);

    const runOurs = () => {
      const prepared = unwrap(prepareSurvey(unwrap(readTable(grid)), items));
      return GROUPINGS.map((column) =>
        unwrap(summarize(prepared, { groupBy: { kind: 'value', column }, minGroupSize: 1 })),
      );
    };
    const ours = time(runs, runOurs);
    const theirs = time(runs, () => arqueroCounts(grid));
    const oursCounts = new Map(GROUPINGS.map((by, k) => [by, oursToCounts(ours.result[k]!)]));
    const differ = GROUPINGS.filter((by) => !sameCounts(oursCounts.get(by)!, theirs.result.get(by)!));
    // One more pass of each, alone, for memory: deltas from a GC'd baseline, results kept alive.
    const oursMem = new MemoryProbe();
    const keepOurs = runOurs();
    oursMem.mark();
    const theirsMem = new MemoryProbe();
    const keepTheirs = arqueroCounts(grid);
    theirsMem.mark();
    void keepOurs;
    void keepTheirs;
    rows.push({
      responses: n,
      items: ITEMS,
      groups: GROUPINGS.map((by) => oursCounts.get(by)!.size),
      oursMs: ours.ms,
      detectMs: detect.ms,
      arqueroMs: theirs.ms,
      ratio: theirs.ms / ours.ms,
      sameCounts: differ.length === 0,
      differ,
      reference: theirs.result,
      memory: {
        oursHeap: oursMem.heapPeak,
        oursRss: oursMem.rssPeak,
        arqueroHeap: theirsMem.heapPeak,
        arqueroRss: theirsMem.rssPeak,
      },
    });
  }
  return rows;
}

export function printAggregation(rows: readonly Row[], runs = 3): void {
  printTable(
    `1. Aggregation, ${ITEMS} items, grouped by "${GROUPINGS.join('" and by "')}" (pure core, no emulator; median of ${runs} runs after a warm-up)`,
    ['responses', 'groups', 'ours ms', 'arquero 7 ms', 'arquero/ours', 'same counts', '(detect ms)'],
    rows.map((r) => [
      count(r.responses),
      r.groups.join(' + '),
      ms(r.oursMs),
      ms(r.arqueroMs),
      `${r.ratio.toFixed(1)}x`,
      r.sameCounts ? 'yes' : `NO (${r.differ.join(', ')})`,
      ms(r.detectMs),
    ]),
  );
  console.log(
    '   ours: readTable + prepareSurvey + one summarize per grouping. arquero: column table from the same',
  );
  console.log(
    '   rows + one groupby(group, item).count() per item and grouping. "same counts": every group x item x',
  );
  console.log('   (invalid, blank, each label) count equal. Item detection is timed apart, in brackets.\n');
}

export function printAggregationMemory(rows: readonly Row[]): void {
  printTable(
    "1b. Aggregation memory, one more pass of each: heapUsed / rss just after it, minus a GC'd baseline",
    ['responses', 'ours heap', 'ours rss', 'arquero heap', 'arquero rss'],
    rows.map((r) => [
      count(r.responses),
      mb(r.memory.oursHeap),
      mb(r.memory.oursRss),
      mb(r.memory.arqueroHeap),
      mb(r.memory.arqueroRss),
    ]),
  );
  console.log('   Garbage not yet collected is included; a collection during the pass lowers the figure.\n');
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/bench-aggregate.ts')) {
  benchAggregation().then(
    (rows) => {
      printAggregation(rows);
      printAggregationMemory(rows);
      if (rows.some((r) => !r.sameCounts)) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
