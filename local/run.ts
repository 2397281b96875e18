/**
 * `npm start`: runs the built add-on (dist/Code.js) inside the local emulator the way a user
 * would use it in Sheets, then writes what they would see to out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type RunOptions } from './args';
import { loadBundle, readDist } from './bundle';
import { createEmulator } from './emulator';
import { workbookView } from './output/fromSnapshot';
import { renderReport } from './output/report';
import { writeXlsx } from './output/xlsx';
import { callLikeScriptRun } from './scriptRun';

async function run(opts: RunOptions): Promise<void> {
  const emu = createEmulator({
    spreadsheetName: 'Professional learning (local)',
    addonName: 'PL Standards',
    htmlFiles: { Sidebar: readDist('Sidebar.html'), Dialog: readDist('Dialog.html') },
  });
  const addon = loadBundle(emu);
  const step = (text: string) => console.log(`  - ${text}`);

  // Opening the document: the add-on is not yet enabled here, so onOpen runs in AuthMode.NONE.
  emu.authMode = 'NONE';
  addon.call('onOpen', { authMode: 'NONE' });
  emu.authMode = 'FULL';
  step(
    `menu: ${emu.ui.menus.flatMap((m) => m.items.map((i) => ('caption' in i ? i.caption : '---'))).join(' | ')}`,
  );

  addon.call('showSidebar');
  step(`sidebar opened: "${emu.ui.sidebars.at(-1)?.title}"`);

  const overview = callLikeScriptRun<{ sheetName: string; rows: number }>(addon, 'insertStandardsOverview');
  step(`inserted "${overview.sheetName}" (${overview.rows} rows)`);

  // One of each template, as a team would insert them from the sidebar's Templates panel.
  const templates: Record<string, unknown>[] = [
    {
      kind: 'ic-map',
      role: 'coach',
      frames: ['rigorous-content', 'transformational-processes', 'conditions-for-success'],
    },
    { kind: 'checklist', role: 'principal' },
    { kind: 'first-actions', role: 'superintendent' },
    { kind: 'learning-system' },
    { kind: 'logic-model' },
  ];
  for (const req of templates) {
    const r = callLikeScriptRun<{ sheetName: string; rows: number }>(addon, 'insertTemplate', req);
    step(`inserted "${r.sheetName}" (${r.rows} rows)`);
  }
  // "IC map from my own outcomes": a column of outcomes typed in a tab, selected, then the menu item.
  const notes = emu.spreadsheet.getSheets()[0]!;
  notes
    .getRange(1, 1, 3, 1)
    .setValues([
      ['Every team meets weekly to study student work'],
      ['Coaches give feedback within a week of each observation'],
      ['Professional learning plans name the student goal they serve'],
    ]);
  notes.getRange('A1:A3').activate();
  addon.call('menuIcMapFromSelection');
  step(`IC map from selected outcomes: ${emu.ui.toasts.at(-1)?.message ?? emu.ui.alerts.at(-1)?.prompt}`);

  const outDir = resolve(opts.out);
  mkdirSync(outDir, { recursive: true });
  const book = workbookView(emu.spreadsheet.snapshot());
  const xlsx = join(outDir, 'workbook.xlsx');
  const report = join(outDir, 'report.html');
  await writeXlsx(book, xlsx);
  writeFileSync(report, renderReport(book));
  console.log(`\nWrote:\n  ${xlsx}\n  ${report}`);
}

let opts: RunOptions;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
console.log('Running the built add-on (dist/Code.js) in the local Apps Script emulator:');
run(opts).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
