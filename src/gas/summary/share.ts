import type { ShareResult } from '../../core/api';
import { UserError } from '../../core/errors';
import type { SheetPlan } from '../../core/plan';
import { uniqueSheetName } from '../../core/sheetName';
import { planToSheetRequests, type SheetsRequest } from '../../core/sheetsApi';
import { shareablePlan } from '../../core/summary';
import { publishedSummary } from '../../core/summary/publish';
import {
  COPIES_KEY,
  myCopyKey,
  parseEmails,
  readConfigs,
  SHARE_KEY,
  type SummaryConfig,
} from '../../core/summaryConfig';
import { withDocumentLock } from '../lock';
import { type SummarizedSource, summarizeSource } from '../survey';
import { publish, publishedVersions, readPublication } from './publish';
import { rawRequest } from './request';
import { surveyTitle } from './title';
import { zoneDateTime } from '../zoneTime';

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

/** Only "not found" (404) means the copy is gone; "no permission" (403) means it is someone else's. */
const isGone = (e: unknown) => /not found|\b404\b|notFound/i.test(reason(e));
const isForbidden = (e: unknown) => /does not have permission|\b403\b|forbidden/i.test(reason(e));

// ---- who made which copy

/** A shared copy made from this spreadsheet (document properties, seen by every editor). */
interface CopyRecord {
  readonly id: string;
  /** The maker's address when Apps Script gave it, else "". */
  readonly by: string;
  readonly madeIso: string;
}

/** This user's own copy (user properties) and, per summary, the publication version it shows. */
interface MyCopy {
  readonly id: string;
  readonly shown: Readonly<Record<string, number>>;
}

function readCopies(props: Readonly<Record<string, string>>): CopyRecord[] {
  try {
    const list = JSON.parse(props[COPIES_KEY] ?? '[]') as CopyRecord[];
    return Array.isArray(list) ? list.filter((c) => c && typeof c.id === 'string') : [];
  } catch (_e) {
    return [];
  }
}

function readMine(spreadsheetId: string): MyCopy | null {
  try {
    const raw = PropertiesService.getUserProperties().getProperty(myCopyKey(spreadsheetId));
    const mine = raw ? (JSON.parse(raw) as MyCopy) : null;
    return mine && typeof mine.id === 'string' ? { id: mine.id, shown: mine.shown ?? {} } : null;
  } catch (_e) {
    return null;
  }
}

const writeMine = (spreadsheetId: string, mine: MyCopy) =>
  PropertiesService.getUserProperties().setProperty(myCopyKey(spreadsheetId), JSON.stringify(mine));

/** Drops a copy that is gone (404) from the document's record of copies. */
function forget(store: GoogleAppsScript.Properties.Properties, id: string): void {
  const props = store.getProperties();
  if (props[SHARE_KEY] === id) store.deleteProperty(SHARE_KEY);
  const copies = readCopies(props);
  if (copies.some((c) => c.id === id)) {
    store.setProperty(COPIES_KEY, JSON.stringify(copies.filter((c) => c.id !== id)));
  }
}

/** Takes a copy this user can open as theirs: recorded in their user properties and in the document's list. */
function adopt(store: GoogleAppsScript.Properties.Properties, spreadsheetId: string, id: string): MyCopy {
  const props = store.getProperties();
  const copies = readCopies(props);
  if (!copies.some((c) => c.id === id)) {
    copies.push({ id, by: me(), madeIso: new Date().toISOString() });
    store.setProperty(COPIES_KEY, JSON.stringify(copies));
  }
  if (props[SHARE_KEY] === id) store.deleteProperty(SHARE_KEY);
  const mine = { id, shown: {} };
  writeMine(spreadsheetId, mine);
  return mine;
}

/** The effective user's address when Apps Script gives it ("" when its policies withhold it). */
function me(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}

/** The URL of this user's copy of this spreadsheet's summaries, or null (for the sidebar). */
export function myCopyUrl(spreadsheetId: string): string | null {
  const mine = readMine(spreadsheetId);
  return mine ? copyUrl(mine.id) : null;
}

// ---- the copy's contents

/** Each plan renamed to a tab name unique in the copy (two surveys may share a title). */
function uniqueTitles(plans: readonly SheetPlan[]): SheetPlan[] {
  const taken = new Set<string>();
  return plans.map((p) => {
    const title = uniqueSheetName(p.title, (n) => taken.has(n.toLowerCase()));
    taken.add(title.toLowerCase());
    return { ...p, title };
  });
}

/**
 * The copy's tabs: each summary as others may see it (its publication, core/summary/publish.ts),
 * with the document's own summary giving items, labels and settings. `fresh` holds sources already
 * summarized in this run; the others are summarized now.
 */
