import { messageFor } from '../../core/errors';
import {
  parseRefreshState,
  planSubmit,
  type RefreshState,
  refreshed,
  type Staleness,
  staleness,
  takeLease,
} from '../../core/summary/freshness';
import {
  AUTO_REFRESH_KEY,
  readConfigs,
  REFRESH_STATE_KEY,
  type RefreshStatus,
  STATUS_KEY,
  type SummaryConfig,
} from '../../core/summaryConfig';
import { LOCK_WAIT_MS } from '../lock';
import { findResponsesSheet, type SummarizedSource } from '../survey';
import { buildSummaryUnlocked } from './build';
import { copiesExist, publish } from './publish';
import { rawRequest } from './request';
import { updateMyCopy } from './share';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * How long one run keeps refreshing while responses keep coming: it starts no wait that would end
 * past this, so with its last refresh it stays well inside Apps Script's 6 minutes.
 */
const RUN_BUDGET_MS = 4 * 60_000;

export { rawRequest };

function record(store: Properties, outcome: RefreshStatus['outcome'], message: string): RefreshStatus {
  const status: RefreshStatus = { iso: new Date().toISOString(), outcome, message };
  store.setProperty(STATUS_KEY, JSON.stringify(status));
  return status;
}

/** Data rows in a summary's responses tab now (one call after finding the tab). */
function rowsNow(c: SummaryConfig): number {
  const { sheet } = findResponsesSheet(c.request.ref);
  return Math.max(0, sheet.getLastRow() - 1);
}

/** What each summary needs, from the rows it counted and the rows there now (core/summary/freshness.ts). */
function stalenessOf(c: SummaryConfig): Staleness {
  return staleness(c.builtRows, rowsNow(c));
}

const anyStale = (configs: readonly SummaryConfig[]): boolean =>
  configs.some((c) => stalenessOf(c).kind !== 'fresh');

/** What one pass over the stale summaries did. */
interface Pass {
  readonly refreshed: string[];
  /** Each source counted in this pass, for bringing the user's shared copy up to date. */
  readonly fresh: Map<string, SummarizedSource>;
}

/**
 * Counts again every summary whose responses changed, and writes it into its tab (in place when
 * its layout is the same: replace.ts). Call with the document lock held.
 *
 * The seam for counting only new rows: `stalenessOf` says what changed since the last counted row.
 * Today both 'appended' and 'changed' recount; 'appended' rows from `from` on are all an
 * incremental count would need to read and add to stored counts.
 *
 * When anyone has shared a copy, each new count also moves what others may see, in steps nobody
 * can be worked out from (publish.ts).
 */
function refreshStale(store: Properties): Pass {
  const props = store.getProperties();
  const publishing = copiesExist(props);
  const pass: Pass = { refreshed: [], fresh: new Map() };
  for (const c of readConfigs(props)) {
    const s = stalenessOf(c);
    if (s.kind === 'fresh') continue;
    const built = buildSummaryUnlocked(rawRequest(c.request), c, { unsuppressed: publishing });
    if (publishing) publish(store, store.getProperties(), built.src, c.key);
    pass.fresh.set(c.key, built.src);
    pass.refreshed.push(built.result.sheetName);
  }
  return pass;
}

