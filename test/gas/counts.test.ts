/**
 * Counting only what is new (issue 11): a refresh after a submission reads the header row and the
 * new rows, counts them into the counts kept in the document, and gets exactly the summary a full
 * count gives; an edited response, the hourly check and a changed tab count every row again.
 */
import { createEmulator, type Emulator } from '../../local/emulator';
import { meterReads, type ReadMeter } from '../../local/readMeter';
import type { SurveySummary } from '../../src/core/api';
import { keptKey, readKept } from '../../src/gas/survey';
import { submitIcSelfAssessment } from '../../local/demo';
import * as main from '../../src/main';
import { LABELS, pick, ROLE_NAMES, rng, wawnAnswers } from '../support/surveyFixture';

let emu: Emulator;
let meter: ReadMeter;
beforeEach(() => {
  emu = createEmulator({ spreadsheetName: 'District PL', user: 'lead@district.org' });
  emu.install();
  emu.setTriggerTarget((name, e) => (main as unknown as Record<string, (e: unknown) => unknown>)[name]!(e));
  meter = meterReads();
});
afterEach(() => {
  meter.stop();
  emu.uninstall();
});

const ROLES = ROLE_NAMES.slice(0, 4);

/** A "Where are we now?" Form collecting e-mail, answered `n` times (a few people twice), summarized by role. */
function survey(n: number): string {
  const { formId } = main.createSurvey({ instrument: 'where-are-we-now', askRole: true, collectEmail: true });
  const r = rng(11);
  for (let i = 0; i < n; i++) {
    const who = i % 7 === 6 ? i - 3 : i; // every seventh answers again under an earlier address
    emu.forms.submit(formId, wawnAnswers(r, ROLES[i % 4]!), { email: `person${who}@district.org` });
  }
  main.buildSummary({ formId, groupBy: 'Your role' });
  main.setAutoRefresh(true);
  return formId;
}

const request = (formId: string) => ({ formId, groupBy: 'Your role' });
/** The summary as a full count gives it now (the sidebar's summarize reads every row). */
const fullCount = (formId: string): SurveySummary => main.summarizeSurvey(request(formId)) as SurveySummary;
const props = () => emu.properties.document;
/** The summary tab's values, the time it was updated left out. */
const summaryValues = () =>
  emu
    .sheet(
      emu.spreadsheet
        .getSheets()
        .find((s) => s.getName().startsWith('Summary'))!
        .getName(),
    )
    .snapshot()
    .values.filter((row) => !row.some((v) => /updated/i.test(String(v))));
const keptOf = (formId: string) => readKept(props(), `form:${formId}`);
const status = () => JSON.parse(props()['summary-status'] ?? 'null') as { message: string } | null;

