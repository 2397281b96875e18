import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type LoadedBundle, readDist } from './bundle';
import { callLikeScriptRun } from './scriptRun';
import { SCRIPT_RUN_SHIM } from './scriptRunShim';

/** Debian's Chromium (`apt-get install chromium`); test tools may not download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless root run on a machine with no network but the package registries. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * Opens a dist/ HTML page (Sidebar.html or Dialog.html) at the size Sheets gives it, with
 * google.script.run served by the built add-on running in the emulator.
 */
export async function openAddonPage(
  browser: Browser,
  addon: LoadedBundle,
  file = 'Sidebar.html',
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.setDefaultTimeout(15000);
  // Google's add-on CSS cannot be fetched here; the sidebar's own CSS carries the same look.
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('__gasCall', (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: callLikeScriptRun(addon, name, ...args) };
    } catch (e) {
      // Errors from the bundle belong to the vm's realm, so `instanceof Error` would miss them.
      const message = (e as { message?: unknown })?.message;
      return { ok: false, message: typeof message === 'string' ? message : String(e) };
    }
  });
  // setContent does not run init scripts, so the shim goes first in <head>, as Apps Script's own loader would.
  const html = readDist(file).replace('<head>', () => `<head><script>${SCRIPT_RUN_SHIM}</script>`);
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}
