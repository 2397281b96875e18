/**
 * Formulas are evaluated (HyperFormula): getValues gives results, getFormulas the formulas,
 * getDisplayValues the results formatted; errors show as Sheets shows them; only tabs with
 * formulas, and the tabs they reference, are ever loaded into the engine.
 */
import { loadBundle } from '../../local/bundle';
import { createEmulator } from '../../local/emulator';
import { engineTabs } from '../../local/emulator/behaviour/formulas';
import { modelOf } from '../../local/emulator/facades';
import { callLikeScriptRun } from '../../local/scriptRun';

function setup() {
  const emu = createEmulator();
  return { emu, ss: emu.spreadsheet, app: emu.globals.SpreadsheetApp };
}

describe('formula results', () => {
  test('getValues computes, getFormulas keeps the formula, getDisplayValues formats', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Calc');
    s.getRange('A1:C1').setValues([[3, 4, '=A1/B1']]);
    s.getRange('C1').setNumberFormat('0%');
    expect(s.getRange('C1').getValue()).toBe(0.75);
    expect(s.getRange('C1').getFormula()).toBe('=A1/B1');
    expect(s.getRange('C1').getDisplayValue()).toBe('75%');
    expect(emuSnapshotCell(s, 'C1')).toEqual({ value: 0.75, formula: '=A1/B1' });
  });

  test('results follow the cells they depend on, within and across tabs', () => {
    const { ss } = setup();
    const data = ss.insertSheet('My data');
    const calc = ss.insertSheet('Calc');
    data.getRange('A1:A3').setValues([[1], [2], [3]]);
    calc.getRange('A1:B1').setFormulas([["=SUM('My data'!A1:A3)", '=A1*2']]);
    expect(calc.getRange('A1:B1').getValues()).toEqual([[6, 12]]);
    data.getRange('A3').setValue(10);
    expect(calc.getRange('A1:B1').getValues()).toEqual([[13, 26]]);
    data.getRange('A1:A3').clearContent();
    expect(calc.getRange('A1:B1').getValues()).toEqual([[0, 0]]);
  });

  test('errors show as Sheets shows them', () => {
    const { ss } = setup();
    const s = ss.insertSheet('E');
    s.getRange('A1:A2').setValues([[1], [2]]);
    const formulas = ['=1/0', '=Nowhere!A1', '=VALUE("abc")', '=MATCH(9,A1:A2,0)', '=NOSUCHFUNCTION(1)'];
    s.getRange(1, 2, 1, formulas.length).setFormulas([formulas]);
    const shown = ['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?'];
    expect(s.getRange(1, 2, 1, formulas.length).getValues()).toEqual([shown]);
    expect(s.getRange(1, 2, 1, formulas.length).getDisplayValues()).toEqual([shown]);
  });

  test('IF, OR, AND, IFERROR, VALUE, MID, MAX, ROUND, COUNTIFS and text joins', () => {
    const { ss } = setup();
    const s = ss.insertSheet('F');
    s.getRange('A1:B3').setValues([
      ['Level 3', 'x'],
      ['Level 1 (Ideal)', 'x'],
      ['', 'y'],
    ]);
    s.getRange('C1:C6').setFormulas([
      ['=IF(OR(A1="",A2=""),"",VALUE(MID(A1,7,1))-VALUE(MID(A2,7,1)))'],
      ['=IF(AND(A1<>"",A3<>""),"both","not both")'],
      ['=IFERROR(1/0,"none")'],
      ['=ROUND(MAX(2.345,1),2)'],
      ['=COUNTIFS(B1:B3,"x",A1:A3,"Level*")'],
      ['=COUNTA(A1:A3)&" of "&COUNTA(B1:B3)'],
    ]);
    expect(s.getRange('C1:C6').getValues()).toEqual([[2], ['not both'], ['none'], [2.35], [2], ['2 of 3']]);
  });

  test('checkbox cells hold TRUE/FALSE, which formulas count', () => {
    const { ss, app } = setup();
    const s = ss.insertSheet('Boxes');
    s.getRange('A1:A4').setDataValidation(app.newDataValidation().requireCheckbox().build());
    expect(s.getRange('A1:A4').getValues()).toEqual([[false], [false], [false], [false]]);
    s.getRange('A2:A3').setValues([[true], ['TRUE']]);
    s.getRange('B1').setFormula('=COUNTIF(A1:A4,TRUE)');
    expect(s.getRange('B1').getValue()).toBe(2);
  });
});

