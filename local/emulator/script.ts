/**
 * ScriptApp: installable triggers (create, list, delete) with the documented limits, and the
 * machinery that fires them. The emulator cannot call the add-on's functions itself: the test or
 * runner supplies a dispatcher with `emu.setTriggerTarget((name, e) => bundle.call(name, e))`.
 *
 * Each fired trigger is one *execution*: it gets its own id, runs in AuthMode.FULL with the
 * trigger's document as the active spreadsheet, its service calls are counted like any outside
 * call, an exception it throws is recorded (and logged), not rethrown, and the locks it still holds
 * when it ends are released, as when a real script ends.
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
import { instrument } from './counter';
import * as E from './enums';
import type { EventTypeName, TriggerSourceName } from './enums';
import type { Runtime } from './runtime';

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
}

/** One run of an add-on function by a trigger (or by `emu.triggers.fireOverlapping`). */
export interface ExecutionRecord {
  readonly id: string;
  readonly functionName: string;
  readonly triggerId: string | null;
  readonly eventType: string | null;
  readonly event: unknown;
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
}

export const MAX_TRIGGERS_PER_USER = 20;
/** Real message when a user's triggers for the script reach 20. */
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * The add-on's one-trigger-per-type-per-document error. Confirmed verbatim for time-based
 * triggers; the other kinds are worded the same way with their own name (assumed).
 */
export function tooManyAddonTriggers(eventType: EventTypeName): string {
  const kind: Record<string, string> = {
    CLOCK: 'time-based',
    ON_FORM_SUBMIT: 'form submit',
    ON_EDIT: 'edit',
    ON_CHANGE: 'change',
    ON_OPEN: 'open',
  };
  return `This add-on has created too many ${kind[eventType] ?? 'installable'} triggers in this document for this Google user account.`;
}

const FILE_NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

export function triggerInfo(t: TriggerModel): TriggerInfo {
  return {
    id: t.id,
    handler: t.handler,
    eventType: t.eventType,
    source: t.source,
    sourceId: t.sourceId,
    user: t.user,
    document: t.document,
    schedule: t.schedule ? { ...t.schedule } : null,
    fired: t.fired,
  };
}

// ---- running executions

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

/** Live triggers of an event type for a source, in creation order. */
export function triggersFor(
  rt: Runtime,
  eventType: EventTypeName,
  source: TriggerSourceName,
  sourceId: string | null,
): TriggerModel[] {
  return rt.triggers.filter(
    (t) => !t.deleted && t.eventType === eventType && t.source === source && t.sourceId === sourceId,
  );
}

/** The time-driven event object (fields as documented; values in UTC). */
export function clockEvent(rt: Runtime, t: TriggerModel): Record<string, unknown> {
  const d = new Date(rt.now());
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - start) / 86_400_000 + new Date(start).getUTCDay() + 1) / 7);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: t.id,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}

// ---- ScriptApp

export class AuthorizationInfo implements GoogleAppsScript.Script.AuthorizationInfo {
  constructor(
    readonly rt: Runtime,
    private readonly required: boolean,
  ) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required
      ? 'REQUIRED'
      : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  /** null when no authorization is required. */
  getAuthorizationUrl(): string {
    return this.required
      ? 'https://script.google.com/macros/d/emu-script-id/authorize'
      : (null as unknown as string);
  }
}

