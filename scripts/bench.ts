/**
 * `npm run bench` (after `npm run build`): prints, for 1k, 10k and 100k responses x 30 items,
 *
 *   1. our aggregation against arquero 7 (scripts/bench-aggregate.ts), with a count check;
 *   2. the Spreadsheet service calls `summarizeSurvey` makes to read a responses tab, through the
 *      built bundle (dist/Code.js) in the emulator, and its time;
 *   3. the time and Spreadsheet service calls of `buildSummary` (a summary tab), first build and
 *      rebuild in place;
 *   4. memory: heapUsed / rss deltas per size.
 *
 * Nothing here is a timed pass/fail test: timings are printed, never compared with a limit. The
 * correctness checks (same counts as arquero, call counts that do not grow with the rows, the
 * entry points not failing) are printed under "Checks" and set exit code 1 when one fails.
 */
import os from 'node:os';
import { loadBundle } from '../local/bundle';
import { createEmulator, type Emulator } from '../local/emulator';
import { callLikeScriptRun } from '../local/scriptRun';
import type { SummaryResult } from '../src/core/api';
import type { SurveySummary } from '../src/core/survey';
import {
  benchAggregation,
  type Counts,
  oursToCounts,
  printAggregation,
  printAggregationMemory,
  sameCounts,
} from './bench-aggregate';
import { ITEMS, makeResponses, ROLE_HEADER } from './bench-data';
import { count, MemoryProbe, mb, median, ms, printTable } from './bench-util';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 3;
const TAB = 'Form Responses 1';
const REQUEST = { tab: TAB, groupBy: ROLE_HEADER } as const;

/** One entry point call: its time, its calls (by "Class.method"), its result or error message. */
interface Call<T> {
  ms: number;
  /** heapUsed and rss deltas over the call (bytes), from a GC'd baseline. */
  heap: number;
  rss: number;
  spreadsheet: number;
  all: number;
  breakdown: Record<string, number>;
  result: T | null;
  error: string | null;
}

/** Times one call after a full GC; its memory is the heapUsed / rss just after it minus just before. */
function measure<T>(emu: Emulator, fn: () => T): Call<T> {
  const probe = new MemoryProbe(); // runs the GC
  emu.calls.reset();
  const t0 = performance.now();
  let result: T | null = null;
  let error: string | null = null;
  try {
    result = fn();
  } catch (e) {
    // The bundle's errors come from its vm realm, where `instanceof Error` is false.
    error = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
  }
  const elapsed = performance.now() - t0;
  probe.mark();
  return {
    ms: elapsed,
    heap: probe.heapPeak,
    rss: probe.rssPeak,
    spreadsheet: emu.calls.total('spreadsheet'),
    all: emu.calls.total(),
    breakdown: emu.calls.snapshot(),
    result,
    error,
  };
}

/** A fresh spreadsheet whose tab "Form Responses 1" holds `grid`, written with one setValues. */
function loadTab(grid: unknown[][]): Emulator {
  const emu = createEmulator({ now: new Date(2025, 2, 3, 9), user: 'pd@district.org' });
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet(TAB);
  const rows = grid.length;
  const cols = grid[0]!.length;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (cols > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows, cols).setValues(grid);
  return emu;
}

interface SizeResult {
  responses: number;
  loadMs: number;
  summarize: Call<SurveySummary>[];
  build: Call<SummaryResult>[];
  rebuild: Call<SummaryResult>[];
  /** First run, bytes: the generated rows, the emulator's tab once they are dropped (live, after GC). */
  memory: { grid: number; tab: number; maxRss: number };
  /** The bundle's role counts equal arquero's (null: not compared, the call failed). */
  sameAsArquero: boolean | null;
}

/**
 * Each run: a fresh emulator holding the tab, the bundle loaded into a fresh vm context (cold, as
 * an Apps Script execution is), then summarizeSurvey, buildSummary, and buildSummary again.
 */
