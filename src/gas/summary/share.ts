import type { ShareResult } from '../../core/api';
import { UserError } from '../../core/errors';
import { shareablePlan } from '../../core/summary';
import { parseEmails, readConfigs, SHARE_KEY } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';
import { surveyTitle } from './title';
import { summarizeSource } from '../survey';
import { rawRequest } from './refresh';
import { replaceSheet } from './replace';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The share copy made before, if it can still be opened; else a new one. */
function shareTarget(ss: Spreadsheet): Spreadsheet {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(SHARE_KEY);
  if (id) {
    try {
      return SpreadsheetApp.openById(id);
    } catch (_e) {
      // Deleted or no longer ours: make a fresh copy below.
    }
  }
  const copy = SpreadsheetApp.create(`${ss.getName()} - summary (shared)`);
  props.setProperty(SHARE_KEY, copy.getId());
  return copy;
}

/**
 * Shares a separate spreadsheet holding only the summary tabs, rebuilt from the responses as
 * values and charts: no responses tab, no e-mail addresses, no respondent-written text, no
 * formulas pointing back, hidden groups shown as hidden. Sharing again updates the same file.
 */
export function shareSummaries(rawEmails: unknown): ShareResult {
  const emails = parseEmails(rawEmails);
  return withDocumentLock('Sharing the summary', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const configs = readConfigs(PropertiesService.getDocumentProperties().getProperties());
    if (configs.length === 0) throw new UserError('Build a summary first: there is nothing to share yet.');
    const target = shareTarget(ss);
    const zone = ss.getSpreadsheetTimeZone();
    const when = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH:mm');
    const tabs: string[] = [];
    for (const c of configs) {
      const src = summarizeSource(rawRequest(c.request));
      const plan = shareablePlan({
        survey: surveyTitle(src),
        sourceTab: src.tab,
        summary: src.summary,
        updatedIso: when,
        timeZoneLabel: zone,
      });
      tabs.push(replaceSheet(target, plan, target.getSheetByName(plan.title)).getName());
    }
    // Only the summaries: drop the new file's blank first tab and summaries no longer built.
    for (const sheet of target.getSheets()) {
      if (!tabs.includes(sheet.getName())) target.deleteSheet(sheet);
    }
    DriveApp.getFileById(target.getId()).addViewers(emails);
    return { url: target.getUrl(), tabs, sharedWith: emails };
  });
}
