/**
 * When to refresh, as pure decisions over a little state kept in the document.
 *
 * Bursts are coalesced: a refresh is started at most once every COALESCE_SECONDS. A run that
 * comes sooner either finds that another run has already taken on the next refresh (it returns at
 * once) or takes it on itself: it waits, without holding any lock, until the window opens, then
 * refreshes what is stale by then. So after a burst the last responses are counted about a minute
 * later at most, without relying on another response or on the hourly check, and a burst of 300
 * responses costs a handful of refreshes instead of 300.
 *
 * What a refresh does with a summary is decided from what changed since it was counted (the seam
 * a later incremental count plugs into): nothing; rows appended after the counted ones (today a
 * recount; the rows from `from` on are all an incremental count would need); or rows changed in
 * another way (fewer rows: a recount).
 */

/** A refresh starts at most this often: later submissions within it are counted by one refresh. */
export const COALESCE_SECONDS = 60;
export const COALESCE_MS = COALESCE_SECONDS * 1000;
/** A run that took on the next refresh and has not finished it this long after is presumed lost. */
export const LEASE_MS = 3 * 60_000;

export interface RefreshState {
  /** When the last refresh finished (ms since the epoch), or null before any. */
  readonly doneAt: number | null;
  /** A run has taken on the next refresh, until this time (ms), or null. */
  readonly leaseUntil: number | null;
  /** The execution that took it on (to tell its own lease from another's). */
  readonly leaseBy: string | null;
  /**
   * A run counting now counts the data rows up to this one (the fewest of its summaries' tabs):
   * a response in a later row is not covered by it. Null for a run that is to wait and then count
   * every row there is then.
   */
  readonly upTo: number | null;
}

export const NO_STATE: RefreshState = { doneAt: null, leaseUntil: null, leaseBy: null, upTo: null };

export function parseRefreshState(raw: string | null): RefreshState {
  if (!raw) return NO_STATE;
  try {
    const s = JSON.parse(raw) as Partial<RefreshState>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return {
      doneAt: num(s.doneAt),
      leaseUntil: num(s.leaseUntil),
      leaseBy: typeof s.leaseBy === 'string' ? s.leaseBy : null,
      upTo: num(s.upTo),
    };
  } catch (_e) {
    return NO_STATE;
  }
}

/** What a run triggered by a submission does now. */
export type SubmitPlan =
  /** Another run has taken on the next refresh; it will count this response. */
  | { readonly kind: 'covered' }
  /** Refresh now: no refresh finished within the window. */
  | { readonly kind: 'refresh' }
  /** Take on the next refresh: wait `waitMs` (no lock held), then refresh. */
  | { readonly kind: 'wait'; readonly waitMs: number };

/**
 * `row`: the data row of the response the run was started for (1 = the first below the header),
 * when known. A run counting now covers the rows up to the one it recorded; a response past it
 * takes on the next refresh, due a window after that run began.
 */
export function planSubmit(
  state: RefreshState,
  now: number,
  windowMs = COALESCE_MS,
  row: number | null = null,
): SubmitPlan {
  if (state.leaseUntil !== null && state.leaseUntil > now) {
    if (state.upTo === null || (row !== null && row <= state.upTo)) return { kind: 'covered' };
    // A run counting since the lease began: the next refresh is due a window after it began.
    return { kind: 'wait', waitMs: Math.min(windowMs, state.leaseUntil - now) };
  }
  const opensAt = state.doneAt === null ? now : state.doneAt + windowMs;
  // Never longer than the window: a refresh recorded "later" than now (clocks of two servers) waits no more.
  return opensAt <= now ? { kind: 'refresh' } : { kind: 'wait', waitMs: Math.min(opensAt - now, windowMs) };
}

/** The state once `execution` has taken on the refresh due when the window opens at `opensAt`. */
export const takeLease = (s: RefreshState, execution: string, opensAt: number): RefreshState => ({
  ...s,
  leaseUntil: opensAt + LEASE_MS,
  leaseBy: execution,
  upTo: null,
});

/**
 * The state once `execution` counts now, up to data row `upTo`. Its lease lasts one window: it
 * is not cleared when the run is done (a later response may have taken on the next refresh
 * meanwhile), so it stands for "a refresh started now", and a response a window later refreshes
 * at once again.
 */
export const countingLease = (
  s: RefreshState,
  execution: string,
  now: number,
  upTo: number,
  windowMs = COALESCE_MS,
): RefreshState => ({ ...s, leaseUntil: now + windowMs, leaseBy: execution, upTo });

/** The state after a refresh finished at `now` (a lease, whoever held it, is done with). */
export const refreshed = (now: number): RefreshState => ({
  doneAt: now,
  leaseUntil: null,
  leaseBy: null,
  upTo: null,
});

/** What a summary needs, from the rows counted and the rows there now. */
export type Staleness =
  | { readonly kind: 'fresh' }
  /** Rows `from`..`to` (1-based data rows, inclusive) came after the ones counted. */
  | { readonly kind: 'appended'; readonly from: number; readonly to: number }
  /** The rows are not the counted ones plus new ones (fewer rows): count them all again. */
  | { readonly kind: 'changed' };

/**
 * Compares data-row counts. Equal counts read as fresh: an answer edited in place in the responses
 * tab is not seen until the next recount (any new response, or Build summary).
 */
export function staleness(countedRows: number, rowsNow: number): Staleness {
  if (rowsNow === countedRows) return { kind: 'fresh' };
  if (rowsNow > countedRows) return { kind: 'appended', from: countedRows + 1, to: rowsNow };
  return { kind: 'changed' };
}
