import type { Browser, Page } from 'playwright-core';
import { openAddonPage } from '../../local/browser';
import { type LoadedBundle, loadBundle, readDist } from '../../local/bundle';
import { createEmulator, type Emulator } from '../../local/emulator';

export interface Setup {
  emu: Emulator;
  addon: LoadedBundle;
  page: Page;
}

/**
 * A built page (the sidebar or a dialog) at 300 px against the built add-on in a fresh emulator;
 * `before` sets the spreadsheet up first. Resolves once the page has loaded and wired itself.
 */
export async function openPage(
  browser: Browser,
  file = 'Sidebar.html',
  before?: (s: Omit<Setup, 'page'>) => void,
): Promise<Setup> {
  const emu = createEmulator({
    htmlFiles: {
      Sidebar: readDist('Sidebar.html'),
      Dialog: readDist('Dialog.html'),
      SummaryDialog: readDist('SummaryDialog.html'),
    },
  });
  const addon = loadBundle(emu);
  before?.({ emu, addon });
  const page = await openAddonPage(browser, addon, file);
  await ready(page);
  return { emu, addon, page };
}

/** A page, or the frame the preview shows the sidebar in: anything to find elements in. */
type Scope = { locator: Page['locator'] };

/** The sidebar's steps, as its tabs are named in the page (`#step-<id>`). */
export type Step = 'templates' | 'survey' | 'results';

/** Shows a step of the sidebar (the dialogs have no steps: nothing to do there). */
export async function goToStep(page: Scope, step: Step): Promise<void> {
  await ready(page);
  const tab = page.locator(`#step-${step}`);
  if ((await tab.count()) === 0) return;
  await tab.click();
  await page.locator(`#step-${step}[aria-selected="true"]`).waitFor();
}

/** Waits until the page has loaded what it shows and wired its controls (it clears `aria-busy`). */
export async function ready(page: Scope): Promise<void> {
  await page.locator('body[aria-busy="false"]').waitFor({ state: 'attached' });
}

/** Unfolds a folded section (a `<details>` by id) the way a user does: a click on its summary. */
export async function unfold(page: Scope, id: string): Promise<void> {
  const details = page.locator(`details#${id}`);
  if ((await details.getAttribute('open')) !== null) return;
  await details.locator('> summary').click();
}
