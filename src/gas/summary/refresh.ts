import type { RefreshStatus, SummaryConfig } from '../../core/summaryConfig';
import { readConfigs, STATUS_KEY } from '../../core/summaryConfig';
import { messageFor } from '../../core/errors';
import type { SummarizeRequest } from '../../core/forms';
import { LOCK_WAIT_MS } from '../lock';
import { findResponsesSheet } from '../survey';
import { buildSummaryUnlocked } from './build';

/** A stored request back in the shape the sidebar sends. */
export const rawRequest = (r: SummarizeRequest): Record<string, unknown> => ({
  ...r.ref,
  groupBy: r.groupBy,
  minGroupSize: r.minGroupSize,
  overrides: r.overrides,
  waves: r.waves,
  onePerPerson: r.onePerPerson,
  groupLabel: r.groupLabel,
});

function record(outcome: RefreshStatus['outcome'], message: string): RefreshStatus {
  const status: RefreshStatus = { iso: new Date().toISOString(), outcome, message };
  PropertiesService.getDocumentProperties().setProperty(STATUS_KEY, JSON.stringify(status));
  return status;
}

/** Data rows in a summary's responses tab now (one call after finding the tab). */
function dataRows(c: SummaryConfig): number {
  const { sheet } = findResponsesSheet(c.request.ref);
  return Math.max(0, sheet.getLastRow() - 1);
}

/**
 * Rebuilds every summary whose responses tab has changed since it was built. Serialized with
 * the document lock, and a summary is rebuilt only when its tab's row count differs from the
 * one it was built from: a run that follows another finds every row already counted and
 * builds nothing. A refresh that cannot get the lock in time, or fails (a quota, a service
 * error), leaves the last good summary and says so; the next response or the hourly check
 * catches up, since staleness is read from the tab, not from the event.
 */
export function refreshStaleSummaries(): RefreshStatus {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    return record(
      'busy',
      'A refresh was skipped because another add-on task held this spreadsheet; the summary catches up with the next response.',
    );
  }
  try {
    const configs = readConfigs(PropertiesService.getDocumentProperties().getProperties());
    const refreshed: string[] = [];
    for (const c of configs) {
      if (dataRows(c) === c.builtRows) continue;
      refreshed.push(buildSummaryUnlocked(rawRequest(c.request), c).sheetName);
    }
    return refreshed.length > 0
      ? record('refreshed', `Refreshed ${refreshed.map((n) => `"${n}"`).join(', ')}.`)
      : record('up-to-date', 'Every summary already counts every response.');
  } catch (e) {
    console.error(e);
    return record(
      'failed',
      `${messageFor('The automatic refresh', e)} The last complete summary is still in place.`,
    );
  } finally {
    lock.releaseLock();
  }
}
