/**
 * Sheets' reading of strings written with setValue(s): as strict as real Sheets for a General
 * cell in the spreadsheet's locale, literal in a plain-text ("@") cell, and every string that
 * did not stay text recorded in `emu.reinterpreted`.
 */
import { WHERE_ARE_WE_NOW } from '../../src/content';
import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';

/** Noon UTC on 1 March 2025: "9-12" without a year is in 2025. */
const NOW = Date.UTC(2025, 2, 1, 12);

function sheet(opts: { locale?: string } = {}) {
  const emu = createEmulator({ now: NOW, ...opts });
  return { emu, sheet: emu.spreadsheet.insertSheet('T') };
}

/** Midnight of a day in New York (the emulator's default zone), as an instant. */
const nyMidnight = (y: number, m: number, d: number) => {
  const edt = m > 3 && m < 11; // the dates below avoid the DST switch days
  return new Date(Date.UTC(y, m - 1, d, edt ? 4 : 5));
};

describe('a General cell reads strings as Sheets does', () => {
  const cases: [string, unknown, string, string][] = [
    // written, getValue, getDisplayValue, getNumberFormat
    ['9-12', nyMidnight(2025, 9, 12), '9/12/2025', 'M/d/yyyy'],
    ['6/8', nyMidnight(2025, 6, 8), '6/8/2025', 'M/d/yyyy'],
    ['6/8/2024', nyMidnight(2024, 6, 8), '6/8/2024', 'M/d/yyyy'],
    ['2024-06-08', nyMidnight(2024, 6, 8), '2024-06-08', 'yyyy-MM-dd'],
    ['Jan 5', nyMidnight(2025, 1, 5), '1/5/2025', 'M/d/yyyy'],
    ['007', 7, '7', '0.###############'],
    ['1,234', 1234, '1234', '0.###############'],
    ['12%', 0.12, '12%', '0%'],
    ['$5', 5, '$5.00', '$#,##0.00'],
    ['1e3', 1000, '1000', '0.###############'],
    ['TRUE', true, 'TRUE', '0.###############'],
    ['false', false, 'FALSE', '0.###############'],
    ['K-2', 'K-2', 'K-2', '0.###############'],
    ['9-12 grade', '9-12 grade', '9-12 grade', '0.###############'],
    ["'9-12", '9-12', '9-12', '0.###############'],
    ['Grade 6/8 team', 'Grade 6/8 team', 'Grade 6/8 team', '0.###############'],
    ['2/30', '2/30', '2/30', '0.###############'],
  ];
  test.each(cases)('%j', (written, value, display, format) => {
    const { sheet: s } = sheet();
    const r = s.getRange('A1');
    r.setValues([[written]]);
    expect(r.getValue()).toEqual(value);
    expect(r.getDisplayValue()).toBe(display);
    expect(r.getNumberFormat()).toBe(format);
  });

  test('times are on Sheets day zero and keep the clock the text shows', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A2').setValues([['3:30'], ['3:30 PM']]);
    expect(s.getRange('A1:A2').getDisplayValues()).toEqual([['3:30:00'], ['3:30:00 PM']]);
    const [a, b] = s
      .getRange('A1:A2')
      .getValues()
      .map((row) => row[0] as Date);
    expect(a).toBeInstanceOf(Date);
    expect(b!.getTime() - a!.getTime()).toBe(12 * 3600 * 1000);
    expect(a!.getUTCFullYear()).toBe(1899);
  });

  test('setValue reads the same way; a date written as a Date stays that instant', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setValue('6/8');
    expect(s.getRange('A1').getValue()).toEqual(nyMidnight(2025, 6, 8));
    const d = new Date(Date.UTC(2024, 0, 2, 15));
    s.getRange('A2').setValue(d);
    expect((s.getRange('A2').getValue() as Date).getTime()).toBe(d.getTime());
  });

  test('outside en_US a day comes first', () => {
    const { sheet: s } = sheet({ locale: 'en_GB' });
    s.getRange('A1').setValue('6/8/2024');
    expect(s.getRange('A1').getValue()).toEqual(nyMidnight(2024, 8, 6));
    s.getRange('A2').setValue('13/5/2024');
    expect(s.getRange('A2').getValue()).toEqual(nyMidnight(2024, 5, 13));
  });
});

