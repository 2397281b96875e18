import type { Browser, Page } from 'playwright-core';
import { launchChromium, openAddonPage } from '../../local/browser';
import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator, type Emulator } from '../../local/emulator';
import { ready, unfold } from '../support/sidebarPage';

/** The built sidebar in headless Chromium, talking to the built add-on in the emulator. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(file = 'Sidebar.html'): Promise<{ emu: Emulator; page: Page }> {
  const emu = createEmulator({ htmlFiles: { Sidebar: readDist('Sidebar.html') } });
  const addon = loadBundle(emu);
  emu.bindContext(addon.context);
  const page = await openAddonPage(browser, addon, file);
  return { emu, page };
}

describe('sidebar', () => {
  it('lists the standards by frame and the roles it gets from the server, at 300 px', async () => {
    const { page } = await open();
    await ready(page);
    await unfold(page, 'about-standards');
    await unfold(page, 'about-roles');
    await page.waitForSelector('#standards li:nth-child(14)');
    expect(await page.locator('#standards li.frame').count()).toBe(3);
    expect(await page.locator('#standards li:not(.frame)').count()).toBe(11);
    expect(await page.locator('#roles li').count()).toBe(7);
    // Nothing wider than the 300 px Sheets gives a sidebar: no sideways scrolling.
    const widest = await page.locator('html').evaluate((el) => el.scrollWidth);
    expect(widest).toBeLessThanOrEqual(300);
  });

  it('previews a template, inserts it and shows the result', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'ic-map');
    await page.selectOption('#tpl-role', 'coach');
    await page.locator('#tpl-preview').filter({ hasText: 'IC map - Coach' }).waitFor();
    expect(await page.textContent('#tpl-preview')).toMatch(/Adds the tab "IC map - Coach" with \d+ rows\./);
    await page.click('#tpl-insert');
    await page.locator('#status .ok').waitFor();
    expect(await page.textContent('#status')).toMatch(/Added the tab "IC map - Coach"/);
    expect(emu.spreadsheet.getSheetByName('IC map - Coach')).not.toBeNull();
  });

  it('shows a server failure as a clear error and re-enables the button', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#insert-overview:not([disabled])');
    emu.failOn('Spreadsheet.insertSheet', {
      message: 'Service Spreadsheets timed out while accessing document.',
    });
    await page.click('#insert-overview');
    // Shown under the button, as an alert for screen readers.
    await page.locator('#overview-status .error[role=alert]').waitFor();
    expect(await page.textContent('#overview-status .error')).toBe(
      'Insert standards overview did not complete: Service Spreadsheets timed out while accessing document.',
    );
    expect(await page.isEnabled('#insert-overview')).toBe(true);
  });

  it('shows a bad request as the server names it', async () => {
    const { page } = await open();
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'ic-map');
    await unfold(page, 'tpl-frames');
    for (const box of await page.locator('#templates-panel input[type=checkbox]').all()) await box.uncheck();
    await page.click('#tpl-insert');
    await page.locator('#status .error').waitFor();
    expect(await page.textContent('#status .error')).toBe('Choose at least one standards frame.');
  });
});

describe('template dialog', () => {
  it('inserts from the menu dialog and closes itself', async () => {
    const { emu, page } = await open('Dialog.html');
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'logic-model');
    await page.click('#tpl-insert');
    await page.waitForFunction(() => (globalThis as unknown as { __closed?: boolean }).__closed === true);
    expect(emu.spreadsheet.getSheetByName('Logic model')).not.toBeNull();
  });
});

describe('templates panel: roles side by side and resources', () => {
  it('roles side by side: your role, then the roles ticked beside it', async () => {
    const { emu, page } = await open();
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'cross-role');
    expect(await page.isVisible('#tpl-others')).toBe(true);
    expect(await page.textContent('label[for=tpl-role]')).toBe('Your role');
    await page.selectOption('#tpl-role', 'principal');
    // Your own role cannot be ticked again.
    expect(await page.isDisabled('#tpl-other-principal')).toBe(true);
    await page.check('#tpl-other-coach');
    await page.check('#tpl-other-teacher');
    await page.locator('#tpl-preview').filter({ hasText: 'Principal, Coach, Teacher' }).waitFor();
    await page.click('#tpl-insert');
    await page.locator('#status .ok').waitFor();
    const sheet = emu.spreadsheet.getSheetByName('Roles side by side - Principal, Coach, Teacher');
    expect(sheet).not.toBeNull();
    expect(sheet!.getRange(1, 1).getValue()).toBe(
      'Key responsibilities side by side: Principal, Coach, Teacher',
    );
    const widest = await page.locator('html').evaluate((el) => el.scrollWidth);
    expect(widest).toBeLessThanOrEqual(300);
  });

  it('with no other role ticked, says what is missing', async () => {
    const { page } = await open();
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'cross-role');
    await page.selectOption('#tpl-role', 'coach');
    await page.click('#tpl-insert');
    await page.locator('#status .error').waitFor();
    expect(await page.textContent('#status .error')).toBe(
      'Choose at least one other role to put beside Coach.',
    );
  });

  it('other kinds hide the role checkboxes; the resources tab inserts from the dialog', async () => {
    const { emu, page } = await open('Dialog.html');
    await page.waitForSelector('#tpl-kind option', { state: 'attached' });
    await page.selectOption('#tpl-kind', 'first-actions');
    expect(await page.isVisible('#tpl-others')).toBe(false);
    expect(await page.textContent('label[for=tpl-role]')).toBe('Role');
    await page.selectOption('#tpl-kind', 'resources');
    await page.click('#tpl-insert');
    await page.waitForFunction(() => (globalThis as unknown as { __closed?: boolean }).__closed === true);
    expect(emu.spreadsheet.getSheetByName('Resources')).not.toBeNull();
  });
});
