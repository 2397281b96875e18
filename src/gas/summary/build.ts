import type { SummaryResult } from '../../core/api';
import { UserError } from '../../core/errors';
import { MAX_VALUE_BYTES, parseSummarizeRequest, type SummarizeRequest, utf8Bytes } from '../../core/forms';
import { buildSummary } from '../../core/summary';
import { configKey, readConfigs, type SummaryConfig, sourceKey } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';
import { keptEntries, type Since, type SummarizedSource, summarizeSource } from '../survey';
import { findSheet, type TabWrite, writeSummaryTab } from './replace';
import { surveyTitle } from './title';

/** "2026-11-25 14:05" in the spreadsheet's time zone: the summary shows when it was built. */
function nowText(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { text: string; iso: string; zone: string } {
  const zone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  return { text: Utilities.formatDate(now, zone, 'yyyy-MM-dd HH:mm'), iso: now.toISOString(), zone };
}

/** The config recorded for a request's source, if a summary of it was built before. */
export function configFor(req: SummarizeRequest): SummaryConfig | null {
  const key = sourceKey(req);
  const raw = PropertiesService.getDocumentProperties().getProperty(configKey(key));
  return raw ? (readConfigs({ [configKey(key)]: raw })[0] ?? null) : null;
}

export interface Built {
  readonly result: SummaryResult;
  readonly config: SummaryConfig;
  /** What was summarized (the refresh publishes from it and shares it with the copy). */
  readonly src: SummarizedSource;
  readonly how: TabWrite;
}

/**
 * Builds the summary tab of one responses source, or brings the one there up to date (in place,
 * keeping the tab: replace.ts). Call inside the document lock. Nothing of the tab changes until
 * the new summary is complete.
 */
export function buildSummaryUnlocked(
  raw: unknown,
  previous: SummaryConfig | null,
  opts: {
    unsuppressed?: boolean;
    /** A refresh: the rows after the counted ones, and the counts kept for them. */
    since?: Since;
    /** The document's properties, when already read. */
    props?: Readonly<Record<string, string>>;
  } = {},
): Built {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const src = summarizeSource(raw, {
    unsuppressed: opts.unsuppressed === true,
    ...(opts.since ? { since: opts.since } : {}),
  });
  const when = nowText(ss);
  const { plan } = buildSummary({
    survey: surveyTitle(src),
    sourceTab: src.tab,
    summary: src.summary,
    ic: src.ic,
    groupLabel: src.request.groupLabel,
    updatedIso: when.text,
    timeZoneLabel: when.zone,
  });
  // The choices are remembered for refreshes; check they fit a property before touching any tab.
  if (utf8Bytes(JSON.stringify(src.request)) > MAX_VALUE_BYTES - 2048) {
    throw new UserError(
      'This summary has too many column settings to remember in the document. Set some columns back to Auto and build again.',
    );
  }
  const old = previous ? findSheet(ss, previous.sheetName, previous.sheetId) : null;
  const written = writeSummaryTab(ss, plan, old ? { sheet: old, shape: previous?.shape ?? null } : null);
  const config: SummaryConfig = {
    key: sourceKey(src.request),
    request: src.request,
    sheetName: written.sheet.getName(),
    // Refreshed or rebuilt, it is the same tab: its id is the one remembered.
    sheetId: written.how !== 'new' && previous ? previous.sheetId : written.sheet.getSheetId(),
    builtRows: src.dataRows,
    builtIso: when.iso,
    shape: written.shape,
  };
  // The config and the counts for the next refresh, in one call.
  const store = PropertiesService.getDocumentProperties();
  const entry = { [configKey(config.key)]: JSON.stringify(config) };
  const kept = keptEntries(opts.props ?? store.getProperties(), config.key, src.kept, entry);
  store.setProperties({ ...entry, ...kept.entries });
  return {
    result: {
      sheetName: config.sheetName,
      responses: src.summary.responses,
      items: src.summary.items.length,
      charts: plan.charts?.length ?? 0,
      hiddenGroups: src.summary.groups.filter((g) => g.suppressed).length,
      messages: [...src.summary.messages],
    },
    config,
    src,
    how: written.how,
  };
}

/** The sidebar's and menu's "Build summary". */
export function buildSummaryTab(raw: unknown): SummaryResult {
  return withDocumentLock('Building the summary', () => {
    return buildSummaryUnlocked(raw, configFor(parseSummarizeRequest(raw))).result;
  });
}
