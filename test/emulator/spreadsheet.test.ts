import { createEmulator } from '../../local/emulator';

describe('spreadsheet and tabs', () => {
  test('a new spreadsheet has Sheet1 (gid 0), 1000 x 26, active', () => {
    const emu = createEmulator({ spreadsheetName: 'District plan' });
    const ss = emu.spreadsheet;
    expect(ss.getName()).toBe('District plan');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    const [first] = ss.getSheets();
    expect(first?.getName()).toBe('Sheet1');
    expect(first?.getSheetId()).toBe(0);
    expect([first?.getMaxRows(), first?.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  test('insertSheet: default names, position after the active tab, becomes active', () => {
    const ss = createEmulator().spreadsheet;
    const a = ss.insertSheet();
    expect(a.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet().getName()).toBe('Sheet2');
    ss.getSheets()[0]?.activate();
    const b = ss.insertSheet('Plan');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Plan', 'Sheet2']);
    expect(b.getIndex()).toBe(2);
    ss.insertSheet('First', 0);
    expect(ss.getSheets()[0]?.getName()).toBe('First');
    expect(new Set(ss.getSheets().map((s) => s.getSheetId())).size).toBe(4);
    expect([b.getMaxRows(), b.getMaxColumns()]).toEqual([1000, 26]);
  });

  test('insertSheet with a taken name (any case) throws the real message', () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet('Overview');
    expect(() => ss.insertSheet('Overview')).toThrow(
      'A sheet with the name "Overview" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('overview')).toThrow('already exists');
    expect(ss.getSheetByName('OVERVIEW')?.getName()).toBe('Overview');
    expect(ss.getSheetByName('missing')).toBeNull();
  });

  test('names longer than 100 characters are refused, 100 is fine; setName follows the same rules', () => {
    const ss = createEmulator().spreadsheet;
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow('100 characters');
    const s = ss.insertSheet('y'.repeat(100));
    expect(() => s.setName('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists.');
    expect(() => s.setName('  ')).toThrow();
    s.setName('Renamed');
    expect(s.getName()).toBe('Renamed');
    s.setName('renamed'); // its own name in another case is not a collision
    expect(s.getName()).toBe('renamed');
  });

  test('insertSheet from a template copies cells, formats and rules', () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const t = ss.getSheets()[0];
    if (!t) throw new Error('no sheet');
    t.getRange('A1').setValue('hi').setBackground('#ff0000');
    t.setColumnWidth(1, 250);
    const app = emu.globals.SpreadsheetApp;
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([t.getRange('A1:B2')])
      .build();
    t.setConditionalFormatRules([rule]);
    const copy = ss.insertSheet('Copy', { template: t });
    expect(copy.getConditionalFormatRules()[0]?.getRanges()[0]?.getSheet().getName()).toBe('Copy');
    expect(copy.getRange('A1').getValue()).toBe('hi');
    expect(copy.getRange('A1').getBackground()).toBe('#ff0000');
    expect(copy.getColumnWidth(1)).toBe(250);
  });

  test('deleting the only sheet throws the real message; deleting the active one moves activity', () => {
    const ss = createEmulator().spreadsheet;
    const only = ss.getSheets()[0];
    if (!only) throw new Error('no sheet');
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
    const b = ss.insertSheet('B');
    ss.deleteSheet(b);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    const c = ss.insertSheet('C');
    only.hideSheet();
    expect(() => ss.deleteSheet(c)).toThrow("You can't remove all the visible sheets in a document.");
  });

  test('getRange with a sheet name; moveActiveSheet', () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet('My tab').getRange('B2').setValue(5);
    expect(ss.getRange("'My tab'!B2").getValue()).toBe(5);
    expect(ss.getRange("'My tab'!B2").getSheet().getName()).toBe('My tab');
    ss.getSheetByName('Sheet1')?.activate();
    ss.getRange('A1').setValue('on active');
    expect(ss.getSheetByName('Sheet1')?.getRange('A1').getValue()).toBe('on active');
    ss.getSheetByName('My tab')?.activate();
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['My tab', 'Sheet1']);
  });

  test('active range follows activate()', () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A1');
    const s = ss.insertSheet('S');
    s.getRange('C3:D4').activate();
    expect(emu.globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe('C3:D4');
    expect(emu.globals.SpreadsheetApp.getActiveSheet().getName()).toBe('S');
  });

  test('toasts are recorded', () => {
    const emu = createEmulator();
    emu.spreadsheet.toast('Done', 'Insert', 5);
    emu.spreadsheet.toast('Plain');
    expect(emu.ui.toasts).toEqual([
      { message: 'Done', title: 'Insert', timeoutSeconds: 5 },
      { message: 'Plain', title: '', timeoutSeconds: 5 },
    ]);
  });

  test('SpreadsheetApp.create and openById use the registry', () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp;
    const other = app.create('Export');
    expect(emu.spreadsheets.size).toBe(2);
    expect(app.openById(other.getId()).getName()).toBe('Export');
    expect(app.openByUrl(other.getUrl()).getId()).toBe(other.getId());
    expect(app.getActiveSpreadsheet().getId()).toBe(emu.spreadsheet.getId());
    expect(() => app.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById',
    );
  });
});

describe('sheet properties', () => {
  test('frozen panes, widths, heights, tab color, hidden', () => {
    const emu = createEmulator();
    const s = emu.spreadsheet.insertSheet('S');
    s.setFrozenRows(2);
    s.setFrozenColumns(1);
    s.setColumnWidths(2, 3, 180);
    s.setColumnWidth(1, 60);
    s.setRowHeight(1, 40);
    s.setTabColor('#1A73E8');
    s.autoResizeColumns(1, 2);
    expect([s.getFrozenRows(), s.getFrozenColumns()]).toEqual([2, 1]);
    expect([1, 2, 4, 5].map((c) => s.getColumnWidth(c))).toEqual([60, 180, 180, 100]);
    expect(s.getRowHeight(1)).toBe(40);
    expect(s.getTabColor()).toBe('#1a73e8');
    expect(() => s.setColumnWidths(26, 2, 10)).toThrow('Those columns are out of bounds.');
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    const snap = emu.sheet('S').snapshot();
    expect(snap.frozenRows).toBe(2);
    expect(snap.hidden).toBe(true);
  });

  test('insertRows in the middle moves content and merges down', () => {
    const s = createEmulator().spreadsheet.insertSheet('S');
    s.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    s.getRange('B3:C3').merge();
    s.insertRowsBefore(2, 2);
    expect(
      s
        .getRange('A1:A5')
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['a', '', '', 'b', 'c']);
    expect(
      s
        .getRange('A1:Z10')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['B5:C5']);
    expect(s.getMaxRows()).toBe(1002);
    s.deleteRows(2, 2);
    expect(s.getRange('A2').getValue()).toBe('b');
  });

  test('appendRow writes after the last row', () => {
    const s = createEmulator().spreadsheet.insertSheet('S');
    s.appendRow(['a', 1]);
    s.appendRow(['b', 2]);
    expect(s.getDataRange().getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});
