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
import { openSidebar, openTemplateDialog } from './gas/sidebar';
import {
  insertIcMapFromSelection,
  insertTemplate as insertTemplateTab,
  previewTemplate as preview,
  selectedOutcomes,
} from './gas/templates';

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

export function menuInsertTemplate(): void {
  openTemplateDialog();
}

export function menuIcMapFromSelection(): void {
  runFromMenu('IC map from selected outcomes', () => {
    const r = insertIcMapFromSelection();
    return `Added the tab "${r.sheetName}" with your outcomes.`;
  });
}

// ---- The sidebar API: one object whose type the sidebar imports; each method is also an entry point.

export function getCatalog() {
  return runForSidebar('Loading the catalog', catalogDto);
}

export function insertStandardsOverview() {
  return runForSidebar('Insert standards overview', insertOverview);
}

export function insertTemplate(request: unknown) {
  return runForSidebar('Inserting the template', () => insertTemplateTab(request));
}

export function previewTemplate(request: unknown) {
  return runForSidebar('Checking the template', () => preview(request));
}

export function getSelectedOutcomes() {
  return runForSidebar('Reading the selection', selectedOutcomes);
}

/** Checked by the compiler to implement the whole API, and by a bundle test to be exported. */
export const sidebarApi: SidebarApi = {
  getCatalog,
  insertStandardsOverview,
  insertTemplate,
  previewTemplate,
  getSelectedOutcomes,
};