export class Trigger implements GoogleAppsScript.Script.Trigger {
  constructor(
    readonly rt: Runtime,
    readonly model: TriggerModel,
  ) {}
  getUniqueId(): string {
    return this.model.id;
  }
  getHandlerFunction(): string {
    return this.model.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.model.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.model.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The spreadsheet or form id; null for clock triggers. */
  getTriggerSourceId(): string {
    return this.model.sourceId as string;
  }
}

type Draft = {
  handler: string;
  source: TriggerSourceName;
  sourceId: string | null;
  eventType: EventTypeName | null;
  schedule: ClockSchedule | null;
};

/** Creates a trigger after the checks real Apps Script makes (see the README for which texts are real). */
function createTrigger(rt: Runtime, d: Draft): GoogleAppsScript.Script.Trigger {
  // Message unconfirmed.
  if (!d.eventType) throw rt.error('The trigger has no event type: call onFormSubmit(), onEdit()... first.');
  if (d.source !== 'CLOCK' && d.sourceId !== null) {
    const known = d.source === 'FORMS' ? rt.forms.has(d.sourceId) : rt.spreadsheets.has(d.sourceId);
    if (!known) throw rt.error(FILE_NOT_FOUND);
  }
  const document = d.source === 'CLOCK' ? (rt.active?.id ?? null) : d.sourceId;
  const mine = rt.triggers.filter((t) => !t.deleted && t.user === rt.user);
  if (rt.addonTriggerRules) {
    if (d.source !== 'CLOCK' && d.sourceId !== rt.active?.id) {
      // The rule is documented; its error text is the emulator's own.
      throw rt.error('Add-ons can only create triggers for the file in which the add-on is used.');
    }
    if (d.schedule?.everyMinutes !== undefined) {
      // The rule is documented; its error text is the emulator's own.
      throw rt.error('Add-on time-driven triggers cannot run more frequently than once per hour.');
    }
    if (mine.some((t) => t.document === document && t.eventType === d.eventType)) {
      throw rt.error(tooManyAddonTriggers(d.eventType));
    }
  }
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw rt.error(TOO_MANY_TRIGGERS);
  const model: TriggerModel = {
    id: `1${String(rt.next()).padStart(18, '0')}`,
    handler: d.handler,
    eventType: d.eventType,
    source: d.source,
    sourceId: d.sourceId,
    user: rt.user,
    document,
    schedule: d.schedule,
    createdAt: rt.now(),
    fired: 0,
    deleted: false,
  };
  rt.triggers.push(model);
  return new Trigger(rt, model);
}

function idOf(v: unknown): string {
  if (v && typeof v === 'object' && typeof (v as { getId?: unknown }).getId === 'function') {
    return String((v as { getId(): unknown }).getId());
  }
  return String(v);
}

export class SpreadsheetTriggerBuilder implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  constructor(
    readonly rt: Runtime,
    private readonly d: Draft,
  ) {}
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.d.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.d.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.d.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.d.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    return createTrigger(this.rt, this.d);
  }
}

export class FormTriggerBuilder implements GoogleAppsScript.Script.FormTriggerBuilder {
  constructor(
    readonly rt: Runtime,
    private readonly d: Draft,
  ) {}
  onOpen(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.d.eventType = 'ON_OPEN';
    return this;
  }
  onFormSubmit(): GoogleAppsScript.Script.FormTriggerBuilder {
    this.d.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    return createTrigger(this.rt, this.d);
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];

export class ClockTriggerBuilder implements GoogleAppsScript.Script.ClockTriggerBuilder {
  constructor(
    readonly rt: Runtime,
    private readonly d: Draft & { schedule: ClockSchedule },
  ) {}
  /** As documented, n must be 1, 5, 10, 15 or 30 (the error text is the emulator's own). */
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const v = Number(n);
    if (!EVERY_MINUTES.includes(v)) throw this.rt.error('everyMinutes: n must be 1, 5, 10, 15 or 30.');
    this.d.schedule.everyMinutes = v;
    return this;
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.everyHours = this._positive(n, 'everyHours');
    return this;
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.everyDays = this._positive(n, 'everyDays');
    return this;
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.everyWeeks = this._positive(n, 'everyWeeks');
    return this;
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const h = Math.trunc(Number(hour));
    if (!(h >= 0 && h <= 23)) throw this.rt.error('Invalid argument: hour');
    this.d.schedule.atHour = h;
    return this;
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const m = Math.trunc(Number(minute));
    if (!(m >= 0 && m <= 59)) throw this.rt.error('Invalid argument: minute');
    this.d.schedule.nearMinute = m;
    return this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.onWeekDay = String(day);
    return this;
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const n = Math.trunc(Number(day));
    if (!(n >= 1 && n <= 31)) throw this.rt.error('Invalid argument: day');
    this.d.schedule.onMonthDay = n;
    return this;
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.timezone = String(timezone);
    return this;
  }
  at(date: Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.runAt = new Date(date).getTime();
    return this;
  }
  atDate(year: number, month: number, day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.runAt = Date.UTC(year, month - 1, day);
    return this;
  }
  /** Runs once, at least `durationMilliseconds` after now (emulated clock). */
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.d.schedule.runAt = this.rt.now() + Math.max(0, Number(durationMilliseconds) || 0);
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    const s = this.d.schedule;
    const kinds = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.runAt, s.onMonthDay].filter(
      (v) => v !== undefined,
    );
    // Message unconfirmed.
    if (kinds.length !== 1) throw this.rt.error('A time-based trigger needs exactly one schedule.');
    return createTrigger(this.rt, this.d);
  }
  _positive(n: number, name: string): number {
    const v = Math.trunc(Number(n));
    if (!(v >= 1)) throw this.rt.error(`Invalid argument: ${name}`);
    return v;
  }
}

