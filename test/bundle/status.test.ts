import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator, type Emulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import type { SpreadsheetStateDto } from '../../src/core/api';
import { stateReadBudget as budget } from '../support/stateBudget';
import { pick, rng, wawnAnswers } from '../support/surveyFixture';

/**
 * The sidebar polls getSpreadsheetState while it is open, so its cost is held here: a fixed
 * number of reads per tab and per linked tab, never per response, and no writes or locks.
 */
function open() {
  const emu = createEmulator({ htmlFiles: { Sidebar: readDist('Sidebar.html') } });
  const addon = loadBundle(emu);
  return { emu, addon };
}

const state = (addon: ReturnType<typeof open>['addon']) =>
  callLikeScriptRun<SpreadsheetStateDto>(addon, 'getSpreadsheetState');

function submit(emu: Emulator, formId: string, n: number, seed: number): void {
  const r = rng(seed);
  for (let i = 0; i < n; i++) emu.forms.submit(formId, wawnAnswers(r, pick(r, ['Coach', 'Teacher'])));
}

/** Two linked Forms (one summarized), the summary tab and the first tab: 4 tabs, 2 linked. */
function inUse() {
  const { emu, addon } = open();
  const made = (title: string) =>
    callLikeScriptRun<{ formId: string }>(addon, 'createSurvey', {
      instrument: 'where-are-we-now',
      title,
      askRole: true,
      askSchool: false,
      collectEmail: false,
    });
  const first = made('Fall check-in');
  const second = made('Spring check-in');
  submit(emu, first.formId, 12, 1);
  callLikeScriptRun(addon, 'buildSummary', { formId: first.formId });
  submit(emu, first.formId, 3, 2);
  submit(emu, second.formId, 4, 3);
  return { emu, addon, first, second };
}

describe('getSpreadsheetState', () => {
  it('says what this spreadsheet holds: linked Forms, responses, summaries, auto-refresh', () => {
    const { addon, first, second } = inUse();
    const s = state(addon);
    expect(s.tabs).toBe(4);
    // In tab order: Sheets puts a new responses tab first.
    expect(s.surveys).toEqual([
      { key: `form:${second.formId}`, tab: 'Form Responses 2', title: 'Spring check-in', responses: 4 },
      { key: `form:${first.formId}`, tab: 'Form Responses 1', title: 'Fall check-in', responses: 15 },
    ]);
    expect(s.summaries).toEqual([
      expect.objectContaining({
        key: `form:${first.formId}`,
        sheetName: 'Summary - Fall check-in',
        responses: 12,
      }),
    ]);
    expect(Number.isNaN(Date.parse(s.summaries[0]!.builtIso))).toBe(false);
    expect(s.autoRefresh).toEqual({ on: false, last: null });
    expect(s.sharedCopyUrl).toBeNull();
  });

  it('is a new spreadsheet until something is added', () => {
    const { addon } = open();
    expect(state(addon)).toEqual({
      tabs: 1,
      surveys: [],
      summaries: [],
      autoRefresh: { on: false, last: null },
      sharedCopyUrl: null,
    });
  });

  it('reads in a fixed budget that does not grow with the responses, and writes nothing', () => {
    const { emu, addon, first, second } = inUse();
    emu.calls.reset();
    state(addon);
    expect(emu.calls.snapshot()).toEqual(budget(4, 2));
    expect(emu.calls.total()).toBe(15);
    submit(emu, first.formId, 200, 4);
    submit(emu, second.formId, 200, 5);
    emu.calls.reset();
    const s = state(addon);
    expect(s.surveys.map((v) => v.responses)).toEqual([204, 215]);
    expect(emu.calls.snapshot()).toEqual(budget(4, 2));
  });

  it('follows auto-refresh and the shared copy', () => {
    const { emu, addon, first } = inUse();
    callLikeScriptRun(addon, 'setAutoRefresh', true);
    submit(emu, first.formId, 1, 6);
    callLikeScriptRun(addon, 'shareSummary', 'principal@district.org');
    const s = state(addon);
    expect(s.autoRefresh.on).toBe(true);
    expect(s.autoRefresh.last).toMatchObject({ outcome: 'refreshed' });
    // The refresh rebuilt the summary from every response.
    expect(s.summaries[0]!.responses).toBe(16);
    expect(s.sharedCopyUrl).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/edit$/);
  });
});
