import type { AutoRefreshState, SourceKey } from './api';
import { UserError } from './errors';
import { parseSummarizeRequest, type SummarizeRequest } from './forms';
import { readShape, type TabShape } from './summary/shape';

/**
 * A summary the user built, remembered in the document so it can be refreshed (by hand, by the
 * form-submit trigger or by the hourly check) with the same choices, and replaced in place.
 */
export interface SummaryConfig {
  /** Stable key of the source: the form id, else the responses tab's name. */
  readonly key: SourceKey;
  readonly request: SummarizeRequest;
  /** The summary tab's current name and id (a user may rename it; the id finds it again). */
  readonly sheetName: string;
  readonly sheetId: number;
  /** Data rows of the responses tab when last built: a refresh with the same count is skipped. */
  readonly builtRows: number;
  readonly builtIso: string;
  /**
   * What the tab looks like apart from its figures (core/summary/shape.ts), as last written in
   * full: a refresh whose new plan has the same layout writes values into the tab. Null when
   * unknown (a tab built by an earlier version): the next refresh rebuilds it in place.
   */
  readonly shape: TabShape | null;
  /**
   * What the last full count found, so that a refresh counting only new rows asks no service
   * for it again: the survey's title (the Form's, read with FormApp), the spreadsheet's time
   * zone, and the responses tab's name (taken as it is; the refresh checks its header row against
   * the one counted). The next full count (a build, the hourly check) reads them afresh, finding
   * the tab by its form link. Null for a config of an earlier version.
   */
  readonly remembered: Remembered | null;
}

export interface Remembered {
  readonly survey: string;
  readonly zone: string;
  readonly sourceTab: string;
}

function readRemembered(raw: unknown): Remembered | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Remembered>;
  return typeof r.survey === 'string' && typeof r.zone === 'string' && typeof r.sourceTab === 'string'
    ? { survey: r.survey, zone: r.zone, sourceTab: r.sourceTab }
    : null;
}

/** What the last automatic refresh did, shown in the sidebar. */
export interface RefreshStatus {
  readonly iso: string;
  readonly outcome: 'refreshed' | 'up-to-date' | 'busy' | 'failed' | 'trigger-missing';
  readonly message: string;
}

export const CONFIG_PREFIX = 'summary:';
export const STATUS_KEY = 'summary-status';
export const AUTO_REFRESH_KEY = 'auto-refresh';
/** When the last refresh finished and who has taken on the next (core/summary/freshness.ts). */
export const REFRESH_STATE_KEY = 'refresh-state';
/** What others may see of a summary (core/summary/publish.ts), per source, in chunks. */
export const PUBLICATION_PREFIX = 'published:';
/** Every shared copy made from this spreadsheet, by whom and when (document properties). */
export const COPIES_KEY = 'share-copies';
/** The one shared copy of earlier versions, whoever made it (document properties; read, then dropped). */
export const SHARE_KEY = 'share-copy';
/** The copy this user made from a spreadsheet (user properties): `share-copy:<spreadsheet id>`. */
export const myCopyKey = (spreadsheetId: string): string => `share-copy:${spreadsheetId}`;
export const publicationKey = (sourceKey: string): string => `${PUBLICATION_PREFIX}${sourceKey}`;

export const sourceKey = (req: SummarizeRequest): SourceKey =>
  'formId' in req.ref ? `form:${req.ref.formId}` : `tab:${req.ref.tab}`;

export const isSourceKey = (x: unknown): x is SourceKey =>
  typeof x === 'string' && (x.startsWith('form:') || x.startsWith('tab:'));

/** Whether auto-refresh is on and what it last did, from the document properties. */
export function autoRefreshOf(property: (key: string) => string | null): AutoRefreshState {
  return { on: property(AUTO_REFRESH_KEY) === 'on', last: parseStatus(property(STATUS_KEY)) };
}

export const configKey = (key: string): string => `${CONFIG_PREFIX}${key}`;

/** Every summary config in a property map (one `getProperties` call gives them all). */
export function readConfigs(props: Readonly<Record<string, string>>): SummaryConfig[] {
  const out: SummaryConfig[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith(CONFIG_PREFIX)) continue;
    try {
      const c = JSON.parse(v) as SummaryConfig;
      if (c && isSourceKey(c.key) && typeof c.sheetName === 'string') {
        // Re-checked on the way in: the stored request is a `SummarizeRequest` with its ref flattened.
        out.push({
          ...c,
          request: parseSummarizeRequest({ ...c.request, ...c.request.ref }),
          shape: readShape(c.shape),
          remembered: readRemembered(c.remembered),
        });
      }
    } catch (_e) {
      // A damaged entry is dropped: rebuilding the summary by hand writes a fresh one.
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export function parseStatus(raw: string | null): RefreshStatus | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as RefreshStatus;
  } catch (_e) {
    return null;
  }
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/**
 * The addresses to share with, from what a user typed (commas, semicolons, spaces or new
 * lines between them), lower-cased and without duplicates.
 * @throws UserError naming the first address that is not an e-mail address.
 */
export function parseEmails(raw: unknown): string[] {
  const text = Array.isArray(raw) ? raw.join(',') : typeof raw === 'string' ? raw : '';
  const parts = text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (parts.length === 0) throw new UserError('Enter the e-mail addresses to share the summary with.');
  const bad = parts.find((p) => !EMAIL.test(p));
  if (bad !== undefined) throw new UserError(`"${bad}" is not an e-mail address.`);
  if (parts.length > 200) throw new UserError('Share with at most 200 addresses at a time.');
  return [...new Set(parts)];
}
