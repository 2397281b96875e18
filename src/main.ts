/**
 * The add-on's entry points. Apps Script calls only functions declared at the top level of
 * a script file, so the build emits `function NAME() {}` for every function exported here
 * (menu items, triggers, `google.script.run` targets). Each is a thin call into gas/.
 */
import type { SidebarApi } from './core/api';
import { catalogDto } from './gas/catalog';
import { updateIcMapFromSurvey } from './gas/icMap';
import { buildMenu } from './gas/menu';
import { runForSidebar, runFromMenu } from './gas/notify';
import { insertStandardsOverview as insertOverview } from './gas/overview';
import { openSidebar, openSummaryDialog, openTemplateDialog } from './gas/sidebar';
import { spreadsheetState } from './gas/status';
import { buildSummaryTab } from './gas/summary/build';
import { refreshAfterSubmit, refreshStaleSummaries } from './gas/summary/refresh';
import { shareSummaries } from './gas/summary/share';
import { checkAutoRefresh, hourlyCheck, setAutoRefresh as setAuto } from './gas/summary/triggers';
import {
  createSurvey as createSurveyForm,
  describeColumns as describe,
  getSchools as schools,
  listResponseTabs as listTabs,
  summarizeSurvey as summarize,
} from './gas/survey';
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
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
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

export function menuUpdateIcMap(): void {
  runFromMenu('Update IC map from survey', () => updateIcMapFromSurvey(null).message);
}

export function menuBuildSummary(): void {
  openSummaryDialog();
}

export function menuBuildSummaries(): void {
  runFromMenu('Refresh summaries', () => {
    // The user is here (not a trigger): a lost form-submit trigger can be put back.
    checkAutoRefresh();
    const s = refreshStaleSummaries();
    return s.message;
  });
}

// ---- Trigger handlers (installed by "Keep summaries fresh")

/**
 * Installable form-submit trigger: refreshes the summaries whose responses changed, while
 * auto-refresh is on here (another editor's trigger may outlive their switching it off), with
 * bursts coalesced (gas/summary/refresh.ts). Returns what it did, for the execution log.
 */
export function onFormSubmitRefresh(_e?: GoogleAppsScript.Events.SheetsOnFormSubmit): string {
  return refreshAfterSubmit();
}

/**
 * Hourly time-driven trigger: where Apps Script gives it the document, notes a missing
 * form-submit trigger (for the sidebar to put back) and catches up on responses no run counted.
 */
export function hourlyTriggerCheck(): string {
  return hourlyCheck(refreshAfterSubmit);
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

export function createSurvey(request: unknown) {
  return runForSidebar('Creating the survey', () => createSurveyForm(request));
}

export function getSchools() {
  return runForSidebar('Loading the schools list', schools);
}

export function listResponseTabs() {
  return runForSidebar('Listing the response tabs', listTabs);
}

export function describeColumns(request: unknown) {
  return runForSidebar('Reading the columns', () => describe(request));
}

export function summarizeSurvey(request: unknown) {
  return runForSidebar('Summarizing the responses', () => summarize(request));
}

export function buildSummary(request: unknown) {
  return runForSidebar('Building the summary', () => buildSummaryTab(request));
}

export function getSpreadsheetState() {
  return runForSidebar('Reading this spreadsheet', spreadsheetState);
}

export function getAutoRefresh() {
  return runForSidebar('Reading the refresh setting', checkAutoRefresh);
}

export function setAutoRefresh(on: boolean) {
  return runForSidebar('Changing automatic refresh', () => setAuto(on === true));
}

export function shareSummary(emails: unknown) {
  return runForSidebar('Sharing the summary', () => shareSummaries(emails));
}

export function updateIcMap(request: unknown) {
  return runForSidebar('Updating the IC map', () => updateIcMapFromSurvey(request));
}

/** Checked by the compiler to implement the whole API, and by a bundle test to be exported. */
export const sidebarApi: SidebarApi = {
  getCatalog,
  insertStandardsOverview,
  insertTemplate,
  previewTemplate,
  getSelectedOutcomes,
  createSurvey,
  getSchools,
  listResponseTabs,
  describeColumns,
  summarizeSurvey,
  buildSummary,
  getSpreadsheetState,
  getAutoRefresh,
  setAutoRefresh,
  shareSummary,
  updateIcMap,
};
