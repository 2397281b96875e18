import type { ShareResult } from '../../core/api';
import { UserError } from '../../core/errors';
import type { SheetPlan } from '../../core/plan';
import { uniqueSheetName } from '../../core/sheetName';
import { planToSheetRequests, type SheetsRequest } from '../../core/sheetsApi';
import { shareablePlan } from '../../core/summary';
import { parseEmails, readConfigs, SHARE_KEY } from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';
import { summarizeSource } from '../survey';
import { rawRequest } from './refresh';
import { surveyTitle } from './title';

/**
 * The few methods of the advanced services used here, typed narrowly: the bundled typings of
 * Sheets v4 predate fields this code sends (colorStyle, tabColorStyle). Both services are
 * enabled in appsscript.json; they work with the `drive.file` scope on files the add-on made.
 */
interface SheetProps {
  readonly sheetId?: number;
  readonly title?: string;
}
interface SpreadsheetResource {
  readonly spreadsheetId?: string;
  readonly sheets?: readonly { readonly properties?: SheetProps }[];
}
interface SheetsApi {
  readonly Spreadsheets: {
    create(resource: object): SpreadsheetResource;
    get(spreadsheetId: string, optionalArgs: object): SpreadsheetResource;
    batchUpdate(resource: { requests: readonly SheetsRequest[] }, spreadsheetId: string): unknown;
  };
}
interface DriveApi {
  readonly Permissions: {
    create(resource: object, fileId: string, optionalArgs: object): unknown;
  };
}

function services(): { sheets: SheetsApi; drive: DriveApi } {
  const sheets = typeof Sheets === 'undefined' ? undefined : (Sheets as unknown as SheetsApi | undefined);
  const drive = typeof Drive === 'undefined' ? undefined : (Drive as unknown as DriveApi | undefined);
  if (!sheets || !drive) {
    throw new UserError(
      'Sharing needs the Google Sheets API and Drive API advanced services, which this copy of the add-on does not have enabled.',
    );
  }
  return { sheets, drive };
}

export const copyUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** Text of a thrown value without Apps Script's "Exception: " prefix. */
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^Exception:\s*/, '');

/** The API said the file is gone or no longer reachable with drive.file. */
const isGone = (e: unknown) => /not found|404|notFound|does not have permission|403/i.test(reason(e));

/** Each plan renamed to a tab name unique in the copy (two surveys may share a title). */
function uniqueTitles(plans: readonly SheetPlan[]): SheetPlan[] {
  const taken = new Set<string>();
  return plans.map((p) => {
    const title = uniqueSheetName(p.title, (n) => taken.has(n.toLowerCase()));
    taken.add(title.toLowerCase());
    return { ...p, title };
  });
}

/** The copy's current tabs, or null when the remembered copy is gone (deleted, no longer ours). */
function currentTabs(sheets: SheetsApi, id: string): SheetProps[] | null {
  try {
    const res = sheets.Spreadsheets.get(id, { fields: 'sheets.properties' });
    return (res.sheets ?? []).map((s) => s.properties ?? {});
  } catch (e) {
    if (isGone(e)) return null;
    throw new UserError(`Could not open the shared copy: ${reason(e)}`);
  }
}

/**
 * Requests that replace the copy's tabs in one batch (applied all-or-nothing by the API): add a
 * tab per summary under a temporary name, fill it, delete the old tabs, then give the new tabs
 * their names. A failure leaves the previous copy exactly as it was.
 */
