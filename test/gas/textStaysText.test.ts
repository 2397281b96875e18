/**
 * Every string the add-on writes to a sheet comes back as the same string: labels, titles, group
 * values and chart categories such as "9-12", "6/8", "007", "12%" or "TRUE", which Sheets would
 * otherwise read as a date, a number, a percent or a boolean. Checked on every `setValues` the
 * add-on makes (the summary tab, the overview and templates), against what the cells then hold.
 * The emulator reads written strings as Sheets does (dates, numbers, percents, booleans) and
 * records each one that changed type, so a cell that misses the plain-text format fails here.
 */
import { createEmulator, type Emulator } from '../../local/emulator';
import { Range } from '../../local/emulator/facades/range';
import * as main from '../../src/main';

type Write = { range: GoogleAppsScript.Spreadsheet.Range; values: unknown[][] };

let emu: Emulator;
let writes: Write[] = [];
beforeEach(() => {
  emu = createEmulator({ spreadsheetName: 'District PL' });
  emu.install();
  const real = Range.prototype.setValues;
  jest.spyOn(Range.prototype, 'setValues').mockImplementation(function (this: Range, values: unknown[][]) {
    writes.push({ range: this as unknown as GoogleAppsScript.Spreadsheet.Range, values });
    return real.call(this, values);
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  emu.uninstall();
});

/** Every string written that is not a formula, with what its cell holds now. */
function changed(): { wrote: string; holds: unknown }[] {
  const out: { wrote: string; holds: unknown }[] = [];
  for (const w of writes) {
    const now = w.range.getValues();
    const formulas = w.range.getFormulas();
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v !== 'string' || v === '' || formulas[i]![j] !== '') return;
        if (now[i]![j] !== v) out.push({ wrote: v, holds: now[i]![j] });
      }),
    );
  }
  return out;
}

const BANDS = ['K-2', '9-12', '6/8', '007', '12%', 'TRUE'];

describe('text stays text', () => {
  it('in a summary tab: group values, choices, headers and chart categories', () => {
    const sheet = emu.spreadsheet.insertSheet('Imported');
    const rows: string[][] = [['Grade band', 'Campus', 'Q [Vision]']];
    const labels = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
    for (let i = 0; i < 30; i++) rows.push([BANDS[i % BANDS.length]!, i % 2 ? '007' : '012', labels[i % 5]!]);
    sheet.getRange(1, 1, rows.length, 3).setNumberFormat('@').setValues(rows);
    writes = [];
    main.buildSummary({
      tab: 'Imported',
      groupBy: 'Grade band',
      minGroupSize: 1,
      overrides: { Campus: 'choice' },
    });
    const summary = emu.spreadsheet.getSheets().find((s) => s.getName().startsWith('Summary'))!;
    const cells = summary.getDataRange().getValues().flat();
    // The choices of "Campus" head their columns, as written.
    expect(cells).toEqual(expect.arrayContaining(['007', '012', '9-12 (n=5)', '12% (n=5)', 'TRUE (n=5)']));
    expect(writes.length).toBeGreaterThan(0);
    expect(changed()).toEqual([]);
    // The emulator's own record of strings Sheets read as something else: none the add-on wrote.
    expect(emu.reinterpreted).toEqual([]);
  });

  it('in the overview and the templates', () => {
    writes = [];
    main.insertStandardsOverview();
    for (const req of [
      { kind: 'ic-map', role: 'coach', frames: ['rigorous-content'] },
      { kind: 'checklist', role: 'principal' },
      { kind: 'first-actions', role: 'superintendent' },
      { kind: 'learning-system' },
      { kind: 'logic-model' },
      {
        kind: 'ic-map-outcomes',
        outcomes: ['9-12 teams meet weekly', '007', '1/2 of PLC time on student work'],
      },
    ]) {
      main.insertTemplate(req);
    }
    expect(writes.length).toBeGreaterThanOrEqual(7);
    expect(changed()).toEqual([]);
    expect(emu.reinterpreted).toEqual([]);
  });
});
