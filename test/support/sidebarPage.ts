import type { Page } from 'playwright-core';

/** The sidebar's steps, as its tabs are named in the page (`#step-<id>`). */
export type Step = 'templates' | 'survey' | 'results';

/** Shows a step of the sidebar (the dialogs have no steps: nothing to do there). */
export async function goToStep(page: Page, step: Step): Promise<void> {
  await ready(page);
  const tab = page.locator(`#step-${step}`);
  if ((await tab.count()) === 0) return;
  await tab.click();
  await page.locator(`#step-${step}[aria-selected="true"]`).waitFor();
}

/** Waits until the page has loaded what it shows and wired its controls (it clears `aria-busy`). */
export async function ready(page: Page): Promise<void> {
  await page.locator('body[aria-busy="false"]').waitFor({ state: 'attached' });
}

/** Unfolds a folded section (a `<details>` by id) the way a user does: a click on its summary. */
export async function unfold(page: Page, id: string): Promise<void> {
  const details = page.locator(`details#${id}`);
  if ((await details.getAttribute('open')) !== null) return;
  await details.locator('> summary').click();
}
