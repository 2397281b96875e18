/**
 * The built add-on (dist/Code.js) in the emulator, on a responses tab a Google Form fills: a Form
 * with the bench's questions (role and school lists, four grids, four linear scales, a single
 * choice with "Other", checkboxes), collecting e-mail, linked to the spreadsheet; its tab holds
 * the seeded rows (written in one go, as Forms would have over time). Two measures:
 *
 *   - memory: the peak of live heap while the add-on reads and summarizes the tab
 *     (summarizeSurvey), against the heap one getValues() of the whole tab holds (what the add-on
 *     used to hold at once). Live heap is measured after a full collection each time a read
 *     returns its cells (the block and everything counted so far are alive then: the peak) and
 *     once the summary is made;
 *   - a refresh after one submission: every service call the form-submit run makes, and the rows
 *     it reads into the script, once the summary exists and automatic refresh is on.
 */
import v8 from 'node:v8';
import { type LoadedBundle, loadBundle } from '../local/bundle';
import { createEmulator, type Emulator } from '../local/emulator';
import { Sheet } from '../local/emulator/facades/sheet';
import { meterReads } from '../local/readMeter';
import { callLikeScriptRun } from '../local/scriptRun';
import type { SurveySummary } from '../src/core/survey';
import {
  FORMATS,
  headers,
  ITEMS,
  makeResponses,
  ROLE_HEADER,
  ROLE_NAMES,
  SCHOOL_HEADER,
  SCHOOLS,
  START,
  TOPICS,
} from './bench-data';
import { gc } from './bench-util';

type Form = GoogleAppsScript.Forms.Form;

/** Grid questions of the bench, by title: their rows and scale labels. */
function grids(): Map<string, { rows: string[]; labels: readonly string[] }> {
  const out = new Map<string, { rows: string[]; labels: readonly string[] }>();
  for (const item of ITEMS) {
    const m = /^(.*) \[(.*)\]$/.exec(item.header);
    if (!m) continue;
    const g = out.get(m[1]!) ?? { rows: [], labels: item.labels };
    g.rows.push(m[2]!);
    out.set(m[1]!, g);
  }
  return out;
}

/** The bench's Form, its questions in the tab's column order. */
function benchForm(emu: Emulator): Form {
  const { FormApp } = emu.globals as unknown as { FormApp: GoogleAppsScript.Forms.FormApp };
  const form = FormApp.create('District PL survey');
  form.setCollectEmail(true);
  form
    .addListItem()
    .setTitle(ROLE_HEADER)
    .setChoiceValues([...ROLE_NAMES]);
  form
    .addListItem()
    .setTitle(SCHOOL_HEADER)
    .setChoiceValues([...SCHOOLS]);
  for (const [title, g] of grids())
    form
      .addGridItem()
      .setTitle(title)
      .setRows(g.rows)
      .setColumns([...g.labels]);
  for (const item of ITEMS) {
    if (item.scaleId === 'linear1-5') form.addScaleItem().setTitle(item.header).setBounds(1, 5);
    else if (item.kind === 'choice')
      form
        .addMultipleChoiceItem()
        .setTitle(item.header)
        .setChoiceValues([...FORMATS])
        .showOtherOption(true);
    else if (item.kind === 'checkbox')
      form
        .addCheckboxItem()
        .setTitle(item.header)
        .setChoiceValues([...TOPICS]);
  }
  return form;
}

/**
 * A spreadsheet whose tab "Form Responses 1" receives the bench Form's responses and holds
 * `rows` of them, and the built add-on loaded into it (a fresh vm context, as an execution is).
 */
