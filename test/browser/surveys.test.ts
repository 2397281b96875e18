import type { Browser, Page } from 'playwright-core';
import { launchChromium, openAddonPage } from '../../local/browser';
import type { LoadedBundle } from '../../local/bundle';
import type { Emulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import { responsibilitiesFor, WHERE_ARE_WE_NOW } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import type { CreatedSurveyDto } from '../../src/core/api';
import { goToStep, openPage, type Setup, unfold } from '../support/sidebarPage';

/** The Surveys, Results, Keep fresh and Share panels in headless Chromium, against the built add-on. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (file?: string, before?: (s: Omit<Setup, 'page'>) => void) => openPage(browser, file, before);

const STATEMENTS = WHERE_ARE_WE_NOW.statements.map((s) => s.text);
const LABELS = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
const ROLES = ['Coach', 'Teacher', 'Principal'];

/** A Where-are-we-now survey with role and school, made through the server as the sidebar would. */
function createSurvey(addon: LoadedBundle): CreatedSurveyDto {
  return callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
    instrument: 'where-are-we-now',
    askRole: true,
    askSchool: true,
    schools: ['North Elementary', 'South Middle'],
    collectEmail: false,
  });
}

/** `count` responses: 4 per role, every statement answered. */
function submitResponses(emu: Emulator, formId: string, count = 12): void {
  for (let i = 0; i < count; i++) {
    const grid = Object.fromEntries(STATEMENTS.map((s, j) => [s, LABELS[(i + j) % LABELS.length]!]));
    emu.forms.submit(formId, {
      [WHERE_ARE_WE_NOW.title]: grid,
      'Your role': ROLES[i % ROLES.length]!,
      'School or office': i % 2 === 0 ? 'North Elementary' : 'South Middle',
    });
  }
}

/** Chooses the linked responses tab once the column settings have loaded, and unfolds its options. */
async function chooseTab(page: Page, formId: string): Promise<void> {
  await goToStep(page, 'results');
  await page.waitForSelector(`#res-tab option[value="form:${formId}"]`, { state: 'attached' });
  await page.selectOption('#res-tab', `form:${formId}`);
  await page.locator('#res-settings').waitFor({ state: 'visible' });
  await unfold(page, 'res-options');
}

async function preview(page: Page): Promise<string[][]> {
  await page.click('#res-preview');
  await page.locator('#res-table').waitFor();
  return page.$$eval('#res-table tbody tr', (rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent ?? '')),
  );
}

/** A survey with 12 responses and its summary tab built, the sidebar open on it. */
async function withBuiltSummary(): Promise<Setup & { survey: CreatedSurveyDto }> {
  let survey!: CreatedSurveyDto;
  const s = await open('Sidebar.html', ({ emu, addon }) => {
    survey = createSurvey(addon);
    submitResponses(emu, survey.formId);
    callLikeScriptRun(addon, 'buildSummary', { formId: survey.formId });
  });
  return { ...s, survey };
}