function copyPlans(
  configs: readonly SummaryConfig[],
  props: Readonly<Record<string, string>>,
  fresh: ReadonlyMap<string, SummarizedSource>,
): SheetPlan[] {
  const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const when = zoneDateTime(new Date(), zone);
  return uniqueTitles(
    configs.map((c) => {
      const src = fresh.get(c.key) ?? summarizeSource(rawRequest(c.request));
      const pub = readPublication(props, c.key) ?? { basis: '', version: 0, groups: {} };
      return shareablePlan({
        survey: surveyTitle(src),
        sourceTab: src.tab,
        summary: publishedSummary(pub, src.summary),
        ic: src.ic,
        groupLabel: src.request.groupLabel,
        updatedIso: when,
        timeZoneLabel: zone,
      });
    }),
  );
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

/** A copy's current tabs; 'gone' when deleted (404); 'forbidden' when this user cannot open it (403). */
function openCopy(sheets: SheetsApi, id: string): SheetProps[] | 'gone' | 'forbidden' {
  try {
    const res = sheets.Spreadsheets.get(id, { fields: 'sheets.properties' });
    return (res.sheets ?? []).map((s) => s.properties ?? {});
  } catch (e) {
    if (isGone(e)) return 'gone';
    if (isForbidden(e)) return 'forbidden';
    throw new UserError(`Could not open the shared copy: ${reason(e)}`);
  }
}

/** Makes this user's copy with the plans' tabs filled (create + one batchUpdate), and records it. */
function makeCopy(api: SheetsApi, plans: readonly SheetPlan[], shown: Record<string, number>): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const made = api.Spreadsheets.create({
    properties: { title: `${ss.getName()} - summary (shared)` },
    sheets: plans.map((p) => ({ properties: { title: p.title } })),
  });
  if (!made.spreadsheetId) throw new UserError('Could not create the shared copy: no file was made.');
  const id = made.spreadsheetId;
  const props = PropertiesService.getDocumentProperties();
  const copies = readCopies(props.getProperties()).filter((c) => c.id !== id);
  copies.push({ id, by: me(), madeIso: new Date().toISOString() });
  props.setProperty(COPIES_KEY, JSON.stringify(copies));
  writeMine(ss.getId(), { id, shown: {} });
  const sheetIds = (made.sheets ?? []).map((s) => s.properties?.sheetId ?? 0);
  try {
    api.Spreadsheets.batchUpdate(
      { requests: plans.flatMap((p, i) => planToSheetRequests(p, sheetIds[i] ?? 0)) },
      id,
    );
  } catch (e) {
    throw new UserError(
      `Could not fill the new shared copy, so it is still empty: ${reason(e)} Try again in a minute.`,
    );
  }
  writeMine(ss.getId(), { id, shown });
  return id;
}

/** Replaces the tabs of this user's copy with the plans (one batchUpdate); records what it shows. */
function fillCopy(
  api: SheetsApi,
  mine: MyCopy,
  old: readonly SheetProps[],
  plans: readonly SheetPlan[],
  shown: Record<string, number>,
): void {
  try {
    api.Spreadsheets.batchUpdate({ requests: replaceRequests(plans, old) }, mine.id);
  } catch (e) {
    throw new UserError(
      `Could not update the shared copy, so it still shows the previous summary and nobody new was added: ${reason(e)} Try again in a minute.`,
    );
  }
  writeMine(SpreadsheetApp.getActiveSpreadsheet().getId(), { id: mine.id, shown });
}

/** Words for a copy someone else made. */
function othersCopyMessage(owners: readonly string[]): string {
  const who = owners.filter((o) => o !== '');
  const whose = who.length > 0 ? who.join(', ') : 'another editor of this spreadsheet';
  return (
    `The shared copy of these summaries was made by ${whose}, and only its maker can update it or share it further: ` +
    'Google lets the add-on open only the copies each person made with it. ' +
    'You can make a copy of your own: it shows the same figures, and your automatic refresh keeps it up to date.'
  );
}

// ---- sharing

interface ShareRequest {
  readonly emails: string[];
  /** Make this user's own copy even though another editor made one. */
  readonly ownCopy: boolean;
}

function parseShareRequest(raw: unknown): ShareRequest {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const r = raw as { emails?: unknown; ownCopy?: unknown };
    return { emails: parseEmails(r.emails), ownCopy: r.ownCopy === true };
  }
  return { emails: parseEmails(raw), ownCopy: false };
}

/**
 * Shares a separate spreadsheet holding only the summary tabs: values and charts, no responses
 * tab, no e-mail addresses, no respondent-written text, no formulas pointing back, no hidden
 * group. Its figures are the published ones (core/summary/publish.ts): sharing is a moment to
 * publish, and they move only in steps nobody can be worked out from.
 *
 * Each editor has a copy of their own: Google lets the add-on (scope `drive.file`) open only the
 * files it made for that person, so another editor's copy answers 403. Sharing when only others
 * have made one explains that and offers a copy of one's own (`{ emails, ownCopy: true }`); only a
 * 404 means a copy is gone and a new one is made.
 *
 * Through the Sheets API v4 and Drive API v3 advanced services, which accept the `drive.file`
 * scope for files the add-on created (SpreadsheetApp.create/openById would need the full
 * spreadsheets scope, DriveApp the full drive scope). Calls: 1 get (or 1 create) + 1 batchUpdate
 * + 1 permission per address, whatever the number of responses or summaries.
 */