describe('a refresh after a submission', () => {
  it('reads only the header row and the new row, and counts exactly what a full count gives', () => {
    const formId = survey(30);
    expect(keptOf(formId)!.refreshes).toBe(0);
    meter.reset();
    const before = emu.calls.snapshot();
    // An address that answered before: repeats go up without any address kept in the document.
    emu.forms.submit(formId, wawnAnswers(rng(3), 'Coach'), { email: 'person4@district.org' });
    const made = emu.calls.diff(before);
    expect(meter.rows()).toBe(2);
    expect(made['Sheet.getSheetValues']).toBe(2);
    expect(made['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(made['TextFinder.findAll']).toBe(1);
    const kept = keptOf(formId)!;
    expect(kept.refreshes).toBe(1);
    expect(kept.state.dataRows).toBe(31);
    // What the tab shows after the refresh equals a count of every row.
    const all = fullCount(formId);
    expect(all.responses).toBe(31);
    const written = emu.sheet(
      emu.spreadsheet
        .getSheets()
        .find((s) => s.getName().startsWith('Summary'))!
        .getName(),
    );
    expect(written.snapshot().values.find((row) => row[0] === 'Responses counted')?.[1]).toBe(31);
    // Kept counts and a full count agree item by item, group by group.
    meter.reset();
    const rebuilt = main.buildSummary(request(formId));
    expect(rebuilt.responses).toBe(31);
    expect(meter.rows()).toBe(32); // the build reads every row: header + 31
    expect(keptOf(formId)!.state).toEqual(kept.state);
    expect(all.repeats).toMatchObject({ addresses: 5, extra: 5 });
  });

  it('gives the same summary, figure for figure, as counting every row, over many submissions', () => {
    const formId = survey(12);
    const r = rng(8);
    for (let i = 0; i < 25; i++) {
      const answers = wawnAnswers(r, pick(r, ROLE_NAMES));
      // Some blank and odd answers: the grid's answers as Forms writes them.
      emu.forms.submit(formId, answers, { email: `p${Math.floor(r() * 10)}@district.org` });
      emu.advanceClock(61_000); // past the coalescing window: each submission gets its own refresh
    }
    const kept = keptOf(formId)!;
    expect(kept.refreshes).toBeGreaterThan(1);
    const tabRows = emu
      .sheet(
        emu.spreadsheet
          .getSheets()
          .find((s) => s.getFormUrl())!
          .getName(),
      )
      .snapshot().values.length;
    expect(kept.state.dataRows).toBe(tabRows - 1);
    const incremental = keptOf(formId)!.state;
    const shown = summaryValues();
    expect(shown.length).toBeGreaterThan(20);
    main.buildSummary(request(formId));
    expect(keptOf(formId)!.state).toEqual(incremental);
    expect(keptOf(formId)!.refreshes).toBe(0);
    // The tab written from the kept counts is the tab a build from every row writes.
    expect(summaryValues()).toEqual(shown);
  });
});

describe('an IC self-assessment', () => {
  it('reads new answers as their levels, as a full count does', () => {
    const { formId } = main.createSurvey({ instrument: 'ic-self-assessment', role: 'coach' });
    submitIcSelfAssessment(emu, formId, 'coach', 12, 3);
    main.buildSummary({ formId });
    main.setAutoRefresh(true);
    meter.reset();
    submitIcSelfAssessment(emu, formId, 'coach', 1, 9);
    expect(meter.rows()).toBe(2);
    expect(keptOf(formId)!.refreshes).toBe(1);
    const shown = summaryValues();
    expect(shown.length).toBeGreaterThan(20);
    main.buildSummary({ formId });
    expect(summaryValues()).toEqual(shown);
  });
});

describe('counting every row again', () => {
  it('after an edited response: Forms rewrites its row and fires the submit trigger for it', () => {
    const formId = survey(10);
    const tab = emu.spreadsheet.getSheets().find((s) => s.getFormUrl())!;
    const header = tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0] as string[];
    const column = header.findIndex((h) => h.includes('[')) + 1;
    const row = 4;
    const was = String(tab.getRange(row, column).getValue());
    const now = LABELS.find((l) => l !== was)!;
    tab.getRange(row, column).setValue(now);
    meter.reset();
    main.onFormSubmitRefresh({ range: tab.getRange(row, 1, 1, header.length) } as never);
    expect(meter.rows()).toBe(11); // every row again
    const counts = readKept(props(), `form:${formId}`)!;
    expect(counts.refreshes).toBe(0);
    expect(props()['counts-recount']).toBeUndefined();
  });

  it('at the hourly check, when the counts were last added to rather than counted in full', () => {
    const formId = survey(10);
    emu.forms.submit(formId, wawnAnswers(rng(4), 'Coach'), { email: 'new@district.org' });
    expect(keptOf(formId)!.refreshes).toBe(1);
    meter.reset();
    main.hourlyTriggerCheck();
    expect(meter.rows()).toBe(12);
    expect(keptOf(formId)!.refreshes).toBe(0);
    // Counted in full and nothing new since: the next hourly check reads nothing.
    meter.reset();
    main.hourlyTriggerCheck();
    expect(meter.rows()).toBe(0);
  });

  it('when the header row changed (a question renamed)', () => {
    const formId = survey(8);
    const tab = emu.spreadsheet.getSheets().find((s) => s.getFormUrl())!;
    const role = tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0]!.indexOf('Your role') + 1;
    tab.getRange(1, role).setValue('Your role');
    const cell = tab.getRange(1, 2);
    cell.setValue(`${String(cell.getValue())} `);
    meter.reset();
    emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach'), { email: 'x@district.org' });
    // The header row and the new row, then every row: the kept counts were made with another header.
    expect(meter.rows()).toBe(2 + 10);
    expect(keptOf(formId)!.state.dataRows).toBe(9);
    expect(status()?.message).toMatch(/Refreshed/);
  });
});

