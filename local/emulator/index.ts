/**
 * An in-memory emulator of the Apps Script services the add-on uses. `createEmulator()` gives the
 * globals (install them on globalThis for jest, or make them a vm context's globals for the built
 * bundle), the active spreadsheet with inspection helpers, the UI record, call counts and failure
 * injection, and the outside world's side of forms, triggers and Drive sharing (`emu.forms`,
 * `emu.triggers`, `emu.drive`). New services plug in through `registerService`.
 */
import vm from 'node:vm';
import { EmuConsole, Logger, Session, Utilities } from './base';
import { Charts } from './charts';
import type { CallCounter, FailOptions } from './counter';
import { DriveApp, type SharingInfo, sharingInfo } from './drive';
import { DriveAdvanced, type PermissionRecord } from './driveApi';
import { FormApp, formOf } from './forms/form';
import {
  type FormAnswers,
  type FormInfo,
  formInfo,
  type SubmitOptions,
  type SubmitResult,
  submit,
  submitConcurrently,
} from './forms/submit';
import { HtmlService } from './html';
import { LockService, lockKey } from './lock';
import { PropertiesService } from './properties';
import { type AuthMode, type LockKind, type LogEntry, OTHER_HOLDER, Runtime, type UiState } from './runtime';
import {
  clockEvent,
  type ExecutionRecord,
  runExecution,
  runOverlapping,
  ScriptApp,
  type TriggerInfo,
  type TriggerTarget,
  triggerInfo,
} from './script';
import { sheetModelOf, sheetOf } from './sheet';
import { type SheetSnapshot, type SpreadsheetSnapshot, snapshotSheet } from './snapshot';
import { spreadsheetOf } from './spreadsheet';
import { SheetsAdvanced } from './sheetsApi';
import { newSpreadsheet, SpreadsheetApp } from './spreadsheetApp';

export type { AuthMode, LockKind, LogEntry, MenuEntry, MenuRecord, UiState } from './runtime';
export type { CallCounter, FailOptions, Service } from './counter';
export type {
  ChartSnapshot,
  ConditionalFormatSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  SpreadsheetSnapshot,
  ValidationSnapshot,
} from './snapshot';
export type { CellBorders, Edge } from './model';
export { columnLetters, columnNumber, formatA1, parseA1 } from './a1';
export type { SharingInfo } from './drive';
export type { PermissionRecord } from './driveApi';
export type { FormAnswers, FormAnswerValue, FormInfo, SubmitOptions, SubmitResult } from './forms/submit';
export type { ClockSchedule, ExecutionRecord, TriggerInfo, TriggerTarget } from './script';

export interface EmulatorOptions {
  /** Name of the active spreadsheet (default "Untitled spreadsheet"). */
  spreadsheetName?: string;
  /** The user's email (default "teacher@example.org"). */
  user?: string;
  /** Spreadsheet and script time zone (default "America/New_York"). */
  timeZone?: string;
  /** Fixes the emulated clock's start; real time flows from now when left out. */
  now?: Date | number;
  /** Also print console/Logger output to the host console (default: record only). */
  echoLogs?: boolean;
  /** Caption of add-on menus, as the add-on's name shows in Extensions (default "Add-on"). */
  addonName?: string;
  /** Project HTML files by name, for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /**
   * Enforce the documented restrictions on installable triggers in add-ons (default true): one
   * trigger of each type per user per document, triggers only for the file the add-on runs in,
   * time-driven triggers at most hourly. False: a plain script's rules (only the 20-per-user cap).
   */
  addonTriggerRules?: boolean;
}

/** Everything the add-on may reference as a global. */
export interface EmulatorGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  console: Console;
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Charts: GoogleAppsScript.Charts.Charts;
  /** Advanced services (enabled in appsscript.json): Sheets API v4 and Drive API v3. */
  Sheets: SheetsAdvanced;
  Drive: DriveAdvanced;
  [service: string]: unknown;
}

