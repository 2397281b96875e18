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
import type { ExecutionRecord, ExecutionSpec } from '../state/triggers';

/** Runs one execution through the trigger target (see the file comment). */
export function runExecution(rt: Runtime, spec: ExecutionSpec): ExecutionRecord {
  const target = rt.triggerTarget;
  if (!target) {
    throw new Error(
      'The emulator has no trigger target: call emu.setTriggerTarget((name, e) => ...) before firing triggers.',
    );
  }
  const id = `exec-${rt.next()}`;
  const saved = { execution: rt.execution, active: rt.active, authMode: rt.authMode, depth: rt.depth };
  const doc = spec.documentId ? rt.spreadsheets.get(spec.documentId) : undefined;
  const rec: ExecutionRecord = {
    id,
    functionName: spec.functionName,
    triggerId: spec.trigger?.id ?? null,
    eventType: spec.trigger?.eventType ?? null,
    event: spec.event,
    ok: false,
    startedAt: rt.now(),
    endedAt: rt.now(),
  };
  rt.execution = id;
  if (doc) rt.active = doc;
  rt.authMode = 'FULL';
  rt.depth = 0;
  if (spec.trigger) spec.trigger.fired++;
  try {
    rec.result = target(spec.functionName, spec.event);
    rec.ok = true;
  } catch (e) {
    rec.error = e;
    rt.logs.push({ level: 'error', text: String(e), args: [e] });
  } finally {
    for (const [key, entry] of [...rt.locks]) if (entry.holder === id) rt.locks.delete(key);
    rt.execution = saved.execution;
    rt.active = saved.active;
    rt.authMode = saved.authMode;
    rt.depth = saved.depth;
    rec.endedAt = rt.now();
    rt.executions.push(rec);
  }
  return rec;
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
