import { createEmulator, type Emulator, type EmulatorOptions } from '../../local/emulator';
import type { ShareResult } from '../../src/core/api';
import * as main from '../../src/main';
import {
  LABELS,
  pick,
  ROLE_NAMES,
  rng,
  STATEMENTS,
  wawnAnswers,
  wawnSurvey,
  writeResponsesTab,
} from '../support/surveyFixture';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator({ spreadsheetName: 'District PL' });
  emu.install();
  emu.setTriggerTarget((name, e) => (main as unknown as Record<string, (e: unknown) => unknown>)[name]!(e));
});
afterEach(() => emu.uninstall());

const REQUEST = { tab: 'Form Responses 1', groupBy: 'Your role' };

/** The breakdown's group headers on a copy's first tab ("Coach (n=8)"). */
const groupSizes = (snap: { sheets: readonly { values: unknown[][] }[] }): string[] =>
  (snap.sheets[0]!.values.find((row) => row[0] === 'Item' && String(row[1]).includes('(n=')) ?? [])
    .slice(1)
    .map(String)
    .filter((v) => v !== '');

/** A share that went through (not another editor's copy). */
function shared(r: ShareResult): Extract<ShareResult, { kind: 'shared' }> {
  if (r.kind !== 'shared') throw new Error(`expected a shared copy: ${r.message}`);
  return r;
}

/** The id of the copy the current user made from this spreadsheet (kept in their user properties). */
const myCopyId = (): string =>
  JSON.parse(
    PropertiesService.getUserProperties().getProperty(`share-copy:${emu.spreadsheet.getId()}`) ?? 'null',
  )?.id;

/** Spreadsheet calls to build the summary of a tab of `rows` responses, in a fresh spreadsheet. */
function buildCalls(rows: number): number {
  emu.uninstall();
  emu = createEmulator();
  emu.install();
  writeResponsesTab(emu, 'Form Responses 1', rows);
  emu.calls.reset();
  main.buildSummary(REQUEST);
  return emu.calls.total('spreadsheet');
}