describe('surveys panel', () => {
  it('creates a Where-are-we-now form with role and schools, and shows its links', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#srv-instrument option', { state: 'attached' });
    await goToStep(page, 'survey');
    expect(await page.inputValue('#srv-instrument')).toBe('where-are-we-now');
    expect(await page.isVisible('#srv-role')).toBe(false);
    await unfold(page, 'srv-options');
    expect(await page.isVisible('#srv-schools')).toBe(false);
    await page.check('#srv-ask-role');
    await page.check('#srv-ask-school');
    expect(await page.isVisible('#srv-schools')).toBe(true);
    await page.fill('#srv-schools', 'North Elementary\n\nSouth Middle\n');
    await page.click('#srv-create');
    await page.locator('#srv-status .ok').waitFor();

    const forms = emu.forms.list();
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    expect(form.title).toBe('Where are we now?');
    expect(form.items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['Where are we now?', 'Your role', 'School or office']),
    );
    const published = page.locator('#srv-published');
    expect(await published.getAttribute('href')).toBe(form.publishedUrl);
    expect(await published.getAttribute('target')).toBe('_blank');
    expect(await published.getAttribute('rel')).toBe('noopener');
    expect(await page.getAttribute('#srv-edit', 'href')).toBe(form.editUrl);
    expect(await page.textContent('#srv-tab')).toBe('Responses arrive in the tab "Form Responses 1".');
    expect(emu.spreadsheet.getSheetByName('Form Responses 1')?.getFormUrl()).toContain(form.id);
    // The Results list picks the new tab up, linked tabs first.
    await page.waitForSelector(`#res-tab option[value="form:${form.id}"]`, { state: 'attached' });
    expect(await page.textContent(`#res-tab option[value="form:${form.id}"]`)).toBe(
      'Where are we now? — Form Responses 1 (0 responses)',
    );
  });

  it('prefills the schools saved with the last survey', async () => {
    const { page } = await open('Sidebar.html', ({ addon }) => createSurvey(addon));
    await goToStep(page, 'survey');
    await unfold(page, 'srv-options');
    await page.check('#srv-ask-school');
    await expect(page.inputValue('#srv-schools')).resolves.toBe('North Elementary\nSouth Middle');
  });

  it('asks for role and frames only for the IC self-assessment', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#srv-instrument option', { state: 'attached' });
    await goToStep(page, 'survey');
    await page.selectOption('#srv-instrument', 'ic-self-assessment');
    expect(await page.isVisible('#srv-role')).toBe(true);
    await page.selectOption('#srv-role', 'coach');
    expect(await page.getAttribute('#srv-title', 'placeholder')).toBe('IC self-assessment - Coach');
    const frames = page.locator('#surveys-panel input[id^="srv-frame-"]');
    expect(await frames.count()).toBe(3);
    await unfold(page, 'srv-options');
    await frames.nth(1).uncheck();
    await frames.nth(2).uncheck();
    await page.uncheck('#srv-ask-role');
    await page.click('#srv-create');
    await page.locator('#srv-status .ok').waitFor();
    const form = emu.forms.list()[0]!;
    expect(form.title).toMatch(/^IC self-assessment - Coach \(/);
    // One frame: one page, and on it one question (a choice of descriptions) per responsibility.
    expect(form.items.filter((i) => i.type === 'PAGE_BREAK').map((i) => i.title)).toEqual([
      'Rigorous Content for Each Learner',
    ]);
    expect(form.items.filter((i) => i.type === 'MULTIPLE_CHOICE').map((i) => i.title)).toEqual(
      responsibilitiesFor('coach', ['rigorous-content']).map((r) => r.text),
    );
  });

  it('shows what to fix when the schools list is empty', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#srv-instrument option', { state: 'attached' });
    await goToStep(page, 'survey');
    await unfold(page, 'srv-options');
    await page.check('#srv-ask-school');
    await page.fill('#srv-schools', '  \n');
    await page.click('#srv-create');
    await page.locator('#srv-status .error').waitFor();
    expect(await page.textContent('#srv-status .error')).toBe(
      'Type the schools or offices respondents choose from, one per line.',
    );
    expect(await page.isEnabled('#srv-create')).toBe(true);
    expect(emu.forms.list()).toHaveLength(0);
  });
});

