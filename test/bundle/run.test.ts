import vm from 'node:vm';
import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator, type Emulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';

/** The built dist/Code.js, run the way Apps Script runs it: one script, services as globals, no Node. */
function open(): { emu: Emulator; addon: ReturnType<typeof loadBundle> } {
  const emu = createEmulator({ htmlFiles: { Sidebar: readDist('Sidebar.html') }, addonName: 'PL Standards' });
  const addon = loadBundle(emu);
  emu.bindContext(addon.context);
  return { emu, addon };
}

describe('dist/Code.js in a context without Node globals', () => {
  it('has no require, process, setTimeout, fetch or URL to lean on', () => {
    const { addon } = open();
    for (const g of ['require', 'process', 'setTimeout', 'fetch', 'URL', 'TextEncoder', 'Buffer', 'module']) {
      expect(vm.runInContext(`typeof ${g}`, addon.context)).toBe('undefined');
    }
  });

  it.each(['NONE', 'LIMITED'] as const)(
    'onOpen in AuthMode.%s builds the menu and touches nothing else',
    (mode) => {
      const { emu, addon } = open();
      emu.authMode = mode;
      emu.calls.reset();
      addon.call('onOpen', { authMode: mode });
      expect(emu.ui.menus).toHaveLength(1);
      const items = emu.ui.menus[0]!.items.flatMap((i) => ('caption' in i ? [i.functionName] : []));
      expect(items).toContain('showSidebar');
      for (const fn of items) expect(addon.has(fn)).toBe(true);
      // Only the Ui: no spreadsheet, properties or other data access, which AuthMode.NONE forbids.
      const touched = Object.keys(emu.calls.snapshot()).filter((k) => !/^(Ui|Menu)\./.test(k));
      expect(touched).toEqual(['SpreadsheetApp.getUi']);
    },
  );

  it('opens the sidebar at Sheets width with the inlined page', () => {
    const { emu, addon } = open();
    addon.call('showSidebar');
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0]!.html).toContain('Insert standards overview');
    expect(emu.ui.sidebars[0]!.width).toBe(300);
  });

  it('serves the catalog to the sidebar as plain JSON', () => {
    const { addon } = open();
    const catalog = callLikeScriptRun<{ roles: unknown[]; standards: unknown[]; frames: unknown[] }>(
      addon,
      'getCatalog',
    );
    expect(catalog.roles).toHaveLength(7);
    expect(catalog.standards).toHaveLength(11);
    expect(catalog.frames).toHaveLength(3);
  });

  it('inserts the standards overview from the sidebar in the same budget as the source', () => {
    const { emu, addon } = open();
    emu.calls.reset();
    const r = callLikeScriptRun<{ sheetName: string; rows: number }>(addon, 'insertStandardsOverview');
    expect(r.sheetName).toBe('Standards overview');
    expect(emu.calls.total('spreadsheet')).toBe(56);
    const values = emu.sheet('Standards overview').snapshot().values.flat();
    expect(values).toContain('Equity Practices');
    expect(values).toContain('Resources');
  });

  it('reports a failed insert from the menu as an alert, and leaves no tab behind', () => {
    const { emu, addon } = open();
    emu.failOn('Range.setValues', { message: 'Service Spreadsheets timed out while accessing document.' });
    addon.call('menuInsertStandardsOverview');
    expect(emu.ui.alerts.at(-1)?.prompt).toBe(
      'Insert standards overview did not complete: Service Spreadsheets timed out while accessing document.',
    );
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });

  it('rejects a failed sidebar call with a message, not a stack', () => {
    const { emu, addon } = open();
    emu.failOn('Spreadsheet.insertSheet');
    expect(() => callLikeScriptRun(addon, 'insertStandardsOverview')).toThrow(
      /^Insert standards overview did not complete: We're sorry, a server error occurred/,
    );
  });
});
