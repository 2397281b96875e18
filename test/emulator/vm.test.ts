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

describe('forms and triggers from inside a vm context', () => {
  test('FormApp and ScriptApp work in the context; a submission calls the context function', () => {
    const emu = createEmulator({ now: Date.UTC(2024, 8, 3, 14, 5, 9) });
    const context = vm.createContext({ ...emu.globals });
    emu.bindContext(context);
    emu.setTriggerTarget((name, e) => (vm.runInContext(name, context) as (e: unknown) => unknown)(e));
    const formId = vm.runInContext(
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var form = FormApp.create('Feedback');
      form.addGridItem().setTitle('Standards').setRows(['Leadership']).setColumns(['Low', 'High']);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      ScriptApp.newTrigger('onResponse').forSpreadsheet(ss).onFormSubmit().create();
      function onResponse(e) {
        var lock = LockService.getDocumentLock();
        if (!lock.tryLock(1000)) return 'busy';
        var answer = e.namedValues['Standards [Leadership]'][0];
        e.range.offset(0, e.values.length, 1, 1).setValue(answer === 'High' ? 'strong' : 'growing');
        lock.releaseLock();
        return [e.values[0], answer, e.range.getRow(), ScriptApp.getProjectTriggers().length].join('|');
      }
      form.getId();
      `,
      context,
    ) as string;
    const res = emu.forms.submit(formId, { Standards: { Leadership: 'High' } });
    expect(res.executions[0]!.result).toBe('9/3/2024 10:05:09|High|2|1');
    expect(emu.sheet('Form Responses 1').getRange('C2').getValue()).toBe('strong');
    // Errors thrown by the services reach the script as its own realm's Error.
    const conv = vm.runInContext(
      `try { FormApp.openById(${JSON.stringify(formId)}).getItems()[0].asListItem(); } catch (e) { [e instanceof Error, e.name, e.message].join('|') }`,
      context,
    );
    expect(conv).toBe('true|Exception|Invalid conversion for item type: GRID');
  });
});