export function shareSummaries(raw: unknown): ShareResult {
  const req = parseShareRequest(raw);
  return withDocumentLock('Sharing the summary', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const store = PropertiesService.getDocumentProperties();
    let props = store.getProperties();
    const configs = readConfigs(props);
    if (configs.length === 0) throw new UserError('Build a summary first: there is nothing to share yet.');
    const api = services();

    let mine = readMine(ss.getId());
    let old: SheetProps[] | null = null;
    if (mine) {
      const opened = openCopy(api.sheets, mine.id);
      if (opened === 'forbidden' && !req.ownCopy) {
        throw new UserError(
          'You made the shared copy, but the add-on can no longer open it (it may have been moved to another Drive or its owner changed). ' +
            'Share again with "make my own copy" to start a new one.',
        );
      }
      if (opened === 'gone') forget(store, mine.id);
      old = Array.isArray(opened) ? opened : null;
      if (!old) mine = null;
    }
    if (!mine) {
      // A copy this user made whose record in their user properties is lost, or the one copy of
      // an earlier version of the add-on (kept under one key for the whole spreadsheet): theirs
      // if they can open it.
      const candidates = [
        ...readCopies(props)
          .filter((c) => c.by !== '' && c.by === me())
          .map((c) => c.id),
        ...(props[SHARE_KEY] ? [props[SHARE_KEY]] : []),
      ];
      for (const id of candidates) {
        const opened = openCopy(api.sheets, id);
        if (Array.isArray(opened)) {
          mine = adopt(store, ss.getId(), id);
          old = opened;
          break;
        }
        if (opened === 'gone') forget(store, id);
      }
      props = store.getProperties();
      // Copies of others (this user's own, unreachable ones do not stand in the way).
      const self = me();
      const others = readCopies(props).filter((c) => c.by === '' || c.by !== self);
      if (!mine && (others.length > 0 || props[SHARE_KEY]) && !req.ownCopy) {
        return {
          kind: 'others-copy',
          owners: others.map((c) => c.by),
          message: othersCopyMessage(others.map((c) => c.by)),
        };
      }
    }

    // Sharing is a moment to publish: each summary's figures move on if the steps allow.
    const fresh = new Map<string, SummarizedSource>();
    for (const c of configs) {
      const src = summarizeSource(rawRequest(c.request), { unsuppressed: true });
      fresh.set(c.key, src);
      publish(store, props, src, c.key);
    }
    props = store.getProperties();
    const plans = copyPlans(configs, props, fresh);
    const shown = publishedVersions(props);
    let id: string;
    if (mine && old) {
      fillCopy(api.sheets, mine, old, plans, shown);
      id = mine.id;
    } else {
      id = makeCopy(api.sheets, plans, shown);
    }
    for (const emailAddress of req.emails) {
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
    return { kind: 'shared', url: copyUrl(id), tabs: plans.map((p) => p.title), sharedWith: req.emails };
  });
}

/**
 * After a refresh: brings this user's copy (if they made one) up to the published figures, when
 * any summary's publication moved past what it shows. Quiet: a copy that cannot be reached or
 * updated is left as it is and the refresh's record says so. Returns what it did.
 */
export function updateMyCopy(
  fresh: ReadonlyMap<string, SummarizedSource>,
): 'none' | 'updated' | 'unreachable' {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const behind = (): { mine: MyCopy; versions: Record<string, number> } | null => {
    const mine = readMine(ss.getId());
    if (!mine) return null;
    const versions = publishedVersions(PropertiesService.getDocumentProperties().getProperties());
    return Object.entries(versions).some(([k, v]) => (mine.shown[k] ?? 0) !== v) ? { mine, versions } : null;
  };
  if (!behind()) return 'none';
  // One update of this user's copy at a time: the runs of a burst do not all redraw it.
  const lock = LockService.getUserLock();
  if (!lock.tryLock(0)) return 'none';
  try {
    const now = behind();
    if (!now) return 'none';
    const api = services();
    const old = openCopy(api.sheets, now.mine.id);
    if (!Array.isArray(old)) return 'unreachable';
    const props = PropertiesService.getDocumentProperties().getProperties();
    fillCopy(api.sheets, now.mine, old, copyPlans(readConfigs(props), props, fresh), now.versions);
    return 'updated';
  } finally {
    lock.releaseLock();
  }
}