describe('evaluation is lazy', () => {
  test('only tabs with formulas and the tabs they reference reach the engine', () => {
    const { ss } = setup();
    const responses = ss.insertSheet('Form Responses 1');
    const rows = Array.from({ length: 5000 }, (_, i) => [`r${i}`, i]);
    responses.insertRowsAfter(1000, 4000);
    responses.getRange(1, 1, rows.length, 2).setValues(rows);
    const model = modelOf.spreadsheet(ss)!;
    expect(responses.getRange('B1:B3').getValues()).toEqual([[0], [1], [2]]);
    expect(engineTabs(model)).toEqual([]);
    const calc = ss.insertSheet('Calc');
    const lookup = ss.insertSheet('Lookup');
    lookup.getRange('A1').setValue(5);
    calc.getRange('A1').setFormula('=Lookup!A1+1');
    expect(calc.getRange('A1').getValue()).toBe(6);
    expect(engineTabs(model).sort()).toEqual(['Calc', 'Lookup']);
    responses.getRange('C1').setFormula("=SUM('Form Responses 1'!B1:B3)");
    expect(responses.getRange('C1').getValue()).toBe(3);
    expect(engineTabs(model).sort()).toEqual(['Calc', 'Form Responses 1', 'Lookup']);
  });

  test('a deleted tab referenced by a formula gives #REF!', () => {
    const { ss } = setup();
    const data = ss.insertSheet('Data');
    const calc = ss.insertSheet('Calc');
    data.getRange('A1').setValue(2);
    calc.getRange('A1').setFormula('=Data!A1*3');
    expect(calc.getRange('A1').getValue()).toBe(6);
    ss.deleteSheet(data);
    expect(calc.getRange('A1').getValue()).toBe('#REF!');
  });
});

