/**
 * The built bundle runs in a vm context with no Node globals, the emulator's services as its
 * globals. These tests prove the emulator works across realms (arrays and Dates from the
 * context, errors thrown back into it).
 */
import vm from 'node:vm';
import { createEmulator } from '../../local/emulator';

/** A copy of the globals keeps the script's own top-level vars out of `emu.globals`. */
const run = (source: string) => {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<p>side</p>' } });
  const context = vm.createContext({ ...emu.globals });
  emu.bindContext(context);
  const result = vm.runInContext(source, context) as unknown;
  return { emu, context, result };
};

describe('running a script in a vm context', () => {
  test('the context has no Node globals; emu.globals itself can be the context', () => {
    const emu = createEmulator();
    const context = vm.createContext(emu.globals);
    const result = vm.runInContext(
      'SpreadsheetApp.getActiveSpreadsheet().insertSheet("X").getRange("A1").setValue(1);' +
        '[typeof require, typeof process, typeof Buffer, typeof SpreadsheetApp].join()',
      context,
    );
    expect(result).toBe('undefined,undefined,undefined,object');
    expect(emu.sheet('X').getRange('A1').getValue()).toBe(1);
  });

  test('inserts a sheet and writes values with arrays from the other realm', () => {
    const { emu, result } = run(`
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var sheet = ss.insertSheet('Roster');
      var rows = [['Name', 'Role', 'Start'], ['Ana', "'=coach", new Date(Date.UTC(2024, 7, 1))]];
      sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
      sheet.getRange(1, 1, 1, 3).setFontWeights([['bold', 'bold', 'bold']]);
      sheet.setFrozenRows(1);
      var start = sheet.getRange('C2').getValue();
      [sheet.getName(), sheet.getLastRow(), sheet.getLastColumn(), start instanceof Date, start.getUTCMonth()].join();
    `);
    expect(result).toBe('Roster,2,3,true,7');
    const snap = emu.sheet('Roster').snapshot();
    expect(snap.values[1]?.slice(0, 2)).toEqual(['Ana', '=coach']);
    expect((snap.values[1]?.[2] as Date | undefined)?.toISOString()).toBe('2024-08-01T00:00:00.000Z');
    expect(snap.fontWeights[0]).toEqual(['bold', 'bold', 'bold']);
    expect(snap.frozenRows).toBe(1);
    expect(emu.calls.get('Spreadsheet.insertSheet')).toBe(1);
  });

  test('service errors reach the script as its own realm Error with name Exception', () => {
    const { result } = run(`
      var out;
      try {
        SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1, 2, 1).setValues([[1]]);
      } catch (e) {
        out = [e instanceof Error, e.name, String(e)].join('|');
      }
      out;
    `);
    expect(result).toBe(
      'true|Exception|Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('menus, sidebars, properties and builders from inside the context', () => {
    const { emu } = run(`
      SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('PL'));
      PropertiesService.getDocumentProperties().setProperties({ plan: JSON.stringify({ rows: 3 }) });
      var sheet = SpreadsheetApp.getActiveSheet();
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No'], true).build();
      sheet.getRange('A1:A2').setDataValidations([[rule], [null]]);
      var cf = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1="Yes"')
        .setBackground('#d9ead3').setRanges([sheet.getRange('A1:A2')]).build();
      sheet.setConditionalFormatRules([cf]);
      console.log('done');
    `);
    expect(emu.ui.menus[0]?.items).toEqual([{ caption: 'Open sidebar', functionName: 'showSidebar' }]);
    expect(emu.ui.sidebars).toEqual([{ title: 'PL', html: '<p>side</p>', width: 300 }]);
    expect(JSON.parse(emu.properties.document.plan ?? '{}')).toEqual({ rows: 3 });
    const snap = emu.sheet('Sheet1').snapshot();
    expect(snap.validations[0]?.[0]?.values).toEqual([['Yes', 'No'], true]);
    expect(snap.conditionalFormats[0]?.ranges).toEqual(['A1:A2']);
    expect(emu.logs.at(-1)?.text).toBe('done');
  });
});
