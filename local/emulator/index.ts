/**
 * An in-memory emulator of the Apps Script services the add-on uses. `createEmulator()` gives the
 * globals (install them on globalThis for jest, or make them a vm context's globals for the built
 * bundle), the active spreadsheet with inspection helpers, the UI record, call counts and failure
 * injection. New services (FormApp, ScriptApp, DriveApp...) plug in through `registerService`.
 */
import vm from 'node:vm';
import { EmuConsole, Logger, Session, Utilities } from './base';
import type { CallCounter, FailOptions } from './counter';
import { HtmlService } from './html';
import { LockService, lockKey } from './lock';
import { PropertiesService } from './properties';
import { type AuthMode, type LockKind, type LogEntry, Runtime, type UiState } from './runtime';
import { sheetModelOf, sheetOf } from './sheet';
import { type SheetSnapshot, type SpreadsheetSnapshot, snapshotSheet } from './snapshot';
import { spreadsheetOf } from './spreadsheet';
import { newSpreadsheet, SpreadsheetApp } from './spreadsheetApp';

export type { AuthMode, LockKind, LogEntry, MenuEntry, MenuRecord, UiState } from './runtime';
export type { CallCounter, FailOptions, Service } from './counter';
export type {
  ConditionalFormatSnapshot,
  ProtectionSnapshot,
  SheetSnapshot,
  SpreadsheetSnapshot,
  ValidationSnapshot,
} from './snapshot';
export type { CellBorders, Edge } from './model';
export { columnLetters, columnNumber, formatA1, parseA1 } from './a1';

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
        holder: 'other',
        count: 0,
        releaseAt: forMs === undefined ? Number.POSITIVE_INFINITY : rt.now() + forMs,
      });
    },
    releaseHeldLock(kind) {
      if (rt.locks.get(held(kind))?.holder === 'other') rt.locks.delete(held(kind));
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
  };
}
