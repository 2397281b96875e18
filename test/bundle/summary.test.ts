import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import { pick, rng, wawnAnswers, writeResponsesTab } from '../support/surveyFixture';

function open() {
  const emu = createEmulator({ htmlFiles: { Sidebar: readDist('Sidebar.html') } });
  const addon = loadBundle(emu);
  return { emu, addon };
}

const REQUEST = { tab: 'Form Responses 1', groupBy: 'Your role' };

describe('summaries through dist/Code.js', () => {
  /** The same budget as the source test (test/gas/summary.test.ts): 73 Spreadsheet calls. */
  it.each([50, 50_000])('builds the summary of %i responses in 73 Spreadsheet calls', (rows) => {
    const { emu, addon } = open();
    writeResponsesTab(emu, 'Form Responses 1', rows);
    emu.calls.reset();
    const r = callLikeScriptRun<{ responses: number; charts: number }>(addon, 'buildSummary', REQUEST);
    expect(r.responses).toBe(rows);
    expect(emu.calls.total('spreadsheet')).toBe(73);
  });

  it('counts concurrent submissions once each through the installed trigger', () => {
    const { emu, addon } = open();
    const created = callLikeScriptRun<{ formId: string }>(addon, 'createSurvey', {
      instrument: 'where-are-we-now',
      askRole: true,
      askSchool: false,
      collectEmail: false,
    });
    callLikeScriptRun(addon, 'buildSummary', { formId: created.formId, groupBy: 'Your role' });
    callLikeScriptRun(addon, 'setAutoRefresh', true);
    const r = rng(9);
    emu.forms.submitConcurrently(
      created.formId,
      Array.from({ length: 8 }, () => wawnAnswers(r, pick(r, ['Coach', 'Teacher']))),
    );
    const summary = callLikeScriptRun<{ responses: number }>(addon, 'summarizeSurvey', {
      formId: created.formId,
    });
    expect(summary.responses).toBe(8);
    const tab = emu.sheet('Summary - Where are we now?').snapshot();
    expect(tab.values.find((row) => row[0] === 'Responses counted')?.[1]).toBe(8);
    // One execution rebuilt; the rest could not take the lock and said so, building nothing.
    const executions = emu.triggers.executions.filter((e) => e.functionName === 'onFormSubmitRefresh');
    expect(executions).toHaveLength(8);
  });
  it('shares a summary-only copy through the Sheets and Drive advanced services', () => {
    const { emu, addon } = open();
    writeResponsesTab(emu, 'Form Responses 1', 60);
    callLikeScriptRun(addon, 'buildSummary', REQUEST);
    const first = callLikeScriptRun<{ url: string; tabs: string[]; sharedWith: string[] }>(
      addon,
      'shareSummary',
      'lead@district.example.org',
    );
    // The copy is the sharing user's: its id is kept in their user properties.
    const copyId = JSON.parse(emu.properties.user[`share-copy:${emu.spreadsheet.getId()}`]!).id as string;
    expect(first.url).toBe(`https://docs.google.com/spreadsheets/d/${copyId}/edit`);
    const snap = emu.spreadsheets.get(copyId)!.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(first.tabs);
    expect(snap.sheets.flatMap((s) => s.charts).length).toBeGreaterThan(0);
    expect(JSON.stringify(snap.sheets.map((s) => s.values))).not.toContain('@district.example.org');
    emu.calls.reset();
    const again = callLikeScriptRun<{ url: string }>(addon, 'shareSummary', 'coach@district.example.org');
    expect(again.url).toBe(first.url);
    expect(emu.calls.get('Spreadsheets.get')).toBe(1);
    expect(emu.calls.get('Spreadsheets.batchUpdate')).toBe(1);
    expect(emu.calls.get('Permissions.create')).toBe(1);
    expect(emu.calls.get('DriveApp.getFileById')).toBe(0);
    expect(emu.calls.get('SpreadsheetApp.openById')).toBe(0);
    expect(emu.calls.get('SpreadsheetApp.create')).toBe(0);
    expect(emu.drive.sharedWith(copyId).viewers).toEqual([
      'lead@district.example.org',
      'coach@district.example.org',
    ]);
  });
});
