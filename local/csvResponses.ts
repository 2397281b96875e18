import { basename } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { normalizeText, parseCsv, parseTimestamp } from '../src/core/survey';
import type { Emulator } from './emulator';
import { type Encoding, FileProblem, readResponsesFile } from './responsesFile';

/** A plain number as Forms writes a typed number ("4", "-2.5"), not "007" or "1e3", which stay text. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * A CSV cell as the responses tab holds it: a response time (or a date answer) as a date, a
 * plain number as a number, and all other text as literal text. The leading apostrophe makes
 * Sheets keep it exactly as written (never a formula, never "9-12" read as a date or "TRUE" as a
 * boolean); the apostrophe is not part of the stored value.
 */
function cellValue(raw: string): string | number | Date {
  const t = raw.trim();
  if (t === '') return '';
  if (PLAIN_NUMBER.test(t)) return Number(t);
  const time = parseTimestamp(t);
  if (time !== null) return new Date(time);
  return `'${raw}`;
}

export interface LoadedResponses {
  readonly formId: string;
  readonly tab: string;
  readonly rows: number;
  readonly headers: readonly string[];
  readonly encoding: Encoding;
}

/** The rows of a CSV file as text, blank lines dropped; a FileProblem for anything unreadable. */
export function readCsvGrid(file: string): { grid: string[][]; encoding: Encoding } {
  const { text, encoding } = readResponsesFile(file);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new FileProblem(`${file}: ${parsed.problem.message}`);
  const grid = parsed.value.filter((r) => r.some((c) => c.trim() !== ''));
  if (grid.length === 0) throw new FileProblem(`${file} is empty: expected a header row and responses.`);
  return { grid, encoding };
}

/**
 * Puts a CSV (as Sheets or Forms downloads responses) into the emulator as the responses tab of
 * a Form linked to the spreadsheet: a Form made by hand, not by the add-on, so the add-on reads
 * it by its answers. Headers are written like answers (a header "=Q1" stays text).
 */
export function loadResponsesCsv(emu: Emulator, file: string): LoadedResponses {
  const { grid, encoding } = readCsvGrid(file);
  // A loop, not Math.max(...rows): spreading 124,000 rows overflows the call stack.
  let width = 0;
  for (const r of grid) if (r.length > width) width = r.length;
  const headers = grid[0]!.map((h) => h.trim());
  // Each row becomes the cells it writes in place (a 250,000-row file is not held twice), and
  // each distinct answer is read once: answers repeat, and a date is read anew each time.
  const rect = grid as unknown as (string | number | Date)[][];
  const read = new Map<string, string | number>();
  for (let i = 0; i < grid.length; i++) {
    const r = grid[i]!;
    const row = rect[i]!;
    for (let c = 0; c < width; c++) {
      const raw = r[c] ?? '';
      if (i === 0) {
        row[c] = raw.trim() === '' ? '' : `'${raw}`;
        continue;
      }
      let value: string | number | Date | undefined = read.get(raw);
      if (value === undefined) {
        value = cellValue(raw);
        if (!(value instanceof Date)) read.set(raw, value);
      }
      row[c] = value;
    }
  }

  const { FormApp } = emu.globals as unknown as { FormApp: GoogleAppsScript.Forms.FormApp };
  const form = FormApp.create(basename(file).replace(/\.csv$/i, ''));
  form.addTextItem().setTitle('Imported answers');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
  const tab = emu.spreadsheet.getSheets().find((s) => s.getFormUrl()?.includes(form.getId()));
  if (!tab) throw new Error('The emulator did not create the linked responses tab.');
  // What Forms wrote over time, in one go: the CSV's own header and rows replace the new tab's.
  tab.clearContents();
  if (rect.length > tab.getMaxRows()) tab.insertRowsAfter(tab.getMaxRows(), rect.length - tab.getMaxRows());
  if (width > tab.getMaxColumns()) tab.insertColumnsAfter(tab.getMaxColumns(), width - tab.getMaxColumns());
  tab.getRange(1, 1, rect.length, width).setValues(rect);
  return { formId: form.getId(), tab: tab.getName(), rows: rect.length - 1, headers, encoding };
}

/**
 * The header `--group-by` names: written exactly, else matched ignoring case and spacing; a
 * FileProblem naming the closest header when none matches.
 */
export function matchHeader(headers: readonly string[], wanted: string, file: string): string {
  if (headers.includes(wanted)) return wanted;
  const key = normalizeText(wanted);
  const found = headers.find((h) => normalizeText(h) === key);
  if (found !== undefined) return found;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const h of headers) {
    if (h === '') continue;
    const d = distance(key, normalizeText(h));
    if (d < bestDistance) [best, bestDistance] = [h, d];
  }
  const hint = best === null ? '' : ` Did you mean "${best}"?`;
  throw new FileProblem(`--group-by: ${file} has no column headed "${wanted}".${hint}`);
}