/** The real interface plus inspection helpers, which are not counted as service calls. */
export interface EmuSpreadsheet extends GoogleAppsScript.Spreadsheet.Spreadsheet {
  snapshot(): SpreadsheetSnapshot;
}
export interface EmuSheet extends GoogleAppsScript.Spreadsheet.Sheet {
  snapshot(): SheetSnapshot;
}

/** The respondents' side of Google Forms (see forms/submit.ts). Not counted as add-on calls. */
export interface EmuForms {
  /** Submits one response: validates it, appends the row to the linked tab, fires form-submit triggers. */
  submit(formId: string, answers: FormAnswers, opts?: SubmitOptions): SubmitResult;
  /** Several responses at once: all rows first, then the trigger runs overlapping at lock acquisition. */
  submitConcurrently(
    formId: string,
    answersList: readonly FormAnswers[],
    opts?: SubmitOptions,
  ): SubmitResult[];
  /** Every form the emulator made. */
  list(): FormInfo[];
  /** The Form facade (its calls are counted like the add-on's). */
  get(formId: string): GoogleAppsScript.Forms.Form;
}

/** One function run as an overlapping execution (`emu.triggers.fireOverlapping`). */
export interface OverlapCall {
  readonly functionName: string;
  readonly event?: unknown;
  /** The spreadsheet active while it runs (default: the active one). */
  readonly documentId?: string;
}

/** Installable triggers from the outside: listing and firing them (see script.ts). */
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

export interface EmuDrive {
  /** Owner, editors, viewers, commenters and link sharing of a spreadsheet or form. */
  sharedWith(fileId: string): SharingInfo;
  /** Every `Drive.Permissions.create` made, with the file it was for. */
  readonly permissions: readonly (PermissionRecord & { readonly fileId: string })[];
  /** The user deletes a file (a spreadsheet): the add-on can no longer open it. */
  remove(fileId: string): void;
}

export interface Emulator {
  readonly globals: EmulatorGlobals;
  /** Assigns the globals onto `target` (default globalThis); `uninstall()` restores what was there. */
  install(target?: object): void;
  uninstall(): void;
  /** Makes exceptions and dates from getValues belong to that context's realm, as real ones would. */
  bindContext(context: vm.Context): void;
  /** The active spreadsheet. */
  readonly spreadsheet: EmuSpreadsheet;
  /** Every spreadsheet by id: the active one and those made with SpreadsheetApp.create. */
  readonly spreadsheets: Map<string, EmuSpreadsheet>;
  /** A tab of the active spreadsheet by name; throws if there is none. */
  sheet(name: string): EmuSheet;
  readonly calls: CallCounter;
  /** Makes the nth call (default 1st) of e.g. "Range.setValues" throw `Exception: message`. */
  failOn(method: string, opts?: FailOptions): void;
  clearFailures(): void;
  readonly ui: UiState;
  authMode: AuthMode;
  htmlFiles: Record<string, string>;
  readonly logs: LogEntry[];
  /** A simulated other execution holds this lock, for `forMs` of emulated time or until released. */
  holdLock(kind: LockKind, opts?: { forMs?: number }): void;
  releaseHeldLock(kind: LockKind): void;
  /** Copies of the property stores (document: the active spreadsheet's). */
  readonly properties: {
    script: Record<string, string>;
    user: Record<string, string>;
    document: Record<string, string>;
  };
  now(): Date;
  advanceClock(ms: number): void;
  /**
   * How fired triggers call the add-on: `(functionName, event) => result`, e.g.
   * `(name, e) => bundle.call(name, e)`. Firing without one throws.
   */
  setTriggerTarget(target: TriggerTarget | null): void;
  /** What ScriptApp.getAuthorizationInfo reports: REQUIRED when true (default false). */
  authorizationRequired: boolean;
  readonly forms: EmuForms;
  readonly triggers: EmuTriggers;
  readonly drive: EmuDrive;
}

export interface ServiceDefinition {
  /** The global name, e.g. "FormApp". */
  readonly name: string;
  create(rt: Runtime): unknown;
}