describe('results panel', () => {
  it('previews the responses and builds the summary tab with charts', async () => {
    let survey!: CreatedSurveyDto;
    const { emu, page } = await open('Sidebar.html', ({ addon }) => {
      survey = createSurvey(addon);
    });
    await page.waitForSelector(`#res-tab option[value="form:${survey.formId}"]`, { state: 'attached' });
    submitResponses(emu, survey.formId);
    await goToStep(page, 'results');
    await page.click('#res-reload');
    await page
      .locator(`#res-tab option[value="form:${survey.formId}"]`)
      .filter({ hasText: '(12 responses)' })
      .waitFor({ state: 'attached' });
    await chooseTab(page, survey.formId);
    expect(await page.$$eval('#res-group option', (os) => os.map((o) => o.textContent))).toEqual([
      'None',
      'Your role',
      'School or office',
    ]);
    expect(await page.inputValue('#res-min')).toBe('5');
    expect(await page.isVisible('#res-waves')).toBe(true);

    const rows = await preview(page);
    expect(rows.map((r) => r[0])).toEqual(STATEMENTS);
    expect(rows.every((r) => r[1] === '12')).toBe(true);
    expect(rows[0]![2]).toMatch(/^\d+%$/);
    expect(rows[0]![3]).toMatch(/^\d\.\d$/);

    await page.click('#res-build');
    await page.locator('#res-status .ok').waitFor();
    expect(await page.textContent('#res-status')).toMatch(
      /^Built "Summary - Where are we now\?": 12 responses, \d+ charts?\.$/,
    );
    expect(emu.spreadsheet.getSheetByName('Summary - Where are we now?')).not.toBeNull();
    expect(emu.sheet('Summary - Where are we now?').snapshot().charts.length).toBeGreaterThan(0);
  });

  it('breaks down by role and counts the hidden groups', async () => {
    let survey!: CreatedSurveyDto;
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submitResponses(emu, survey.formId);
    });
    await chooseTab(page, survey.formId);
    await page.selectOption('#res-group', 'Your role');
    await preview(page);
    expect(await page.textContent('#res-groups')).toBe(
      'Broken down by Your role: 0 groups shown, 3 hidden (fewer than 5 respondents).',
    );
    await page.fill('#res-min', '2');
    await preview(page);
    expect(await page.textContent('#res-groups')).toBe(
      'Broken down by Your role: 3 groups shown, 0 hidden (fewer than 2 respondents).',
    );
  });

  it("names the breakdown on the tab: the column's short name first, the user's own when typed", async () => {
    let survey!: CreatedSurveyDto;
    const { emu, page } = await open('Sidebar.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submitResponses(emu, survey.formId);
    });
    await chooseTab(page, survey.formId);
    expect(await page.isHidden('#res-group-label')).toBe(true);
    await page.selectOption('#res-group', 'Your role');
    expect(await page.inputValue('#res-group-label')).toBe('Role');
    await page.fill('#res-group-label', 'Position');
    await page.fill('#res-min', '2');
    await page.click('#res-build');
    await page.locator('#res-status .ok').waitFor();
    const text = emu.sheet('Summary - Where are we now?').snapshot().values.flat().join('\n');
    expect(text).toContain('Position');
    expect(text).not.toMatch(/by Your role/);
    // Choosing the column again gives its default back.
    await page.selectOption('#res-group', '');
    await page.selectOption('#res-group', 'Your role');
    expect(await page.inputValue('#res-group-label')).toBe('Role');
  });

  it('leaves out a column set to "Not a question"', async () => {
    let survey!: CreatedSurveyDto;
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submitResponses(emu, survey.formId);
    });
    await chooseTab(page, survey.formId);
    await page.click('#res-columns > summary');
    const header = `${WHERE_ARE_WE_NOW.title} [${STATEMENTS[0]}]`;
    const row = page.locator('.column-row', { has: page.getByText(header, { exact: true }) });
    expect(await row.locator('.read-as').textContent()).toBe(
      '5-point agreement with “No opinion” (from the survey)',
    );
    await page.getByLabel(header, { exact: true }).selectOption('ignore');
    await row.locator('.read-as').filter({ hasText: 'Not a question (your setting)' }).waitFor();
    const rows = await preview(page);
    expect(rows.map((r) => r[0])).toEqual(STATEMENTS.slice(1));
  });

  it('reads a column as choices, and counts one response per person when asked', async () => {
    let survey!: CreatedSurveyDto;
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      survey = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
        instrument: 'where-are-we-now',
        askRole: true,
        collectEmail: true,
      });
      const grid = (k: number) => Object.fromEntries(STATEMENTS.map((st, j) => [st, LABELS[(k + j) % 5]!]));
      for (let i = 0; i < 6; i++) {
        emu.forms.submit(
          survey.formId,
          { [WHERE_ARE_WE_NOW.title]: grid(i), 'Your role': ROLES[i % 3]! },
          { email: `t${i % 4}@district.org` }, // t0 and t1 answer twice
        );
      }
    });
    await chooseTab(page, survey.formId);
    await page.click('#res-columns > summary');
    const header = `${WHERE_ARE_WE_NOW.title} [${STATEMENTS[0]}]`;
    const select = page.getByLabel(header, { exact: true });
    expect(
      await select
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value)),
    ).toEqual(
      expect.arrayContaining([
        'agreement7',
        'satisfaction5',
        'linear1-5',
        'linear0-10',
        'choice',
        'checkbox',
        'ignore',
      ]),
    );
    await select.selectOption('choice');
    const row = page.locator('.column-row', { has: page.getByText(header, { exact: true }) });
    await row.locator('.read-as').filter({ hasText: 'single choice (your setting)' }).waitFor();
    await preview(page);
    expect(await page.textContent('#res-output')).toContain(
      '2 addresses answered more than once (2 extra responses).',
    );
    await page.check('#res-one');
    await page.click('#res-preview');
    await page.locator('#res-output', { hasText: 'only the latest of each is counted' }).waitFor();
    expect(await page.textContent('#res-table caption')).toBe('4 responses, 5 questions');
  });

  it('splits the responses into waves by date, and shows a bad cutoff as the server names it', async () => {
    let survey!: CreatedSurveyDto;
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submitResponses(emu, survey.formId);
    });
    await chooseTab(page, survey.formId);
    await page.selectOption('#res-group', 'Your role');
    await page.fill('#res-waves', 'soon');
    expect(await page.isDisabled('#res-group')).toBe(true);
    await page.click('#res-preview');
    await page.locator('#res-status .error').waitFor();
    expect(await page.textContent('#res-status .error')).toBe(
      'The wave cutoff "soon" is not a date; write it as YYYY-MM-DD.',
    );
    await page.fill('#res-waves', '2000-01-01');
    await preview(page);
    expect(await page.textContent('#res-groups')).toBe(
      'Split into waves by date: 1 group shown, 0 hidden (fewer than 5 respondents).',
    );
    await page.fill('#res-waves', '');
    expect(await page.isDisabled('#res-group')).toBe(false);
  });

  it('works alone in the "Build summary…" dialog the menu opens', async () => {
    let survey!: CreatedSurveyDto;
    const { emu, page } = await open('SummaryDialog.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submitResponses(emu, survey.formId, 6);
      addon.call('onOpen');
      addon.call('menuBuildSummary');
    });
    const menu = emu.ui.menus.find((m) => m.addon)?.items ?? [];
    expect(menu).toContainEqual({ caption: 'Build summary…', functionName: 'menuBuildSummary' });
    const dialog = emu.ui.dialogs.at(-1);
    expect(dialog).toMatchObject({ title: 'Build a summary', width: 480, height: 600, modal: true });
    expect(dialog?.html).toContain('data-mode="summary-dialog"');
    await chooseTab(page, survey.formId);
    expect(await page.locator('#templates-panel, #surveys-panel, #share-panel').count()).toBe(0);
    await page.click('#res-build');
    await page.locator('#res-status .ok').waitFor();
    expect(emu.spreadsheet.getSheetByName('Summary - Where are we now?')).not.toBeNull();
  });
});

