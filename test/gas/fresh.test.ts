/**
 * Summaries that stay fresh at district scale (issue 11): refresh in place, tab identity kept
 * through a rebuild, bursts of submissions within the trigger quotas, and every editor's own
 * shared copy.
 */
import { createEmulator, type Emulator, type EmulatorOptions } from '../../local/emulator';
import type { ShareResult } from '../../src/core/api';
import * as main from '../../src/main';
import { pick, ROLE_NAMES, rng, wawnAnswers, wawnSurvey } from '../support/surveyFixture';

let emu: Emulator;
function open(opts: EmulatorOptions = {}): void {
  emu?.uninstall();
  emu = createEmulator({ spreadsheetName: 'District PL', user: 'lead@district.org', ...opts });
  emu.install();
  emu.setTriggerTarget((name, e) => (main as unknown as Record<string, (e: unknown) => unknown>)[name]!(e));
}
beforeEach(() => open());
afterEach(() => emu.uninstall());

const ROLES = ROLE_NAMES.slice(0, 4);

/** A "Where are we now?" Form with role, its summary broken down by role, auto-refresh on. */
function survey(responses: number, seed = 3): string {
  const formId = wawnSurvey(main, emu, responses, seed, (_r, i) => ROLES[i % 4]!);
  main.setAutoRefresh(true);
  return formId;
}

const summaryTab = () => emu.spreadsheet.getSheets().find((s) => s.getName().startsWith('Summary'))!;
const counted = (): number =>
  Number(
    emu
      .sheet(summaryTab().getName())
      .snapshot()
      .values.find((row) => row[0] === 'Responses counted')?.[1],
  );

