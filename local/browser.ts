import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type LoadedBundle, readDist } from './bundle';
import { callLikeScriptRun } from './scriptRun';
import { SCRIPT_RUN_SHIM } from './scriptRunShim';

/**
 * The browser comes from npm: @sparticuz/chromium ships a Chromium binary inside the package
 * and unpacks it (to the OS temp dir) on first use, so `npm ci && npm test` needs no system
 * browser. CHROMIUM_PATH selects another one (Debian's /usr/bin/chromium, say).
 */
type Packaged = typeof import('@sparticuz/chromium')['default'];

export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  // require, not import(): this module runs as CommonJS under jest and tsx alike, and tsx's ESM
  // loader cannot resolve a dynamic import() made from a CommonJS module it compiled.
  const mod = require('@sparticuz/chromium') as { default?: Packaged } & Packaged;
  return (mod.default ?? mod).executablePath();
}

/**
 * Plain flags for a headless root run on a machine with no network but the package registries.
 * The package's own serverless flag set (single-process, zygote tweaks) crashes it here.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--headless=new',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: FLAGS });
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