describe('keep fresh', () => {
  it('turns the form-submit trigger on and off, and shows the last refresh', async () => {
    const { emu, addon, page, survey } = await withBuiltSummary();
    const submitTriggers = () => emu.triggers.list().filter((t) => t.eventType === 'ON_FORM_SUBMIT');
    await goToStep(page, 'results');
    await page.waitForSelector('#auto-refresh:not([disabled])');
    expect(await page.isChecked('#auto-refresh')).toBe(false);
    await page.check('#auto-refresh');
    await page.locator('#fresh-status .ok').waitFor();
    expect(submitTriggers()).toHaveLength(1);
    expect(submitTriggers()[0]!.handler).toBe('onFormSubmitRefresh');

    // A new response refreshes the summary; a sidebar opened afterwards says so.
    submitResponses(emu, survey.formId, 1);
    const again = await openAddonPage(browser, addon);
    await goToStep(again, 'results');
    await again.locator('#auto-refresh-note').filter({ hasText: 'Last refresh' }).waitFor();
    expect(await again.isChecked('#auto-refresh')).toBe(true);
    await again.close();

    await page.waitForSelector('#auto-refresh:not([disabled])');
    await page.uncheck('#auto-refresh');
    await page.locator('#fresh-status .ok').filter({ hasText: 'off' }).waitFor();
    expect(submitTriggers()).toHaveLength(0);
  });
});

