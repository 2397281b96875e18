/**
 * `npm start`: runs the built add-on (dist/Code.js) inside the local emulator the way a user
 * would use it in Sheets, then writes what they would see to out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CreatedSurveyDto, ShareResult, SummaryResult, SurveySummary } from '../src/core/api';
import { parseArgs, type RunOptions } from './args';
import { type LoadedBundle, loadBundle, readDist } from './bundle';
import { loadResponsesCsv } from './csvResponses';
import { DEMO_SCHOOLS, submitIcSelfAssessment, submitWhereAreWeNow } from './demo';
import { createEmulator, type Emulator } from './emulator';
import { specFromSnapshot } from './output/chartFromSnapshot';
import { renderChartSvg } from './output/charts';
import { workbookView } from './output/fromSnapshot';
import { renderReport } from './output/report';
import { writeXlsx } from './output/xlsx';
import { callLikeScriptRun } from './scriptRun';

const step = (text: string) => console.log(`  - ${text}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function useTemplates(emu: Emulator, addon: LoadedBundle): void {
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
    { kind: 'cross-role', role: 'principal', roles: ['coach', 'teacher'] },
    { kind: 'first-actions', role: 'superintendent' },
    { kind: 'learning-system' },
    { kind: 'logic-model' },
    { kind: 'resources' },
  ];
  for (const req of templates) {
    const r = callLikeScriptRun<{ sheetName: string; rows: number }>(addon, 'insertTemplate', req);
    step(`inserted "${r.sheetName}" (${r.rows} rows)`);
  }
  // "IC map from my own outcomes": a column of outcomes typed in a tab, selected, then the menu item.
  const notes = emu.spreadsheet.getSheets().find((s) => s.getName() === 'Sheet1')!;
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
}

/** The survey the summary is about: the given CSV, or surveys created and answered here. */
function surveySource(emu: Emulator, addon: LoadedBundle, opts: RunOptions): Record<string, unknown> {
  const options = { ...(opts.minGroup === null ? {} : { minGroupSize: opts.minGroup }) };
  if (opts.responses) {
    const csv = loadResponsesCsv(emu, opts.responses);
    step(`loaded ${csv.rows} responses from ${opts.responses} into "${csv.tab}" (a linked Form's tab)`);
    return { formId: csv.formId, groupBy: opts.groupBy, ...options };
  }
  const wawn = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
    instrument: 'where-are-we-now',
    askRole: true,
    askSchool: true,
    schools: DEMO_SCHOOLS,
    collectEmail: true,
  });
  step(
    `created the Form "${wawn.title}" (send ${wawn.publishedUrl}); responses go to "${wawn.responsesTab}"`,
  );
  submitWhereAreWeNow(emu, wawn.formId, 48);
  step('48 educators answered it');
  const ic = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
    instrument: 'ic-self-assessment',
    role: 'coach',
    askRole: false,
    askSchool: false,
    collectEmail: false,
  });
  submitIcSelfAssessment(emu, ic.formId, 'coach', 14);
  step(`created "${ic.title}" and 14 coaches rated themselves`);
  const built = callLikeScriptRun<SummaryResult>(addon, 'buildSummary', { formId: ic.formId, ...options });
  step(`built "${built.sheetName}": ${built.responses} responses, ${plural(built.charts, 'chart')}`);
  const map = callLikeScriptRun<{ message: string }>(addon, 'updateIcMap', { tab: 'IC map - Coach' });
  step(`Update IC map from survey: ${map.message}`);
  return { formId: wawn.formId, groupBy: opts.groupBy ?? 'Your role', ...options };
}

/** Keep fresh and share: auto-refresh on, a few more responses arrive, then a summary-only copy. */
function keepFreshAndShare(emu: Emulator, addon: LoadedBundle, formId: string): void {
  callLikeScriptRun(addon, 'setAutoRefresh', true);
  submitWhereAreWeNow(emu, formId, 6, 99);
  const state = callLikeScriptRun<{ last: { message: string } | null }>(addon, 'getAutoRefresh');
  step(`auto-refresh on; 6 more responses arrived: ${state.last?.message ?? 'no refresh yet'}`);
  const shared = callLikeScriptRun<ShareResult>(
    addon,
    'shareSummary',
    'pl-director@district.example.org, principal@district.example.org',
  );
  step(
    `shared a summary-only copy (${shared.tabs.join(', ')}) with ${shared.sharedWith.join(', ')}: ${shared.url}`,
  );
}

function chartSvgs(emu: Emulator): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of emu.spreadsheet.snapshot().sheets) {
    if (s.charts.length === 0) continue;
    const svgs = s.charts.map(
      (c) => `<figure class="chart">${renderChartSvg(specFromSnapshot(c, s.values), s)}</figure>`,
    );
    out.set(s.name, `<h3>Charts</h3>\n${svgs.join('\n')}`);
  }
  return out;
}

async function run(opts: RunOptions): Promise<void> {
  const emu = createEmulator({
    spreadsheetName: 'Professional learning (local)',
    addonName: 'PL Standards',
    htmlFiles: {
      Sidebar: readDist('Sidebar.html'),
      Dialog: readDist('Dialog.html'),
      SummaryDialog: readDist('SummaryDialog.html'),
    },
  });
  const addon = loadBundle(emu);

  // Opening the document: the add-on is not yet enabled here, so onOpen runs in AuthMode.NONE.
  emu.authMode = 'NONE';
  addon.call('onOpen', { authMode: 'NONE' });
  emu.authMode = 'FULL';
  step(
    `menu: ${emu.ui.menus.flatMap((m) => m.items.map((i) => ('caption' in i ? i.caption : '---'))).join(' | ')}`,
  );
  addon.call('showSidebar');
  step(`sidebar opened: "${emu.ui.sidebars.at(-1)?.title}"`);

  if (!opts.responses) useTemplates(emu, addon);
  const request = surveySource(emu, addon, opts);
  const summary = callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', request);
  const built = callLikeScriptRun<SummaryResult>(addon, 'buildSummary', request);
  step(
    `built "${built.sheetName}": ${built.responses} responses, ${built.items} items, ${plural(built.charts, 'chart')}`,
  );
  if (!opts.responses) keepFreshAndShare(emu, addon, String(request.formId));

  const outDir = resolve(opts.out);
  mkdirSync(outDir, { recursive: true });
  const book = workbookView(emu.spreadsheet.snapshot());
  const files = {
    summary: join(outDir, 'summary.json'),
    xlsx: join(outDir, 'workbook.xlsx'),
    report: join(outDir, 'report.html'),
  };
  // The summary as the add-on computed it, after the refresh (a fresh read of the same request).
  const final = opts.responses
    ? summary
    : callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', request);
  writeFileSync(files.summary, `${JSON.stringify(final, null, 2)}\n`);
  await writeXlsx(book, files.xlsx);
  const charts = chartSvgs(emu);
  writeFileSync(files.report, renderReport(book, { afterSheet: (v) => charts.get(v.name) ?? '' }));
  console.log(`\nWrote:\n  ${files.summary}\n  ${files.xlsx}\n  ${files.report}`);
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
  const message = (e as { message?: unknown })?.message;
  console.error(typeof message === 'string' ? message : String(e));
  process.exit(1);
});
