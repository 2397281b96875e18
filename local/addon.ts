import { type LoadedBundle, loadBundle, readDist } from './bundle';
import { createEmulator, type Emulator } from './emulator';

/** The built add-on (dist/) in a fresh emulated spreadsheet, opened the way Sheets opens it. */
export interface OpenedAddon {
  readonly emu: Emulator;
  readonly addon: LoadedBundle;
}

export function openAddon(opts: { spreadsheetName: string; now?: Date | number }): OpenedAddon {
  const emu = createEmulator({
    now: opts.now,
    spreadsheetName: opts.spreadsheetName,
    addonName: 'PL Standards',
    htmlFiles: {
      Sidebar: readDist('Sidebar.html'),
      Dialog: readDist('Dialog.html'),
      SummaryDialog: readDist('SummaryDialog.html'),
    },
  });
  const addon = loadBundle(emu);
  // Opening the document before the add-on is enabled in it: onOpen runs in AuthMode.NONE.
  emu.authMode = 'NONE';
  addon.call('onOpen', { authMode: 'NONE' });
  emu.authMode = 'FULL';
  return { emu, addon };
}
