import { UserError } from '../core/errors';

/** Long enough for another insert or refresh to finish; short enough that a user is not left waiting. */
export const LOCK_WAIT_MS = 20000;

/**
 * Serializes actions on this document (two inserts picking the same tab name, a refresh while
 * a form-submit trigger runs). A lock not obtained in time is reported; nothing is written.
 */
export function withDocumentLock<T>(action: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      `${action} is waiting for another add-on task in this spreadsheet to finish. Try again in a minute.`,
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
