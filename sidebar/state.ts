import type { SpreadsheetStateDto } from '../src/core/api';
import { server } from './api';
import type { StepId } from './steps';
import { plural, when } from './text';

type State = SpreadsheetStateDto;

/** A new spreadsheet: one tab, no survey linked, no summary built. It gets a "Start here". */
export const isNew = (s: State): boolean => s.tabs <= 1 && s.surveys.length === 0 && s.summaries.length === 0;

/** Where a sidebar opens: on the results once there is something to summarize, else at step 1. */
export function firstStep(s: State | null): StepId {
  if (s && (s.summaries.length > 0 || s.surveys.some((v) => v.responses > 0))) return 'results';
  return 'templates';
}

/** Responses that arrived after the newest summary was built (0 when none or not known). */
export function newSinceLastSummary(s: State): number {
  const last = s.summaries[0];
  const source = last && s.surveys.find((v) => v.key === last.key);
  return last && source ? Math.max(0, source.responses - last.responses) : 0;
}

/** "1 Form · 15 responses · Summary Mar 3, 2:05 PM (3 new since) · Auto-refresh off". */
export function stateLine(s: State): string {
  const parts: string[] = [];
  if (s.surveys.length === 0) parts.push(isNew(s) ? 'New spreadsheet: no survey yet' : 'No linked Form yet');
  else {
    const responses = s.surveys.reduce((n, v) => n + v.responses, 0);
    parts.push(plural(s.surveys.length, 'Form'), plural(responses, 'response'));
  }
  const last = s.summaries[0];
  if (last) {
    const behind = newSinceLastSummary(s);
    parts.push(`Summary ${when(last.builtIso)}${behind > 0 ? ` (${behind} new since)` : ''}`);
  } else if (s.surveys.length > 0) parts.push('No summary yet');
  // Auto-refresh keeps summaries fresh: before there is one, "off" would say nothing.
  if (s.summaries.length > 0 || s.autoRefresh.on)
    parts.push(`Auto-refresh ${s.autoRefresh.on ? 'on' : 'off'}`);
  return parts.join(' · ');
}

/**
 * Keeps the sidebar's picture of the spreadsheet fresh: one cheap server call after each action
 * (`now()`) and every `everyMs` while the sidebar is on screen. Reads never overlap; one asked
 * for during a read follows it, so an action's outcome is never hidden by an older read. A
 * failed read keeps the last good picture, and the next one tries again.
 */
export function startPolling(apply: (s: State) => void, everyMs: number): { now(): void } {
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (document.visibilityState === 'visible') now();
      else schedule();
    }, everyMs);
  };
  const now = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    server
      .getSpreadsheetState()
      .then(apply, () => undefined)
      .finally(() => {
        running = false;
        if (again) now();
        else schedule();
      });
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') now();
  });
  schedule();
  return { now };
}
