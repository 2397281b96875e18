/**
 * Locks. JavaScript here runs one execution at a time, so contention is modelled: the account keeps
 * a lock table keyed by holder. `emu.holdLock(kind)` makes a simulated other execution hold a lock
 * (optionally until some emulated time); overlapping trigger runs hold locks under their own
 * execution ids. Waiting advances the emulated clock instead of blocking.
 */
import { type LockKind, OTHER_HOLDER, type Runtime } from '../state/runtime';

/** The real message of waitLock when the timeout passes. */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export function lockKey(rt: Runtime, kind: LockKind): string {
  if (kind === 'user') return `user:${rt.user}`;
  if (kind === 'document') return `document:${rt.activeModel().id}`;
  return 'script';
}

/**
 * Takes the lock for the running execution, re-entrantly. Against `emu.holdLock`, waits (on the
 * emulated clock) up to the timeout for the holder to let go. Against another emulated execution
 * (an overlapping trigger run, suspended while this one runs), it cannot let go: the wait times
 * out. Returns the execution that now holds it, or null. The caller then starts any pending
 * overlapping executions (executions.ts `lockAcquired`).
 */
export function acquireLock(rt: Runtime, key: string, timeoutMs: number): string | null {
  const table = rt.locks;
  const me = rt.execution;
  const timeout = Math.max(0, Number(timeoutMs) || 0);
  const entry = table.get(key);
  if (entry && entry.holder !== me) {
    if (entry.holder !== OTHER_HOLDER) {
      rt.advance(timeout);
      return null;
    }
    const waitUntil = rt.now() + timeout;
    if (entry.releaseAt > waitUntil) {
      rt.advance(waitUntil - rt.now());
      return null;
    }
    rt.advance(entry.releaseAt - rt.now());
    table.delete(key);
  }
  const mine = table.get(key);
  if (mine) mine.count++;
  else {
    if (!waitForEarlierHolds(rt, key, timeout)) return null;
    table.set(key, { holder: me, count: 1, releaseAt: Number.POSITIVE_INFINITY });
    rt.lockHolds.get(key)?.push({ execution: me, from: rt.now(), to: Number.POSITIVE_INFINITY });
  }
  return me;
}

/**
 * Inside a timeline (executions starting at their own emulated times, run one after another):
 * the lock is held, at this run's moment, by any run that held it then, even if that run has
 * already finished here. Waits (on this run's clock) until the last such hold ends, or fails
 * after the timeout. Outside a timeline there is nothing to check.
 */
function waitForEarlierHolds(rt: Runtime, key: string, timeout: number): boolean {
  if (rt.clockHook === null) return true;
  let holds = rt.lockHolds.get(key);
  if (!holds) {
    holds = [];
    rt.lockHolds.set(key, holds);
  }
  const deadline = rt.now() + timeout;
  for (;;) {
    const now = rt.now();
    const busy = holds.filter((h) => h.execution !== rt.execution && h.from <= now && h.to > now);
    if (busy.length === 0) return true;
    const free = Math.max(...busy.map((h) => h.to));
    if (free > deadline) {
      rt.advance(deadline - now);
      return false;
    }
    rt.advance(free - now);
  }
}

/** An execution ended: the holds it still had end now. */
export function endHolds(rt: Runtime, execution: string): void {
  for (const holds of rt.lockHolds.values()) {
    for (const h of holds)
      if (h.execution === execution && h.to === Number.POSITIVE_INFINITY) h.to = rt.now();
  }
}

export function releaseLock(rt: Runtime, key: string, owner: string): void {
  const entry = rt.locks.get(key);
  if (entry?.holder === owner && --entry.count <= 0) {
    rt.locks.delete(key);
    for (const h of rt.lockHolds.get(key) ?? []) {
      if (h.execution === owner && h.to === Number.POSITIVE_INFINITY) h.to = rt.now();
    }
  }
}

/** A simulated other execution holds the lock for `forMs` of emulated time (or until released). */
export function holdLock(rt: Runtime, kind: LockKind, forMs?: number): void {
  rt.locks.set(lockKey(rt, kind), {
    holder: OTHER_HOLDER,
    count: 0,
    releaseAt: forMs === undefined ? Number.POSITIVE_INFINITY : rt.now() + forMs,
  });
}

export function releaseHeldLock(rt: Runtime, kind: LockKind): void {
  const key = lockKey(rt, kind);
  if (rt.locks.get(key)?.holder === OTHER_HOLDER) rt.locks.delete(key);
}
