/**
 * The state one emulator shares across its services: counters, auth mode, clock, UI records,
 * logs, the spreadsheets, locks and property stores. Every emulated object holds it as `rt`.
 */
import { CallCounter, FailurePlan } from './counter';
import type { DriveFileModel } from './drive';
import type { PermissionRecord } from './driveApi';
import type { FormModel } from './forms/model';
import type { SpreadsheetModel } from './model';
import type { ExecutionRecord, TriggerModel, TriggerTarget } from './script';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';
const AUTH_RANK: Record<AuthMode, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

export type ButtonName = 'ok' | 'cancel' | 'yes' | 'no' | 'close';

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly submenu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  /** True for `createAddonMenu()` (shown under Extensions), false for `createMenu(caption)`. */
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

export interface AlertRecord {
  readonly title?: string;
  readonly prompt: string;
  readonly buttons?: string;
}

export interface UiState {
  menus: MenuRecord[];
  alerts: AlertRecord[];
  prompts: AlertRecord[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[];
  toasts: { message: string; title: string; timeoutSeconds: number | null }[];
  /** The button every `alert` returns. */
  alertResponse: ButtonName;
  /** Answers for `prompt`, taken in order; when empty a prompt is closed with no text. */
  promptResponses: { button: ButtonName; text: string }[];
}

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  readonly text: string;
  readonly args: readonly unknown[];
}

export type LockKind = 'script' | 'user' | 'document';

/** The holder of a lock simulated by `emu.holdLock`. */
export const OTHER_HOLDER = 'other';
/** The execution id of code the test or runner calls directly (not through a trigger). */
export const MAIN_EXECUTION = 'main';

/**
 * Who holds each lock: "other" is a simulated second execution (`emu.holdLock`); any other value
 * is the id of an emulated execution ("main", or a trigger run's "exec-…").
 */
export interface LockEntry {
  holder: string;
  /** For an execution: how many of its Lock objects hold it. */
  count: number;
  /** For "other": emulated time at which it lets go (Infinity = never). */
  releaseAt: number;
}

export interface RuntimeOptions {
  user: string;
  timeZone: string;
  now?: Date | number;
  echoLogs?: boolean;
  addonName?: string;
}

export class Runtime {
  readonly calls = new CallCounter();
  readonly failures = new FailurePlan();
  /** > 0 while emulator code runs, so its calls to its own methods are not counted. */
  depth = 0;
  authMode: AuthMode = 'FULL';
  readonly user: string;
  readonly timeZone: string;
  readonly echoLogs: boolean;
  /** The caption of `createAddonMenu()` menus: the add-on's name in the real UI. */
  readonly addonName: string;
  readonly logs: LogEntry[] = [];
  readonly ui: UiState = {
    menus: [],
    alerts: [],
    prompts: [],
    sidebars: [],
    dialogs: [],
    toasts: [],
    alertResponse: 'ok',
    promptResponses: [],
  };
  htmlFiles: Record<string, string> = {};
  /** The emulator's globals, which template scriptlets can reach besides the template's own fields. */
  globals: Record<string, unknown> = {};
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  active: SpreadsheetModel | null = null;
  readonly locks = new Map<string, LockEntry>();
  /** The execution running now: "main", or the id of a trigger run (see script.ts). */
  execution: string = MAIN_EXECUTION;
  /**
   * Executions waiting to start in an overlapping run (`emu.triggers.fireOverlapping`): they all
   * start, one after another, the moment a running execution acquires a lock.
   */
  overlapQueue: (() => void)[] = [];
  readonly forms = new Map<string, FormModel>();
  readonly triggers: TriggerModel[] = [];
  readonly executions: ExecutionRecord[] = [];
  /** Calls the add-on's function by name when a trigger fires (`emu.setTriggerTarget`). */
  triggerTarget: TriggerTarget | null = null;
  /** Enforce the documented add-on trigger restrictions (one per type per document, own file only...). */
  addonTriggerRules = true;
  /** What ScriptApp.getAuthorizationInfo reports (`emu.authorizationRequired`). */
  authorizationRequired = false;
  /** Sharing of Drive files (spreadsheets and forms) by file id. */
  readonly drive = new Map<string, DriveFileModel>();
  /** Every `Drive.Permissions.create` that went through, in order (`emu.drive.permissions`). */
  readonly permissionLog: (PermissionRecord & { readonly fileId: string })[] = [];
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  readonly documentProperties = new Map<string, Map<string, string>>();
  /** The Error constructor exceptions are made with: another realm's after `bindContext`. */
  ErrorCtor: ErrorConstructor = Error;
  /** The Date constructor getValues builds dates with, so `instanceof Date` holds in the script. */
  DateCtor: DateConstructor = Date;
  private readonly fixedNow: number | null;
  private skew = 0;
  private seq = 0;

  constructor(opts: RuntimeOptions) {
    this.user = opts.user;
    this.timeZone = opts.timeZone;
    this.echoLogs = opts.echoLogs ?? false;
    this.addonName = opts.addonName ?? 'Add-on';
    this.fixedNow = opts.now === undefined ? null : +opts.now;
  }

  /** An Apps Script-style exception: `name` "Exception", so `String(e)` reads "Exception: message". */
  error(message: string): Error {
    const e = new this.ErrorCtor(message);
    e.name = 'Exception';
    return e;
  }

  /** Throws like the real service when the current auth mode is below `min`. */
  requireAuth(method: string, min: AuthMode): void {
    if (AUTH_RANK[this.authMode] < AUTH_RANK[min]) {
      // Real text for missing authorization; the "Required permissions: ..." tail is left off.
      throw this.error(`You do not have permission to call ${method}.`);
    }
  }

  /** Emulated time in ms: real time (or the fixed start) plus what sleeps and lock waits added. */
  now(): number {
    return (this.fixedNow ?? Date.now()) + this.skew;
  }

  advance(ms: number): void {
    if (ms > 0) this.skew += ms;
  }

  /** A per-emulator sequence number, for deterministic ids. */
  next(): number {
    return ++this.seq;
  }

  activeModel(): SpreadsheetModel {
    if (!this.active) throw this.error('No active spreadsheet.');
    return this.active;
  }

  /** Called by Lock when an execution acquires a lock: runs every pending overlapping execution. */
  lockAcquired(): void {
    for (let next = this.overlapQueue.shift(); next; next = this.overlapQueue.shift()) next();
  }

  /** Runs user code (template scriptlets) as an outside caller, so its calls are counted. */
  asCaller<T>(fn: () => T): T {
    const saved = this.depth;
    this.depth = 0;
    try {
      return fn();
    } finally {
      this.depth = saved;
    }
  }
}