describe('a plain-text ("@") cell keeps every string as written', () => {
  test.each(['9-12', '6/8', '007', '12%', 'TRUE', '$5', '3:30', '2024-06-08'])('%j', (written) => {
    const { emu, sheet: s } = sheet();
    const r = s.getRange('A1');
    r.setNumberFormat('@').setValues([[written]]);
    expect(r.getValue()).toBe(written);
    expect(r.getDisplayValue()).toBe(written);
    expect(emu.reinterpreted).toEqual([]);
  });
});

describe('emu.reinterpreted', () => {
  test('lists each string that became a non-string, with its cell', () => {
    const { emu, sheet: s } = sheet();
    s.getRange('B2:E2').setValues([['9-12', 'Grade 9-12', '007', '+x']]);
    s.appendRow(['TRUE', "'TRUE"]);
    expect(emu.reinterpreted).toEqual([
      { sheet: 'T', a1: 'B2', written: '9-12', became: nyMidnight(2025, 9, 12) },
      { sheet: 'T', a1: 'D2', written: '007', became: 7 },
      { sheet: 'T', a1: 'E2', written: '+x', became: { formula: '=+x' } },
      { sheet: 'T', a1: 'A3', written: 'TRUE', became: true },
    ]);
  });

  test('formulas written as formulas are not reinterpretations', () => {
    const { emu, sheet: s } = sheet();
    s.getRange('A1:B1').setValues([['=1+1', "'=x"]]);
    s.getRange('C1').setFormula('=A1');
    expect(emu.reinterpreted).toEqual([]);
  });
});

describe('the add-on writes no text that Sheets would read as something else', () => {
  test('templates, a survey with date-, number- and boolean-like group values, its summary and shared copy', () => {
    const emu = createEmulator({
      now: NOW,
      htmlFiles: { Sidebar: readDist('Sidebar.html'), Dialog: readDist('Dialog.html') },
    });
    const addon = loadBundle(emu);
    callLikeScriptRun(addon, 'insertStandardsOverview');
    const frames = ['rigorous-content', 'transformational-processes', 'conditions-for-success'];
    for (const req of [
      { kind: 'ic-map', role: 'coach', frames },
      { kind: 'checklist', role: 'principal' },
      { kind: 'first-actions', role: 'superintendent' },
      { kind: 'learning-system' },
      { kind: 'logic-model' },
    ]) {
      callLikeScriptRun(addon, 'insertTemplate', req);
    }
    const schools = ['K-2', '6-8', '9-12', '007', 'TRUE', '12%', 'Jan 5'];
    const survey = callLikeScriptRun<{ formId: string }>(addon, 'createSurvey', {
      instrument: 'where-are-we-now',
      askRole: true,
      askSchool: true,
      schools,
    });
    const labels = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
    for (let i = 0; i < 35; i++) {
      const grid = Object.fromEntries(
        WHERE_ARE_WE_NOW.statements.map((s, k) => [s.text, labels[(i + k) % 5]!]),
      );
      emu.forms.submit(survey.formId, {
        [WHERE_ARE_WE_NOW.title]: grid,
        'Your role': 'Teacher',
        'School or office': schools[i % schools.length]!,
      });
    }
    callLikeScriptRun(addon, 'buildSummary', { formId: survey.formId, groupBy: 'School or office' });
    callLikeScriptRun(addon, 'shareSummary', 'viewer@district.example.org');
    const summary = emu.sheet('Summary - Where are we now?').snapshot().values.flat();
    expect(summary).toContain('9-12 (n=5)');
    expect(summary).toContain('TRUE (n=5)');
    expect(emu.reinterpreted).toEqual([]);
  });
});
