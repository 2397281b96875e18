import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../local/browser';
import { type LoadedBundle, readDist } from '../../local/bundle';
import type { Emulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import { ROLE_GUIDANCE, ROLES, responsibilitiesFor, WHERE_ARE_WE_NOW } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { LINEAR_SCALES, SCALES } from '../../src/content/scales';
import type { CatalogDto, CreatedSurveyDto } from '../../src/core/api';
import { goToStep, openPage, type Setup, type Step, unfold } from '../support/sidebarPage';
import { stateReadBudget } from '../support/stateBudget';

/**
 * The sidebar as a guided path, tried as district staff meet it: a new spreadsheet and one in
 * use, every step at 300 px, checked by axe-core, measured, scanned for internal names, and
 * photographed into test-results/ for a person to look at.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const STEPS: readonly Step[] = ['templates', 'survey', 'results'];
/** About one screen: what a Sheets sidebar shows on a common laptop or desktop display. */
const FIRST_SCREEN = 720;
const SHOTS = join(__dirname, '..', '..', 'test-results', 'sidebar');
mkdirSync(SHOTS, { recursive: true });

const STATEMENTS = WHERE_ARE_WE_NOW.statements.map((s) => s.text);
const LABELS = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];

const open = (file?: string, before?: (s: Omit<Setup, 'page'>) => void) => openPage(browser, file, before);

function createSurvey(addon: LoadedBundle, title?: string): CreatedSurveyDto {
  return callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
    instrument: 'where-are-we-now',
    ...(title ? { title } : {}),
    askRole: true,
    askSchool: true,
    schools: ['North Elementary', 'South Middle'],
    collectEmail: false,
  });
}

function submit(emu: Emulator, formId: string, count: number, from = 0): void {
  for (let i = from; i < from + count; i++) {
    emu.forms.submit(formId, {
      [WHERE_ARE_WE_NOW.title]: Object.fromEntries(STATEMENTS.map((s, j) => [s, LABELS[(i + j) % 5]!])),
      'Your role': ['Coach', 'Teacher', 'Principal'][i % 3]!,
      'School or office': i % 2 === 0 ? 'North Elementary' : 'South Middle',
    });
  }
}

/**
 * A tab pasted from elsewhere (not linked), answered on the other scales the add-on knows,
 * one answer not on its scale: every scale's name and the invalid-answer note get rendered.
 */
function importedTab(emu: Emulator): void {
  const rows = [
    ['Timestamp', 'Sessions were useful', 'We use what we learned', 'Our team meets to plan lessons'],
    ...Array.from({ length: 10 }, (_, i) => [
      new Date(Date.UTC(2026, 2, 1 + i)),
      ['Strongly agree', 'Neither agree nor disagree', 'Disagree'][i % 3]!,
      ['Always', 'Often', 'Sometimes', 'Rarely', 'Never'][i % 5]!,
      i === 9 ? 'Level 5' : `Level ${(i % 4) + 1}`,
    ]),
  ];
  emu.spreadsheet.insertSheet('Imported answers').getRange(1, 1, rows.length, 4).setValues(rows);
}

/** A spreadsheet in use: one survey with 15 responses, a summary of the first 12, an imported tab. */
async function inUse(): Promise<Setup & { survey: CreatedSurveyDto }> {
  let survey!: CreatedSurveyDto;
  const s = await open('Sidebar.html', ({ emu, addon }) => {
    survey = createSurvey(addon);
    submit(emu, survey.formId, 12);
    callLikeScriptRun(addon, 'buildSummary', { formId: survey.formId });
    submit(emu, survey.formId, 3, 12);
    importedTab(emu);
  });
  await s.page.locator('#res-settings').waitFor({ state: 'attached' });
  await s.page.locator('#res-settings').waitFor();
  return { ...s, survey };
}

/** Serious and critical axe-core violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Strings run in the page (the tests' own types know no DOM).
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ content: axe.source });
  const result = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] })',
  )) as axe.AxeResults;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const openAllFolds = (page: Page) =>
  page.locator('details').evaluateAll((ds) => {
    for (const d of ds) d.setAttribute('open', '');
  });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** The height of the page's content: what a reader scrolls through. */
const contentHeight = (page: Page) => page.locator('html').evaluate((html) => html.scrollHeight);

