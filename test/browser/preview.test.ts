import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../../local/browser';
import { type Preview, startPreview } from '../../local/preview/server';
import { PreviewSession } from '../../local/preview/session';
import { saveScreenshot } from '../support/screenshot';
import { goToStep, ready, unfold } from '../support/sidebarPage';

/**
 * `npm run preview` as a newcomer uses it: the real sidebar beside the live view of the emulated
 * spreadsheet, clicked through in Chromium. The screenshots the README shows are saved here.
 */
const DOCS = join(__dirname, '..', '..', 'docs');

/** Screenshots without scrollbars or animations, which vary from run to run. */
const STILL = { animations: 'disabled', style: '::-webkit-scrollbar{display:none}' } as const;

let browser: Browser;
let preview: Preview;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  browser = await launchChromium();
  // A fixed clock, so the screenshots only change when what they show does.
  preview = await startPreview({ session: new PreviewSession({ now: Date.UTC(2026, 8, 14, 14, 30) }) });
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  page.setDefaultTimeout(20000);
  await page.goto(`${preview.url}/`);
  sidebar = page.frameLocator('#sidebar-frame');
  mkdirSync(DOCS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(`${preview.url}${path}`);
  return (await r.json()) as T;
}

/** The tab shown in the live view, once it is the named one. */
async function shownTab(name: string): Promise<void> {
  await page.locator(`#tabs button.active[data-tab="${name}"]`).waitFor();
  await page.locator('#sheet table.sheet').waitFor();
}

describe('npm run preview', () => {
  it('serves the sidebar alone at /sidebar, 300 px wide, talking to the emulator', async () => {
    const alone = await browser.newPage({ viewport: { width: 300, height: 860 } });
    await alone.goto(`${preview.url}/sidebar`);
    await ready(alone);
    await alone.locator('#roles li').nth(6).waitFor({ state: 'attached' });
    expect(await alone.locator('#roles li').count()).toBe(7);
    expect(await alone.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(300);
    await alone.locator('#tpl-preview').filter({ hasText: 'Adds the tab' }).waitFor();
    // Every panel has had its answer from the server (no google.script.run call in flight).
    await alone.waitForLoadState('networkidle');
    saveScreenshot(join(DOCS, 'sidebar.png'), await alone.screenshot(STILL));
    await alone.close();
  });

  it('inserts a template from the sidebar and shows it in the live view', async () => {
    await sidebar.locator('#tpl-kind option').first().waitFor({ state: 'attached' });
    await sidebar.locator('#tpl-kind').selectOption('ic-map');
    await sidebar.locator('#tpl-role').selectOption('coach');
    await sidebar.locator('#tpl-insert').click();
    await sidebar.locator('#status .ok').waitFor();
    await shownTab('IC map - Coach');
    expect(await page.textContent('#sheet')).toContain('Innovation Configuration map: Coach');
    // The emulated spreadsheet has it too.
    const sheet = await getJson<{ kind: string; rows: string[][] }>('/api/sheet?name=IC%20map%20-%20Coach');
    expect(sheet.kind).toBe('template');
    expect(sheet.rows[0]![0]).toBe('Innovation Configuration map: Coach');
    saveScreenshot(join(DOCS, 'template.png'), await page.screenshot(STILL));
  });

  it('opens the add-on menu and its template dialog, which inserts and closes', async () => {
    await page.click('#extensions');
    await page.click('#menu button[data-fn="menuInsertTemplate"]');
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#tpl-kind option').first().waitFor({ state: 'attached' });
    expect(await page.textContent('#dialog-title')).toBe('Insert a template');
    await dialog.locator('#tpl-kind').selectOption('logic-model');
    await dialog.locator('#tpl-insert').click();
    await page.locator('#dialog').waitFor({ state: 'hidden' });
    await shownTab('Logic model');
    expect(preview.session.emu.spreadsheet.getSheetByName('Logic model')).not.toBeNull();
  });

  it('creates a survey, lets emulated respondents answer it, then builds and shares the summary', async () => {
    await goToStep(sidebar, 'survey');
    await unfold(sidebar, 'srv-options');
    await sidebar.locator('#srv-ask-school').check();
    await sidebar.locator('#srv-schools').fill('Lincoln Elementary\nWashington High');
    await sidebar.locator('#srv-create').click();
    await sidebar.locator('#srv-status .ok').waitFor();

    await page.locator('#respond-form option').first().waitFor({ state: 'attached' });
    await page.fill('#respond-count', '24');
    await page.click('#respond-submit');
    await page.locator('#respond-status').filter({ hasText: '24 sample responses submitted' }).waitFor();
    const forms = preview.session.emu.forms.list();
    expect(forms).toHaveLength(1);
    expect(forms[0]!.responses).toBe(24);

    await goToStep(sidebar, 'results');
    await sidebar.locator('#res-reload').click();
    const option = sidebar.locator(`#res-tab option[value="form:${forms[0]!.id}"]`);
    await option.filter({ hasText: '(24 responses)' }).waitFor({ state: 'attached' });
    await sidebar.locator('#res-tab').selectOption(`form:${forms[0]!.id}`);
    await sidebar.locator('#res-settings').waitFor({ state: 'visible' });
    await unfold(sidebar, 'res-options');
    await sidebar.locator('#res-group').selectOption('Your role');
    await sidebar.locator('#res-min').fill('3');
    await sidebar.locator('#res-build').click();
    await sidebar.locator('#res-status .ok').waitFor();

    // The live view follows: the summary tab, its charts drawn over the grid as Sheets floats them.
    await shownTab('Summary - Where are we now?');
    await page.locator('#sheet .chart-at.placed svg').first().waitFor();
    const summary = await getJson<{ kind: string; rows: string[][] }>(
      `/api/sheet?name=${encodeURIComponent('Summary - Where are we now?')}`,
    );
    expect(summary.kind).toBe('summary');
    expect(summary.rows.find((r) => r[0] === 'Responses counted')?.[1]).toBe('24');
    // Scrolled as a reader would, so the first chart is in view below the figures it draws.
    await page.locator('#sheet').evaluate((el) => {
      // The DOM types are not in the Node tsconfig: the element as far as this needs it.
      const chart = el.querySelector('.chart-at') as unknown as { offsetTop: number; offsetHeight: number };
      el.scrollTop = chart.offsetTop + chart.offsetHeight - el.clientHeight + 24;
    });
    saveScreenshot(join(DOCS, 'summary.png'), await page.screenshot(STILL));

    await sidebar.locator('#share-emails').fill('principal@district.example.org');
    await sidebar.locator('#share-go').click();
    await sidebar.locator('#share-status .ok').waitFor();
    expect(preview.session.emu.drive.permissions.map((p) => p.emailAddress)).toContain(
      'principal@district.example.org',
    );
  });

  it('shows an emulated Google address on its own page, never a dead link', async () => {
    const form = preview.session.emu.forms.list()[0]!;
    const r = await fetch(`${preview.url}/open?url=${encodeURIComponent(form.publishedUrl)}`);
    const html = await r.text();
    expect(html).toContain('(emulated Google Form)');
    expect(html).toContain('Respondents (emulated)');
  });
});
