/**
 * `npm start`: runs the built add-on (dist/Code.js) inside the local emulator the way a user
 * would use it in Sheets, then writes what they would see to out/.
 */
import { writeFileSync } from 'node:fs';
import type { CreatedSurveyDto, ShareResult, SummaryResult, SurveySummary } from '../src/core/api';
import { openAddon } from './addon';
import { parseArgs, type RunOptions, USAGE, UsageError } from './args';
import type { LoadedBundle } from './bundle';
import { loadResponsesCsv, matchHeader } from './csvResponses';
import { DEMO_SCHOOLS, SAMPLE_OUTCOMES, submitIcSelfAssessment, submitWhereAreWeNow } from './demo';
import type { Emulator } from './emulator';
import { type OutFiles, prepareOutDir } from './outDir';
import { shownPath, writeWorkbookAndReport } from './output/write';
import { callLikeScriptRun } from './scriptRun';

const step = (text: string) => console.log(`  - ${text}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;
/** Every address the emulator makes looks like Google's but leads nowhere: say so beside it. */
const emulated = (url: string) => `${url} (emulated)`;

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
  notes.getRange(1, 1, SAMPLE_OUTCOMES.length, 1).setValues(SAMPLE_OUTCOMES.map((o) => [o]));
  notes.getRange(1, 1, SAMPLE_OUTCOMES.length, 1).activate();
  addon.call('menuIcMapFromSelection');
  step(`IC map from selected outcomes: ${emu.ui.toasts.at(-1)?.message ?? emu.ui.alerts.at(-1)?.prompt}`);
}

/** The survey the summary is about: the given CSV, or surveys created and answered here. */
function surveySource(emu: Emulator, addon: LoadedBundle, opts: RunOptions): Record<string, unknown> {
  const options = {
    ...(opts.minGroup === null ? {} : { minGroupSize: opts.minGroup }),
    ...(opts.onePerPerson ? { onePerPerson: true } : {}),
  };
  if (opts.responses) {
    const csv = loadResponsesCsv(emu, opts.responses);
    const encoding = csv.encoding === 'utf-8' ? '' : ` (read as ${csv.encoding})`;
    step(
      `loaded ${csv.rows} responses from ${opts.responses}${encoding} into "${csv.tab}" (a linked Form's tab)`,
    );
    const groupBy = opts.groupBy === null ? null : matchHeader(csv.headers, opts.groupBy, opts.responses);
    return { formId: csv.formId, groupBy, ...options };
  }
  const wawn = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
    instrument: 'where-are-we-now',
    askRole: true,
    askSchool: true,
    schools: DEMO_SCHOOLS,
    collectEmail: true,
  });
  step(
    `created the Form "${wawn.title}" (send ${emulated(wawn.publishedUrl)}); responses go to "${wawn.responsesTab}"`,
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
  // The runner's user made every copy here, so the copy is theirs to share.
  if (shared.kind !== 'shared') throw new Error(shared.message);
  step(
    `shared a summary-only copy (${shared.tabs.join(', ')}) with ${shared.sharedWith.join(', ')}: ${emulated(shared.url)}`,
  );
}

async function run(opts: RunOptions, out: OutFiles): Promise<void> {
  const { emu, addon } = openAddon({ spreadsheetName: 'Professional learning (local)' });
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

  // The summary as the add-on computed it, after the refresh (a fresh read of the same request).
  const final = opts.responses
    ? summary
    : callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', request);
  const r = final.repeats;
  if (r && r.extra > 0) {
    step(
      `${plural(r.addresses, 'address')} answered more than once (${plural(r.extra, 'extra response')}): ` +
        (r.latestOnly
          ? 'only the latest of each is counted'
          : 'all counted; --one-per-person keeps only the latest'),
    );
  }
  const summaryFile = out.summary;
  writeFileSync(summaryFile, `${JSON.stringify(final, null, 2)}\n`);
  const files = await writeWorkbookAndReport(emu, out.dir, { intro: REPORT_INTRO });
  console.log(`\nWrote:\n  ${summaryFile}\n  ${files.xlsx}\n  ${files.report}`);
  console.log(
    `\nOpen ${shownPath(files.report)} in a browser: every tab as Sheets shows it, summaries and charts first.` +
      '\nTo click through the sidebar yourself: npm run preview',
  );
}

const REPORT_INTRO =
  'What the add-on wrote into the spreadsheet, as Sheets shows it: made by <code>npm start</code>, which runs ' +
  'the built add-on in the local Apps Script emulator (no Google account). Summaries first, then the ' +
  'templates; the raw responses last, collapsed, with their first rows only.';

/** One line, whatever the error: the message without a stack, its line breaks folded. */
function oneLine(e: unknown): string {
  const message = (e as { message?: unknown })?.message;
  return (typeof message === 'string' ? message : String(e)).replace(/\s*\n\s*/g, ' ').trim();
}

let opts: RunOptions;
let out: OutFiles;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(oneLine(e));
  process.exit(e instanceof UsageError ? 2 : 1);
}
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
try {
  out = prepareOutDir(opts.out);
} catch (e) {
  console.error(oneLine(e));
  process.exit(1);
}
console.log('Running the built add-on (dist/Code.js) in the local Apps Script emulator:');
run(opts, out).catch((e: unknown) => {
  console.error(oneLine(e));
  process.exit(1);
});