describe('share', () => {
  it('shares a summary-only copy and shows its link', async () => {
    const { emu, page } = await withBuiltSummary();
    await goToStep(page, 'results');
    await page.fill('#share-emails', 'Principal@District.org,\nboard@district.org');
    await page.click('#share-go');
    await page.locator('#share-status .ok').waitFor();
    const href = (await page.getAttribute('#share-link', 'href')) ?? '';
    expect(await page.getAttribute('#share-link', 'rel')).toBe('noopener');
    const id = /\/spreadsheets\/d\/([^/]+)/.exec(href)?.[1] ?? '';
    expect(id).not.toBe(emu.spreadsheet.getId());
    expect(emu.drive.sharedWith(id).viewers).toEqual(
      expect.arrayContaining(['principal@district.org', 'board@district.org']),
    );
    expect(await page.textContent('#share-who')).toBe(
      'Shared with principal@district.org, board@district.org.',
    );
  });

  it("shows the server's message for a bad address", async () => {
    const { page } = await withBuiltSummary();
    await goToStep(page, 'results');
    await page.fill('#share-emails', 'principal@district.org, not-an-address');
    await page.click('#share-go');
    await page.locator('#share-status .error').waitFor();
    expect(await page.textContent('#share-status .error')).toBe('"not-an-address" is not an e-mail address.');
    expect(await page.locator('#share-link').count()).toBe(0);
  });
});

describe('IC map from survey panel', () => {
  it('fills the open IC map from the IC self-assessment summary and says what it did', async () => {
    const { emu, page } = await open('Sidebar.html', ({ emu, addon }) => {
      callLikeScriptRun(addon, 'insertTemplate', {
        kind: 'ic-map',
        role: 'coach',
        frames: ['rigorous-content'],
      });
      const ic = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
        instrument: 'ic-self-assessment',
        role: 'coach',
        frames: ['rigorous-content'],
      });
      const resps = responsibilitiesFor('coach', ['rigorous-content']);
      for (let i = 0; i < 5; i++) {
        emu.forms.submit(
          ic.formId,
          Object.fromEntries(resps.map((r) => [r.text, levelDescriptionsFor(r.id)[1]])),
        );
      }
      callLikeScriptRun(addon, 'buildSummary', { formId: ic.formId });
      emu.spreadsheet.getSheetByName('IC map - Coach - Rigorous Content for Each Learner')!.activate();
    });
    await goToStep(page, 'results');
    await unfold(page, 'icmap');
    await page.click('#icmap-update');
    await page.locator('#icmap-status .ok').waitFor();
    expect(await page.textContent('#icmap-status')).toMatch(/^Filled "Where we are now" for 4 of 4 outcomes/);
    const map = emu.spreadsheet.getSheetByName('IC map - Coach - Rigorous Content for Each Learner')!;
    expect(map.getRange('B4').getValue()).toBe('Level 2');
  });

  it('names what to do when the open tab is not an IC map', async () => {
    const { page } = await open();
    await goToStep(page, 'results');
    await unfold(page, 'icmap');
    await page.fill('#icmap-group', 'North Elementary');
    await page.click('#icmap-update');
    await page.locator('#icmap-status .error').waitFor();
    expect(await page.textContent('#icmap-status .error')).toMatch(/"Sheet1" is not an IC map/);
  });
});
