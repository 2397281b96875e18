/**
 * Apps Script's execution quotas (`createEmulator({ quotas: 'consumer' | 'workspace' })`):
 *
 * - **Time.** A trigger run's time is its emulated duration: a start-up cost, what each counted
 *   service call costs (below), and what `Utilities.sleep` and lock waits add. The script's own
 *   JavaScript time is not counted (the emulator cannot tell how fast Apps Script would run it).
 * - **Triggers total runtime**: 90 min a day on consumer accounts, 6 h on Google Workspace, per
 *   user, the window resetting 24 hours after its first run. A trigger run that starts with the
 *   day's time used up fails at once; one that uses it up while running stops at its next service
 *   call. Real message: "Service using too much computer time for one day".
 * - **Script runtime**: 6 min per execution; past it the next service call throws the real
 *   "Exceeded maximum execution time".
 * - **Simultaneous executions**: 30 per user. A trigger run that starts while 30 runs of the same
 *   user are in progress (started, not ended, in emulated time) fails at once with "There are too
 *   many scripts running simultaneously for this Google user account." (wording assumed).
 *
 * Limits and the daily-runtime message are sourced (the quotas page; the message from execution
 * reports quoted in public issue threads); the costs are the emulator's assumptions, chosen so that
 * a call costs tens of milliseconds and a large read or write a second or so, in line with the
 * issue's estimate of 9-25 s for about 111 calls at 100,000 responses.
 */
import type { Service } from '../state/counter';
import type { Runtime } from '../state/runtime';
import type { ExecutionRecord } from '../state/triggers';

export const TOO_MUCH_TIME = 'Service using too much computer time for one day';
export const MAX_TIME_EXCEEDED = 'Exceeded maximum execution time';
export const TOO_MANY_SIMULTANEOUS =
  'There are too many scripts running simultaneously for this Google user account.';

/** Emulated cost of one counted call, by service (ms; assumed). */
export const CALL_COST_MS: Readonly<Record<Service, number>> = {
  spreadsheet: 60,
  forms: 80,
  drive: 150,
  'sheets-api': 250,
  script: 60,
  properties: 15,
  lock: 10,
  charts: 5,
  html: 20,
  ui: 20,
  base: 1,
};

/** Emulated cost per cell a Range call reads or writes (ms; assumed): a million cells take a second. */
export const CELL_COST_MS = 0.001;
/** Emulated start-up of every execution: loading the script (ms; assumed). */
export const START_COST_MS = 300;
const DAY_MS = 86_400_000;

/** The cells a Range facade stands for, when `self` is one (its rect), else 0. */
function cellsOf(self: unknown): number {
  const r = (self as { _cells?: () => number })?._cells;
  return typeof r === 'function' ? r.call(self) : 0;
}

/** The user's usage in the current window, reset once 24 hours have passed since it began. */
function usageOf(rt: Runtime, user: string): { windowStart: number; usedMs: number } {
  const q = rt.quotas!;
  let u = q.usage.get(user);
  if (!u || rt.now() >= u.windowStart + DAY_MS) {
    u = { windowStart: rt.now(), usedMs: 0 };
    q.usage.set(user, u);
  }
  return u;
}

/** The trigger run in progress, if any (quotas apply to trigger runs). */
const currentRun = (rt: Runtime): ExecutionRecord | undefined => rt.running[rt.running.length - 1];

/** Stops a trigger run past its 6 minutes or past the day's trigger time, as the next call would. */
function checkRunning(rt: Runtime): void {
  const run = currentRun(rt);
  if (!rt.quotas || !run) return;
  const elapsed = rt.now() - run.startedAt;
  if (elapsed > rt.quotas.limits.maxExecutionMs) throw rt.error(MAX_TIME_EXCEEDED);
  if (usageOf(rt, run.user).usedMs + elapsed > rt.quotas.limits.triggerRuntimeMsPerDay) {
    throw rt.error(TOO_MUCH_TIME);
  }
}

/** What a counted call costs: the clock moves on, and a run past a limit stops here. */
export function chargeCall(rt: Runtime, service: Service, self: unknown): void {
  if (!rt.quotas) return;
  rt.advance(CALL_COST_MS[service] + cellsOf(self) * CELL_COST_MS);
  checkRunning(rt);
}

/**
 * Whether a trigger run of `user` may start now: null, or the message it fails with. Counts the
 * user's runs in progress (nested overlapping runs) and those that ran earlier but end after now.
 */
export function refuseStart(rt: Runtime, user: string): string | null {
  const q = rt.quotas;
  if (!q) return null;
  if (usageOf(rt, user).usedMs >= q.limits.triggerRuntimeMsPerDay) return TOO_MUCH_TIME;
  const now = rt.now();
  const busy =
    rt.running.filter((e) => e.user === user).length +
    rt.executions.filter(
      (e) => e.user === user && e.triggerId !== null && e.startedAt <= now && e.endedAt > now,
    ).length;
  return busy >= q.limits.simultaneousPerUser ? TOO_MANY_SIMULTANEOUS : null;
}

/** A trigger run starts: its start-up cost. */
export function startCost(rt: Runtime): void {
  if (rt.quotas) rt.advance(START_COST_MS);
}

/** A trigger run ended: its time counts against its user's day. */
export function chargeRun(rt: Runtime, run: ExecutionRecord): void {
  if (!rt.quotas) return;
  usageOf(rt, run.user).usedMs += Math.max(0, run.endedAt - run.startedAt);
}

/** What `emu.quotas` reports for a user: trigger time used in the current window, and the limit. */
export function quotaReport(rt: Runtime, user: string): { usedMs: number; limitMs: number } | null {
  if (!rt.quotas) return null;
  return { usedMs: usageOf(rt, user).usedMs, limitMs: rt.quotas.limits.triggerRuntimeMsPerDay };
}