describe('finding the tabs again, asking as little as it can', () => {
  const config = (formId: string) =>
    JSON.parse(props()[`summary:form:${formId}`]!) as {
      sheetName: string;
      remembered: { sourceTab: string };
    };
  const responsesTab = () => emu.spreadsheet.getSheets().find((s) => s.getFormUrl())!;

  it('the responses tab renamed: found by its form link, still counting only the new row', () => {
    const formId = survey(8);
    const old = responsesTab().getName();
    expect(config(formId).remembered.sourceTab).toBe(old);
    responsesTab().setName('Answers');
    meter.reset();
    emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach'), { email: 'x@district.org' });
    expect(meter.rows()).toBe(2);
    expect(keptOf(formId)!.refreshes).toBe(1);
    expect(summaryValues().find((row) => row[0] === 'Responses counted')?.[1]).toBe(9);
    expect(config(formId).remembered.sourceTab).toBe('Answers');
  });

  it('another tab under the responses tab’s old name is not counted: its header row is not the one counted', () => {
    const formId = survey(8);
    const old = responsesTab().getName();
    responsesTab().setName('Answers');
    const impostor = emu.spreadsheet.insertSheet(old);
    impostor.getRange(1, 1, 12, 2).setValues(Array.from({ length: 12 }, (_, i) => [`note ${i}`, i]));
    emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach'), { email: 'x@district.org' });
    expect(summaryValues().find((row) => row[0] === 'Responses counted')?.[1]).toBe(9);
    expect(main.summarizeSurvey(request(formId))).toMatchObject({ responses: 9 });
    expect(config(formId).remembered.sourceTab).toBe('Answers');
    expect(impostor.getRange(1, 1).getValue()).toBe('note 0');
  });

  it('the summary tab renamed: found by its id and written in place', () => {
    const formId = survey(8);
    const summary = emu.spreadsheet.getSheets().find((s) => s.getName().startsWith('Summary'))!;
    const id = summary.getSheetId();
    summary.setName('Our results');
    emu.forms.submit(formId, wawnAnswers(rng(6), 'Coach'), { email: 'x@district.org' });
    const tab = emu.spreadsheet.getSheetByName('Our results')!;
    expect(tab.getSheetId()).toBe(id);
    const counted = emu
      .sheet('Our results')
      .snapshot()
      .values.find((row) => row[0] === 'Responses counted');
    expect(counted?.[1]).toBe(9);
    // The next full count (the hourly check) learns the new name.
    main.hourlyTriggerCheck();
    expect(config(formId).sheetName).toBe('Our results');
  });
});

describe('where the counts are kept', () => {
  it('in the document properties, a few KB for a survey, under a key of their own', () => {
    const formId = survey(40);
    const p = props();
    const keys = Object.keys(p).filter((k) => k.startsWith(keptKey(`form:${formId}`)));
    expect(keys.length).toBeGreaterThanOrEqual(2); // the index and its chunks
    const bytes = keys.reduce((n, k) => n + k.length + p[k]!.length, 0);
    expect(bytes).toBeLessThan(30 * 1024);
    // No e-mail address is kept.
    expect(keys.some((k) => p[k]!.includes('@district.org'))).toBe(false);
  });
});
