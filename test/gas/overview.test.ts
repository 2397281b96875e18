import { createEmulator, type Emulator } from '../../local/emulator';
import { FRAMES, STANDARDS } from '../../src/content';
import { standardsOverviewPlan } from '../../src/core/overview';
import type { SheetPlan } from '../../src/core/plan';
import { SheetBuilder } from '../../src/core/sheetBuilder';
import { insertPlannedSheet } from '../../src/gas/applySheetPlan';
import { insertStandardsOverview } from '../../src/gas/overview';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator();
  emu.install();
});
afterEach(() => emu.uninstall());

/** A plan of `rows` data rows, shaped like a real template (title, header, bands, merges...). */
function planOfRows(rows: number): SheetPlan {
  const b = new SheetBuilder('Sized', 4);
  const t = b.addRow(['Title'], { bold: true });
  b.merge({ row: t, col: 1, rows: 1, cols: 4 });
  const h = b.addRow(['A', 'B', 'C', 'D'], { bold: true, background: '#eeeeee' });
  b.freeze(h);
  for (let i = 0; i < rows; i++)
    b.addRow([`r${i}`, i, '=not a formula', null], { validation: i % 2 ? null : { kind: 'date' } });
  b.border({ row: h, col: 1, rows: rows + 1, cols: 4 });
  b.protect({ row: 1, col: 1, rows: 2, cols: 4 }, 'Header');
  b.conditional({
    ranges: [{ row: h + 1, col: 2, rows, cols: 1 }],
    formula: '=$B3>5',
    background: '#ffcc00',
  });
  b.columnWidths([200, 100, 100, 100]);
  return b.build();
}

/** Spreadsheet-service calls of one insert into a fresh spreadsheet; the plan is built outside the count. */
function spreadsheetCalls(plan: SheetPlan): number {
  const fresh = createEmulator();
  fresh.install();
  try {
    insertPlannedSheet(SpreadsheetApp.getActiveSpreadsheet(), plan);
    return fresh.calls.total('spreadsheet') - 1; // less the getActiveSpreadsheet above
  } finally {
    fresh.uninstall();
    emu.install();
  }
}

/** The overview's budget: 1 getActiveSpreadsheet, 1 name lookup, 1 insertSheet, 2 size reads,
 * 1 getRange + 10 batched setters, 11 merges (title, stem, one per frame, then the chain's
 * heading, line, sentence and monitoring sentence, the foundations' heading and paragraph) and
 * 1 merge-across block (the seven foundations), each with its getRange, 1 border RangeList + its
 * getRangeList, 3 for the protection, 2 width runs, 4 row heights (the paragraphs that wrap),
 * frozen rows, tab colour, activate, getName. */
const OVERVIEW_BUDGET = 56;

describe('inserting a planned sheet', () => {
  it('costs the same number of Spreadsheet calls whatever the number of rows', () => {
    expect(spreadsheetCalls(planOfRows(3000))).toBe(spreadsheetCalls(planOfRows(1500)));
    expect(spreadsheetCalls(planOfRows(900))).toBe(spreadsheetCalls(planOfRows(3)));
    // Past a new tab's 1000 rows, one insertRowsAfter makes room.
    expect(spreadsheetCalls(planOfRows(1500))).toBe(spreadsheetCalls(planOfRows(3)) + 1);
  });

  it(`inserts the standards overview in ${OVERVIEW_BUDGET} Spreadsheet calls`, () => {
    emu.calls.reset();
    insertStandardsOverview();
    expect(emu.calls.total('spreadsheet')).toBe(OVERVIEW_BUDGET);
  });

  it('costs the same whatever the size of the catalog', () => {
    const doubled = STANDARDS.flatMap((s) => [s, { ...s, id: `${s.id}-copy`, name: `${s.name} (copy)` }]);
    expect(spreadsheetCalls(standardsOverviewPlan(FRAMES, doubled))).toBe(
      spreadsheetCalls(standardsOverviewPlan()),
    );
  });

  it('writes the overview as a user reads it: header, frozen rows, wrap, widths, protection', () => {
    const r = insertStandardsOverview();
    const s = emu.sheet(r.sheetName).snapshot();
    const plan = standardsOverviewPlan();
    expect(s.values.slice(0, plan.values.length).map((row) => row.slice(0, 4))).toEqual(
      plan.values.map((row) => row.map((c) => (c === null ? '' : c))),
    );
    expect(s.frozenRows).toBe(plan.frozenRows);
    expect(s.columnWidths).toEqual(plan.columnWidths);
    expect(s.protections).toHaveLength(1);
    expect(s.protections[0]!.warningOnly).toBe(true);
    expect(SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe(r.sheetName);
  });

  it('numbers a second overview "(2)"', () => {
    expect(insertStandardsOverview().sheetName).toBe('Standards overview');
    expect(insertStandardsOverview().sheetName).toBe('Standards overview (2)');
  });

  it('keeps respondent-like text as text, never a formula', () => {
    const sheet = insertPlannedSheet(SpreadsheetApp.getActiveSpreadsheet(), planOfRows(2));
    expect(sheet.getRange(3, 3).getValue()).toBe('=not a formula');
    expect(sheet.getRange(3, 3).getFormula()).toBe('');
  });

  it.each([
    'Range.setValues',
    'Range.setWraps',
    'Range.merge',
    'Sheet.setFrozenRows',
    'Protection.setWarningOnly',
  ])('leaves no half-made tab when %s fails', (method) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const before = ss.getSheets().map((s) => s.getName());
    emu.failOn(method);
    expect(() => insertStandardsOverview()).toThrow(/server error/);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(before);
  });
});