describe('building a summary tab', () => {
  /**
   * Budget (73 for one agreement block broken down by role): finding and reading the responses
   * tab in one getValues (5), the new tab filled with one call per format grid, widths (two
   * runs), frozen rows, one call hiding the chart data's rows, one warning-only protection, the
   * replace-in-place steps, and 2 charts at a fixed number of builder calls each (one of them
   * telling the chart to plot the hidden rows). Charts follow the scales and the breakdown,
   * never the number of responses.
   */
  it('uses the same number of Spreadsheet calls for 50 and for 50,000 responses', () => {
    const small = buildCalls(50);
    expect(buildCalls(50_000)).toBe(small);
    expect(small).toBe(SUMMARY_BUDGET);
  });

  it('carries charts whose ranges hold their data and series', () => {
    writeResponsesTab(emu, 'Form Responses 1', 40);
    const r = main.buildSummary(REQUEST);
    const snap = emu.sheet(r.sheetName).snapshot();
    expect(snap.charts.length).toBe(r.charts);
    expect(r.charts).toBeGreaterThanOrEqual(2);
    for (const chart of snap.charts) {
      expect(chart.ranges).toHaveLength(1);
      const [from, to] = chart.ranges[0]!.split(':');
      const range = emu.sheet(r.sheetName).getRange(`${from}:${to}`);
      const values = range.getValues();
      // Header row names the series; the first column names the categories.
      expect(values[0]!.slice(1).every((v) => typeof v === 'string' && v !== '')).toBe(true);
      expect(values.slice(1).every((row) => typeof row[0] === 'string' && row[0] !== '')).toBe(true);
    }
    const answers = snap.charts.find((c) => String(c.options.title ?? '').includes('answers per item'));
    expect(answers).toBeDefined();
    expect(answers!.options.isStacked).toBe(true);
    // The chart data is in hidden rows at the end of the tab; every chart plots them.
    expect(snap.hiddenRows.length).toBeGreaterThan(0);
    for (const chart of snap.charts) {
      expect(chart.hiddenDimensionStrategy).toBe('SHOW_BOTH');
      const first = Number(/\d+/.exec(chart.ranges[0]!)![0]);
      expect(snap.hiddenRows).toContain(first);
      // In view beside the sidebar: the chart's left edge and width within the first 1,000 px.
      const left =
        snap.columnWidths.slice(0, chart.anchorColumn - 1).reduce((a, w) => a + w, 0) + chart.offsetX;
      expect(left + (chart.width ?? 0)).toBeLessThanOrEqual(1000);
    }
    // Bars side by side carry value labels (a 0% bar reads "0%").
    const byRole = snap.charts.find((c) =>
      String(c.options.title ?? '').includes('percent favorable by role'),
    );
    expect(byRole?.options.series).toEqual(
      expect.objectContaining({ 0: expect.objectContaining({ dataLabel: 'value' }) }),
    );
  });

  it('replaces the old summary only once the new one is complete', () => {
    writeResponsesTab(emu, 'Form Responses 1', 30);
    const first = main.buildSummary(REQUEST);
    const before = emu.sheet(first.sheetName).snapshot().values;
    const tabs = emu.spreadsheet.getSheets().map((s) => s.getName());
    writeResponsesTab(emu, 'Form Responses 1', 60, 8);
    // A fifth role: a new column in the breakdown, so the tab is rebuilt (not refreshed in place).
    emu
      .sheet('Form Responses 1')
      .getRange(61, STATEMENTS.length + 3)
      .setValue(ROLE_NAMES[4]!);
    emu.failOn('Sheet.insertChart', { nth: 2 });
    expect(() => main.buildSummary(REQUEST)).toThrow(/Building the summary did not complete/);
    expect(emu.sheet(first.sheetName).snapshot().values).toEqual(before);
    // Exactly the tabs there were before: no half-made "(updating)" tab, the old summary kept.
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(tabs);
    // The next build goes through and counts all 60.
    emu.clearFailures();
    expect(main.buildSummary(REQUEST).responses).toBe(60);
    expect(emu.spreadsheet.getSheets().filter((s) => s.getName().startsWith('Summary'))).toHaveLength(1);
  });

  it("keeps the breakdown's name the user gave through a refresh and in the shared copy", () => {
    writeResponsesTab(emu, 'Form Responses 1', 20);
    const built = main.buildSummary({ ...REQUEST, groupLabel: 'Job' });
    const heading = (values: unknown[][]) =>
      values.find((r) => String(r[0]).startsWith('Percent favorable by'))?.[0];
    expect(heading(emu.sheet(built.sheetName).snapshot().values)).toBe('Percent favorable by job');
    writeResponsesTab(emu, 'Form Responses 1', 30, 5);
    main.menuBuildSummaries();
    const after = emu.sheet(built.sheetName).snapshot().values;
    expect(after.find((r) => r[0] === 'Responses counted')?.[1]).toBe(30);
    expect(heading(after)).toBe('Percent favorable by job');
    main.shareSummary('lead@district.example.org');
    const copy = emu.spreadsheets.get(myCopyId())!;
    expect(heading(copy.snapshot().sheets[0]!.values)).toBe('Percent favorable by job');
  });

  it('a failed write of new figures into the tab leaves the last figures there', () => {
    writeResponsesTab(emu, 'Form Responses 1', 30);
    const first = main.buildSummary(REQUEST);
    const before = emu.sheet(first.sheetName).snapshot();
    writeResponsesTab(emu, 'Form Responses 1', 40);
    emu.failOn('Range.setValues', { message: 'Service invoked too many times for one day: spreadsheets.' });
    expect(() => main.buildSummary(REQUEST)).toThrow(/too many times/);
    expect(emu.sheet(first.sheetName).snapshot()).toEqual(before);
    emu.clearFailures();
    expect(main.buildSummary(REQUEST).responses).toBe(40);
  });

  it('keeps exactly the chart data hidden through a refresh and a rebuild of the same tab', () => {
    /** The rows the tab's label says are hidden, and the rows the tab hides. */
    const hiddenOf = (name: string) => {
      const snap = emu.sheet(name).snapshot();
      const label = snap.values.map((r) => String(r[0])).find((t) => t.startsWith('Chart data (rows '))!;
      const [from, to] = /rows (\d+)–(\d+)/.exec(label)!.slice(1).map(Number) as [number, number];
      const said = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      return { said, hidden: snap.hiddenRows, charts: snap.charts };
    };
    writeResponsesTab(emu, 'Form Responses 1', 30);
    const first = main.buildSummary(REQUEST);
    const built = hiddenOf(first.sheetName);
    expect(built.hidden).toEqual(built.said);
    // More responses, same shape: values only; the hidden rows stay as they were.
    writeResponsesTab(emu, 'Form Responses 1', 36, 4);
    main.buildSummary(REQUEST);
    expect(hiddenOf(first.sheetName).hidden).toEqual(built.said);
    // No breakdown now: a shorter tab, rebuilt in the same tab.
    const id = emu.spreadsheet.getSheetByName(first.sheetName)!.getSheetId();
    const again = main.buildSummary({ tab: 'Form Responses 1' });
    const rebuilt = hiddenOf(first.sheetName);
    expect(emu.spreadsheet.getSheetByName(first.sheetName)!.getSheetId()).toBe(id);
    expect(rebuilt.said[0]).toBeLessThan(built.said[0]!);
    expect(rebuilt.hidden).toEqual(rebuilt.said);
    expect(rebuilt.charts.map((c) => c.hiddenDimensionStrategy)).toEqual(
      Array(again.charts).fill('SHOW_BOTH'),
    );
  });

  it('never writes to the responses tab', () => {
    writeResponsesTab(emu, 'Form Responses 1', 25);
    const before = emu.sheet('Form Responses 1').snapshot();
    main.buildSummary(REQUEST);
    expect(emu.sheet('Form Responses 1').snapshot()).toEqual(before);
  });
});

