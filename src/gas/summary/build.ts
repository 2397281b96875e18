import type { SummaryResult } from '../../core/api';
import { UserError } from '../../core/errors';
import { MAX_VALUE_BYTES, parseSummarizeRequest, type SummarizeRequest, utf8Bytes } from '../../core/forms';
import { buildSummary } from '../../core/summary';
import { configKey, readConfigs, type SummaryConfig, sourceKey } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';
import { zoneDateTime } from '../zoneTime';
import { keptEntries, type Since, type SummarizedSource, summarizeSource } from '../survey';
import { findSheet, type TabWrite, writeSummaryTab } from './replace';
import { surveyTitle } from './title';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * "2026-11-25 14:05" in the spreadsheet's time zone: the summary shows when it was built. A
 * refresh counting new rows passes the zone the last full count read (one call fewer).
 */
function nowText(ss: Spreadsheet, knownZone: string | null): { text: string; iso: string; zone: string } {
  const zone = knownZone ?? ss.getSpreadsheetTimeZone();
  const now = new Date();
  return { text: zoneDateTime(now, zone), iso: now.toISOString(), zone };
}

/** The config recorded for a request's source, if a summary of it was built before. */
export function configFor(
  req: SummarizeRequest,
  props: Readonly<Record<string, string>>,
): SummaryConfig | null {
  const key = configKey(sourceKey(req));
  const raw = props[key];
  return raw ? (readConfigs({ [key]: raw })[0] ?? null) : null;
}

export interface Built {
  readonly result: SummaryResult;
  readonly config: SummaryConfig;
  /** What was summarized (the refresh publishes from it and shares it with the copy). */
  readonly src: SummarizedSource;
  readonly how: TabWrite;
  /** The document properties that remember it (config and kept counts), for the caller to write in one call. */
  readonly entries: Readonly<Record<string, string>>;
}

/**
 * Builds the summary tab of one responses source, or brings the one there up to date (in place,
 * keeping the tab: replace.ts). Call inside the document lock. Nothing of the tab changes until
 * the new summary is complete. The properties that remember it are returned, not written, so a
 * refresh writes everything it learned in one call.
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
    /** The active spreadsheet, when already asked for. */
    ss?: Spreadsheet;
  } = {},
): Built {
  const ss = opts.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  const src = summarizeSource(raw, {
    unsuppressed: opts.unsuppressed === true,
    ...(opts.since ? { since: opts.since } : {}),
  });
  // Only new rows counted: what the last full count found still holds (summaryConfig.ts).
  const known = src.counted.kind === 'new' ? (previous?.remembered ?? null) : null;
  const when = nowText(ss, known?.zone ?? null);
  const survey = known?.survey ?? surveyTitle(src);
  const { plan } = buildSummary({
    survey,
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
  const old = previous ? findSheet(ss, previous.sheetId, known ? previous.sheetName : undefined) : null;
  const written = writeSummaryTab(
    ss,
    plan,
    old ? { ...old, shape: previous?.shape ?? null } : null,
    // A chart removed by hand is put back by the next full count, not looked for on every response.
    { checkCharts: src.counted.kind !== 'new' },
  );
  const config: SummaryConfig = {
    key: sourceKey(src.request),
    request: src.request,
    sheetName: written.name,
    // Refreshed or rebuilt, it is the same tab: its id is the one remembered.
    sheetId: written.how !== 'new' && previous ? previous.sheetId : written.sheet.getSheetId(),
    builtRows: src.dataRows,
    builtIso: when.iso,
    shape: written.shape,
    remembered: { survey, zone: when.zone, sourceTab: src.tab },
  };
  // The config and the counts for the next refresh.
  const entry = { [configKey(config.key)]: JSON.stringify(config) };
  const props = opts.props ?? PropertiesService.getDocumentProperties().getProperties();
  const kept = keptEntries(props, config.key, src.kept, entry);
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
    entries: { ...entry, ...kept.entries },
  };
}

/** The sidebar's and menu's "Build summary". */
export function buildSummaryTab(raw: unknown): SummaryResult {
  return withDocumentLock('Building the summary', () => {
    const store = PropertiesService.getDocumentProperties();
    const props = store.getProperties();
    const built = buildSummaryUnlocked(raw, configFor(parseSummarizeRequest(raw), props), { props });
    store.setProperties({ ...built.entries });
    return built.result;
  });
}
