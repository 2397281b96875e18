/**
 * ScriptApp: installable triggers (create, list, delete) with their builders. The limits and the
 * firing are behaviour/triggers.ts and behaviour/executions.ts; `emu.triggers` fires them.
 */
import { requireAuth } from '../behaviour/auth';
import { createTrigger as createModel, triggersOfUser } from '../behaviour/triggers';
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import type { ClockSchedule, TriggerDraft, TriggerModel } from '../state/triggers';
import { instrument } from './instrument';

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

/** Creates the trigger (behaviour/triggers.ts checks the limits) and its facade. */
const createTrigger = (rt: Runtime, d: TriggerDraft): GoogleAppsScript.Script.Trigger =>
  new Trigger(rt, createModel(rt, d));

function idOf(v: unknown): string {
  if (v && typeof v === 'object' && typeof (v as { getId?: unknown }).getId === 'function') {
    return String((v as { getId(): unknown }).getId());
  }
  return String(v);
}

export class SpreadsheetTriggerBuilder implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  constructor(
    readonly rt: Runtime,
    private readonly d: TriggerDraft,
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
    private readonly d: TriggerDraft,
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
    private readonly d: TriggerDraft & { schedule: ClockSchedule },
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
    requireAuth(this.rt, 'ScriptApp.newTrigger', 'FULL');
    return new TriggerBuilder(
      this.rt,
      String(functionName),
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  /** The current user's triggers for this script. */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    requireAuth(this.rt, 'ScriptApp.getProjectTriggers', 'FULL');
    return triggersOfUser(this.rt).map((t) => new Trigger(this.rt, t));
  }
  /** The current user's triggers that belong to that file (its own, and clock triggers made in it). */
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    requireAuth(this.rt, 'ScriptApp.getUserTriggers', 'FULL');
    const id = idOf(document);
    return triggersOfUser(this.rt, id).map((t) => new Trigger(this.rt, t));
  }
  /** Deleting a trigger that is already gone does nothing. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    requireAuth(this.rt, 'ScriptApp.deleteTrigger', 'FULL');
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
