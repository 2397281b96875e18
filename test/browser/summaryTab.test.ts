import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../local/browser';
import { type Preview, startPreview } from '../../local/preview/server';
import { PreviewSession } from '../../local/preview/session';
import type { CreatedSurveyDto, SummaryResult } from '../../src/core/api';

/**
 * The summary tab as `npm run preview` shows it on a 1366×768 laptop with the sidebar open: what
 * is in view without scrolling sideways, what is hidden, and how the charts read. Screenshots of
 * each summary go to test-results/summary-tab/ for a person to look at.
 */
const SHOTS = join(__dirname, '..', '..', 'test-results', 'summary-tab');
const STILL = { animations: 'disabled', style: '::-webkit-scrollbar{display:none}' } as const;
const AGREE = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly preview: Preview;
  readonly page: Page;
  readonly tab: string;
}

/**
 * A preview whose spreadsheet has a summary built by `build`, open on that tab at laptop size;
 * `look` runs on it, and the page and server are closed whatever happens.
 */
async function withSummary(
  build: (session: PreviewSession) => SummaryResult,
  look: (o: Opened) => Promise<void>,
): Promise<void> {
  const session = new PreviewSession({ now: Date.UTC(2026, 8, 14, 14, 30) });
  const built = build(session);
  const preview = await startPreview({ session });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    page.setDefaultTimeout(20000);
    await page.goto(`${preview.url}/`);
    await page.locator(`#tabs button.active[data-tab="${built.sheetName}"]`).waitFor();
    await page.locator('#sheet .chart-at.placed svg').first().waitFor();
    await look({ preview, page, tab: built.sheetName });
  } finally {
    await page.close();
    await preview.close();
  }
}

function run<T>(session: PreviewSession, name: string, ...args: unknown[]): T {
  const r = session.run(name, args);
  if (!r.ok) throw new Error(r.message);
  return r.value as T;
}

/** The visible grid's box and, within it, each chart's box and the header cells' right edges. */
async function measure(page: Page) {
  return page.locator('#sheet').evaluate((el) => {
    // DOM types are not in the Node tsconfig: the elements as far as this needs them.
    type Box = { getBoundingClientRect(): { left: number; right: number; top: number; bottom: number } };
    const grid = (el as unknown as Box).getBoundingClientRect();
    const all = (sel: string) => [
      ...(el as unknown as { querySelectorAll(s: string): Box[] }).querySelectorAll(sel),
    ];
    const text = (b: Box) => (b as unknown as { textContent: string }).textContent.trim();
    const charts = all('.chart-at').map((c) => c.getBoundingClientRect());
    const headers = all('td, th').map((c) => ({ text: text(c), right: c.getBoundingClientRect().right }));
    return { grid: { left: grid.left, right: grid.right }, charts, headers };
  });
}

/** Scrolls the grid so that row `r`'s top is at the top (sideways scrolling left at 0). */
async function scrollToRow(page: Page, r: number): Promise<void> {
  await page.locator('#sheet').evaluate((el, row) => {
    const tr = (el as unknown as { querySelector(s: string): { offsetTop: number } | null }).querySelector(
      `tr[data-r="${row}"]`,
    );
    Object.assign(el, { scrollTop: Math.max(0, (tr?.offsetTop ?? 0) - 40), scrollLeft: 0 });
  }, r);
}

async function shoot(page: Page, name: string): Promise<void> {
  writeFileSync(join(SHOTS, `${name}.png`), await page.screenshot(STILL));
}

/** Row number (1-based) of the first row whose first cell starts with `text`, from the API. */
function rowOf(rows: readonly (readonly string[])[], text: string): number {
  const i = rows.findIndex((r) => (r[0] ?? '').startsWith(text));
  if (i < 0) throw new Error(`No row starts with "${text}"`);
  return i + 1;
}

async function sheetRows(o: Opened): Promise<string[][]> {
  const r = await fetch(`${o.preview.url}/api/sheet?name=${encodeURIComponent(o.tab)}`);
  return ((await r.json()) as { rows: string[][] }).rows;
}