export function linkedTab(rows: number): { emu: Emulator; addon: LoadedBundle; formId: string; tab: string } {
  const emu = createEmulator({ now: new Date(START + rows * 37_000), user: 'pd@district.org' });
  const form = benchForm(emu);
  const { FormApp } = emu.globals as unknown as { FormApp: GoogleAppsScript.Forms.FormApp };
  form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
  const sheet = emu.spreadsheet.getSheets().find((s) => s.getFormUrl()?.includes(form.getId()))!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const expected = headers();
  if (JSON.stringify(header) !== JSON.stringify(expected))
    throw new Error(`the bench Form's tab has other columns than the bench data: ${header.join(' | ')}`);
  // Shared strings: this is the tab's content, not a read of it (each read copies it anyway).
  const grid = makeResponses(rows, { fresh: false });
  if (grid.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.getRange(1, 1, grid.length, expected.length).setValues(grid);
  const addon = loadBundle(emu);
  return { emu, addon, formId: form.getId(), tab: sheet.getName() };
}

/** One more response, as a person submits it through the Form. */
export function submitOne(emu: Emulator, formId: string): void {
  const answers: Record<string, unknown> = { [ROLE_HEADER]: 'Coach', [SCHOOL_HEADER]: SCHOOLS[2]! };
  for (const [title, g] of grids())
    answers[title] = Object.fromEntries(g.rows.map((row) => [row, g.labels[1]!]));
  for (const item of ITEMS) {
    if (item.scaleId === 'linear1-5') answers[item.header] = '4';
    else if (item.kind === 'choice') answers[item.header] = FORMATS[0]!;
    else if (item.kind === 'checkbox') answers[item.header] = [TOPICS[0]!, TOPICS[2]!];
  }
  // An address that answered before: the refresh must find it among the counted rows.
  emu.forms.submit(formId, answers as never, { email: 'person7@district.org' });
}

export const request = (formId: string) => ({ formId, groupBy: ROLE_HEADER });

export interface MemoryFigures {
  readonly rows: number;
  /** Peak heap growth while the bundle read and summarized the tab (bytes). */
  readonly peak: number;
  /** Heap held by one getValues() of the whole tab (bytes). */
  readonly grid: number;
}

const live = (): number => {
  gc();
  return v8.getHeapStatistics().used_heap_size;
};

/**
 * The most live heap above what was in use just before `fn`: sampled each time a Sheet read
 * returns cells into the script (a full collection first) and when `fn` is done, its result alive.
 */
function peakOf(fn: () => unknown): { peak: number; result: unknown } {
  const proto = Sheet.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const reads = ['getSheetValues'] as const;
  const originals = reads.map((name) => proto[name]!);
  const base = live();
  let peak = base;
  reads.forEach((name, i) => {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const cells = originals[i]!.apply(this, args);
      peak = Math.max(peak, live());
      return cells;
    };
  });
  try {
    const result = fn();
    peak = Math.max(peak, live());
    return { peak: peak - base, result };
  } finally {
    reads.forEach((name, i) => {
      proto[name] = originals[i]!;
    });
  }
}

/** The memory measure for one size (run it in a process started with --max-semi-space-size=1). */
export function memoryAt(rows: number): MemoryFigures {
  const { emu, addon, formId, tab } = linkedTab(rows);
  // The summary exists first (reading the Form's questions, building the tab): its code is warm.
  callLikeScriptRun(addon, 'buildSummary', request(formId));
  const sheet = emu.spreadsheet.getSheetByName(tab)!;
  const read = peakOf(() => {
    const s = callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', request(formId));
    if (s.responses !== rows) throw new Error(`summarized ${s.responses} responses, not ${rows}`);
    return s;
  });
  const held = peakOf(() => sheet.getDataRange().getValues());
  return { rows, peak: read.peak, grid: held.peak };
}

export interface RefreshFigures {
  readonly responses: number;
  readonly serviceCalls: number;
  /** Of which Spreadsheet service calls (the emulator's "spreadsheet" service, TextFinder included). */
  readonly spreadsheetCalls: number;
  readonly rowsRead: number;
  /** Bytes of the counts kept in the document after the refresh. */
  readonly keptBytes: number;
  /** Every call of the run, by "Class.method". */
  readonly calls: Record<string, number>;
  /** The tab the refresh wrote is the tab a build from every row writes. */
  readonly exact: boolean;
  /** The refresh counted the new row into the counts kept with the summary. */
  readonly keptCounts: boolean;
}

/** A refresh after one submission on a tab of `rows` responses. */
export function refreshAt(rows: number): RefreshFigures {
  const { emu, addon, formId } = linkedTab(rows);
  callLikeScriptRun(addon, 'buildSummary', request(formId));
  callLikeScriptRun(addon, 'setAutoRefresh', true);
  const meter = meterReads();
  try {
    emu.calls.reset();
    submitOne(emu, formId);
    const calls = emu.calls.snapshot();
    const serviceCalls = emu.calls.total();
    const spreadsheetCalls = emu.calls.total('spreadsheet');
    const rowsRead = meter.rows();
    const props = emu.properties.document;
    const base = `counts:form:${formId}`;
    const kept = props[base] !== undefined;
    const keptBytes = Object.entries(props)
      .filter(([k]) => k === base || k.startsWith(`${base}:`))
      .reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    // What the refresh wrote must be what a build from every row writes.
    const tab = emu.spreadsheet.getSheets().find((s) => s.getName().startsWith('Summary'))!;
    const shown = () =>
      emu
        .sheet(tab.getName())
        .snapshot()
        .values.filter((row) => !row.some((v) => /updated/i.test(String(v))));
    const refreshed = shown();
    callLikeScriptRun(addon, 'buildSummary', request(formId));
    const counted = refreshed.find((row) => row[0] === 'Responses counted')?.[1];
    const exact = counted === rows + 1 && JSON.stringify(refreshed) === JSON.stringify(shown());
    return {
      responses: rows,
      serviceCalls,
      spreadsheetCalls,
      rowsRead,
      keptBytes,
      calls,
      exact,
      keptCounts: kept && rowsRead < rows,
    };
  } finally {
    meter.stop();
  }
}

// A child process of `npm run bench`: prints the memory figures of one size as JSON.
if (
  process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/bench-bundle.ts') &&
  process.argv[2] === '--memory'
) {
  const rows = Number(process.argv[3]);
  process.stdout.write(`${JSON.stringify(memoryAt(rows))}\n`);
}
