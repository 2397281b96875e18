/**
 * Checks a summary.json written by `npm start -- --responses FILE --group-by "Your role"` against
 * counts made here, independently of the add-on: the CSV parsed with papaparse, each answer read
 * by the questions scripts/bench-data.ts wrote it for (their labels, compared trimmed, spaces
 * collapsed, in lower case), counted per question, per role and in all, with the repeated e-mail
 * addresses. Every figure of every question and every shown group must match; exit code 1 lists
 * what does not.
 *
 *   npx tsx scripts/responses-csv.ts 250000 /tmp/responses-250k.csv
 *   npm start -- --responses /tmp/responses-250k.csv --group-by "Your role" --out /tmp/out-250k
 *   npx tsx scripts/check-counts.ts /tmp/responses-250k.csv /tmp/out-250k/summary.json
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { SurveySummary } from '../src/core/survey';
import { type BenchItem, EMAIL_HEADER, ITEMS, ROLE_HEADER } from './bench-data';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** One question's figures: blank, invalid, respondents per label, and n (valid answers). */
interface Tally {
  blank: number;
  invalid: number;
  n: number;
  counts: number[];
}

const newTally = (item: BenchItem): Tally => ({
  blank: 0,
  invalid: 0,
  n: 0,
  counts: item.labels.map(() => 0),
});

/** Counts one answer (as the CSV holds it: text) into a question's tally. */
function count(item: BenchItem, tally: Tally, raw: string): void {
  const text = norm(raw);
  if (text === '') {
    tally.blank++;
    return;
  }
  const index = new Map(item.labels.map((l, i) => [norm(l), i]));
  if (item.kind === 'checkbox') {
    const ticked = [...new Set(text.split(', ').map((t) => index.get(t)))].filter((t) => t !== undefined);
    if (ticked.length === 0) tally.invalid++;
    else {
      tally.n++;
      for (const t of ticked) tally.counts[t]!++;
    }
    return;
  }
  // A number written as text in the CSV ("4") reads as the linear scale's label "4".
  const i = index.get(/^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text);
  if (i !== undefined) {
    tally.n++;
    tally.counts[i]!++;
  } else if (item.kind === 'choice') {
    tally.n++;
    tally.counts[item.labels.length - 1]!++; // "Other"
  } else tally.invalid++;
}

/** What differs between a CSV's counts and its summary.json; `checked` counts the question tallies compared. */
export function checkCounts(
  csvFile: string,
  summaryFile: string,
): { rows: number; checked: number; groups: number; problems: string[] } {
  const parsed = Papa.parse<string[]>(readFileSync(csvFile, 'utf8'), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error(`${csvFile} has no header row`);
  const col = (h: string) => {
    const c = header.indexOf(h);
    if (c < 0) throw new Error(`${csvFile} has no column "${h}"`);
    return c;
  };
  const roleCol = col(ROLE_HEADER);
  const emailCol = col(EMAIL_HEADER);
  const cols = ITEMS.map((i) => col(i.header));
  const overall = ITEMS.map(newTally);
  const byRole = new Map<string, { respondents: number; items: Tally[] }>();
  const addresses = new Map<string, number>();
  for (const row of rows) {
    const role = (row[roleCol] ?? '').trim();
    let group = byRole.get(role);
    if (!group) {
      group = { respondents: 0, items: ITEMS.map(newTally) };
      byRole.set(role, group);
    }
    group.respondents++;
    ITEMS.forEach((item, q) => {
      const raw = row[cols[q]!] ?? '';
      count(item, overall[q]!, raw);
      count(item, group!.items[q]!, raw);
    });
    const e = (row[emailCol] ?? '').trim().toLowerCase();
    if (e !== '') addresses.set(e, (addresses.get(e) ?? 0) + 1);
  }

  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as SurveySummary;
  const problems: string[] = [];
  const compare = (where: string, item: BenchItem, mine: Tally, theirs: Record<string, unknown>) => {
    // Labels in one order: a question of choices lists them most chosen first.
    const sorted = (counts: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
    const want = {
      n: mine.n,
      blank: mine.blank,
      invalid: mine.invalid,
      counts: sorted(Object.fromEntries(item.labels.map((l, i) => [l, mine.counts[i]]))),
    };
    const got = {
      n: theirs.n,
      blank: theirs.blank,
      invalid: theirs.invalid,
      counts: sorted((theirs.counts ?? {}) as Record<string, unknown>),
    };
    if (JSON.stringify(want) !== JSON.stringify(got))
      problems.push(
        `${where} "${item.header}": expected ${JSON.stringify(want)}, summary has ${JSON.stringify(got)}`,
      );
  };
  if (summary.responses !== rows.length)
    problems.push(`responses: ${rows.length} rows, summary says ${summary.responses}`);
  let checked = 0;
  ITEMS.forEach((item, q) => {
    const s = summary.items.find((i) => i.column === item.header);
    if (!s) return problems.push(`"${item.header}" is not in the summary`);
    if (s.kind !== item.kind || s.scaleId !== item.scaleId)
      problems.push(
        `"${item.header}" read as ${s.scaleId ?? s.kind}, written as ${item.scaleId ?? item.kind}`,
      );
    compare('overall', item, overall[q]!, s as unknown as Record<string, unknown>);
    checked++;
  });
  if (summary.groupBy !== ROLE_HEADER) problems.push(`the summary is not broken down by "${ROLE_HEADER}"`);
  for (const g of summary.groups) {
    const mine = byRole.get(g.value);
    if (!mine) {
      problems.push(`group "${g.value}" is not a role in the file`);
      continue;
    }
    if (mine.respondents !== g.respondents)
      problems.push(`group "${g.value}": ${mine.respondents} respondents, summary says ${g.respondents}`);
    if (g.suppressed) continue;
    ITEMS.forEach((item, q) => {
      const s = g.items.find((i) => i.column === item.header);
      if (!s || s.suppressed) return;
      compare(`group "${g.value}"`, item, mine.items[q]!, s as unknown as Record<string, unknown>);
      checked++;
    });
  }
  if (summary.groups.length !== byRole.size)
    problems.push(`${byRole.size} roles in the file, ${summary.groups.length} groups in the summary`);
  let repeated = 0;
  let extra = 0;
  for (const c of addresses.values()) {
    if (c > 1) {
      repeated++;
      extra += c - 1;
    }
  }
  if (summary.repeats?.addresses !== repeated || summary.repeats?.extra !== extra)
    problems.push(
      `repeats: ${repeated} addresses, ${extra} extra; summary has ${JSON.stringify(summary.repeats)}`,
    );

  return { rows: rows.length, checked, groups: summary.groups.length, problems };
}

function main(argv: readonly string[]): void {
  const [csvFile, summaryFile] = argv;
  if (!csvFile || !summaryFile) {
    console.error('usage: npx tsx scripts/check-counts.ts RESPONSES.csv summary.json');
    process.exit(2);
  }
  const { rows, checked, groups, problems } = checkCounts(csvFile, summaryFile);
  console.log(
    `Checked ${rows.toLocaleString('en-US')} responses: ${checked} question tallies (overall and per role), ` +
      `${groups} groups, repeats.`,
  );
  if (problems.length === 0) console.log('Every count is right.');
  else {
    for (const p of problems.slice(0, 30)) console.log(`PROBLEM: ${p}`);
    if (problems.length > 30) console.log(`... and ${problems.length - 30} more`);
    process.exitCode = 1;
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/check-counts.ts')) main(process.argv.slice(2));