export class TriggerBuilder
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'forForm' | 'forSpreadsheet' | 'timeBased'>
{
  constructor(
    readonly rt: Runtime,
    private readonly handler: string,
  ) {}
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.rt, {
      handler: this.handler,
      source: 'SPREADSHEETS',
      sourceId: idOf(sheet),
      eventType: null,
      schedule: null,
    });
  }
  forForm(form: GoogleAppsScript.Forms.Form | string): GoogleAppsScript.Script.FormTriggerBuilder {
    return new FormTriggerBuilder(this.rt, {
      handler: this.handler,
      source: 'FORMS',
      sourceId: idOf(form),
      eventType: null,
      schedule: null,
    });
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.rt, {
      handler: this.handler,
      source: 'CLOCK',
      sourceId: null,
      eventType: 'CLOCK',
      schedule: {},
    });
  }
}

export class ScriptApp
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'deleteTrigger'
      | 'getAuthorizationInfo'
      | 'getInstallationSource'
      | 'getOAuthToken'
      | 'getProjectTriggers'
      | 'getScriptId'
      | 'getUserTriggers'
      | 'newTrigger'
    >
{
  readonly AuthMode = E.AuthModeEnum;
  readonly AuthorizationStatus = E.AuthorizationStatus;
  readonly EventType = E.EventType;
  readonly InstallationSource = E.InstallationSource;
  readonly TriggerSource = E.TriggerSource;
  readonly WeekDay = E.Weekday;

  constructor(readonly rt: Runtime) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.rt.requireAuth('ScriptApp.newTrigger', 'FULL');
    return new TriggerBuilder(
      this.rt,
      String(functionName),
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** The current user's triggers for this script. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.rt.requireAuth('ScriptApp.getProjectTriggers', 'FULL');
    return this.rt.triggers
      .filter((t) => !t.deleted && t.user === this.rt.user)
      .map((t) => new Trigger(this.rt, t));
  }
  /** The current user's triggers that belong to that file (its own, and clock triggers made in it). */
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    this.rt.requireAuth('ScriptApp.getUserTriggers', 'FULL');
    const id = idOf(document);
    return this.rt.triggers
      .filter((t) => !t.deleted && t.user === this.rt.user && t.document === id)
      .map((t) => new Trigger(this.rt, t));
  }
  /** Deleting a trigger that is already gone does nothing. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.rt.requireAuth('ScriptApp.deleteTrigger', 'FULL');
    if (!(trigger instanceof Trigger)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for ScriptApp.deleteTrigger.",
      );
    }
    const m = this.rt.triggers.find((t) => t.id === trigger.model.id);
    if (m) m.deleted = true;
  }
  /** NOT_REQUIRED unless `emu.authorizationRequired` is set. */
  getAuthorizationInfo(
    _authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    return new AuthorizationInfo(this.rt, this.rt.authorizationRequired);
  }
  getScriptId(): string {
    return 'emu-script-id';
  }
  getOAuthToken(): string {
    return 'emu-oauth-token';
  }
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return 'NONE' as unknown as GoogleAppsScript.Script.InstallationSource;
  }
}

instrument(ScriptApp, 'ScriptApp', 'script');
instrument(TriggerBuilder, 'TriggerBuilder', 'script');
instrument(SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder', 'script');
instrument(FormTriggerBuilder, 'FormTriggerBuilder', 'script');
instrument(ClockTriggerBuilder, 'ClockTriggerBuilder', 'script');
instrument(Trigger, 'Trigger', 'script');
instrument(AuthorizationInfo, 'AuthorizationInfo', 'script');