const registry: ServiceDefinition[] = [
  { name: 'SpreadsheetApp', create: (rt) => new SpreadsheetApp(rt) },
  { name: 'HtmlService', create: (rt) => new HtmlService(rt) },
  { name: 'PropertiesService', create: (rt) => new PropertiesService(rt) },
  { name: 'LockService', create: (rt) => new LockService(rt) },
  { name: 'Session', create: (rt) => new Session(rt) },
  { name: 'Logger', create: (rt) => new Logger(rt) },
  { name: 'Utilities', create: (rt) => new Utilities(rt) },
  { name: 'console', create: (rt) => new EmuConsole(rt) },
  { name: 'FormApp', create: (rt) => new FormApp(rt) },
  { name: 'ScriptApp', create: (rt) => new ScriptApp(rt) },
  { name: 'DriveApp', create: (rt) => new DriveApp(rt) },
  { name: 'Charts', create: (rt) => new Charts(rt) },
  { name: 'Sheets', create: (rt) => new SheetsAdvanced(rt) },
  { name: 'Drive', create: (rt) => new DriveAdvanced(rt) },
];

/** Adds (or replaces) a global service for emulators created from now on. */
export function registerService(def: ServiceDefinition): void {
  const i = registry.findIndex((d) => d.name === def.name);
  if (i >= 0) registry.splice(i, 1, def);
  else registry.push(def);
}

/** The snapshot of any sheet the emulator made. */
export function snapshotOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetSnapshot {
  const m = sheetModelOf(sheet);
  if (!m) throw new Error('snapshotOf: not an emulator sheet');
  return snapshotSheet(m);
}

