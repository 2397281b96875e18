/**
 * Executions: each fired trigger runs as one. It gets its own id, runs in AuthMode.FULL with the
 * trigger's document as the active spreadsheet, its service calls are counted like any outside
 * call, an exception it throws is recorded (and logged), not rethrown, and the locks it still
 * holds when it ends are released, as when a real script ends. The emulator cannot call the
 * add-on's functions itself: the test or runner supplies `emu.setTriggerTarget(...)`.
 *
 * Overlapping executions (form submissions arriving together): JavaScript runs one thing at a
 * time, so overlap is modelled at lock acquisition. `runOverlapping` starts the first execution;
 * the moment a running execution acquires a lock (tryLock/waitLock succeeds), every execution still
 * pending starts, one after another, each running to its end, before control returns to the one
 * that took the lock. Those executions find the lock held by a suspended execution that cannot let
 * go: `tryLock(ms)` advances the emulated clock by ms and returns false, `waitLock(ms)` throws the
 * real timeout message. That is the worst case of a real overlap (the holder outlasting the others'
 * timeouts), the case lock handling must survive. Executions that never take a lock simply run one
 * after another.
 */
import type { Runtime } from '../state/runtime';
import type { SpreadsheetModel } from '../state/spreadsheet';
import type { ExecutionRecord, ExecutionSpec } from '../state/triggers';
import { endHolds } from './locks';
import { chargeRun, refuseStart, startCost } from './quotas';

/**
 * Whether a run has its document: every run does, except an add-on's time-driven trigger run,
 * which (unless `createEmulator({ clockTriggerDocument: true })`) gets no active spreadsheet, no
 * document properties and no document lock. Assumed from what is documented: document properties
 * exist "within the open document" and `getDocumentProperties()` returns null when they are not
 * available; an add-on's clock trigger belongs to the script, not to a document (add-on libraries
 * keep the document's id themselves and reopen it, which needs the full `spreadsheets` scope).
 */
function documentOf(rt: Runtime, spec: ExecutionSpec): SpreadsheetModel | null | undefined {
  if (spec.trigger?.eventType === 'CLOCK' && rt.addonTriggerRules && !rt.clockTriggerDocument) return null;
  return spec.documentId ? rt.spreadsheets.get(spec.documentId) : undefined;
}

/** Runs one execution through the trigger target (see the file comment). */
export function runExecution(rt: Runtime, spec: ExecutionSpec): ExecutionRecord {
  const target = rt.triggerTarget;
  if (!target) {
    throw new Error(
      'The emulator has no trigger target: call emu.setTriggerTarget((name, e) => ...) before firing triggers.',
    );
  }
  const id = `exec-${rt.next()}`;
  const saved = {
    execution: rt.execution,
    active: rt.active,
    authMode: rt.authMode,
    depth: rt.depth,
    user: rt.user,
  };
  const user = spec.trigger?.user ?? rt.user;
  const run = () => {
    const rec: ExecutionRecord = {
      id,
      functionName: spec.functionName,
      triggerId: spec.trigger?.id ?? null,
      eventType: spec.trigger?.eventType ?? null,
      event: spec.event,
      user,
      ok: false,
      startedAt: rt.now(),
      endedAt: rt.now(),
    };
    const refused = spec.trigger ? refuseStart(rt, user) : null;
    if (refused !== null) {
      rec.error = rt.error(refused);
      rt.logs.push({ level: 'error', text: String(rec.error), args: [rec.error] });
      rt.executions.push(rec);
      return rec;
    }
    rt.execution = id;
    rt.user = user;
    const doc = documentOf(rt, spec);
    if (doc !== undefined) rt.active = doc;
    rt.authMode = 'FULL';
    rt.depth = 0;
    if (spec.trigger) {
      spec.trigger.fired++;
      rt.running.push(rec);
    }
    try {
      if (spec.trigger) startCost(rt);
      rec.result = target(spec.functionName, spec.event);
      rec.ok = true;
    } catch (e) {
      rec.error = e;
      rt.logs.push({ level: 'error', text: String(e), args: [e] });
    } finally {
      for (const [key, entry] of [...rt.locks]) if (entry.holder === id) rt.locks.delete(key);
      endHolds(rt, id);
      if (spec.trigger) rt.running.pop();
      rt.execution = saved.execution;
      rt.active = saved.active;
      rt.authMode = saved.authMode;
      rt.depth = saved.depth;
      rt.user = saved.user;
      rec.endedAt = rt.now();
      if (spec.trigger) chargeRun(rt, rec);
      rt.executions.push(rec);
    }
    return rec;
  };
  if (spec.startAt === undefined) return run();
  let rec: ExecutionRecord | undefined;
  rt.onOwnClock(spec.startAt, () => {
    rec = run();
  });
  return rec as ExecutionRecord;
}