describe('fresh as responses arrive', () => {
  function surveyWithAutoRefresh(): string {
    const created = main.createSurvey({
      instrument: 'where-are-we-now',
      askRole: true,
      askSchool: false,
      collectEmail: true,
    });
    main.buildSummary({ formId: created.formId, groupBy: 'Your role' });
    main.setAutoRefresh(true);
    return created.formId;
  }

  const summaryResponses = (): number => {
    const tab = emu.spreadsheet.getSheets().find((s) => s.getName().startsWith('Summary'))!;
    const about = emu
      .sheet(tab.getName())
      .snapshot()
      .values.find((row) => row[0] === 'Responses counted');
    return Number(about?.[1]);
  };

  it('turning it on installs one form-submit and one hourly trigger; off removes them', () => {
    surveyWithAutoRefresh();
    expect(
      emu.triggers
        .list()
        .map((t) => t.eventType)
        .sort(),
    ).toEqual(['CLOCK', 'ON_FORM_SUBMIT']);
    main.setAutoRefresh(true); // again: still one of each
    expect(emu.triggers.list()).toHaveLength(2);
    main.setAutoRefresh(false);
    expect(emu.triggers.list()).toHaveLength(0);
  });

  it('counts every response exactly once when submissions arrive concurrently', () => {
    const formId = surveyWithAutoRefresh();
    const r = rng(3);
    const batch = Array.from({ length: 6 }, () => wawnAnswers(r, pick(r, ['Coach', 'Teacher', 'Principal'])));
    emu.forms.submitConcurrently(formId, batch);
    expect(summaryResponses()).toBe(6);
    const more = Array.from({ length: 4 }, () => wawnAnswers(r, 'Teacher'));
    emu.forms.submitConcurrently(formId, more);
    expect(summaryResponses()).toBe(10);
    // One execution per batch refreshed; the others found that it had taken the refresh on and
    // returned at once ("deferred"), without queueing for the document lock.
    const outcomes = emu.triggers.executions.map((e) => e.result).sort();
    expect(outcomes).toEqual([...Array(8).fill('deferred'), 'refreshed', 'refreshed']);
  });

  it('does nothing on a submission once auto-refresh is off here, even if a trigger remains', () => {
    const formId = surveyWithAutoRefresh();
    PropertiesService.getDocumentProperties().setProperty('auto-refresh', 'off'); // as another editor's switch
    emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach'));
    expect(emu.triggers.executions.at(-1)?.result).toBe('off');
    expect(summaryResponses()).toBe(0);
  });

  /** This test's emulator, made again with options (an add-on's clock trigger with its document...). */
  function reopen(opts: EmulatorOptions): void {
    emu.uninstall();
    emu = createEmulator({ spreadsheetName: 'District PL', ...opts });
    emu.install();
    emu.setTriggerTarget((name, e) => (main as unknown as Record<string, (e: unknown) => unknown>)[name]!(e));
  }

  it('the hourly check catches up on responses a busy refresh skipped, where it has the document', () => {
    reopen({ clockTriggerDocument: true });
    const formId = surveyWithAutoRefresh();
    emu.holdLock('document');
    emu.forms.submit(formId, wawnAnswers(rng(7), 'Coach'));
    emu.releaseHeldLock('document');
    expect(summaryResponses()).toBe(0);
    emu.triggers.fireTimeBased();
    expect(summaryResponses()).toBe(1);
  });

  it('the hourly check without its document (an add-on clock run) does nothing and says why', () => {
    const formId = surveyWithAutoRefresh();
    emu.holdLock('document');
    emu.forms.submit(formId, wawnAnswers(rng(7), 'Coach'));
    emu.releaseHeldLock('document');
    const [run] = emu.triggers.fireTimeBased();
    expect(run).toMatchObject({ ok: true, result: 'no-document' });
    expect(emu.logs.some((l) => l.level === 'warn' && /without its spreadsheet/.test(l.text))).toBe(true);
    expect(summaryResponses()).toBe(0);
    // The next response is counted with the one the hourly check could not reach.
    emu.advanceClock(120_000);
    emu.forms.submit(formId, wawnAnswers(rng(8), 'Teacher'));
    expect(summaryResponses()).toBe(2);
  });
  it('removes a temporary tab left by a build that was cut off, then builds', () => {
    writeResponsesTab(emu, 'Form Responses 1', 12);
    emu.spreadsheet.insertSheet('Summary - Form Responses 1 (updating)');
    main.buildSummary(REQUEST);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(
      expect.not.arrayContaining(['Summary - Form Responses 1 (updating)']),
    );
    expect(emu.spreadsheet.getSheetByName('Summary - Form Responses 1')).not.toBeNull();
  });

  it('a refresh that cannot take the lock leaves the last summary and records why', () => {
    const formId = surveyWithAutoRefresh();
    const r = rng(4);
    emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    expect(summaryResponses()).toBe(1);
    emu.holdLock('document');
    emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    expect(summaryResponses()).toBe(1);
    expect(main.getAutoRefresh().last).toMatchObject({ outcome: 'busy' });
    emu.releaseHeldLock('document');
    emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    expect(summaryResponses()).toBe(3);
  });

  it('a refresh that hits a quota keeps the last good summary and records the error', () => {
    const formId = surveyWithAutoRefresh();
    const r = rng(5);
    emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    // The refresh writes the new figures into the tab: that write fails.
    emu.failOn('Range.setValues', {
      message: 'Service invoked too many times for one day: spreadsheets.',
    });
    emu.forms.submit(formId, wawnAnswers(r, 'Coach'));
    expect(summaryResponses()).toBe(1);
    expect(main.getAutoRefresh().last).toMatchObject({ outcome: 'failed' });
    expect(main.getAutoRefresh().last?.message).toMatch(
      /too many times.*last complete summary is still in place/,
    );
  });

  it('a lost form-submit trigger: the hourly check never makes one in its run; the sidebar puts it back', () => {
    reopen({ clockTriggerDocument: true });
    const formId = surveyWithAutoRefresh();
    const submit = ScriptApp.getProjectTriggers().find(
      (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
    )!;
    ScriptApp.deleteTrigger(submit);
    const [run] = emu.triggers.fireTimeBased();
    expect(run?.result).toBe('trigger-missing');
    // Made from inside the trigger run it would be disabled and never fire: none is made.
    expect(emu.triggers.list().filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toEqual([]);
    expect(main.getAutoRefresh().last).toMatchObject({ outcome: 'trigger-missing' });
    // The sidebar's read (the user, not a trigger) put it back; it fires.
    const restored = emu.triggers.list().filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    expect(restored).toHaveLength(1);
    expect(restored[0]!.disabled).toBe(false);
    emu.forms.submit(formId, wawnAnswers(rng(9), 'Coach'));
    expect(summaryResponses()).toBe(1);
    // Another editor's sidebar makes no trigger for them: they never turned auto-refresh on.
    emu.drive.share(emu.spreadsheet.getId(), 'coach@district.org', 'editor');
    emu.asUser('coach@district.org', () => main.getAutoRefresh());
    expect(emu.triggers.list().filter((t) => t.user === 'coach@district.org')).toEqual([]);
  });

  it('the hourly check without its document creates no trigger either', () => {
    surveyWithAutoRefresh();
    ScriptApp.deleteTrigger(
      ScriptApp.getProjectTriggers().find((t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT)!,
    );
    expect(emu.triggers.fireTimeBased()[0]?.result).toBe('no-document');
    expect(emu.triggers.list().map((t) => t.eventType)).toEqual(['CLOCK']);
  });
});

describe('summary requests the add-on refuses or adjusts', () => {
  it('refuses a breakdown by e-mail address, which would show individuals', () => {
    writeResponsesTab(emu, 'Form Responses 1', 12);
    expect(() => main.summarizeSurvey({ tab: 'Form Responses 1', groupBy: 'Email Address' })).toThrow(
      '"Email Address" holds e-mail addresses: a breakdown by it would show individuals. Choose another column.',
    );
  });

  it("splits waves at midnight in the spreadsheet's time zone, not the script's", () => {
    // The emulated spreadsheet is in America/New_York; the fixture's responses are a minute
    // apart from 2026-10-01 00:00 UTC, i.e. 2026-09-30 20:00 in New York.
    writeResponsesTab(emu, 'Form Responses 1', 300);
    const s = main.summarizeSurvey({ tab: 'Form Responses 1', groupBy: 'Timestamp', waves: ['2026-10-01'] });
    // Midnight in New York is 04:00 UTC: 240 responses before it, 60 on or after.
    expect(s.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['Before 2026-10-01', 240],
      ['On or after 2026-10-01', 60],
    ]);
  });
});

describe('sharing a summary-only copy', () => {
  it('holds only summary values and charts: no responses, e-mails, free text or hidden groups', () => {
    writeResponsesTab(emu, 'Form Responses 1', 40);
    // A small group (2 people) and free text typed into an answer column.
    const sheet = emu.spreadsheet.getSheetByName('Form Responses 1')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const extra = [
      [
        new Date(),
        'tiny1@district.example.org',
        '\'=HYPERLINK("http://x")',
        ...STATEMENTS.slice(1).map(() => LABELS[0]),
        'External partner',
      ],
      [
        new Date(),
        'tiny2@district.example.org',
        'my principal is unfair',
        ...STATEMENTS.slice(1).map(() => LABELS[1]),
        'External partner',
      ],
    ];
    sheet.getRange(42, 1, 2, header.length).setValues(extra);
    main.buildSummary(REQUEST);
    const r = shared(main.shareSummary('lead@district.example.org, coach@district.example.org'));
    const copyId = myCopyId();
    const copy = emu.spreadsheets.get(copyId)!.snapshot();
    expect(copy.sheets.map((s) => s.name)).toEqual([...r.tabs]);
    const text = JSON.stringify(copy.sheets.map((s) => [s.values, s.formulas, s.notes]));
    expect(text).not.toMatch(/@district\.example\.org/);
    expect(text).not.toContain('HYPERLINK');
    expect(text).not.toContain('unfair');
    expect(text).not.toContain('External partner');
    expect(copy.sheets.flatMap((s) => s.formulas.flat()).filter((f) => f !== '')).toEqual([]);
    expect(copy.sheets.some((s) => s.name === 'Form Responses 1')).toBe(false);
    expect(copy.sheets.flatMap((s) => s.charts).length).toBeGreaterThan(0);
    // The copy keeps its chart data out of the way too, and its charts still draw from it.
    for (const s of copy.sheets) {
      expect(s.hiddenRows.length).toBeGreaterThan(0);
      expect(s.hiddenRows.at(-1)).toBe(s.values.length);
      for (const c of s.charts) expect(c.hiddenDimensionStrategy).toBe('SHOW_BOTH');
    }
    expect(emu.drive.sharedWith(copyId).viewers).toEqual([
      'lead@district.example.org',
      'coach@district.example.org',
    ]);
    // Sharing again updates the same file.
    expect(shared(main.shareSummary('lead@district.example.org')).url).toBe(r.url);
  });

  /** Two surveys made from the same instrument: two summaries with the same title. */
  function twoSameTitledSurveys(responses: number): string[] {
    return [3, 4].map((seed) => wawnSurvey(main, emu, responses, seed, (r) => pick(r, ['Coach', 'Teacher'])));
  }

  it('keeps two summaries with the same title apart in the copy', () => {
    twoSameTitledSurveys(6);
    const r = shared(main.shareSummary('lead@district.example.org'));
    expect(r.tabs).toEqual(['Summary - Where are we now?', 'Summary - Where are we now? (2)']);
    const copy = emu.spreadsheets.get(myCopyId())!;
    const snap = copy.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([...r.tabs]);
    for (const s of snap.sheets) {
      expect(s.values.flat().some((v) => v === 'Responses counted')).toBe(true);
      expect(s.charts.length).toBeGreaterThan(0);
    }
  });

  it('sharing again updates the same file and replaces its tabs in one batch', () => {
    writeResponsesTab(emu, 'Form Responses 1', 30);
    main.buildSummary(REQUEST);
    const first = shared(main.shareSummary('lead@district.example.org'));
    const copyId = myCopyId();
    const before = emu.spreadsheets.get(copyId)!.snapshot();
    const files = emu.spreadsheets.size;
    // 15 more responses (the same first 30): Coach +3, Principal +3, Superintendent +6, System +3.
    writeResponsesTab(emu, 'Form Responses 1', 45);
    main.buildSummary(REQUEST);
    emu.calls.reset();
    const again = shared(main.shareSummary('coach@district.example.org'));
    expect(again.url).toBe(first.url);
    expect(again.url).toBe(`https://docs.google.com/spreadsheets/d/${copyId}/edit`);
    expect(emu.spreadsheets.size).toBe(files);
    expect(emu.calls.get('Spreadsheets.get')).toBe(1);
    expect(emu.calls.get('Spreadsheets.batchUpdate')).toBe(1);
    expect(emu.calls.get('Spreadsheets.create')).toBe(0);
    const after = emu.spreadsheets.get(copyId)!.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.sheets[0]!.sheetId).not.toBe(before.sheets[0]!.sheetId);
    const counted = (snap: typeof after) =>
      snap.sheets[0]!.values.find((row) => row[0] === 'Responses counted')?.[1];
    expect(counted(before)).toBe(30);
    // Only the group that grew by at least the minimum (5) moves; the others keep the figures
    // they showed, so no two versions of the copy differ by fewer than 5 people in any group.
    expect(groupSizes(before)).toEqual([
      'Coach (n=8)',
      'Principal (n=7)',
      'Superintendent (n=8)',
      'System/central office (n=7)',
    ]);
    expect(groupSizes(after)).toEqual([
      'Coach (n=8)',
      'Principal (n=7)',
      'Superintendent (n=14)',
      'System/central office (n=7)',
    ]);
    expect(counted(after)).toBe(36);
    expect(emu.drive.sharedWith(copyId).viewers).toEqual([
      'lead@district.example.org',
      'coach@district.example.org',
    ]);
  });

  it('a failed update leaves the previous copy intact and says so', () => {
    writeResponsesTab(emu, 'Form Responses 1', 30);
    main.buildSummary(REQUEST);
    shared(main.shareSummary('lead@district.example.org'));
    const copyId = myCopyId();
    const before = emu.spreadsheets.get(copyId)!.snapshot();
    writeResponsesTab(emu, 'Form Responses 1', 45, 11);
    main.buildSummary(REQUEST);
    emu.failOn('Spreadsheets.batchUpdate');
    expect(() => main.shareSummary('coach@district.example.org')).toThrow(
      /Could not update the shared copy, so it still shows the previous summary and nobody new was added/,
    );
    expect(emu.spreadsheets.get(copyId)!.snapshot()).toEqual(before);
    expect(emu.drive.sharedWith(copyId).viewers).toEqual(['lead@district.example.org']);
  });

  it('makes a new copy when the remembered one was deleted', () => {
    writeResponsesTab(emu, 'Form Responses 1', 20);
    main.buildSummary(REQUEST);
    shared(main.shareSummary('lead@district.example.org'));
    const oldId = myCopyId();
    emu.drive.remove(oldId);
    const r = shared(main.shareSummary('lead@district.example.org'));
    const newId = myCopyId();
    expect(newId).not.toBe(oldId);
    expect(r.url).toContain(newId);
    expect(
      emu.spreadsheets
        .get(newId)!
        .snapshot()
        .sheets.map((s) => s.name),
    ).toEqual([...r.tabs]);
  });

  it.each([
    [20, 1],
    [2000, 1],
    [2000, 3],
  ])('makes 1 get + 1 batchUpdate + 1 permission per address for %i responses, %i addresses', (rows, n) => {
    writeResponsesTab(emu, 'Form Responses 1', rows);
    main.buildSummary(REQUEST);
    shared(main.shareSummary('first@district.example.org'));
    emu.calls.reset();
    const emails = Array.from({ length: n }, (_, i) => `p${i}@district.example.org`);
    shared(main.shareSummary(emails.join(', ')));
    expect(emu.calls.total('sheets-api')).toBe(2);
    expect(emu.calls.get('Spreadsheets.get')).toBe(1);
    expect(emu.calls.get('Spreadsheets.batchUpdate')).toBe(1);
    expect(emu.calls.get('Permissions.create')).toBe(n);
    expect(emu.calls.total('drive')).toBe(n);
  });

  it('names a bad address', () => {
    writeResponsesTab(emu, 'Form Responses 1', 10);
    main.buildSummary(REQUEST);
    expect(() => main.shareSummary('lead@district, x')).toThrow('"lead@district" is not an e-mail address.');
  });
});

const SUMMARY_BUDGET = 73;
