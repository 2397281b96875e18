import type { SpreadsheetStateDto } from '../core/api';
import { formIdFromUrl } from '../core/forms';
import { autoRefreshOf, readConfigs } from '../core/summaryConfig';
import { myCopyUrl } from './summary/share';
import { recordedSurveyTitle } from './survey/responses';

/**
 * This spreadsheet at a glance, for the sidebar's state line. The sidebar polls it, so it only
 * reads: the document properties once (surveys made, summaries built, auto-refresh), the tab
 * list once, each tab's form link, a linked tab's name and last row, and the user's own shared
 * copy (each editor has their own: the spreadsheet's id, then one read of the user's properties).
 * That is 7 + tabs + 2 × linked tabs calls, whatever the number of responses; no lock is
 * taken, so a poll never waits behind a refresh.
 */
export function spreadsheetState(): SpreadsheetStateDto {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = ss.getSheets();
  const props = PropertiesService.getDocumentProperties().getProperties();
  const surveys: SpreadsheetStateDto['surveys'][number][] = [];
  for (const sheet of sheets) {
    const url = sheet.getFormUrl();
    if (!url) continue;
    const tab = sheet.getName();
    const formId = formIdFromUrl(url);
    surveys.push({
      key: formId ? `form:${formId}` : `tab:${tab}`,
      tab,
      title: recordedSurveyTitle(props, formId),
      responses: Math.max(0, sheet.getLastRow() - 1),
    });
  }
  const summaries = readConfigs(props)
    .map((c) => ({ key: c.key, sheetName: c.sheetName, builtIso: c.builtIso, responses: c.builtRows }))
    .sort((a, b) => b.builtIso.localeCompare(a.builtIso));
  return {
    tabs: sheets.length,
    surveys,
    summaries,
    autoRefresh: autoRefreshOf((key) => props[key] ?? null),
    sharedCopyUrl: myCopyUrl(ss.getId()),
  };
}
