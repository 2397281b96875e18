/** LockService and Lock: each Lock object remembers whether it holds its lock (behaviour/locks.ts). */
import { lockAcquired } from '../behaviour/executions';
import { acquireLock, LOCK_TIMEOUT, lockKey, releaseLock } from '../behaviour/locks';
import type { Runtime } from '../state/runtime';
import { instrument } from './instrument';

export class Lock implements GoogleAppsScript.Lock.Lock {
  private held = false;
  /** The execution that acquired it. */
  private owner = '';

  constructor(
    readonly rt: Runtime,
    private readonly key: string,
  ) {}

  /** Re-entrant within this execution; contention as behaviour/locks.ts models it. */
  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    const owner = acquireLock(this.rt, this.key, timeoutInMillis);
    if (owner === null) return false;
    this.held = true;
    this.owner = owner;
    lockAcquired(this.rt);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw this.rt.error(LOCK_TIMEOUT);
  }
  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    releaseLock(this.rt, this.key, this.owner);
  }
  hasLock(): boolean {
    return this.held;
  }
}

export class LockService implements GoogleAppsScript.Lock.LockService {
  constructor(readonly rt: Runtime) {}

  /** Null without a document (an add-on's time-driven trigger run: behaviour/executions.ts). */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    if (!this.rt.active) return null as unknown as GoogleAppsScript.Lock.Lock;
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
