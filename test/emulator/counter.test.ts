import { createEmulator } from '../../local/emulator';

describe('call counting', () => {
  test('every outside call is counted by Class.method and tagged with its service', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: 'x' } });
    const { SpreadsheetApp, HtmlService, PropertiesService, LockService } = emu.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('S');
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').setBackground('#fff');
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('T'));
    PropertiesService.getUserProperties().setProperty('a', 'b');
    LockService.getScriptLock().tryLock(1);
    expect(emu.calls.snapshot()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.setBackground': 1,
      'SpreadsheetApp.getUi': 1,
      'HtmlService.createHtmlOutputFromFile': 1,
      'HtmlOutput.setTitle': 1,
      'Ui.showSidebar': 1,
      'PropertiesService.getUserProperties': 1,
      'Properties.setProperty': 1,
      'LockService.getScriptLock': 1,
      'Lock.tryLock': 1,
    });
    expect(emu.calls.get('Range.setValues')).toBe(1);
    expect(emu.calls.get('Range.getValues')).toBe(0);
    expect(emu.calls.total()).toBe(14);
    expect(emu.calls.total('spreadsheet')).toBe(7);
    expect(emu.calls.total('ui')).toBe(1);
    expect(emu.calls.total('html')).toBe(2);
    expect(emu.calls.total('properties')).toBe(2);
    expect(emu.calls.total('lock')).toBe(2);
    expect(emu.calls.log().slice(0, 3)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.insertSheet',
      'Sheet.getRange',
    ]);
  });

  test('calls the emulator makes to itself are not counted', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.insertSheet('S');
    emu.calls.reset();
    // RangeList fans out to Range.setBackground; appendRow uses Range.setValues; clear uses Range.clear.
    sheet.getRangeList(['A1', 'B2', 'C3']).setBackground('#000000');
    sheet.appendRow([1, 2, 3]);
    sheet.clear();
    expect(emu.calls.snapshot()).toEqual({
      'Sheet.getRangeList': 1,
      'RangeList.setBackground': 1,
      'Sheet.appendRow': 1,
      'Sheet.clear': 1,
    });
  });

  test('inspection helpers are not counted', () => {
    const emu = createEmulator();
    emu.calls.reset();
    emu.spreadsheet.snapshot();
    emu.sheet('Sheet1').snapshot();
    expect(emu.calls.total()).toBe(0);
  });

  test('reset and diff', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    const before = emu.calls.snapshot();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').setValue(2);
    expect(emu.calls.diff(before)).toEqual({ 'Sheet.getRange': 2, 'Range.setValue': 2 });
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
    expect(emu.calls.snapshot()).toEqual({});
  });
});

describe('failure injection', () => {
  test('the nth call throws Exception: message, the others succeed', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failOn('Range.setValues', {
      nth: 2,
      message: 'Service Spreadsheets failed while accessing document.',
    });
    sheet.getRange('A1').setValues([[1]]);
    let caught: unknown;
    try {
      sheet.getRange('A2').setValues([[2]]);
    } catch (e) {
      caught = e;
    }
    expect(String(caught)).toBe('Exception: Service Spreadsheets failed while accessing document.');
    sheet.getRange('A3').setValues([[3]]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
    // The failed call was still a call.
    expect(emu.calls.get('Range.setValues')).toBe(3);
  });

  test('defaults to the first call with a server-error message; clearFailures cancels', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failOn('Sheet.setFrozenRows');
    expect(() => sheet.setFrozenRows(1)).toThrow("We're sorry, a server error occurred.");
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    emu.failOn('Sheet.setFrozenColumns');
    emu.clearFailures();
    sheet.setFrozenColumns(1);
    expect(() => emu.failOn('setValues')).toThrow('Class.method');
    expect(() => emu.failOn('Range.setValuez')).toThrow('no method "Range.setValuez"');
  });

  test('internal calls never trigger an injected failure', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    emu.failOn('Range.setBackground');
    sheet.getRangeList(['A1', 'B1']).setBackground('#ff0000');
    expect(sheet.getRange('B1').getBackground()).toBe('#ff0000');
    expect(() => sheet.getRange('C1').setBackground('#ff0000')).toThrow();
  });
});