function replaceRequests(plans: readonly SheetPlan[], old: readonly SheetProps[]): SheetsRequest[] {
  const names = new Set(old.map((s) => (s.title ?? '').toLowerCase()));
  const ids = new Set(old.map((s) => s.sheetId ?? 0));
  let next = Math.max(0, ...ids) + 1;
  const fresh = plans.map((p) => {
    while (ids.has(next)) next++;
    const sheetId = next++;
    const temp = uniqueSheetName(`${p.title} (updating)`, (n) => names.has(n.toLowerCase()));
    names.add(temp.toLowerCase());
    return { plan: p, sheetId, temp };
  });
  return [
    ...fresh.map((f) => ({ addSheet: { properties: { sheetId: f.sheetId, title: f.temp } } })),
    ...fresh.flatMap((f) => planToSheetRequests({ ...f.plan, title: f.temp }, f.sheetId)),
    ...old.map((s) => ({ deleteSheet: { sheetId: s.sheetId ?? 0 } })),
    ...fresh.map((f) => ({
      updateSheetProperties: { properties: { sheetId: f.sheetId, title: f.plan.title }, fields: 'title' },
    })),
  ];
}

/**
 * Shares a separate spreadsheet holding only the summary tabs, rebuilt from the responses as
 * values and charts: no responses tab, no e-mail addresses, no respondent-written text, no
 * formulas pointing back, hidden groups shown as hidden. Sharing again updates the same file.
 *
 * Through the Sheets API v4 and Drive API v3 advanced services, which accept the `drive.file`
 * scope for files the add-on created (SpreadsheetApp.create/openById would need the full
 * spreadsheets scope, DriveApp the full drive scope). Calls: 1 get (or 1 create) + 1 batchUpdate
 * + 1 permission per address, whatever the number of responses or summaries.
 */
export function shareSummaries(rawEmails: unknown): ShareResult {
  const emails = parseEmails(rawEmails);
  return withDocumentLock('Sharing the summary', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const props = PropertiesService.getDocumentProperties();
    const configs = readConfigs(props.getProperties());
    if (configs.length === 0) throw new UserError('Build a summary first: there is nothing to share yet.');
    const api = services();
    const zone = ss.getSpreadsheetTimeZone();
    const when = Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH:mm');
    const plans = uniqueTitles(
      configs.map((c) => {
        const src = summarizeSource(rawRequest(c.request));
        return shareablePlan({
          survey: surveyTitle(src),
          sourceTab: src.tab,
          summary: src.summary,
          ic: src.ic,
          groupLabel: src.request.groupLabel,
          updatedIso: when,
          timeZoneLabel: zone,
        });
      }),
    );

    const remembered = props.getProperty(SHARE_KEY);
    const old = remembered ? currentTabs(api.sheets, remembered) : null;
    let id: string;
    let requests: SheetsRequest[];
    if (remembered && old) {
      id = remembered;
      requests = replaceRequests(plans, old);
    } else {
      const made = api.sheets.Spreadsheets.create({
        properties: { title: `${ss.getName()} - summary (shared)` },
        sheets: plans.map((p) => ({ properties: { title: p.title } })),
      });
      if (!made.spreadsheetId) throw new UserError('Could not create the shared copy: no file was made.');
      id = made.spreadsheetId;
      props.setProperty(SHARE_KEY, id);
      const sheetIds = (made.sheets ?? []).map((s) => s.properties?.sheetId ?? 0);
      requests = plans.flatMap((p, i) => planToSheetRequests(p, sheetIds[i] ?? 0));
    }
    try {
      api.sheets.Spreadsheets.batchUpdate({ requests }, id);
    } catch (e) {
      const kept = old ? 'it still shows the previous summary' : 'it is still empty';
      throw new UserError(
        `Could not update the shared copy, so ${kept} and nobody new was added: ${reason(e)} Try again in a minute.`,
      );
    }
    for (const emailAddress of emails) {
      try {
        api.drive.Permissions.create({ role: 'reader', type: 'user', emailAddress }, id, {
          sendNotificationEmail: true,
        });
      } catch (e) {
        throw new UserError(
          `The summary copy is up to date, but sharing it with ${emailAddress} failed: ${reason(e)}`,
        );
      }
    }
    return { url: copyUrl(id), tabs: plans.map((p) => p.title), sharedWith: emails };
  });
}
