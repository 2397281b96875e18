/**
 * `npm run bench [-- --json FILE]`: how fast and how lean the survey core is, on responses shaped
 * like a Google Forms tab (scripts/bench-data.ts) at 1k, 10k, 100k and 250k responses x 30
 * questions, a fresh string per cell. One table, from one run:
 *
 *   - speed: the same figures three ways (scripts/bench-compare.ts), in interleaved rounds (each
 *     round runs the three in a rotated order, each on its own copy of the rows, after a full
 *     collection; what each way's last run left for its caller is held until its next run, so
 *     that collection does not throw its compiled code away), min and median per size;
 *   - memory: the peak heap of the built bundle reading and summarizing the tab, beside what one
 *     getValues() of the whole tab holds (scripts/bench-bundle.ts, a child process per size);
 *   - a refresh after one submission at 100k: its service calls and the rows it reads.
 *
 * `--sizes 1000,10000` runs only those sizes (a quick look; the refresh runs at the largest).
 * `--json FILE` writes the same figures: { sizes: [{ rows, oursMs, arqueroMs, handLoopMs, heapMb }],
 * refresh: { responses, serviceCalls, rowsRead } } (times: medians). Timings are printed, never a
 * pass/fail test; the checks (same figures three ways, an exact refresh) set exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { SurveySummary } from '../src/core/survey';
import { arquero, differences, type Figures, handLoop, ours, oursFigures } from './bench-compare';
import { type MemoryFigures, refreshAt } from './bench-bundle';
import { ITEM_COUNT, makeResponses } from './bench-data';
import { count, gc, mb, median, ms, printTable } from './bench-util';

const ALL_SIZES = [1_000, 10_000, 100_000, 250_000];
/** Rounds per size: enough for a median at every size, fewer where one round takes seconds. */
const ROUNDS: Record<number, number> = { 1000: 7, 10000: 5, 100000: 7, 250000: 3 };

const GOALS = { arqueroOver: 10, handOver: 1.5, refreshCalls: 20, refreshRows: 100 } as const;

type Impl = 'ours' | 'arquero' | 'hand';
const IMPLS: readonly Impl[] = ['ours', 'arquero', 'hand'];

