import {
  chunkKeys,
  decodeChunks,
  encodeChunks,
  MAX_STORE_BYTES,
  propsBytes,
  utf8Bytes,
} from '../../core/forms/chunks';
import { COUNT_STATE_VERSION } from '../../core/survey';
import type { Kept } from './summarize';

/**
 * Where a summary's counts are kept: in the document's properties, beside its config, as JSON in
 * chunks of at most 8 KB (core/forms/chunks.ts). Properties, not a hidden tab: they are read
 * with the one `getProperties` a refresh makes anyway and written with the config's one
 * `setProperties`, nobody can edit or sort them by hand, and a shared copy never carries them.
 * A survey's counts are small (each question's distinct answers, per group: some 10-40 KB for
 * 30 questions and 8 groups), so MAX_KEPT_BYTES leaves room for several summaries and the
 * surveys' records within the 500 KB the document's properties may hold. Counts too large to
 * keep are simply not kept: every refresh then counts all rows, as before.
 */

export const KEPT_PREFIX = 'counts:';
/** At most this much per summary... */
export const MAX_KEPT_BYTES = 100 * 1024;
/** ...and never so much that the document's properties come within this of their 500 KB. */
const HEADROOM_BYTES = 50 * 1024;

export const keptKey = (sourceKey: string): string => `${KEPT_PREFIX}${sourceKey}`;

/** The counts kept for a summary's source, or null when none (or none readable) are kept. */
export function readKept(props: Readonly<Record<string, string>>, sourceKey: string): Kept | null {
  const decoded = decodeChunks(props, keptKey(sourceKey));
  if (decoded === null || !decoded.ok) return null;
  try {
    const kept = JSON.parse(decoded.json) as Kept;
    return kept?.state?.version === COUNT_STATE_VERSION && Array.isArray(kept.state.columns) ? kept : null;
  } catch (_e) {
    return null;
  }
}

/**
 * The properties that keep `kept` for a source (or clear what was kept, when it is null or too
 * large): chunks an earlier, longer record left are blanked. `others`: what else is written in
 * the same call. Says why nothing is kept when it is not.
 */
export function keptEntries(
  props: Readonly<Record<string, string>>,
  sourceKey: string,
  kept: Kept | null,
  others: Readonly<Record<string, string>> = {},
): { entries: Record<string, string>; note: string | null } {
  const base = keptKey(sourceKey);
  const clear = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (base in props) out[base] = '';
    for (const k of chunkKeys(props, base)) out[k] = '';
    return out;
  };
  if (kept === null) return { entries: clear(), note: null };
  const json = JSON.stringify(kept);
  if (utf8Bytes(json) > MAX_KEPT_BYTES)
    return { entries: clear(), note: 'its counts are too large to keep in the document' };
  const encoded = encodeChunks(base, json);
  const entries = clear();
  Object.assign(entries, encoded);
  const after = { ...props, ...others, ...entries };
  if (propsBytes(after) > MAX_STORE_BYTES - HEADROOM_BYTES) {
    return { entries: clear(), note: "the document's storage is nearly full" };
  }
  return { entries, note: null };
}

/**
 * Why kept counts must give way to counting every row again, kept in the document until the
 * next refresh: a response edited in the Form (its submit event names a row already counted),
 * or the hourly check, which counts again every summary that has only counted new rows since
 * its last full count (anything the new rows could not show, such as a cell edited by hand in
 * the responses tab, is then counted).
 */
export const RECOUNT_KEY = 'counts-recount';

export interface RecountMark {
  /** Edited responses: the tab and the lowest sheet row edited there. */
  readonly edited: readonly { readonly tab: string; readonly row: number }[];
  readonly hourly: boolean;
}

export function parseRecount(raw: string | null | undefined): RecountMark | null {
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as Partial<RecountMark>;
    const edited = Array.isArray(m.edited)
      ? m.edited.filter((e) => typeof e?.tab === 'string' && Number.isInteger(e?.row))
      : [];
    return { edited, hourly: m.hourly === true };
  } catch (_e) {
    return null;
  }
}

/** The mark with an edited response (its tab and sheet row) or the hourly check added. */
export function addRecount(
  raw: string | null | undefined,
  add: { edited?: { tab: string; row: number }; hourly?: boolean },
): string {
  const m = parseRecount(raw) ?? { edited: [], hourly: false };
  const edited = [...m.edited];
  if (add.edited) {
    const same = edited.findIndex((e) => e.tab === add.edited!.tab);
    if (same < 0) edited.push(add.edited);
    else edited[same] = { tab: add.edited.tab, row: Math.min(edited[same]!.row, add.edited.row) };
  }
  return JSON.stringify({ edited, hourly: m.hourly || add.hourly === true });
}

/**
 * Whether a summary must count every row again: an edited response among the rows it counted
 * in its tab, or the hourly check when its counts were last added to rather than made from
 * every row.
 */
export function mustRecount(
  mark: RecountMark | null,
  builtRows: number,
  kept: Pick<Kept, 'refreshes' | 'tab'> | null,
): boolean {
  if (mark === null) return false;
  const edited = mark.edited.some((e) => (kept === null || e.tab === kept.tab) && e.row - 1 <= builtRows);
  return edited || (mark.hourly && kept !== null && kept.refreshes > 0);
}