/** Runs executions one after another. */
export function runSequential(rt: Runtime, specs: readonly ExecutionSpec[]): ExecutionRecord[] {
  return specs.map((s) => runExecution(rt, s));
}

/** Runs executions overlapping at lock acquisition (see the file comment); records in spec order. */
export function runOverlapping(rt: Runtime, specs: readonly ExecutionSpec[]): ExecutionRecord[] {
  const records: ExecutionRecord[] = new Array(specs.length);
  const thunks = specs.map((s, i) => () => {
    records[i] = runExecution(rt, s);
  });
  const savedQueue = rt.overlapQueue;
  rt.overlapQueue = thunks.slice(1);
  try {
    thunks[0]?.();
    for (let next = rt.overlapQueue.shift(); next; next = rt.overlapQueue.shift()) next();
  } finally {
    rt.overlapQueue = savedQueue;
  }
  return records;
}

/** Called when an execution acquires a lock: runs every pending overlapping execution. */
export function lockAcquired(rt: Runtime): void {
  for (let next = rt.overlapQueue.shift(); next; next = rt.overlapQueue.shift()) next();
}

/** Something the outside world does at an emulated time (Forms writing a row); returns the runs it starts. */
export interface WorldEvent {
  readonly at: number;
  happen(): ExecutionSpec[];
}

/**
 * Events spread over emulated time, and the executions they start, each at its event's time on a
 * clock of its own. JavaScript runs one execution at a time, so they run one after another in
 * order of their start; what makes them overlap is time:
 *
 * - while an execution runs, every event its clock passes happens then (Forms writes a row as
 *   soon as it is submitted, whatever scripts are doing), and the runs it starts are queued;
 * - a run that starts before an earlier-started one has ended finds the locks that one held at
 *   that moment still held (behaviour/locks.ts), and counts against the simultaneous-executions
 *   limit (behaviour/quotas.ts);
 * - a run sees the data as the runs before it left it, even writes they made later in emulated
 *   time than its own start (an approximation: real runs would see some of them only later).
 *
 * The world's clock ends at the last event or the end of the last run, whichever is later.
 */
export function runTimeline(rt: Runtime, events: readonly WorldEvent[]): ExecutionRecord[] {
  const pending = events.slice().sort((a, b) => a.at - b.at);
  const queue: { spec: ExecutionSpec; start: number; order: number }[] = [];
  let order = 0;
  const happenUntil = (t: number) => {
    while (pending.length > 0 && (pending[0] as WorldEvent).at <= t) {
      const e = pending.shift() as WorldEvent;
      for (const spec of e.happen()) queue.push({ spec, start: e.at, order: order++ });
    }
  };
  const records: ExecutionRecord[] = [];
  const saved = rt.clockHook;
  rt.clockHook = happenUntil;
  let end = rt.now();
  try {
    while (pending.length > 0 || queue.length > 0) {
      if (queue.length === 0) {
        const at = (pending[0] as WorldEvent).at;
        end = Math.max(end, at);
        happenUntil(at);
        continue;
      }
      queue.sort((a, b) => a.start - b.start || a.order - b.order);
      const next = queue.shift() as (typeof queue)[number];
      const rec = runExecution(rt, { ...next.spec, startAt: next.start });
      records.push(rec);
      end = Math.max(end, rec.endedAt);
    }
  } finally {
    rt.clockHook = saved;
    rt.advanceTo(end);
  }
  return records;
}
