import type { Browser, Page } from 'playwright-core';
import { launchChromium, openAddonPage } from '../../local/browser';
import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator, type Emulator } from '../../local/emulator';

/** The Templates panel's new kinds, in the built sidebar and dialog against the built add-on. */
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
  await page.waitForSelector('#tpl-kind option', { state: 'attached' });
  return { emu, page };
}

describe('templates panel', () => {
  it('roles side by side: your role, then the roles ticked beside it', async () => {
    const { emu, page } = await open();
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
    await page.selectOption('#tpl-kind', 'first-actions');
    expect(await page.isVisible('#tpl-others')).toBe(false);
    expect(await page.textContent('label[for=tpl-role]')).toBe('Role');
    await page.selectOption('#tpl-kind', 'resources');
    await page.click('#tpl-insert');
    await page.waitForFunction(() => (globalThis as unknown as { __closed?: boolean }).__closed === true);
    expect(emu.spreadsheet.getSheetByName('Resources')).not.toBeNull();
  });
});