/** Brings this user's copy up to the published figures; a failure is logged, not thrown. */
function followCopy(fresh: ReadonlyMap<string, SummarizedSource>): void {
  try {
    updateMyCopy(fresh);
  } catch (e) {
    console.warn(`The shared copy was not updated: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Refreshes every stale summary now, waiting for the document lock as long as a user action
 * would (menu "Refresh summaries", and the runs that took on a refresh). A refresh that cannot
 * get the lock in time, or fails (a quota, a service error), leaves the last good summary and
 * says so; the next response, the next refresh or the hourly check catches up, since staleness
 * is read from the tab, not from the event.
 */
export function refreshStaleSummaries(): RefreshStatus {
  const store = PropertiesService.getDocumentProperties();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    return record(
      store,
      'busy',
      'A refresh was skipped because another add-on task held this spreadsheet; the summary catches up with the next response.',
    );
  }
  let pass: Pass;
  try {
    pass = refreshStale(store);
    store.setProperty(REFRESH_STATE_KEY, JSON.stringify(refreshed(Date.now())));
  } catch (e) {
    console.error(e);
    return record(
      store,
      'failed',
      `${messageFor('The automatic refresh', e)} The last complete summary is still in place.`,
    );
  } finally {
    lock.releaseLock();
  }
  followCopy(pass.fresh);
  return pass.refreshed.length > 0
    ? record(store, 'refreshed', `Refreshed ${pass.refreshed.map((n) => `"${n}"`).join(', ')}.`)
    : record(store, 'up-to-date', 'Every summary already counts every response.');
}

/** The state of refreshes as stored now. */
const stateOf = (store: Properties): RefreshState => parseRefreshState(store.getProperty(REFRESH_STATE_KEY));

/**
 * Takes on the next refresh for this run: no lock, a property written and read back (two runs
 * writing at the same moment: the one read back wins; should both think they won, the second
 * finds nothing left to count). Returns the wait until the refresh window opens, or null when
 * another run has taken it on.
 */
function claimNext(store: Properties, run: string): number | null {
  const state = stateOf(store);
  const now = Date.now();
  const plan = planSubmit(state, now);
  if (plan.kind === 'covered') return null;
  const wait = plan.kind === 'wait' ? plan.waitMs : 0;
  store.setProperty(REFRESH_STATE_KEY, JSON.stringify(takeLease(state, run, now + wait)));
  return stateOf(store).leaseBy === run ? wait : null;
}

/** Lets go of the next refresh this run had taken on (after a failure), so the next run can take it. */
function dropLease(store: Properties, run: string): void {
  const state = stateOf(store);
  if (state.leaseBy === run)
    store.setProperty(REFRESH_STATE_KEY, JSON.stringify({ ...state, leaseUntil: null, leaseBy: null }));
}

/**
 * The refresh this run took on: wait for the window to open, count, and keep going while
 * responses arrived meanwhile and nobody else took the next one on (within RUN_BUDGET_MS).
 */
function refreshCycle(
  store: Properties,
  run: string,
  wait: number,
  started: number,
): RefreshStatus['outcome'] {
  let outcome: RefreshStatus['outcome'] = 'up-to-date';
  for (let next: number | null = wait; next !== null; ) {
    // Past the budget, the next refresh is left to the next response (or the hourly check).
    if (Date.now() - started + next > RUN_BUDGET_MS) {
      dropLease(store, run);
      break;
    }
    if (next > 0) Utilities.sleep(next);
    const status = refreshStaleSummaries();
    if (status.outcome === 'busy' || status.outcome === 'failed') {
      dropLease(store, run);
      return status.outcome;
    }
    if (status.outcome === 'refreshed') outcome = 'refreshed';
    // Responses that came while this run counted: it takes on their refresh too, unless someone has.
    if (!anyStale(readConfigs(store.getProperties()))) break;
    next = claimNext(store, run);
  }
  return outcome;
}

/**
 * A form submission. Bursts are coalesced (core/summary/freshness.ts): a run whose response
 * another run will count returns at once, as does one whose response is already counted; the
 * first run after a refresh takes on the next one and waits, without any lock, until a minute
 * has passed since the last. No run waits for the document lock unless it has a refresh to do.
 * Whatever it did, the user's own shared copy then follows the published figures.
 */
export function refreshAfterSubmit(): string {
  const store = PropertiesService.getDocumentProperties();
  if (!store) return 'no-document';
  if (store.getProperty(AUTO_REFRESH_KEY) !== 'on') return 'off';
  const started = Date.now();
  const plan = planSubmit(stateOf(store), started);
  if (plan.kind === 'covered') {
    followCopy(new Map());
    return 'deferred';
  }
  // Before waiting for the window: nothing to wait for when this response is counted already.
  if (plan.kind === 'wait' && !anyStale(readConfigs(store.getProperties()))) {
    followCopy(new Map());
    return 'up-to-date';
  }
  const run = Utilities.getUuid();
  const wait = claimNext(store, run);
  if (wait === null) return 'deferred';
  return refreshCycle(store, run, wait, started);
}
