import { messageFor } from '../../core/errors';
import {
  parseRefreshState,
  planSubmit,
  type RefreshState,
  refreshed,
  type Staleness,
  staleness,
  takeLease,
  countingLease,
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
import {
  addRecount,
  findResponsesSheet,
  mustRecount,
  parseRecount,
  RECOUNT_KEY,
  readKept,
  type SummarizedSource,
} from '../survey';
import { buildSummaryUnlocked } from './build';
import { copiesExist, publish } from './publish';
import { rawRequest } from './request';
import { updateMyCopy } from './share';

type Properties = GoogleAppsScript.Properties.Properties;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * How long one run keeps refreshing while responses keep coming: it starts no wait that would end
 * past this, so with its last refresh it stays well inside Apps Script's 6 minutes.
 */
const RUN_BUDGET_MS = 4 * 60_000;

export { rawRequest };

/** What one execution asks Apps Script for once and hands on: the document's store, the spreadsheet. */
interface Run {
  readonly store: Properties;
  readonly ss: () => Spreadsheet;
}

function runOf(store: Properties): Run {
  let ss: Spreadsheet | null = null;
  return { store, ss: () => (ss ??= SpreadsheetApp.getActiveSpreadsheet()) };
}

const statusOf = (outcome: RefreshStatus['outcome'], message: string): RefreshStatus => ({
  iso: new Date().toISOString(),
  outcome,
  message,
});

function record(store: Properties, outcome: RefreshStatus['outcome'], message: string): RefreshStatus {
  const status = statusOf(outcome, message);
  store.setProperty(STATUS_KEY, JSON.stringify(status));
  return status;
}

type Found = ReturnType<typeof findResponsesSheet>;

/** A summary's responses tab and its data rows at one moment. */
interface TabRows {
  readonly rows: number;
  readonly tab: Found;
}

/** Each summary's tab and rows, by source key, as read before the lock by the run that counts. */
type Known = ReadonlyMap<string, TabRows>;

/** A summary's responses tab (tried first by the name it had), and its data rows now. */
function rowsNow(c: SummaryConfig, run: Run, known?: Known): TabRows {
  const seen = known?.get(c.key);
  if (seen) return seen;
  const tab = findResponsesSheet(c.request.ref, {
    ss: run.ss(),
    ...(c.remembered ? { tab: c.remembered.sourceTab } : {}),
  });
  return { rows: Math.max(0, tab.sheet.getLastRow() - 1), tab };
}

/**
 * What each summary needs, from the rows it counted and the rows there now (core/summary/freshness.ts),
 * and whether an edited response or the hourly check asks for every row to be counted (survey/kept.ts).
 */
function stalenessOf(
  c: SummaryConfig,
  props: Readonly<Record<string, string>>,
  run: Run,
  known?: Known,
): Staleness & { tab: Found } {
  const now = rowsNow(c, run, known);
  const s = staleness(c.builtRows, now.rows);
  const mark = parseRecount(props[RECOUNT_KEY]);
  const again = mark && mustRecount(mark, c.builtRows, readKept(props, c.key));
  return { ...(again ? { kind: 'changed' } : s), tab: now.tab };
}

const anyStale = (props: Readonly<Record<string, string>>, run: Run): boolean =>
  readConfigs(props).some((c) => stalenessOf(c, props, run).kind !== 'fresh');

/** What one pass over the stale summaries did. */
interface Pass {
  readonly refreshed: string[];
  /** Each source counted in this pass, for bringing the user's shared copy up to date. */
  readonly fresh: Map<string, SummarizedSource>;
  /** Every summary's responses tab and the data rows it counts now: did more come meanwhile? */
  readonly counts: { readonly sheet: GoogleAppsScript.Spreadsheet.Sheet; readonly rows: number }[];
  /** What the pass learned, for the document properties (one write). */
  readonly entries: Record<string, string>;
  /** Whether anyone has shared a copy (then each user's copy follows). */
  readonly publishing: boolean;
}

/**
 * Counts again every summary whose responses changed, and writes it into its tab (in place when
 * its layout is the same: replace.ts). Call with the document lock held.
 *
 * Rows appended after the counted ones are read alone and counted into the counts kept with the
 * summary (survey/kept.ts, core/survey/countState.ts); anything else (fewer rows, an edited
 * response, the hourly check, counts that could not be kept) counts every row again.
 *
 * When anyone has shared a copy, each new count also moves what others may see, in steps nobody
 * can be worked out from (publish.ts).
 */
function refreshStale(run: Run, props: Readonly<Record<string, string>>, known?: Known): Pass {
  const { store } = run;
  const publishing = copiesExist(props);
  const pass: Pass = { refreshed: [], fresh: new Map(), counts: [], entries: {}, publishing };
  for (const c of readConfigs(props)) {
    const s = stalenessOf(c, props, run, known);
    if (s.kind === 'fresh') {
      pass.counts.push({ sheet: s.tab.sheet, rows: c.builtRows });
      continue;
    }
    const kept = s.kind === 'appended' ? readKept(props, c.key) : null;
    const now = { ...props, ...pass.entries };
    const since =
      kept && s.kind === 'appended' ? { kept, from: s.from, to: s.to, props: now, found: s.tab } : undefined;
    const built = buildSummaryUnlocked(rawRequest(c.request), c, {
      unsuppressed: publishing,
      props: now,
      ss: run.ss(),
      ...(since ? { since } : {}),
    });
    Object.assign(pass.entries, built.entries);
    if (publishing) publish(store, store.getProperties(), built.src, c.key);
    pass.fresh.set(c.key, built.src);
    pass.refreshed.push(built.result.sheetName);
    pass.counts.push({ sheet: s.tab.sheet, rows: built.config.builtRows });
  }
  return pass;
}

/** Brings this user's copy up to the published figures; a failure is logged, not thrown. */
function followCopy(fresh: ReadonlyMap<string, SummarizedSource>, publishing: boolean): void {
  // Nobody has shared a copy of this spreadsheet: there is none to follow (no call spent on it).
  if (!publishing) return;
  try {
    updateMyCopy(fresh);
  } catch (e) {
    console.warn(`The shared copy was not updated: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The outcome of a refresh in force: what the lock-holding part of a refresh hands on. */
interface Refresh {
  readonly status: RefreshStatus;
  readonly pass: Pass | null;
}

/**
 * Counts what is stale and writes it, with the document lock held and the properties read under
 * it: one write for the configs, kept counts, the status and the refresh state (done now; the
 * lease this run held, if any, is done with). `known`: the tabs and rows a submit run read before
 * taking the lock; it counts up to those rows, as its lease says, and leaves the refresh state
 * alone, since later responses were told to take on the next refresh themselves and one may have
 * claimed it meanwhile. A failure (a quota, a service error) leaves the last good summary and says
 * so.
 */
function countHeld(run: Run, props: Readonly<Record<string, string>>, known?: Known): Refresh {
  const { store } = run;
  try {
    const pass = refreshStale(run, props, known);
    const status =
      pass.refreshed.length > 0
        ? statusOf('refreshed', `Refreshed ${pass.refreshed.map((n) => `"${n}"`).join(', ')}.`)
        : statusOf('up-to-date', 'Every summary already counts every response.');
    store.setProperties({
      ...pass.entries,
      ...(known ? {} : { [REFRESH_STATE_KEY]: JSON.stringify(refreshed(Date.now())) }),
      [STATUS_KEY]: JSON.stringify(status),
    });
    // Every summary the mark asked about is counted again now; a mark set meanwhile stays.
    const mark = props[RECOUNT_KEY];
    if (mark && store.getProperty(RECOUNT_KEY) === mark) store.deleteProperty(RECOUNT_KEY);
    return { status, pass };
  } catch (e) {
    console.error(e);
    const status = record(
      store,
      'failed',
      `${messageFor('The automatic refresh', e)} The last complete summary is still in place.`,
    );
    return { status, pass: null };
  }
}

/**
 * Refreshes every stale summary now, waiting for the document lock as long as a user action
 * would (menu "Refresh summaries", the hourly check, an edited response, and the runs that took on
 * a refresh). A refresh that cannot get the lock in time leaves the last good summary and says
 * so; the next response, the next refresh or the hourly check catches up, since staleness is read
 * from the tab, not from the event.
 */
function refreshLocked(run: Run, known?: Known): Refresh {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const status = record(
      run.store,
      'busy',
      'A refresh was skipped because another add-on task held this spreadsheet; the summary catches up with the next response.',
    );
    return { status, pass: null };
  }
  try {
    return countHeld(run, run.store.getProperties(), known);
  } finally {
    lock.releaseLock();
  }
}

/** A refresh now, then the user's own shared copy brought up to the published figures. */
function refreshNow(run: Run, known?: Known): RefreshStatus {
  const { status, pass } = refreshLocked(run, known);
  if (pass) followCopy(pass.fresh, pass.publishing);
  return status;
}

/** Menu "Refresh summaries": every stale summary now. */
export function refreshStaleSummaries(): RefreshStatus {
  return refreshNow(runOf(PropertiesService.getDocumentProperties()));
}

/** What a form-submit run knows of its response: the row Forms wrote (or rewrote, for an edit). */
export type SubmitEvent = { readonly range?: GoogleAppsScript.Spreadsheet.Range } | undefined;

/**
 * The response a submit run was started for: its data row (1 = the first below the header), and
 * whether it is an edit. An edited response comes as a submit whose row was counted already:
 * every row of its tab is counted again (an edit changes no row count), and a mark says so. One
 * call tells a new response (its row beyond every summary's counted rows); only otherwise is its
 * tab asked for.
 */
function noteSubmit(
  store: Properties,
  props: Readonly<Record<string, string>>,
  event: SubmitEvent,
): { readonly row: number | null; readonly edited: boolean } {
  const range = event?.range;
  if (!range) return { row: null, edited: false };
  const row = range.getRow() - 1;
  const configs = readConfigs(props);
  if (!configs.some((c) => row <= c.builtRows)) return { row, edited: false };
  const tab = range.getSheet().getName();
  store.setProperty(RECOUNT_KEY, addRecount(props[RECOUNT_KEY], { edited: { tab, row: row + 1 } }));
  return { row, edited: true };
}

/**
 * The hourly check: summaries that only counted new rows since their last full count count every
 * row. It refreshes itself (one run an hour has no burst to join), so the mark is never left to a
 * run that has already counted.
 */
export function refreshHourly(): string {
  const store = PropertiesService.getDocumentProperties();
  if (!store) return 'no-document';
  store.setProperty(RECOUNT_KEY, addRecount(store.getProperty(RECOUNT_KEY), { hourly: true }));
  return refreshNow(runOf(store)).outcome;
}

/** The state of refreshes as stored now. */
const stateOf = (store: Properties): RefreshState => parseRefreshState(store.getProperty(REFRESH_STATE_KEY));

/**
 * Takes on the next refresh for this run: no lock, a property written (and, for a refresh that
 * waits, read back: two runs writing at the same moment, the one read back wins; should both think
 * they won, the second finds nothing left to count). Returns the wait until the refresh window
 * opens, or null when another run has taken it on.
 */
function claimNext(store: Properties, run: string, state: RefreshState): number | null {
  const now = Date.now();
  const plan = planSubmit(state, now);
  if (plan.kind === 'covered') return null;
  const wait = plan.kind === 'wait' ? plan.waitMs : 0;
  store.setProperty(REFRESH_STATE_KEY, JSON.stringify(takeLease(state, run, now + wait)));
  // Refreshing now: the lock orders two runs that took it on at once, and the second finds the
  // rows counted. Only a run that is to sleep a minute makes sure it is the one.
  if (wait === 0) return 0;
  return stateOf(store).leaseBy === run ? wait : null;
}

/** Lets go of the next refresh this run had taken on (after a failure), so the next run can take it. */
function dropLease(store: Properties, run: string): void {
  const state = stateOf(store);
  if (state.leaseBy === run)
    store.setProperty(REFRESH_STATE_KEY, JSON.stringify({ ...state, leaseUntil: null, leaseBy: null }));
}

/** Responses that arrived while a pass counted: one call per summary. */
const moreCame = (pass: Pass): boolean => pass.counts.some((c) => c.sheet.getLastRow() - 1 > c.rows);

/**
 * The refresh this run took on: wait for the window to open, count, and keep going while
 * responses arrived meanwhile and nobody else took the next one on (within RUN_BUDGET_MS).
 */
function refreshCycle(run: Run, id: string, wait: number, started: number): RefreshStatus['outcome'] {
  const { store } = run;
  let outcome: RefreshStatus['outcome'] = 'up-to-date';
  // What the passes counted, for the user's shared copy once they are done.
  const fresh = new Map<string, SummarizedSource>();
  let publishing: boolean | null = null;
  for (let next: number | null = wait; next !== null; ) {
    // Past the budget, the next refresh is left to the next response (or the hourly check).
    if (Date.now() - started + next > RUN_BUDGET_MS) {
      dropLease(store, id);
      break;
    }
    if (next > 0) Utilities.sleep(next);
    const { status, pass } = refreshLocked(run);
    if (!pass) {
      dropLease(store, id);
      outcome = status.outcome;
      break;
    }
    if (status.outcome === 'refreshed') outcome = 'refreshed';
    for (const [k, v] of pass.fresh) fresh.set(k, v);
    publishing = pass.publishing;
    // Responses that came while this run counted: it takes on their refresh too, unless someone has.
    if (!moreCame(pass)) break;
    next = claimNext(store, id, stateOf(store));
  }
  if (publishing !== null) followCopy(fresh, publishing);
  return outcome;
}

/** An id for this execution's lease: unique enough to tell two runs apart (no service call). */
const runId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/**
 * The rows each summary's tab holds now, read before the lock by the run that is to count them:
 * its lease says how far it counts (the fewest rows of its summaries' tabs), and whether any tab
 * grew says the submission is a new response. `known` is null when a tab cannot be found
 * (counting under the lock says why); the lease then covers no row.
 */
function rowsBefore(
  props: Readonly<Record<string, string>>,
  run: Run,
): { readonly known: Known | null; readonly upTo: number; readonly grown: boolean } {
  const configs = readConfigs(props);
  try {
    const known = new Map(configs.map((c) => [c.key, rowsNow(c, run)] as const));
    const rows = configs.map((c) => known.get(c.key)!.rows);
    return {
      known,
      upTo: rows.length > 0 ? Math.min(...rows) : 0,
      grown: configs.some((c, i) => rows[i]! > c.builtRows),
    };
  } catch (_e) {
    return { known: null, upTo: 0, grown: false };
  }
}

/**
 * A form submission. Bursts are coalesced (core/summary/freshness.ts): a run whose response
 * another run will count returns at once, as does one whose response is already counted; the
 * first run after a quiet minute counts at once, and the first after a refresh takes on the next
 * one and waits, without any lock, until a minute has passed since the last. No run waits for the
 * document lock unless it has a refresh to do. An edited response is counted at once (every row
 * again). Whatever it did, the user's own shared copy then follows the published figures.
 *
 * A run that counts at once first notes the rows there are (the fewest of its summaries' tabs)
 * in its lease: responses up to them are covered and return at once; a later one takes on the next
 * refresh. So it need not look again for responses that arrived while it counted. It asks for its
 * submitted row only when no tab has grown (an edit, or a response already counted): an edit
 * that comes while new rows wait to be counted is counted in full by the hourly check.
 */
export function refreshAfterSubmit(event?: SubmitEvent): string {
  const store = PropertiesService.getDocumentProperties();
  if (!store) return 'no-document';
  const props = store.getProperties();
  if (props[AUTO_REFRESH_KEY] !== 'on') return 'off';
  const run = runOf(store);
  const started = Date.now();
  const state = parseRefreshState(props[REFRESH_STATE_KEY] ?? null);
  const id = runId();
  if (planSubmit(state, started).kind === 'refresh') {
    // Counting at once. New rows in a summary's tab say this is a new response; only when there
    // are none is the submitted row asked for, to tell an edited response (counted again in full).
    const { known, upTo, grown } = rowsBefore(props, run);
    if (!grown && noteSubmit(store, props, event).edited) return refreshNow(run).outcome;
    store.setProperty(REFRESH_STATE_KEY, JSON.stringify(countingLease(state, id, started, upTo)));
    const { status, pass } = refreshLocked(run, known ?? undefined);
    if (!pass) dropLease(store, id);
    else followCopy(pass.fresh, pass.publishing);
    return status.outcome;
  }
  const submitted = noteSubmit(store, props, event);
  if (submitted.edited) return refreshNow(run).outcome;
  const publishing = copiesExist(props);
  const plan = planSubmit(state, started, undefined, submitted.row);
  if (plan.kind === 'covered') {
    followCopy(new Map(), publishing);
    return 'deferred';
  }
  // Before waiting for the window: nothing to wait for when this response is counted already.
  if (!anyStale(props, run)) {
    followCopy(new Map(), publishing);
    return 'up-to-date';
  }
  const wait = claimNext(store, id, state);
  if (wait === null) return 'deferred';
  return refreshCycle(run, id, wait, started);
}
