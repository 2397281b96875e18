/** Installable triggers from the outside (`emu.triggers`): listing and firing them with their events. */
import { runExecution, runOverlapping } from '../behaviour/executions';
import { clockEvent, dueClockTriggers, triggerInfo } from '../behaviour/triggers';
import { make } from '../facades';
import type { Runtime } from '../state/runtime';
import type { ExecutionRecord, TriggerInfo } from '../state/triggers';

/** One function run as an overlapping execution (`emu.triggers.fireOverlapping`). */
export interface OverlapCall {
  readonly functionName: string;
  readonly event?: unknown;
  /** The spreadsheet active while it runs (default: the active one). */
  readonly documentId?: string;
}

export interface EmuTriggers {
  /** Live triggers of every user, in creation order. */
  list(): TriggerInfo[];
  /** Fires one trigger now; `event` fields are merged over a default event for its type. */
  fire(triggerId: string, event?: Record<string, unknown>): ExecutionRecord;
  /** Fires every recurring clock trigger once, and the one-off ones that are due and not yet run. */
  fireTimeBased(): ExecutionRecord[];
  /** Runs functions as overlapping executions: the next starts when a running one acquires a lock. */
  fireOverlapping(calls: readonly OverlapCall[]): ExecutionRecord[];
  /** Every execution so far, in the order they ended. */
  readonly executions: readonly ExecutionRecord[];
}

export function emuTriggers(rt: Runtime): EmuTriggers {
  return {
    list: () => rt.triggers.filter((t) => !t.deleted).map(triggerInfo),
    fire(triggerId, event) {
      const t = rt.triggers.find((x) => x.id === triggerId && !x.deleted);
      if (!t) throw new Error(`emu.triggers.fire: no live trigger "${triggerId}"`);
      if (t.disabled)
        throw new Error(`emu.triggers.fire: trigger "${triggerId}" is disabled and never fires`);
      const doc = t.document ? rt.spreadsheets.get(t.document) : undefined;
      const base: Record<string, unknown> =
        t.eventType === 'CLOCK'
          ? clockEvent(rt, t)
          : { authMode: 'FULL', triggerUid: t.id, ...(doc ? { source: make.spreadsheet(doc) } : {}) };
      return runExecution(rt, {
        functionName: t.handler,
        trigger: t,
        documentId: t.document,
        event: { ...base, ...event },
      });
    },
    fireTimeBased: () =>
      dueClockTriggers(rt).map((t) =>
        runExecution(rt, {
          functionName: t.handler,
          trigger: t,
          documentId: t.document,
          event: clockEvent(rt, t),
        }),
      ),
    fireOverlapping: (calls) =>
      runOverlapping(
        rt,
        calls.map((c) => ({ functionName: c.functionName, event: c.event, documentId: c.documentId })),
      ),
    get executions() {
      return rt.executions;
    },
  };
}
