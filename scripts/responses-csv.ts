/**
 * Writes seeded responses (scripts/bench-data.ts: timestamps, e-mails, role, school, 30 questions
 * of several kinds) as a CSV like Sheets' "Download as CSV", for trying `npm start -- --responses`
 * on a district-sized file:
 *
 *   npx tsx scripts/responses-csv.ts 250000 /tmp/responses-250k.csv
 *   npm start -- --responses /tmp/responses-250k.csv --group-by "Your role" --out /tmp/out-250k
 *   npx tsx scripts/check-counts.ts /tmp/responses-250k.csv /tmp/out-250k/summary.json
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvCell, makeResponses } from './bench-data';

const CHUNK = 10_000;

/** Writes `rows` seeded responses (and the header) to `file` as CSV. */
export function writeResponsesCsv(rows: number, file: string): void {
  // The same rows as makeResponses(rows) in one go, written a chunk at a time.
  const grid = makeResponses(rows, { fresh: false });
  const fd = openSync(file, 'w');
  try {
    for (let start = 0; start < grid.length; start += CHUNK) {
      const lines = grid.slice(start, start + CHUNK).map((row) => row.map(csvCell).join(','));
      writeSync(fd, `${lines.join('\r\n')}\r\n`);
    }
  } finally {
    closeSync(fd);
  }
}

function main(argv: readonly string[]): void {
  const rows = Number(argv[0]);
  const file = argv[1];
  if (!Number.isInteger(rows) || rows < 1 || !file) {
    console.error('usage: npx tsx scripts/responses-csv.ts ROWS FILE.csv');
    process.exit(2);
  }
  writeResponsesCsv(rows, file);
  console.log(`Wrote ${rows.toLocaleString('en-US')} responses to ${file}`);
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/responses-csv.ts')) main(process.argv.slice(2));