interface SizeResult {
  readonly rows: number;
  readonly times: Record<Impl, number[]>;
  readonly memory: MemoryFigures | null;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** What each implementation's last run left for its caller, held until its next run (bench-compare.ts). */
const held: Partial<Record<Impl, unknown>> = {};

/** One implementation on its own copy of the round's rows: its time and figures. */
function runOne(impl: Impl, rows: number, seed: number): { ms: number; figures: Figures } {
  const grid = makeResponses(rows, { seed });
  gc();
  const t0 = performance.now();
  const run = impl === 'ours' ? ours(grid) : impl === 'arquero' ? arquero(grid) : handLoop(grid);
  const elapsed = performance.now() - t0;
  held[impl] = run.kept;
  return {
    ms: elapsed,
    figures: impl === 'ours' ? oursFigures(run.out as SurveySummary) : (run.out as Figures),
  };
}

function speedAt(rows: number, problems: string[]): Record<Impl, number[]> {
  const times: Record<Impl, number[]> = { ours: [], arquero: [], hand: [] };
  const rounds = ROUNDS[rows] ?? 3;
  for (let round = 0; round < rounds; round++) {
    const seed = 42 + round;
    const order = IMPLS.map((_, i) => IMPLS[(i + round) % IMPLS.length]!);
    const figures = new Map<Impl, Figures>();
    for (const impl of order) {
      const r = runOne(impl, rows, seed);
      times[impl].push(r.ms);
      figures.set(impl, r.figures);
    }
    for (const other of ['arquero', 'hand'] as const) {
      const diff = differences(figures.get('ours')!, figures.get(other)!);
      if (diff.length > 0)
        problems.push(
          `${count(rows)} rows, round ${round + 1}: ours and ${other} differ: ${diff.slice(0, 3).join('; ')}`,
        );
    }
  }
  return times;
}

/** The memory figures of one size, from a child process (a fresh heap). */
function memoryAt(rows: number, problems: string[]): MemoryFigures | null {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench-bundle.ts', '--memory', String(rows)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  try {
    if (child.status !== 0) throw new Error(child.stderr.trim().split('\n').slice(-3).join(' '));
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as MemoryFigures;
  } catch (e) {
    problems.push(`memory at ${count(rows)} rows: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** A run's calls as "Class.method n", wrapped under the table. */
function callLines(calls: Record<string, number>): string[] {
  const parts = Object.entries(calls)
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

function main(argv: readonly string[]): void {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    if (at < 0) return undefined;
    const value = argv[at + 1];
    if (!value || value.startsWith('--')) {
      console.error('usage: npm run bench -- [--json FILE] [--sizes N,N,...]');
      process.exit(2);
    }
    return value;
  };
  const jsonFile = option('--json');
  const sizes = option('--sizes')?.split(',').map(Number) ?? ALL_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('--sizes: whole numbers of responses, separated by commas');
    process.exit(2);
  }
  const SIZES = sizes;
  const REFRESH_AT = Math.min(100_000, Math.max(...sizes));
  const started = performance.now();
  const problems: string[] = [];
  console.log(
    `Survey benchmarks: ${SIZES.map(count).join(' / ')} responses x ${ITEM_COUNT} questions, broken down by role\n` +
      `(Timestamp, Email Address, role and school columns; agreement, frequency, satisfaction, 4-point agreement,\n` +
      'linear 1-5, single choice and checkbox questions; 5% blank, 2% odd case or spacing, 1% invalid; a fresh\n' +
      'string per cell, as getValues() gives).',
  );
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs; load average at start ${load()}.\n`,
  );

  // One untimed pass of each first, so no size times the compiler warming up.
  for (const impl of IMPLS) runOne(impl, 10_000, 7);
  const results: SizeResult[] = [];
  for (const rows of SIZES) {
    const times = speedAt(rows, problems);
    const memory = memoryAt(rows, problems);
    results.push({ rows, times, memory });
    process.stderr.write(`  ${count(rows)} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  const refresh = refreshAt(REFRESH_AT);
  if (!refresh.exact)
    problems.push(`the refresh at ${count(REFRESH_AT)} did not write what a build from every row writes`);
  if (!refresh.keptCounts) problems.push(`the refresh at ${count(REFRESH_AT)} counted every row again`);

  const med = (r: SizeResult, i: Impl) => median(r.times[i]);
  const min = (r: SizeResult, i: Impl) => Math.min(...r.times[i]);
  printTable(
    '1. The same figures three ways (ms, min / median of the rounds) and the peak heap of the bundle reading and summarizing the tab',
    [
      'responses',
      'rounds',
      'ours',
      'arquero 7',
      'hand loop',
      'arquero / ours',
      'ours / hand',
      'peak heap',
      'a getValues() of the tab',
    ],
    results.map((r) => [
      count(r.rows),
      String(r.times.ours.length),
      `${ms(min(r, 'ours'))} / ${ms(med(r, 'ours'))}`,
      `${ms(min(r, 'arquero'))} / ${ms(med(r, 'arquero'))}`,
      `${ms(min(r, 'hand'))} / ${ms(med(r, 'hand'))}`,
      `${(med(r, 'arquero') / med(r, 'ours')).toFixed(1)}x`,
      `${(med(r, 'ours') / med(r, 'hand')).toFixed(2)}x`,
      r.memory ? mb(r.memory.peak) : '-',
      r.memory ? mb(r.memory.grid) : '-',
    ]),
  );
  console.log(
    '   ours: the survey core from the rows to the summary, detection included (which columns are questions,\n' +
      '   how each reads), counts overall and per role, small groups hidden, repeated e-mail addresses.\n' +
      '   arquero 7: a column table from the rows, the questions folded into (question, answer) rows, groupby().count()\n' +
      '   overall and per role, and over the e-mail column; told which columns are questions (no detection).\n' +
      '   hand loop: one pass written for this layout (a map per question of the answers met, counts per role and\n' +
      '   question, a map of addresses): the practical floor, told the layout too. All three give the same counts\n' +
      '   (per role x question x label, blanks, invalid answers, repeats), checked every round. Each round runs\n' +
      '   the three in turn, each after a full collection, holding what each left for its caller (ours its coder\n' +
      '   and its result, arquero its result tables, the hand loop its maps) until its next run: V8 drops compiled\n' +
      '   code built on object shapes no object has any more, which would start ours and arquero cold each round.\n' +
      '   Peak heap: the most live heap above the tab itself while the built bundle (dist/Code.js) read and\n' +
      '   summarized it through the emulator, measured after a full collection each time a read returned its\n' +
      '   cells and at the end (a child process per size). The bundle reads a tab of more than 50,000 responses a\n' +
      '   block of about half a million cells at a time. Beside it: what one getValues() of the whole tab holds, as\n' +
      '   the add-on used to. Text the emulator shares with its cells is counted on neither side (Apps Script\n' +
      '   gives each read its own copy, which makes a whole-tab read cost more still).\n',
  );

  const reading = callLines(refresh.calls);
  printTable(
    `2. A refresh after one submission, ${count(REFRESH_AT)} responses counted, automatic refresh on (the form-submit run through dist/Code.js)`,
    ['responses', 'service calls', '(Spreadsheet)', 'rows read', 'counts kept', 'new rows only', 'exact'],
    [
      [
        count(refresh.responses),
        String(refresh.serviceCalls),
        String(refresh.spreadsheetCalls),
        String(refresh.rowsRead),
        `${(refresh.keptBytes / 1024).toFixed(1)} KB`,
        refresh.keptCounts ? 'yes' : 'NO',
        refresh.exact ? 'yes' : 'NO',
      ],
    ],
  );
  console.log('   Its calls:');
  for (const l of reading) console.log(l);
  console.log(
    '   Reading and counting the new row: the tab by the name it had at the last full count and its last\n' +
      '   row (SpreadsheetApp.getActiveSpreadsheet, Spreadsheet.getSheetByName, Sheet.getLastRow: the tab grew,\n' +
      '   so the submitted row need not be asked for), the header row and the new row (2 Sheet.getSheetValues),\n' +
      '   the search of the e-mail column for its address (Sheet.getRange, Range.createTextFinder,\n' +
      '   TextFinder.useRegularExpression, TextFinder.findAll). The run around it: the document properties read\n' +
      '   (PropertiesService.getDocumentProperties, Properties.getProperties), the lease saying up to which row\n' +
      '   this run counts (Properties.setProperty), the lock (LockService.getDocumentLock, Lock.tryLock,\n' +
      '   Lock.releaseLock) and the properties read again under it, the summary tab by its id\n' +
      '   (Spreadsheet.getSheetById) and one write of its values (Sheet.getRange, Range.setValues; no chart is\n' +
      '   touched: counts live in the cells the charts read), and one write of the config, kept counts, status\n' +
      "   and refresh state (Properties.setProperties). The survey title and time zone are the last full count's.\n" +
      '   Rows read: rows of cells returned into the script (getSheetValues, getValues); the search for the new\n' +
      '   address runs in the spreadsheet and returns only what it finds. New rows only: the new row was\n' +
      '   counted into the counts kept with the summary. Exact: the tab it wrote is, cell for cell, the tab a\n' +
      '   build from every row writes.\n',
  );

  const at = results.find((r) => r.rows === 100_000) ?? results[results.length - 1]!;
  const goals: [string, boolean][] = [
    [
      `ours at least ${GOALS.arqueroOver}x faster than arquero at ${count(at.rows)}`,
      med(at, 'arquero') / med(at, 'ours') >= GOALS.arqueroOver,
    ],
    [
      `ours within ${GOALS.handOver}x of the hand loop at ${count(at.rows)}`,
      med(at, 'ours') / med(at, 'hand') <= GOALS.handOver,
    ],
    [
      `a refresh after one submission: at most ${GOALS.refreshCalls} service calls`,
      refresh.serviceCalls <= GOALS.refreshCalls,
    ],
    [
      `a refresh after one submission: at most ${GOALS.refreshRows} rows read`,
      refresh.rowsRead <= GOALS.refreshRows,
    ],
  ];
  console.log('Goals (medians)');
  for (const [what, met] of goals) console.log(`   ${met ? 'met    ' : 'NOT MET'}  ${what}`);
  console.log(
    "\nLeft out: Apps Script's own time to fetch the cells (getValues, getSheetValues) and to run each service\n" +
      "call, which cannot be measured here (the emulator answers in microseconds); Apps Script's V8 is not this\n" +
      "Node's, so only the ratios carry over. Times are wall clock on a shared machine: see the load averages.\n",
  );
  console.log('Checks');
  if (problems.length === 0)
    console.log('   all passed: the same figures three ways at every size and round; the refresh exact.');
  for (const p of problems) console.log(`   PROBLEM: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${load()}.`);

  if (jsonFile) {
    const json = {
      sizes: results.map((r) => ({
        rows: r.rows,
        oursMs: Number(med(r, 'ours').toFixed(1)),
        arqueroMs: Number(med(r, 'arquero').toFixed(1)),
        handLoopMs: Number(med(r, 'hand').toFixed(1)),
        heapMb: r.memory ? Number((r.memory.peak / 1024 / 1024).toFixed(1)) : null,
      })),
      refresh: {
        responses: refresh.responses,
        serviceCalls: refresh.serviceCalls,
        rowsRead: refresh.rowsRead,
      },
    };
    writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`Wrote ${jsonFile}`);
  }
}

main(process.argv.slice(2));
