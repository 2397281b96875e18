/**
 * The add-on's entry points. Apps Script calls only functions declared at the top level of
 * a script file, so the build emits `function NAME() {}` for every function exported here
 * (menu items, triggers, `google.script.run` targets). Each is a thin call into gas/.
 */
import type { SidebarApi } from './core/api';
import { catalogDto } from './gas/catalog';
import { buildMenu } from './gas/menu';
import { runForSidebar, runFromMenu } from './gas/notify';
import { insertStandardsOverview as insertOverview } from './gas/overview';
import { openSidebar } from './gas/sidebar';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when a user installs the add-on from the Marketplace: show the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  openSidebar();
}

export function menuInsertStandardsOverview(): void {
  runFromMenu('Insert standards overview', () => {
    const r = insertOverview();
    return `Added the tab "${r.sheetName}".`;
  });
}

// ---- The sidebar API: one object whose type the sidebar imports; each method is also an entry point.

export function getCatalog() {
  return runForSidebar('Loading the catalog', catalogDto);
}

export function insertStandardsOverview() {
  return runForSidebar('Insert standards overview', insertOverview);
}

/** Checked by the compiler to implement the whole API, and by a bundle test to be exported. */
export const sidebarApi: SidebarApi = { getCatalog, insertStandardsOverview };
