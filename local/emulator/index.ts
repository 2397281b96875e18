/**
 * An in-memory emulator of the Apps Script services the add-on uses. `createEmulator()` gives the
 * globals (install them on globalThis for jest, or make them a vm context's globals for the built
 * bundle), the active spreadsheet with inspection helpers, the UI record, call counts and failure
 * injection, and the outside world's side of forms, triggers and Drive sharing (`emu.forms`,
 * `emu.triggers`, `emu.drive`). New services plug in through `registerService`.
 */
import vm from 'node:vm';
import { holdLock, releaseHeldLock } from './behaviour/locks';
import { quotaReport } from './behaviour/quotas';
import { type SheetSnapshot, type SpreadsheetSnapshot, snapshotSheet } from './behaviour/snapshot';
import { newSpreadsheet } from './behaviour/structure';
import { createGlobals, type DriveAdvanced, make, modelOf, type SheetsAdvanced } from './facades';
import type { CallCounter, FailOptions } from './state/counter';
import { type AccountKind, QuotaState } from './state/quotas';
import {
  type AuthMode,
  type FormLinkShape,
  type FormsLanguage,
  type LockKind,
  type Reinterpretation,
  Runtime,
} from './state/runtime';
import type { LogEntry, UiState } from './state/ui';
import { type EmuDrive, emuDrive } from './world/drive';
import { type EmuForms, emuForms } from './world/forms';
import { type EmuTriggers, emuTriggers } from './world/triggers';

export type { AuthMode, FormLinkShape, FormsLanguage, LockKind, Reinterpretation } from './state/runtime';
export type { AccountKind } from './state/quotas';
export type { LogEntry, MenuEntry, MenuRecord, UiState } from './state/ui';
export type { CallCounter, FailOptions, Service } from './state/counter';
export type {
  ChartSnapshot,
  ConditionalFormatSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  SpreadsheetSnapshot,
  ValidationSnapshot,
} from './behaviour/snapshot';
export type { CellBorders, Edge } from './state/cells';
export { columnLetters, columnNumber, formatA1, parseA1 } from './behaviour/a1';
export type { SharingInfo } from './behaviour/sharing';
export type { PermissionRecord } from './state/drive';
export type {
  FormAnswers,
  FormAnswerValue,
  FormInfo,
  SubmitOptions,
  SubmitResult,
} from './behaviour/responses';
export type { ClockSchedule, ExecutionRecord, TriggerInfo, TriggerTarget } from './state/triggers';
import type { TriggerTarget } from './state/triggers';
export type { ServiceDefinition } from './facades';
export { registerService } from './facades';
export type { EmuDrive, EmuForms, EmuTriggers };
export type { OverlapCall } from './world/triggers';

export interface EmulatorOptions {
  /** Name of the active spreadsheet (default "Untitled spreadsheet"). */
  spreadsheetName?: string;
  /** The user's email (default "teacher@example.org"). */
  user?: string;
  /** Spreadsheet and script time zone (default "America/New_York"). */
  timeZone?: string;
  /** Locale of the spreadsheets (default "en_US"): how typed dates are read (6/8 is June 8 in en_US). */
  locale?: string;
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
  /**
   * An add-on's time-driven trigger runs with its document (default false: no active spreadsheet,
   * document properties or document lock, as behaviour/executions.ts explains).
   */
  clockTriggerDocument?: boolean;
  /**
   * Model Apps Script's execution quotas for this kind of account (default: none): calls take
   * emulated time, trigger runs count against the daily trigger runtime (90 min consumer, 6 h
   * Workspace), 6 min per run, 30 simultaneous runs per user (behaviour/quotas.ts).
   */
  quotas?: AccountKind;
  /**
   * What a linked tab's `getFormUrl()` reports (default 'id', `…/forms/d/<id>/viewform`);
   * 'responder' gives the responder link `…/forms/d/e/<key>/viewform`, which holds no form id.
   */
  formLinks?: FormLinkShape;
  /** The form owner's language (default 'en'): 'es' names the columns "Marca temporal", … */
  formsLanguage?: FormsLanguage;
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
  /** The script's clock: `new Date()` and `Date.now()` read the emulated time (behaviour/clock.ts). */
  Date: DateConstructor;
  [service: string]: unknown;
}

/** The real interface plus inspection helpers, which are not counted as service calls. */
export interface EmuSpreadsheet extends GoogleAppsScript.Spreadsheet.Spreadsheet {
  snapshot(): SpreadsheetSnapshot;
}
export interface EmuSheet extends GoogleAppsScript.Spreadsheet.Sheet {
  snapshot(): SheetSnapshot;
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
  /**
   * Every string written with setValue(s)/setFormula(s)/appendRow that Sheets read as something
   * other than text ("9-12" → a date, "007" → 7, "+x" → a formula), in order: `{ sheet, a1,
   * written, became }`. A test asserts the add-on's text cells stayed text by finding none.
   */
  readonly reinterpreted: readonly Reinterpretation[];
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
  /** Who the script runs as now (the emulated user, unless inside `asUser`). */
  readonly user: string;
  /**
   * Runs `fn` as another user (a second editor of the spreadsheet): Session, user properties,
   * triggers made, files made and what the advanced services may open are theirs.
   */
  asUser<T>(email: string, fn: () => T): T;
  /** Trigger time a user used in the current quota window, and the day's limit; null without quotas. */
  triggerTime(user?: string): { usedMs: number; limitMs: number } | null;
}

/** The snapshot of any sheet the emulator made. */
export function snapshotOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetSnapshot {
  const m = modelOf.sheet(sheet);
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
    locale: opts.locale,
    ...(opts.formLinks ? { formLinks: opts.formLinks } : {}),
    ...(opts.formsLanguage ? { formsLanguage: opts.formsLanguage } : {}),
  });
  rt.active = newSpreadsheet(rt, opts.spreadsheetName ?? 'Untitled spreadsheet');
  if (opts.htmlFiles) rt.htmlFiles = { ...opts.htmlFiles };
  if (opts.addonTriggerRules !== undefined) rt.addonTriggerRules = opts.addonTriggerRules;
  if (opts.clockTriggerDocument !== undefined) rt.clockTriggerDocument = opts.clockTriggerDocument;
  if (opts.quotas) rt.quotas = new QuotaState(opts.quotas);
  const globals = createGlobals(rt) as EmulatorGlobals;
  rt.globals = globals;

  const saved = new Map<object, Map<string, PropertyDescriptor | undefined>>();

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
      return make.spreadsheet(rt.activeModel()) as EmuSpreadsheet;
    },
    get spreadsheets() {
      return new Map([...rt.spreadsheets].map(([id, m]) => [id, make.spreadsheet(m) as EmuSpreadsheet]));
    },
    sheet(name: string) {
      const m = rt.activeModel().findSheet(name);
      if (!m) throw new Error(`No sheet named "${name}"`);
      return make.sheet(m) as EmuSheet;
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
    reinterpreted: rt.reinterpreted,
    holdLock: (kind, o) => holdLock(rt, kind, o?.forMs),
    releaseHeldLock: (kind) => releaseHeldLock(rt, kind),
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
    forms: emuForms(rt),
    triggers: emuTriggers(rt),
    drive: emuDrive(rt),
    get user() {
      return rt.user;
    },
    asUser(email, fn) {
      const saved = rt.user;
      rt.user = String(email).trim().toLowerCase();
      try {
        return fn();
      } finally {
        rt.user = saved;
      }
    },
    triggerTime: (user) => quotaReport(rt, user ?? rt.user),
  };
}