describe('a refresh after one submission', () => {
  /**
   * Budget: 16 service calls, 8 of them Spreadsheet calls (against 73 to build the tab). Reading
   * the document's properties (2); the rows in the responses tab, found by the name it had at the
   * last full count, telling a new response (the tab grew, so the submitted row is not asked for)
   * (3); the lease saying up to which row this run counts (1); the document lock (2, and 1 to
   * release it); the properties again under the lock (1); the header row and the new row (2); the
   * summary tab by its id (1); one write of every value (2); one write of the config, kept counts,
   * status and refresh state (1). No Form is opened, no time zone asked for, no chart touched:
   * counts live in cells the charts read. Nothing is inserted, deleted or charted.
   */
  it('writes the new figures into the tab that is there, in 16 calls (8 Spreadsheet)', () => {
    const formId = survey(20);
    const tab = summaryTab();
    const id = tab.getSheetId();
    const before = emu.calls.snapshot();
    const spreadsheetBefore = emu.calls.total('spreadsheet');
    emu.forms.submit(formId, wawnAnswers(rng(5), 'Coach'));
    const made = emu.calls.diff(before);
    const spreadsheetCalls = emu.calls.total('spreadsheet') - spreadsheetBefore;
    expect(counted()).toBe(21);
    expect(summaryTab().getSheetId()).toBe(id);
    expect(made['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    expect(made['Spreadsheet.deleteSheet'] ?? 0).toBe(0);
    expect(made['Sheet.insertChart'] ?? 0).toBe(0);
    expect(made['Sheet.updateChart'] ?? 0).toBe(0);
    expect(made['FormApp.openById'] ?? 0).toBe(0);
    expect(made['Range.setValues']).toBe(1);
    expect(spreadsheetCalls).toBe(REFRESH_BUDGET.spreadsheet);
    // Every call the run made, by "Class.method" (the Form writing its row is not the add-on's).
    expect(Object.values(made).reduce((a, b) => a + b, 0)).toBe(REFRESH_BUDGET.total);
    // The charts read the new figures from their ranges, each item's n with them.
    const snap = emu.sheet(summaryTab().getName()).snapshot();
    expect(snap.charts.every((c) => !/responses\)/.test(String(c.options.title)))).toBe(true);
    expect(snap.values.flat().some((v) => /\(n=21\)$/.test(String(v)))).toBe(true);
  });

  it('counts at once a response that comes a while after the last one; one within the minute waits for it', () => {
    const formId = survey(20);
    const first = emu.forms.submit(formId, wawnAnswers(rng(5), 'Coach')).executions[0]!;
    expect([first.result, first.endedAt - first.startedAt < 5_000]).toEqual(['refreshed', true]);
    // Two minutes on: no refresh is due to wait for, so it counts at once (no sleeping run).
    emu.advanceClock(120_000);
    const later = emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach')).executions[0]!;
    expect([later.result, later.endedAt - later.startedAt < 5_000]).toEqual(['refreshed', true]);
    expect(counted()).toBe(22);
    // Ten seconds on: within the minute of the last refresh, it waits for the minute to be up.
    emu.advanceClock(10_000);
    const soon = emu.forms.submit(formId, wawnAnswers(rng(7), 'Coach')).executions[0]!;
    expect(soon.result).toBe('refreshed');
    expect(soon.endedAt - soon.startedAt).toBeGreaterThanOrEqual(45_000);
    expect(counted()).toBe(23);
  });

  it('a formula in another tab that points at the summary still computes after a refresh and a rebuild', () => {
    const formId = survey(20);
    const name = summaryTab().getName();
    const about =
      emu
        .sheet(name)
        .snapshot()
        .values.findIndex((row) => row[0] === 'Responses counted') + 1;
    const mine = emu.spreadsheet.insertSheet('My notes');
    mine.getRange('A1').setFormula(`='${name}'!B${about}*2`);
    expect(mine.getRange('A1').getValue()).toBe(40);
    emu.forms.submit(formId, wawnAnswers(rng(5), 'Coach'));
    expect(mine.getRange('A1').getValue()).toBe(42);
    // A fifth role: a new column in the breakdown, so the tab is rebuilt, in the same tab.
    const id = summaryTab().getSheetId();
    emu.advanceClock(120_000);
    emu.forms.submit(formId, wawnAnswers(rng(6), ROLE_NAMES[4]!));
    expect(summaryTab().getSheetId()).toBe(id);
    expect(summaryTab().getName()).toBe(name);
    expect(mine.getRange('A1').getFormula()).toBe(`='${name}'!B${about}*2`);
    expect(mine.getRange('A1').getValue()).toBe(44);
    expect(emu.spreadsheet.getSheets().filter((s) => s.getName().startsWith('Summary'))).toHaveLength(1);
    // Rebuilt completely: the new group is there, with its charts and nothing left of the old ones.
    const snap = emu.sheet(name).snapshot();
    expect(snap.values.flat().some((v) => String(v).startsWith(`${ROLE_NAMES[4]} (n=1)`))).toBe(true);
    expect(snap.charts).toHaveLength(2);
  });
});

const REFRESH_BUDGET = { total: 16, spreadsheet: 8 };

describe('a burst of 300 submissions within the quotas', () => {
  it.each(['consumer', 'workspace'] as const)(
    'on a %s account: summaries end exact, no run fails, trigger time far under the day’s budget',
    (account) => {
      open({ quotas: account });
      const formId = survey(0);
      const r = rng(11);
      const answers = Array.from({ length: 300 }, () => wawnAnswers(r, pick(r, ROLES)));
      // 300 people answer within five minutes (one a second).
      const results = emu.forms.submitOverTime(formId, answers, { intervalMs: 1000 });
      const runs = results.flatMap((x) => x.executions);
      expect(runs).toHaveLength(300);
      expect(runs.filter((x) => !x.ok)).toEqual([]);
      expect(counted()).toBe(300);
      expect(main.summarizeSurvey({ formId }).responses).toBe(300);
      // Exactly the tab a build from scratch makes (but for when it was made).
      const when = (v: unknown[][]) => v.filter((row) => row[0] !== 'Last updated');
      const refreshed = when(emu.sheet(summaryTab().getName()).snapshot().values);
      main.buildSummary({ formId, groupBy: 'Your role' });
      expect(refreshed).toEqual(when(emu.sheet(summaryTab().getName()).snapshot().values));
      const outcomes = new Map<unknown, number>();
      for (const x of runs) outcomes.set(x.result, (outcomes.get(x.result) ?? 0) + 1);
      // A handful of refreshes counted everyone; every other run returned at once.
      expect(outcomes.get('refreshed')).toBeLessThanOrEqual(8);
      const time = emu.triggerTime()!;
      expect(time.usedMs).toBeLessThan(time.limitMs / 5);
      const longest = Math.max(...runs.map((x) => x.endedAt - x.startedAt));
      expect(longest).toBeLessThan(6 * 60_000);
      // The figures of the run, for the record (console is the emulator's while it is installed).
      process.stdout.write(
        `${account}: ${runs.length} runs, ${JSON.stringify(Object.fromEntries(outcomes))}, ` +
          `trigger time ${(time.usedMs / 60_000).toFixed(1)} of ${time.limitMs / 60_000} min, longest run ${(longest / 1000).toFixed(0)} s\n`,
      );
    },
  );
});

describe('a burst with a shared copy', () => {
  it('the copy follows in steps, each group at most one step behind, within the quotas', () => {
    open({ quotas: 'consumer' });
    const formId = survey(20);
    const first = main.shareSummary('principal@district.org');
    if (first.kind !== 'shared') throw new Error(first.message);
    const id = first.url.split('/d/')[1]!.split('/')[0]!;
    const r = rng(12);
    const answers = Array.from({ length: 300 }, () => wawnAnswers(r, pick(r, ROLES)));
    const runs = emu.forms.submitOverTime(formId, answers, { intervalMs: 1000 }).flatMap((x) => x.executions);
    expect(runs.filter((x) => !x.ok)).toEqual([]);
    expect(counted()).toBe(320);
    const copy = emu.spreadsheets.get(id)!.snapshot().sheets[0]!.values;
    const inCopy = Number(copy.find((row) => row[0] === 'Responses counted')?.[1]);
    // Each of the 4 groups is at most 4 respondents (one step less one) behind the document.
    expect(inCopy).toBeLessThanOrEqual(320);
    expect(inCopy).toBeGreaterThanOrEqual(320 - 4 * 4);
    const time = emu.triggerTime()!;
    expect(time.usedMs).toBeLessThan(time.limitMs / 5);
    process.stdout.write(
      `with a copy: copy counts ${inCopy} of 320, trigger time ${(time.usedMs / 60_000).toFixed(1)} of ${time.limitMs / 60_000} min\n`,
    );
  });
});

describe('sharing by more than one editor', () => {
  function shared(r: ShareResult): Extract<ShareResult, { kind: 'shared' }> {
    if (r.kind !== 'shared') throw new Error(r.message);
    return r;
  }

  it("a second editor's Share explains whose the copy is, and makes their own only when asked", () => {
    const formId = survey(20);
    emu.drive.share(emu.spreadsheet.getId(), 'coach@district.org', 'editor');
    const first = shared(main.shareSummary('principal@district.org'));
    const firstId = first.url.split('/d/')[1]!.split('/')[0]!;
    const answer = emu.asUser('coach@district.org', () => main.shareSummary('teacher@district.org'));
    expect(answer.kind).toBe('others-copy');
    if (answer.kind !== 'others-copy') return;
    expect(answer.owners).toEqual(['lead@district.org']);
    expect(answer.message).toMatch(/made by lead@district\.org, and only its maker can update it/);
    expect(answer.message).toMatch(/make a copy of your own/);
    // Nothing was replaced or shared.
    expect(emu.drive.sharedWith(firstId).viewers).toEqual(['principal@district.org']);
    const own = emu.asUser('coach@district.org', () =>
      shared(main.shareSummary({ emails: 'teacher@district.org', ownCopy: true })),
    );
    const ownId = own.url.split('/d/')[1]!.split('/')[0]!;
    expect(ownId).not.toBe(firstId);
    expect(emu.drive.sharedWith(ownId)).toMatchObject({
      owner: 'coach@district.org',
      viewers: ['teacher@district.org'],
    });
    // Each editor's own automatic refresh keeps their copy up to date.
    emu.asUser('coach@district.org', () => main.setAutoRefresh(true));
    const r = rng(21);
    for (let i = 0; i < 5; i++) {
      emu.advanceClock(61_000);
      emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    }
    const copyCounted = (id: string) =>
      emu.spreadsheets
        .get(id)!
        .snapshot()
        .sheets[0]!.values.find((row) => row[0] === 'Responses counted')?.[1];
    expect(copyCounted(firstId)).toBe(25);
    expect(copyCounted(ownId)).toBe(25);
    // The first editor's Share still updates their own copy.
    expect(shared(main.shareSummary('principal@district.org')).url).toBe(first.url);
  });

  it('only a deleted copy (404) counts as gone; one its maker can no longer open (403) is not replaced', () => {
    survey(20);
    const first = shared(main.shareSummary('principal@district.org'));
    const id = first.url.split('/d/')[1]!.split('/')[0]!;
    const files = emu.spreadsheets.size;
    // The copy was moved to someone else's Drive and the maker taken off it.
    emu.drive.transfer(id, 'archive@district.org');
    emu.drive.revoke(id, 'lead@district.org');
    expect(() => main.shareSummary('principal@district.org')).toThrow(/can no longer open it/);
    expect(emu.spreadsheets.size).toBe(files);
    // Asked for, a new copy of their own.
    const fresh = shared(main.shareSummary({ emails: 'principal@district.org', ownCopy: true }));
    expect(fresh.url).not.toBe(first.url);
    // Deleted: a new copy, without asking.
    emu.drive.remove(fresh.url.split('/d/')[1]!.split('/')[0]!);
    expect(shared(main.shareSummary('principal@district.org')).url).not.toBe(fresh.url);
  });
});