describe('the sidebar as a guided path', () => {
  it('passes axe-core on every step, folded and unfolded, and in both dialogs', async () => {
    const found: string[] = [];
    const check = async (page: Page, name: string) => {
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
      await shot(page, name);
    };
    const fresh = await open();
    for (const step of STEPS) {
      await goToStep(fresh.page, step);
      await check(fresh.page, `new-${step}`);
    }
    const used = await inUse();
    for (const step of STEPS) {
      await goToStep(used.page, step);
      await check(used.page, `in-use-${step}`);
    }
    // Everything unfolded, with a preview table and a built summary's message on screen.
    await goToStep(used.page, 'results');
    await used.page.click('#res-preview');
    await used.page.locator('#res-table').waitFor();
    await openAllFolds(used.page);
    await check(used.page, 'in-use-results-unfolded');
    await used.page.click('#res-build');
    await used.page.locator('#res-status .ok').waitFor();
    await check(used.page, 'in-use-results-built');
    for (const step of ['templates', 'survey'] as const) {
      await goToStep(used.page, step);
      await openAllFolds(used.page);
      await check(used.page, `in-use-${step}-unfolded`);
    }
    // A failure message, as an alert.
    await goToStep(used.page, 'templates');
    await used.page.selectOption('#tpl-kind', 'ic-map');
    for (const box of await used.page.locator('#tpl-frames input[type=checkbox]').all()) await box.uncheck();
    await used.page.click('#tpl-insert');
    await used.page.locator('#status .error[role=alert]').waitFor();
    await check(used.page, 'in-use-templates-error');

    const dialog = await open('Dialog.html');
    await dialog.page.locator('#tpl-insert').waitFor();
    await check(dialog.page, 'dialog-template');
    const summary = await open('SummaryDialog.html', ({ emu, addon }) => {
      submit(emu, createSurvey(addon).formId, 6);
    });
    await summary.page.locator('#res-settings').waitFor();
    await check(summary.page, 'dialog-summary');
    expect(found).toEqual([]);
  });

  it('fits each step in about one screen until the reader unfolds more', async () => {
    for (const setup of [await open(), await inUse()]) {
      const { page } = setup;
      await page.setViewportSize({ width: 300, height: FIRST_SCREEN });
      // The first screen, as the sidebar opens.
      expect(await contentHeight(page)).toBeLessThanOrEqual(FIRST_SCREEN);
      for (const step of STEPS) {
        await goToStep(page, step);
        expect(await contentHeight(page)).toBeLessThanOrEqual(FIRST_SCREEN);
        // Nothing wider than the 300 px Sheets gives a sidebar: no sideways scrolling.
        expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(300);
      }
    }
  });

  it('shows no internal scale id in any step or menu', async () => {
    let ic!: CreatedSurveyDto;
    let wawn!: CreatedSurveyDto;
    const { page, addon } = await open('Sidebar.html', ({ emu, addon }) => {
      wawn = createSurvey(addon);
      submit(emu, wawn.formId, 6);
      importedTab(emu);
      ic = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
        instrument: 'ic-self-assessment',
        role: 'coach',
        frames: ['rigorous-content'],
      });
      const outcomes = responsibilitiesFor('coach', ['rigorous-content']);
      for (let i = 0; i < 5; i++)
        emu.forms.submit(
          ic.formId,
          Object.fromEntries(outcomes.map((r) => [r.text, levelDescriptionsFor(r.id)[i % 4]!])),
        );
      callLikeScriptRun(addon, 'buildSummary', { formId: ic.formId });
    });
    await goToStep(page, 'results');
    const texts: string[] = [];
    // Each source in turn, with its columns and a preview on screen: the linked surveys, and a
    // tab read on the other scales with one answer not on its scale.
    for (const source of [`form:${wawn.formId}`, 'tab:Imported answers', `form:${ic.formId}`]) {
      await page.waitForSelector(`#res-tab option[value="${source}"]`, { state: 'attached' });
      await page.selectOption('#res-tab', source);
      await page.locator('#res-preview:not([disabled])').waitFor();
      await page.click('#res-preview');
      await page.locator('#res-table').waitFor();
      await openAllFolds(page);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, hidden parts left out, is what a reader sees
      texts.push(await page.locator('body').innerText());
    }
    for (const step of STEPS) {
      await goToStep(page, step);
      await openAllFolds(page);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, hidden parts left out, is what a reader sees
      texts.push(await page.locator('body').innerText());
    }
    // Menus: every option of every select, and every tooltip and accessible label.
    texts.push(
      ...(await page
        .locator('option, optgroup')
        .evaluateAll((os) => os.map((o) => o.getAttribute('label') ?? o.textContent ?? ''))),
      ...(await page
        .locator('[title], [aria-label], [placeholder]')
        .evaluateAll((es) =>
          es.flatMap((e) => ['title', 'aria-label', 'placeholder'].map((a) => e.getAttribute(a) ?? '')),
        )),
    );
    const all = texts.join('\n');
    // The scan has material: every scale's own name, the imported columns and the invalid answer.
    expect(all).toContain('IC levels: Level 1 (ideal) to Level 4 (entry)');
    expect(all).toContain('How often: Always to Never');
    expect(all).toContain('5-point agreement with “Neutral”');
    expect(all).toMatch(/not on its scale \(IC levels/);
    // Every id the catalog serves, and the content's ids and short names (keys, never shown); a
    // name that is a plain word ("agreement") is English too, and titles use it.
    const served = callLikeScriptRun<CatalogDto>(addon, 'getCatalog').scales.map((s) => s.id);
    const keys = [...SCALES, ...LINEAR_SCALES].flatMap((s) => [s.id, s.name]);
    const internal = [...new Set([...served, ...keys])].filter((t) => !/^[a-z]+$/.test(t));
    expect(internal).toEqual(expect.arrayContaining(['agreement5', 'agreement4', 'ic-levels', 'linear1-5']));
    const shown = internal.filter((token) =>
      new RegExp(`(^|[^A-Za-z0-9-])${token.replace(/[-]/g, '\\-')}($|[^A-Za-z0-9-])`).test(all),
    );
    expect(shown).toEqual([]);
  });

  it('previews an IC self-assessment by median level, as its summary tab does', async () => {
    const outcomes = responsibilitiesFor('coach', ['rigorous-content']);
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      const ic = callLikeScriptRun<CreatedSurveyDto>(addon, 'createSurvey', {
        instrument: 'ic-self-assessment',
        role: 'coach',
        frames: ['rigorous-content'],
      });
      // Levels 1, 2, 3, 4, 1: the middle answer is Level 2 (a mean would say 2.2).
      for (let i = 0; i < 5; i++)
        emu.forms.submit(
          ic.formId,
          Object.fromEntries(outcomes.map((r) => [r.text, levelDescriptionsFor(r.id)[i % 4]!])),
        );
    });
    await goToStep(page, 'results');
    await page.locator('#res-preview:not([disabled])').waitFor();
    await page.click('#res-preview');
    await page.locator('#res-table').waitFor();
    expect(await page.locator('#res-table thead th').allTextContents()).toEqual([
      'Item',
      'n',
      '% L1–2',
      'Level',
    ]);
    const rows = await Promise.all(
      (await page.locator('#res-table tbody tr').all()).map((tr) => tr.locator('th, td').allTextContents()),
    );
    // Levels 1 and 2 are 3 of the 5 answers.
    expect(rows).toEqual(outcomes.map((r) => [r.text, '5', '60%', '2']));
  });

  it('starts a new spreadsheet at "Start here", and one in use at its results', async () => {
    const fresh = await open();
    expect(await fresh.page.getAttribute('#step-templates', 'aria-selected')).toBe('true');
    expect(await fresh.page.textContent('#state-line')).toBe('New spreadsheet: no survey yet');
    const start = fresh.page.locator('#start-here');
    expect(await start.isVisible()).toBe(true);
    // The natural first step is the first thing to press.
    expect(await start.locator('button').first().getAttribute('id')).toBe('insert-overview');
    await fresh.page.click('#insert-overview');
    await fresh.page.locator('#overview-status .ok').waitFor();
    expect(fresh.emu.spreadsheet.getSheetByName('Standards overview')).not.toBeNull();
    await start.getByRole('button', { name: 'Go to step 2, Survey' }).click();
    expect(await fresh.page.isVisible('#srv-create')).toBe(true);
    // The focus follows to the step's tab rather than staying on a hidden button.
    expect(await fresh.page.evaluate('document.activeElement.id')).toBe('step-survey');

    const { page, survey } = await inUse();
    expect(await page.getAttribute('#step-results', 'aria-selected')).toBe('true');
    expect(await page.locator('#start-here').count()).toBe(0);
    expect(await page.textContent('#state-line')).toMatch(
      /^1 Form · 15 responses · Summary .+ \(3 new since\) · Auto-refresh off$/,
    );
    // The only survey is chosen already, with the usual settings, ready to build.
    expect(await page.inputValue('#res-tab')).toBe(`form:${survey.formId}`);
    expect(await page.textContent('#res-options > summary')).toBe(
      'Options: no breakdown; groups under 5 hidden',
    );
    expect(await page.isEnabled('#res-build')).toBe(true);
  });

  it("helps choose a role in the seed's own words", async () => {
    const { page } = await open();
    await unfold(page, 'tpl-role-help');
    const help = page.locator('#tpl-role-help');
    expect(await help.locator('.callout').textContent()).toBe(ROLE_GUIDANCE.note);
    expect(await help.textContent()).toContain(ROLE_GUIDANCE.recommendation);
    const describe = (id: string) => {
      const r = ROLES.find((x) => x.id === id)!;
      return `${r.heading}: ${r.description}`;
    };
    expect(await help.locator('.role-desc').textContent()).toBe(describe('system-central-office'));
    await page.selectOption('#tpl-role', 'coach');
    expect(await help.locator('.role-desc').textContent()).toBe(describe('coach'));
    // The IC self-assessment's role picker has the same help.
    await goToStep(page, 'survey');
    await page.selectOption('#srv-instrument', 'ic-self-assessment');
    await page.selectOption('#srv-role', 'principal');
    await unfold(page, 'srv-role-help');
    expect(await page.locator('#srv-role-help .role-desc').textContent()).toBe(describe('principal'));
    // And every role's description is one unfold away at the end of step 1.
    await goToStep(page, 'templates');
    await unfold(page, 'about-roles');
    const roles = page.locator('#roles > li');
    expect(await roles.count()).toBe(ROLES.length);
    await roles.nth(5).locator('summary').click();
    expect(await roles.nth(5).locator('.role-desc').textContent()).toBe(ROLES[5]!.description);
  });

  it('pre-selects in the "Build summary" dialog the only survey there is', async () => {
    let survey!: CreatedSurveyDto;
    const { emu, page } = await open('SummaryDialog.html', ({ emu, addon }) => {
      survey = createSurvey(addon);
      submit(emu, survey.formId, 6);
    });
    await page.locator('#res-settings').waitFor();
    expect(await page.inputValue('#res-tab')).toBe(`form:${survey.formId}`);
    await page.click('#res-build');
    await page.locator('#res-status .ok').waitFor();
    expect(emu.spreadsheet.getSheetByName('Summary - Where are we now?')).not.toBeNull();
  });

  it('pre-selects the survey summarized last when there are several', async () => {
    let spring!: CreatedSurveyDto;
    const { page } = await open('SummaryDialog.html', ({ emu, addon }) => {
      const fall = createSurvey(addon, 'Fall check-in');
      spring = createSurvey(addon, 'Spring check-in');
      submit(emu, fall.formId, 9);
      submit(emu, spring.formId, 6);
      callLikeScriptRun(addon, 'buildSummary', { formId: spring.formId });
    });
    await page.locator('#res-settings').waitFor();
    expect(await page.inputValue('#res-tab')).toBe(`form:${spring.formId}`);
  });

  it('keeps its picture of the spreadsheet fresh while open, one cheap read at a time', async () => {
    const { emu, page, survey } = await inUse();
    await goToStep(page, 'results');
    await page.clock.install();
    const reads = () => emu.calls.get('Properties.getProperties');
    const until = async (what: string, check: () => boolean) => {
      for (const end = Date.now() + 10_000; !check(); await new Promise((r) => setTimeout(r, 20)))
        if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    };

    // Back in view: one read of the state, in its fixed budget (4 tabs, 1 linked), nothing else.
    // The user's own shared copy is in their user properties (the spreadsheet's id, one read).
    let before = emu.calls.snapshot();
    await page.evaluate('document.dispatchEvent(new Event("visibilitychange"))');
    await until('a read', () => reads() > (before['Properties.getProperties'] ?? 0));
    await page.waitForTimeout(200); // nothing else follows
    expect(emu.calls.diff(before)).toEqual(stateReadBudget(4, 1));

    // Out of view, the timer reads nothing.
    const visibility = (v: string) =>
      page.evaluate(
        `Object.defineProperty(document, 'visibilityState', { value: '${v}', configurable: true })`,
      );
    await visibility('hidden');
    before = emu.calls.snapshot();
    await page.clock.runFor(95_000);
    await page.waitForTimeout(200);
    expect(emu.calls.diff(before)).toEqual({});
    await visibility('visible');

    // Responses arrive: the next tick shows them, and the list of tabs counts them too.
    submit(emu, survey.formId, 2, 15);
    await page.clock.runFor(30_000);
    await page.locator('#state-line').filter({ hasText: '17 responses' }).waitFor();
    expect(await page.textContent('#state-line')).toContain('(5 new since)');
    await page
      .locator(`#res-tab option[value="form:${survey.formId}"]`)
      .filter({ hasText: '(17 responses)' })
      .waitFor({ state: 'attached' });

    // Turning auto-refresh on shows at once; a refresh the trigger runs shows at the next tick.
    await page.check('#auto-refresh');
    await page.locator('#state-line').filter({ hasText: 'Auto-refresh on' }).waitFor();
    submit(emu, survey.formId, 1, 17);
    await page.clock.runFor(30_000);
    await page
      .locator('#auto-refresh-note')
      .filter({ hasText: /^Last refresh, .+: Refreshed "Summary - Where are we now\?"\.$/ })
      .waitFor();
    await page
      .locator('#state-line')
      .filter({ hasText: /^1 Form · 18 responses · Summary [^(]+ · Auto-refresh on$/ })
      .waitFor();
  });

  it('offers the summary-only copy shared before, to update it', async () => {
    const { page } = await open('Sidebar.html', ({ emu, addon }) => {
      const survey = createSurvey(addon);
      submit(emu, survey.formId, 6);
      callLikeScriptRun(addon, 'buildSummary', { formId: survey.formId });
      callLikeScriptRun(addon, 'shareSummary', 'principal@district.org');
    });
    await goToStep(page, 'results');
    const existing = page.locator('#share-existing');
    await existing.waitFor();
    expect(await existing.textContent()).toBe(
      'A summary-only copy exists: open it. Sharing again updates it.',
    );
    expect(await existing.locator('a').getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\//,
    );
  });

  it('is one page per dialog with everything inlined: nothing is fetched', () => {
    for (const file of ['Sidebar.html', 'Dialog.html', 'SummaryDialog.html']) {
      const html = readDist(file);
      expect(html).not.toMatch(/<(link|img|iframe)\b/i);
      expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
      expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    }
  });

  it('moves between steps with the arrow keys, and shows where the focus is', async () => {
    const { page } = await open();
    await page.keyboard.press('Tab');
    const focused = async () => String(await page.evaluate('document.activeElement.id'));
    expect(await focused()).toBe('step-templates');
    const outline = (await page.evaluate(
      '(({ outlineStyle, outlineWidth }) => [outlineStyle, parseFloat(outlineWidth)])(getComputedStyle(document.activeElement))',
    )) as [string, number];
    expect(outline[0]).toBe('solid');
    expect(outline[1]).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('step-survey');
    expect(await page.isVisible('#panel-survey')).toBe(true);
    expect(await page.isVisible('#panel-templates')).toBe(false);
    await page.keyboard.press('End');
    expect(await focused()).toBe('step-results');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('step-templates');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('step-results');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('step-templates');
    // One tab stop for the strip: the next Tab goes into the step, to its first action.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('insert-overview');
    // Outcomes are announced: the status areas are polite live regions.
    for (const id of [
      'state-line',
      'status',
      'overview-status',
      'res-status',
      'srv-status',
      'fresh-status',
      'share-status',
    ])
      expect(await page.getAttribute(`#${id}`, 'aria-live')).toBe('polite');
  });
});
