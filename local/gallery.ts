/**
 * `npm run gallery [-- --out DIR]`: every template the add-on offers, for every role, in one
 * workbook (DIR/workbook.xlsx) and one page (DIR/report.html), built by the built add-on in the
 * emulator: a district can print or browse them before installing anything. The template kinds
 * come from the bundle's own catalog, so a kind added later lands here with no change.
 */
import type { CatalogDto, InsertResult, TemplateKindDto } from '../src/core/api';
import { openAddon } from './addon';
import { SAMPLE_OUTCOMES } from './demo';
import { shownPath, writeWorkbookAndReport } from './output/write';
import { callLikeScriptRun } from './scriptRun';

const USAGE = 'usage: npm run gallery [-- --out DIR]';

function parseOut(argv: readonly string[]): string {
  let out = 'out/gallery';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') throw new Error(USAGE);
    if (argv[i] !== '--out') throw new Error(`Unknown option ${argv[i]}.\n${USAGE}`);
    const dir = argv[++i];
    if (!dir || dir.startsWith('--')) throw new Error(`--out needs a folder.\n${USAGE}`);
    out = dir;
  }
  return out;
}

/**
 * The insert requests for one template kind, all frames: one per role where it needs a role;
 * one with every role where it sets roles side by side (any one of them first gives the same).
 */
export function galleryRequests(kind: TemplateKindDto, catalog: CatalogDto): Record<string, unknown>[] {
  const base: Record<string, unknown> = { kind: kind.kind };
  if (kind.frames !== 'none') base.frames = catalog.frames.map((f) => f.id);
  if (kind.needsOutcomes) base.outcomes = [...SAMPLE_OUTCOMES];
  const roles = catalog.roles.map((r) => r.id);
  if (kind.needsRoles) return [{ ...base, role: roles[0], roles: roles.slice(1) }];
  return kind.needsRole ? roles.map((role) => ({ ...base, role })) : [base];
}

const INTRO =
  'Every template of the PL Standards add-on, for every role, as it lands in a Google Sheets ' +
  'spreadsheet: made by <code>npm run gallery</code> with the built add-on in the local emulator. ' +
  'The level descriptions in the IC maps are starter text to rewrite as a team; "IC map from our own ' +
  'outcomes" is shown with a short sample list.';

async function main(): Promise<void> {
  const out = parseOut(process.argv.slice(2));
  const { emu, addon } = openAddon({ spreadsheetName: 'PL Standards: template gallery' });
  const blank = emu.spreadsheet.getSheets()[0]!;
  const order: string[] = [];
  const inserted = (r: InsertResult) => {
    order.push(r.sheetName);
    console.log(`  - ${r.sheetName} (${r.rows} rows)`);
  };
  inserted(callLikeScriptRun<InsertResult>(addon, 'insertStandardsOverview'));
  const catalog = callLikeScriptRun<CatalogDto>(addon, 'getCatalog');
  for (const kind of catalog.templates)
    for (const request of galleryRequests(kind, catalog))
      inserted(callLikeScriptRun<InsertResult>(addon, 'insertTemplate', request));
  // The new spreadsheet's empty first tab has no place in a gallery.
  emu.spreadsheet.deleteSheet(blank);
  const files = await writeWorkbookAndReport(emu, out, { intro: INTRO, order });
  console.log(
    `\n${order.length} tabs. Wrote:\n  ${shownPath(files.xlsx)}\n  ${shownPath(files.report)} (open it in a browser)`,
  );
}

console.log('Inserting every template for every role with the built add-on (dist/Code.js) in the emulator:');
main().catch((e: unknown) => {
  const message = (e as { message?: unknown })?.message;
  console.error(typeof message === 'string' ? message : String(e));
  process.exit(1);
});
