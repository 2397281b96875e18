import { createEmulator } from '../../local/emulator';
import { meterReads } from '../../local/readMeter';

const setup = () => {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.insertSheet('T');
  sheet.getRange(1, 1, 5, 2).setValues([
    ['a@d.org', 'x'],
    [' A@D.org ', 'y'],
    ['b@d.org', 'a@d.org and more'],
    ['', '=UPPER("a@d.org")'],
    ['a@dxorg', 7],
  ]);
  return { emu, sheet };
};

describe('Range.createTextFinder', () => {
  test('finds cells by what they show, case-insensitively and in part unless told otherwise', () => {
    const { sheet } = setup();
    const all = sheet.getRange(1, 1, 5, 2);
    const a1 = (rs: GoogleAppsScript.Spreadsheet.Range[]) => rs.map((r) => r.getA1Notation());
    expect(a1(all.createTextFinder('a@d.org').findAll())).toEqual(['A1', 'A2', 'B3', 'B4']);
    expect(a1(all.createTextFinder('a@d.org').matchEntireCell(true).findAll())).toEqual(['A1', 'B4']);
    expect(a1(all.createTextFinder('a@d.org').matchCase(true).findAll())).toEqual(['A1', 'B3']);
    // The formula's text, only when asked.
    expect(a1(all.createTextFinder('UPPER').findAll())).toEqual([]);
    expect(a1(all.createTextFinder('UPPER').matchFormulaText(true).findAll())).toEqual(['B4']);
  });

  test('takes a regular expression: an address with spaces around it, its dots as dots', () => {
    const { sheet } = setup();
    const column = sheet.getRange(1, 1, 5, 1);
    const found = column.createTextFinder('^\\s*a@d\\.org\\s*$').useRegularExpression(true).findAll();
    expect(found.map((r) => r.getA1Notation())).toEqual(['A1', 'A2']);
  });

  test('steps through matches, and reads no rows into the script', () => {
    const { sheet } = setup();
    const meter = meterReads();
    try {
      const finder = sheet.getRange(1, 1, 5, 2).createTextFinder('d.org');
      expect(finder.findNext()?.getA1Notation()).toBe('A1');
      expect(finder.findNext()?.getA1Notation()).toBe('A2');
      expect(finder.getCurrentMatch()?.getA1Notation()).toBe('A2');
      expect(finder.findPrevious()?.getA1Notation()).toBe('A1');
      expect(finder.findPrevious()).toBeNull();
      expect(meter.rows()).toBe(0);
      sheet.getRange(1, 1, 3, 2).getValues();
      expect(meter.rows()).toBe(3);
    } finally {
      meter.stop();
    }
  });
});
