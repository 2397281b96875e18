import { createEmulator, type EmuSpreadsheet } from '../../local/emulator';

const host = globalThis as { SpreadsheetApp?: unknown; PropertiesService?: unknown };

/** Code typed against the real interfaces, as src/gas/ is. */
function addTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(name);
  sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
  return sheet;
}

describe('install / uninstall', () => {
  test('globals are installed for code that uses them as Apps Script globals, then removed', () => {
    const emu = createEmulator();
    expect(host.SpreadsheetApp).toBeUndefined();
    emu.install();
    try {
      const sheet = addTab(SpreadsheetApp.getActiveSpreadsheet(), 'Tab');
      expect(sheet.getLastColumn()).toBe(2);
      expect(PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    } finally {
      emu.uninstall();
    }
    expect(host.SpreadsheetApp).toBeUndefined();
    expect(host.PropertiesService).toBeUndefined();
  });

  test('install onto another object restores what was there', () => {
    const emu = createEmulator();
    const target: Record<string, unknown> = { Logger: 'mine' };
    emu.install(target);
    expect(target.Logger).toBe(emu.globals.Logger);
    emu.uninstall();
    expect(target).toEqual({ Logger: 'mine' });
  });

  test('emu.spreadsheet is usable where the real Spreadsheet type is expected', () => {
    const emu = createEmulator();
    const ss: EmuSpreadsheet = emu.spreadsheet;
    addTab(ss, 'Typed');
    expect(ss.snapshot().sheets.map((s) => s.name)).toEqual(['Sheet1', 'Typed']);
  });
});
