/**
 * LockService. JavaScript here runs one execution at a time, so contention is modelled: the runtime
 * keeps a lock table keyed by holder. `emu.holdLock(kind)` makes a simulated other execution hold a
 * lock (optionally until some emulated time); overlapping trigger runs (script.ts) hold locks under
 * their own execution ids. Waiting advances the emulated clock instead of blocking.
 */
import { instrument } from './counter';
import { type LockEntry, type LockKind, OTHER_HOLDER, type Runtime } from './runtime';

/** The real message of waitLock when the timeout passes. */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export function lockKey(rt: Runtime, kind: LockKind): string {
  if (kind === 'user') return `user:${rt.user}`;
  if (kind === 'document') return `document:${rt.activeModel().id}`;
  return 'script';
}

export class Lock implements GoogleAppsScript.Lock.Lock {
  private held = false;
  /** The execution that acquired it. */
  private owner = '';

  constructor(
    readonly rt: Runtime,
    private readonly key: string,
  ) {}

  /**
   * Re-entrant within this execution. Against `emu.holdLock`, waits (on the emulated clock) up to
   * the timeout for the holder to let go. Against another emulated execution (an overlapping
   * trigger run, which is suspended while this one runs), it cannot let go: the wait times out.
   */
  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    const table = this.rt.locks;
    const me = this.rt.execution;
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    const entry: LockEntry | undefined = table.get(this.key);
    if (entry && entry.holder !== me) {
      if (entry.holder !== OTHER_HOLDER) {
        this.rt.advance(timeout);
        return false;
      }
      const waitUntil = this.rt.now() + timeout;
      if (entry.releaseAt > waitUntil) {
        this.rt.advance(waitUntil - this.rt.now());
        return false;
      }
      this.rt.advance(entry.releaseAt - this.rt.now());
      table.delete(this.key);
    }
    const mine = table.get(this.key);
    if (mine) mine.count++;
    else table.set(this.key, { holder: me, count: 1, releaseAt: Number.POSITIVE_INFINITY });
    this.held = true;
    this.owner = me;
    this.rt.lockAcquired();
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw this.rt.error(LOCK_TIMEOUT);
  }
  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    const entry = this.rt.locks.get(this.key);
    if (entry?.holder === this.owner && --entry.count <= 0) this.rt.locks.delete(this.key);
  }
  hasLock(): boolean {
    return this.held;
  }
}

export class LockService implements GoogleAppsScript.Lock.LockService {
  constructor(readonly rt: Runtime) {}

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return new Lock(this.rt, lockKey(this.rt, 'document'));
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return new Lock(this.rt, lockKey(this.rt, 'script'));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return new Lock(this.rt, lockKey(this.rt, 'user'));
  }
}

instrument(LockService, 'LockService', 'lock');
instrument(Lock, 'Lock', 'lock');