describe("the add-on's live formulas", () => {
  test('the action-guide checklist counts the Status cells set', () => {
    const emu = createEmulator();
    const addon = loadBundle(emu);
    const { sheetName } = callLikeScriptRun<{ sheetName: string }>(addon, 'insertTemplate', {
      kind: 'checklist',
      role: 'principal',
    });
    const sheet = emu.sheet(sheetName);
    const snap = sheet.snapshot();
    // The progress lines: a share (IFERROR(COUNTIF(status,"In place")/COUNTA(text),0)) and a count.
    const progressRows = snap.formulas
      .map((row, i) => ({ row: i + 1, share: row[1] ?? '', count: row[2] ?? '' }))
      .filter((p) => p.share.startsWith('=IFERROR('));
    expect(progressRows.length).toBeGreaterThanOrEqual(2);
    const first = progressRows[0]!;
    const overall = progressRows[progressRows.length - 1]!;
    const [, from, to] = /COUNTIF\(B(\d+):B(\d+),/.exec(first.share)!.map(Number);
    const n = to! - from! + 1;
    sheet.getRange(`B${from}:B${from! + 2}`).setValues([['In place'], ['In progress'], ['In place']]);
    expect(sheet.getRange(`B${first.row}:C${first.row}`).getValues()).toEqual([
      [2 / n, `2 of ${n} in place`],
    ]);
    expect(sheet.getRange(`B${first.row}`).getDisplayValue()).toBe(`${Math.round((200 / n) * 1) / 1}%`);
    const total = Number(/of (\d+) in place/.exec(String(sheet.getRange(`C${overall.row}`).getValue()))?.[1]);
    expect(sheet.getRange(`B${overall.row}:C${overall.row}`).getValues()).toEqual([
      [2 / total, `2 of ${total} in place`],
    ]);
    sheet.getRange(`B${from}`).setValue('Not started');
    expect(sheet.getRange(`C${first.row}`).getValue()).toBe(`1 of ${n} in place`);
  });

  test("the IC map's Gap counts the levels from Where we are now to Target", () => {
    const emu = createEmulator();
    const addon = loadBundle(emu);
    const { sheetName } = callLikeScriptRun<{ sheetName: string }>(addon, 'insertTemplate', {
      kind: 'ic-map',
      role: 'coach',
      frames: ['rigorous-content'],
    });
    const sheet = emu.sheet(sheetName);
    const snap = sheet.snapshot();
    const headerRow = snap.values.findIndex((r) => r.includes('Gap'));
    const header = snap.values[headerRow]!;
    const col = (title: string) => header.indexOf(title) + 1;
    const [now, target, gap] = [col('Where we are now'), col('Target'), col('Gap')];
    const first = snap.formulas.findIndex((r) => (r[gap - 1] ?? '').startsWith('=IF(')) + 1;
    expect(first).toBeGreaterThan(headerRow + 1);
    const set = (row: number, a: string, b: string) => {
      sheet.getRange(row, now).setValue(a);
      sheet.getRange(row, target).setValue(b);
    };
    set(first, 'Level 3', 'Level 1 (Ideal)');
    set(first + 1, 'Level 1 (Ideal)', 'Level 2');
    set(first + 2, 'Level 4 (Entry)', '');
    expect(sheet.getRange(first, gap, 4, 1).getValues()).toEqual([[2], [0], [''], ['']]);
    expect(sheet.getRange(first, gap).getFormula()).toMatch(/^=IF\(OR\(/);
  });
});

/** The snapshot's value and formula of one cell. */
function emuSnapshotCell(sheet: GoogleAppsScript.Spreadsheet.Sheet, a1: string) {
  const snap = (sheet as unknown as { snapshot(): { values: unknown[][]; formulas: string[][] } }).snapshot();
  const r = sheet.getRange(a1);
  return {
    value: snap.values[r.getRow() - 1]?.[r.getColumn() - 1],
    formula: snap.formulas[r.getRow() - 1]?.[r.getColumn() - 1],
  };
}

describe('references to other tabs when tabs change', () => {
  function withSummary() {
    const { ss } = setup();
    const summary = ss.insertSheet('Summary - X');
    summary.getRange('B5').setValue(42);
    const mine = ss.insertSheet('Mine');
    mine
      .getRange('A1:C1')
      .setFormulas([["='Summary - X'!B5", "=SUM('Summary - X'!B5:B9)+1", '="\'Summary - X\'!B5"']]);
    return { ss, summary, mine };
  }

  test('a renamed tab: references follow the new name, text in quotes does not change', () => {
    const { summary, mine } = withSummary();
    summary.setName('Results');
    expect(mine.getRange('A1:C1').getFormulas()).toEqual([
      ['=Results!B5', '=SUM(Results!B5:B9)+1', '="\'Summary - X\'!B5"'],
    ]);
    expect(mine.getRange('A1:B1').getValues()).toEqual([[42, 43]]);
  });

  test('a deleted tab: references become #REF! and stay so when a tab takes the name again', () => {
    const { ss, summary, mine } = withSummary();
    ss.deleteSheet(summary);
    expect(mine.getRange('A1:B1').getFormulas()).toEqual([['=#REF!', '=SUM(#REF!)+1']]);
    const again = ss.insertSheet('Summary - X');
    again.getRange('B5').setValue(7);
    expect(mine.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
  });

  test('copyTo: contents, formats and merges in one call; relative references move', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A');
    a.getRange('A1:B2').setValues([
      [1, '=A1*2'],
      ['x', '=$A$1+A2'],
    ]);
    a.getRange('A1:B1').setBackground('#ff0000').merge();
    const b = ss.insertSheet('B');
    b.getRange('C3:D3').merge();
    a.getRange('A1:B2').copyTo(b.getRange('C3'));
    expect(b.getRange('C3:D4').getFormulas()).toEqual([
      ['', ''],
      ['', '=$A$1+C4'],
    ]);
    expect(b.getRange('C3').getBackground()).toBe('#ff0000');
    expect(b.getRange('C3:D3').isPartOfMerge()).toBe(true);
    expect(() => a.getRange('A1').copyTo(createEmulator().spreadsheet.getRange('A1'))).toThrow(
      'Target range and source range must be on the same spreadsheet.',
    );
  });
});
