/** Installable triggers and the executions they caused, as data. */
import type { EventTypeName, TriggerSourceName } from './enums';

export type TriggerTarget = (functionName: string, event: unknown) => unknown;

export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  timezone?: string;
  /** One-off: emulated time (ms) at which it runs (`at`, `atDate`, `after`). */
  runAt?: number;
}

export interface TriggerModel {
  readonly id: string;
  readonly handler: string;
  readonly eventType: EventTypeName;
  readonly source: TriggerSourceName;
  /** Spreadsheet or form id; null for clock triggers. */
  readonly sourceId: string | null;
  readonly user: string;
  /** The file it belongs to (the source, or for a clock trigger the active spreadsheet). */
  readonly document: string | null;
  readonly schedule: ClockSchedule | null;
  readonly createdAt: number;
  fired: number;
  deleted: boolean;
  /**
   * Made from inside a trigger run: listed, but it never fires (Apps Script's V8 runtime disables
   * such triggers; see behaviour/triggers.ts).
   */
  readonly disabled: boolean;
}

/** A trigger being built (TriggerBuilder and its kinds), before `create()`. */
export interface TriggerDraft {
  handler: string;
  source: TriggerSourceName;
  sourceId: string | null;
  eventType: EventTypeName | null;
  schedule: ClockSchedule | null;
}

/** One run of an add-on function by a trigger (or by `emu.triggers.fireOverlapping`). */
export interface ExecutionRecord {
  readonly id: string;
  readonly functionName: string;
  readonly triggerId: string | null;
  readonly eventType: string | null;
  readonly event: unknown;
  /** Who it ran as: the trigger's owner. */
  readonly user: string;
  ok: boolean;
  result?: unknown;
  error?: unknown;
  /** Emulated times (ms). */
  readonly startedAt: number;
  endedAt: number;
}

export interface ExecutionSpec {
  readonly functionName: string;
  readonly event?: unknown;
  readonly trigger?: TriggerModel;
  /** The spreadsheet that is active while it runs (default: the current active one). */
  readonly documentId?: string | null;
  /** Starts at this emulated time, on a clock of its own (an execution of a timeline). */
  readonly startAt?: number;
}

/** Plain data about a trigger, for `emu.triggers.list()`. */
export interface TriggerInfo {
  readonly id: string;
  readonly handler: string;
  readonly eventType: string;
  readonly source: string;
  readonly sourceId: string | null;
  readonly user: string;
  readonly document: string | null;
  readonly schedule: ClockSchedule | null;
  readonly fired: number;
  /** Made from inside a trigger run: it never fires. */
  readonly disabled: boolean;
}