describe('the summary tab on a laptop with the sidebar open', () => {
  it('"Where are we now?": the figures compared side by side and every chart in view, the chart data hidden', async () => {
    await withSummary(
      (session) => {
        const survey = run<CreatedSurveyDto>(session, 'createSurvey', {
          instrument: 'where-are-we-now',
          askRole: true,
          askSchool: true,
          schools: ['Lincoln Elementary', 'Washington High'],
          collectEmail: false,
        });
        session.respond(survey.formId, 40);
        return run<SummaryResult>(session, 'buildSummary', {
          formId: survey.formId,
          groupBy: 'Your role',
          minGroupSize: 3,
        });
      },
      async (o) => {
        const rows = await sheetRows(o);
        await shoot(o.page, 'where-are-we-now-1-top');
        const m = await measure(o.page);
        // Item, n, % favorable and the mean (with what it leaves out) all in view, side by side.
        for (const h of [
          'Answered (n)',
          '% favorable (Strongly agree or Agree)',
          'Mean (1–5, No opinion left out)',
        ]) {
          const cell = m.headers.find((c) => c.text === h);
          expect(cell).toBeDefined();
          expect(cell!.right).toBeLessThanOrEqual(m.grid.right);
        }
        // Every chart is within the grid's width at the left edge: no sideways scrolling to find it.
        expect(m.charts.length).toBe(2);
        for (const c of m.charts) {
          expect(c.left).toBeGreaterThanOrEqual(m.grid.left);
          expect(c.right).toBeLessThanOrEqual(m.grid.right);
        }
        // The legend reads in scale order.
        const svg = await o.page.locator('#sheet .chart-at svg').first().innerHTML();
        const at = AGREE.map((l) => svg.indexOf(`>${l}<`));
        expect(at.every((i) => i >= 0)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);

        await scrollToRow(o.page, rowOf(rows, 'Answers by item') + 6);
        await shoot(o.page, 'where-are-we-now-2-chart');
        await scrollToRow(o.page, rowOf(rows, 'Percent favorable by role'));
        await shoot(o.page, 'where-are-we-now-3-by-role');

        // The chart data: a visible label, its rows hidden (the charts still draw from them).
        const label = rowOf(rows, 'Chart data (rows ');
        await scrollToRow(o.page, label - 12);
        await shoot(o.page, 'where-are-we-now-4-end');
        await expect(o.page.locator(`#sheet tr[data-r="${label}"]`).isVisible()).resolves.toBe(true);
        const hidden = o.page.locator('#sheet tr[hidden]');
        expect(await hidden.count()).toBeGreaterThan(10);
        expect(await hidden.first().isVisible()).toBe(false);
        expect(await o.page.locator('#sheet').textContent()).not.toMatch(/-\d+%/);
      },
    );
  });

  it('an IC self-assessment: median level, share at Level 1–2 and what the median looks like in view', async () => {
    await withSummary(
      (session) => {
        const ic = run<CreatedSurveyDto>(session, 'createSurvey', {
          instrument: 'ic-self-assessment',
          role: 'coach',
          askRole: false,
          askSchool: false,
          collectEmail: false,
        });
        session.respond(ic.formId, 14);
        return run<SummaryResult>(session, 'buildSummary', { formId: ic.formId });
      },
      async (o) => {
        const rows = await sheetRows(o);
        await shoot(o.page, 'ic-1-top');
        const m = await measure(o.page);
        for (const h of ['Median level', 'At Level 1–2', 'What the median level looks like']) {
          expect(m.headers.find((c) => c.text === h)!.right).toBeLessThanOrEqual(m.grid.right);
        }
        expect(rows.flat().some((t) => /mean level/i.test(t))).toBe(false);
        await scrollToRow(o.page, rowOf(rows, '16. '));
        await shoot(o.page, 'ic-2-chart');
        const c = (await measure(o.page)).charts[0]!;
        expect(c.right).toBeLessThanOrEqual(m.grid.right);
        await scrollToRow(o.page, rowOf(rows, 'What each level looks like'));
        await shoot(o.page, 'ic-3-levels');
      },
    );
  });

  it('single-choice and checkbox questions beside a frequency scale', async () => {
    await withSummary(
      (session) => {
        const sheet = session.emu.spreadsheet.insertSheet('Imported responses');
        const roles = ['Teacher', 'Coach', 'Principal'];
        const formats = ['In person', 'Online', 'Hybrid'];
        const supports = [
          'Coaching cycles',
          'Workshops',
          'Professional learning communities',
          'Online courses',
        ];
        const often = ['Always', 'Often', 'Sometimes', 'Rarely', 'Never'];
        const rows: unknown[][] = [
          [
            'Timestamp',
            'What is your role?',
            'Which supports have you used?',
            'Preferred format',
            'How often do you plan with colleagues?',
          ],
        ];
        for (let i = 0; i < 30; i++) {
          // Some tick one choice alone, others several: Forms' checkboxes.
          const ticked = i % 4 === 0 ? [supports[i % 3]!] : supports.filter((_, k) => (i + k) % 3 !== 0);
          rows.push([
            new Date(Date.UTC(2026, 8, 1 + (i % 10))),
            roles[i % 3],
            ticked.join(', '),
            formats[(i * 7) % 3],
            often[(i * 3) % 5],
          ]);
        }
        sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
        return run<SummaryResult>(session, 'buildSummary', {
          tab: 'Imported responses',
          groupBy: 'What is your role?',
          minGroupSize: 3,
        });
      },
      async (o) => {
        const rows = await sheetRows(o);
        expect(rows.map((r) => r[0])).toEqual(
          expect.arrayContaining([
            'Answers by item (checkboxes: each respondent may tick several)',
            'Percent favorable by role',
          ]),
        );
        await shoot(o.page, 'kinds-1-top');
        for (const [k, r] of [
          [2, rowOf(rows, 'Answers by item (one choice each)')],
          [3, rowOf(rows, 'Answers by item (frequency scale)')],
          [4, rowOf(rows, 'Percent favorable by role')],
        ] as const) {
          await scrollToRow(o.page, r);
          await shoot(o.page, `kinds-${k}`);
        }
        const m = await measure(o.page);
        for (const c of m.charts) expect(c.right).toBeLessThanOrEqual(m.grid.right);
      },
    );
  });
});