export { Runtime };

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const rt = new Runtime({
    user: opts.user ?? 'teacher@example.org',
    timeZone: opts.timeZone ?? 'America/New_York',
    now: opts.now,
    echoLogs: opts.echoLogs,
    addonName: opts.addonName,
  });
  rt.active = newSpreadsheet(rt, opts.spreadsheetName ?? 'Untitled spreadsheet');
  if (opts.htmlFiles) rt.htmlFiles = { ...opts.htmlFiles };
  if (opts.addonTriggerRules !== undefined) rt.addonTriggerRules = opts.addonTriggerRules;
  const globals = Object.fromEntries(registry.map((d) => [d.name, d.create(rt)])) as EmulatorGlobals;
  rt.globals = globals;

  const saved = new Map<object, Map<string, PropertyDescriptor | undefined>>();
  const held = (kind: LockKind) => lockKey(rt, kind);

  return {
    globals,
    install(target: object = globalThis) {
      const before = saved.get(target) ?? new Map<string, PropertyDescriptor | undefined>();
      for (const [name, value] of Object.entries(globals)) {
        if (!before.has(name)) before.set(name, Object.getOwnPropertyDescriptor(target, name));
        Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
      }
      saved.set(target, before);
    },
    uninstall() {
      for (const [target, before] of saved) {
        for (const [name, desc] of before) {
          if (desc) Object.defineProperty(target, name, desc);
          else delete (target as Record<string, unknown>)[name];
        }
      }
      saved.clear();
    },
    bindContext(context: vm.Context) {
      rt.ErrorCtor = vm.runInContext('Error', context) as ErrorConstructor;
      rt.DateCtor = vm.runInContext('Date', context) as DateConstructor;
    },
    get spreadsheet() {
      return spreadsheetOf(rt.activeModel()) as EmuSpreadsheet;
    },
    get spreadsheets() {
      return new Map([...rt.spreadsheets].map(([id, m]) => [id, spreadsheetOf(m) as EmuSpreadsheet]));
    },
    sheet(name: string) {
      const m = rt.activeModel().findSheet(name);
      if (!m) throw new Error(`No sheet named "${name}"`);
      return sheetOf(m) as EmuSheet;
    },
    calls: rt.calls,
    failOn: (method, o) => rt.failures.add(method, o),
    clearFailures: () => rt.failures.clear(),
    ui: rt.ui,
    get authMode() {
      return rt.authMode;
    },
    set authMode(mode: AuthMode) {
      rt.authMode = mode;
    },
    get htmlFiles() {
      return rt.htmlFiles;
    },
    set htmlFiles(files: Record<string, string>) {
      rt.htmlFiles = files;
    },
    logs: rt.logs,
    holdLock(kind, o) {
      const forMs = o?.forMs;
      rt.locks.set(held(kind), {
        holder: OTHER_HOLDER,
        count: 0,
        releaseAt: forMs === undefined ? Number.POSITIVE_INFINITY : rt.now() + forMs,
      });
    },
    releaseHeldLock(kind) {
      if (rt.locks.get(held(kind))?.holder === OTHER_HOLDER) rt.locks.delete(held(kind));
    },
    get properties() {
      return {
        script: Object.fromEntries(rt.scriptProperties),
        user: Object.fromEntries(rt.userProperties.get(rt.user) ?? []),
        document: Object.fromEntries(rt.documentProperties.get(rt.activeModel().id) ?? []),
      };
    },
    now: () => new Date(rt.now()),
    advanceClock: (ms) => rt.advance(ms),
    setTriggerTarget(target) {
      rt.triggerTarget = target;
    },
    get authorizationRequired() {
      return rt.authorizationRequired;
    },
    set authorizationRequired(required: boolean) {
      rt.authorizationRequired = required;
    },
    forms: {
      submit: (formId, answers, o) => submit(rt, formId, answers, o),
      submitConcurrently: (formId, list, o) => submitConcurrently(rt, formId, list, o),
      list: () => [...rt.forms.values()].map(formInfo),
      get(formId) {
        const m = rt.forms.get(String(formId));
        if (!m) throw new Error(`emu.forms: no form with id "${formId}"`);
        return formOf(m);
      },
    },
    triggers: {
      list: () => rt.triggers.filter((t) => !t.deleted).map(triggerInfo),
      fire(triggerId, event) {
        const t = rt.triggers.find((x) => x.id === triggerId && !x.deleted);
        if (!t) throw new Error(`emu.triggers.fire: no live trigger "${triggerId}"`);
        const doc = t.document ? rt.spreadsheets.get(t.document) : undefined;
        const base: Record<string, unknown> =
          t.eventType === 'CLOCK'
            ? clockEvent(rt, t)
            : { authMode: 'FULL', triggerUid: t.id, ...(doc ? { source: spreadsheetOf(doc) } : {}) };
        return runExecution(rt, {
          functionName: t.handler,
          trigger: t,
          documentId: t.document,
          event: { ...base, ...event },
        });
      },
      fireTimeBased() {
        const due = rt.triggers.filter(
          (t) =>
            !t.deleted &&
            t.eventType === 'CLOCK' &&
            (t.schedule?.runAt === undefined || (t.fired === 0 && rt.now() >= t.schedule.runAt)),
        );
        return due.map((t) =>
          runExecution(rt, {
            functionName: t.handler,
            trigger: t,
            documentId: t.document,
            event: clockEvent(rt, t),
          }),
        );
      },
      fireOverlapping: (calls) =>
        runOverlapping(
          rt,
          calls.map((c) => ({ functionName: c.functionName, event: c.event, documentId: c.documentId })),
        ),
      get executions() {
        return rt.executions;
      },
    },
    drive: {
      sharedWith(fileId) {
        if (!rt.spreadsheets.has(fileId) && !rt.forms.has(fileId)) {
          throw new Error(`emu.drive.sharedWith: no file "${fileId}"`);
        }
        return sharingInfo(rt, fileId);
      },
      get permissions() {
        return rt.permissionLog;
      },
      remove(fileId) {
        if (rt.active?.id === fileId) throw new Error('emu.drive.remove: not the active spreadsheet');
        if (!rt.spreadsheets.delete(fileId)) throw new Error(`emu.drive.remove: no spreadsheet "${fileId}"`);
        rt.drive.delete(fileId);
      },
    },
  };
}