function benchBundle(n: number): SizeResult {
  const summarize: Call<SurveySummary>[] = [];
  const build: Call<SummaryResult>[] = [];
  const rebuild: Call<SummaryResult>[] = [];
  const loads: number[] = [];
  const memory = { grid: 0, tab: 0, maxRss: 0 };
  for (let run = 0; run < RUNS; run++) {
    const probe = new MemoryProbe();
    let grid: unknown[][] | null = makeResponses(n);
    probe.mark();
    const t0 = performance.now();
    const emu = loadTab(grid);
    loads.push(performance.now() - t0);
    grid = null; // the tab holds the data now
    const addon = loadBundle(emu);
    if (run === 0) Object.assign(memory, { grid: probe.heapPeak, tab: probe.retained() });
    summarize.push(measure(emu, () => callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', REQUEST)));
    build.push(measure(emu, () => callLikeScriptRun<SummaryResult>(addon, 'buildSummary', REQUEST)));
    rebuild.push(measure(emu, () => callLikeScriptRun<SummaryResult>(addon, 'buildSummary', REQUEST)));
  }
  memory.maxRss = process.resourceUsage().maxRSS * 1024;
  return { responses: n, loadMs: median(loads), summarize, build, rebuild, memory, sameAsArquero: null };
}

/** Whether the counts the bundle's summarizeSurvey returned equal arquero's for the same rows. */
function compareWithArquero(r: SizeResult, reference: Counts | undefined): boolean | null {
  const first = r.summarize[0]!.result;
  if (!first || !reference) return null;
  try {
    return sameCounts(oursToCounts(first), reference);
  } catch {
    return false; // a group was suppressed: the counts cannot be compared
  }
}

const okCalls = <T>(calls: readonly Call<T>[]) => calls.filter((c) => c.error === null);
const medianMs = <T>(calls: readonly Call<T>[]): string => {
  const ok = okCalls(calls);
  return ok.length ? ms(median(ok.map((c) => c.ms))) : 'failed';
};
/** "min-max" of the runs' times, to show how noisy the machine was. */
const spreadMs = <T>(calls: readonly Call<T>[]): string => {
  const xs = okCalls(calls).map((c) => c.ms);
  return xs.length ? `${ms(Math.min(...xs))}-${ms(Math.max(...xs))}` : '-';
};
/** The call count of a set of runs, or "a/b/c" when the runs disagree. */
const callsOf = <T>(calls: readonly Call<T>[], key: 'spreadsheet' | 'all'): string => {
  const xs = [...new Set(calls.map((c) => c[key]))];
  return xs.length === 1 ? String(xs[0]) : calls.map((c) => c[key]).join('/');
};

function breakdownLines(b: Record<string, number>): string[] {
  const parts = Object.entries(b)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([name, n]) => `${name} ${n}`);
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    if (line && line.length + p.length + 2 > 104) {
      lines.push(line);
      line = '';
    }
    line += line ? `, ${p}` : p;
  }
  if (line) lines.push(line);
  return lines.map((l) => `     ${l}`);
}

/** Whether a measure is the same at every size; prints the per-method growth when it is not. */
function constantInRows(
  label: string,
  results: readonly SizeResult[],
  pick: (r: SizeResult) => readonly Call<unknown>[],
  problems: string[],
): boolean {
  const firsts = results.map((r) => pick(r)[0]!);
  const every = results.flatMap((r) => pick(r).map((c) => c.spreadsheet));
  const constant = new Set(every).size === 1;
  if (!constant) {
    const a = firsts[0]!.breakdown;
    const z = firsts[firsts.length - 1]!.breakdown;
    const grew = Object.keys({ ...a, ...z })
      .filter((k) => (a[k] ?? 0) !== (z[k] ?? 0))
      .map((k) => `${k} ${a[k] ?? 0} -> ${z[k] ?? 0}`);
    problems.push(
      `${label}: Spreadsheet calls change with the number of rows (${every.join(', ')}); ` +
        `from ${count(results[0]!.responses)} to ${count(results[results.length - 1]!.responses)} rows: ${grew.join(', ')}`,
    );
  }
  return constant;
}

async function main(): Promise<void> {
  const started = performance.now();
  const problems: string[] = [];
  console.log(
    `Survey benchmarks: ${SIZES.map(count).join(' / ')} responses x ${ITEMS} items (seeded data, scripts/bench-data.ts)`,
  );
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs, load average ${load()}. ` +
      'Times in ms; nothing here is a timed test.\n',
  );

  // The bundle runs first, sizes ascending, so the process's max RSS after each size is that size's peak.
  const results = SIZES.map(benchBundle);

  // 1. Aggregation: ours against arquero 7.
  const agg = await benchAggregation(SIZES, RUNS);
  printAggregation(agg, RUNS);
  printAggregationMemory(agg);
  for (const r of agg) {
    if (!r.sameCounts)
      problems.push(
        `aggregation at ${count(r.responses)}: counts differ from arquero (${r.differ.join(', ')})`,
      );
  }
  for (const r of results) {
    r.sameAsArquero = compareWithArquero(
      r,
      agg.find((a) => a.responses === r.responses)?.reference.get(ROLE_HEADER),
    );
  }

  const readConstant = constantInRows('summarizeSurvey', results, (r) => r.summarize, problems);
  printTable(
    `2. Reading the responses: summarizeSurvey(${JSON.stringify(REQUEST)}) through dist/Code.js in the emulator (median of ${RUNS} runs)`,
    [
      'responses',
      'Spreadsheet calls',
      'all calls',
      'summarizeSurvey ms',
      '(min-max)',
      'responses read',
      'items',
      'role counts = arquero',
      '(tab load ms)',
    ],
    results.map((r) => {
      const s = r.summarize[0]!;
      return [
        count(r.responses),
        callsOf(r.summarize, 'spreadsheet'),
        callsOf(r.summarize, 'all'),
        medianMs(r.summarize),
        spreadMs(r.summarize),
        s.result ? count(s.result.responses) : `failed: ${s.error}`,
        s.result ? String(s.result.items.length) : '-',
        r.sameAsArquero === null ? '-' : r.sameAsArquero ? 'yes' : 'NO',
        ms(r.loadMs),
      ];
    }),
  );
  console.log(
    `   Spreadsheet calls constant in the number of rows: ${readConstant ? 'yes' : 'NO'}. The calls, at ${count(SIZES[SIZES.length - 1]!)} rows:`,
  );
  for (const l of breakdownLines(results[results.length - 1]!.summarize[0]!.breakdown)) console.log(l);
  console.log(
    '   "all calls" adds the other services (properties, lock, ...). Tab load: writing the rows into the\n' +
      '   emulator (header + rows, one setValues), not the add-on.\n',
  );

  const buildConstant = constantInRows('buildSummary (first build)', results, (r) => r.build, problems);
  const rebuildConstant = constantInRows('buildSummary (rebuild)', results, (r) => r.rebuild, problems);
  printTable(
    `3. Building the summary tab: buildSummary(${JSON.stringify(REQUEST)}) (median of ${RUNS} runs, a fresh spreadsheet each)`,
    [
      'responses',
      'first build ms',
      '(min-max)',
      'Spreadsheet calls',
      'all calls',
      'rebuild ms',
      '(min-max)',
      'Spreadsheet calls',
      'all calls',
      'result',
    ],
    results.map((r) => {
      const b = r.build[0]!;
      return [
        count(r.responses),
        medianMs(r.build),
        spreadMs(r.build),
        callsOf(r.build, 'spreadsheet'),
        callsOf(r.build, 'all'),
        medianMs(r.rebuild),
        spreadMs(r.rebuild),
        callsOf(r.rebuild, 'spreadsheet'),
        callsOf(r.rebuild, 'all'),
        b.result ? `${b.result.items} items, ${b.result.charts} charts` : `failed: ${b.error}`,
      ];
    }),
  );
  console.log(
    `   Spreadsheet calls constant in the number of rows: first build ${buildConstant ? 'yes' : 'NO'}, rebuild ${rebuildConstant ? 'yes' : 'NO'}.`,
  );
  const tabName = results.map((r) => r.build[0]!.result?.sheetName).find(Boolean);
  console.log(
    `   First build: no summary tab yet${tabName ? ` (it makes "${tabName}")` : ''}. Rebuild: the same request\n` +
      '   again, replacing the tab in place. Each run loads the bundle into a fresh vm context (cold, as an\n' +
      '   Apps Script execution is).',
  );
  console.log(`   The first build's calls, at ${count(SIZES[SIZES.length - 1]!)} rows:`);
  for (const l of breakdownLines(results[results.length - 1]!.build[0]!.breakdown)) console.log(l);
  console.log();
  for (const r of results) {
    for (const [what, calls] of [
      ['summarizeSurvey', r.summarize],
      ['buildSummary', r.build],
      ['buildSummary (rebuild)', r.rebuild],
    ] as const) {
      const failed = calls.find((c) => c.error !== null);
      if (failed) problems.push(`${what} at ${count(r.responses)} rows failed: ${failed.error}`);
    }
    if (r.sameAsArquero === false)
      problems.push(`summarizeSurvey at ${count(r.responses)}: role counts differ from arquero's`);
  }

  // 4. Memory.
  const maxOf = <T>(calls: readonly Call<T>[], key: 'heap' | 'rss') =>
    mb(Math.max(...calls.map((c) => c[key])));
  printTable(
    '4. Memory through the bundle, per size (the largest over the runs for the calls)',
    [
      'responses',
      'rows generated',
      'tab in emulator',
      'summarize heap',
      'summarize rss',
      'build heap',
      'build rss',
      'process max RSS',
    ],
    results.map((r) => [
      count(r.responses),
      mb(r.memory.grid),
      mb(r.memory.tab),
      maxOf(r.summarize, 'heap'),
      maxOf(r.summarize, 'rss'),
      maxOf(r.build, 'heap'),
      maxOf(r.build, 'rss'),
      mb(r.memory.maxRss),
    ]),
  );
  console.log(
    '   rows generated: heapUsed delta of the seeded rows (what getValues would give). tab in emulator: the\n' +
      "   live heap after GC with the rows dropped: the emulator's cells plus the loaded bundle. summarize /\n" +
      '   build: heapUsed and rss just after the call minus just before it (after a GC); garbage not yet\n' +
      '   collected is included, a collection during the call lowers the figure. process max RSS: the peak\n' +
      '   RSS of the whole process once that size is done (the bundle runs before the aggregation).\n',
  );

  console.log('Checks');
  if (problems.length === 0) {
    console.log(
      "   all passed: counts equal arquero's at every size (core and bundle), Spreadsheet call counts constant\n" +
        '   in the number of rows, no entry point failed.',
    );
  } else {
    for (const p of problems) console.log(`   PROBLEM: ${p}`);
    process.exitCode = 1;
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s; load average now ${load()}.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
