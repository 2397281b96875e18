/**
 * The emulated account, as data: the user, auth mode, clock, call counters, UI record and logs,
 * every spreadsheet and form with their Drive sharing, triggers and executions, locks and property
 * stores. Every emulated object reaches it as `rt`. Small accessors only: what Google does with
 * this data is behaviour/.
 */
import { CallCounter, FailurePlan } from './counter';
import type { DriveFileModel, PermissionRecord } from './drive';
import type { FormModel } from './forms';
import type { QuotaState } from './quotas';
import type { SpreadsheetModel } from './spreadsheet';
import type { ExecutionRecord, TriggerModel, TriggerTarget } from './triggers';
import { emptyUi, type LogEntry, type UiState } from './ui';

/** The host's clock, taken before any emulator installs its own `Date` global. */
const hostNow = Date.now.bind(Date);

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';
export const AUTH_RANK: Record<AuthMode, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

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

/** A string written with setValue(s) that Sheets read as something other than text. */
export interface Reinterpretation {
  readonly sheet: string;
  /** The cell, e.g. "B7". */
  readonly a1: string;
  readonly written: string;
  /** The number, boolean or date it became, or the formula ("+x" becomes "=+x"). */
  readonly became: number | boolean | Date | { readonly formula: string };
}

export interface RuntimeOptions {
  user: string;
  timeZone: string;
  now?: Date | number;
  echoLogs?: boolean;
  addonName?: string;
  locale?: string;
  formLinks?: FormLinkShape;
  formsLanguage?: FormsLanguage;
}

/**
 * What `Sheet.getFormUrl()` reports for a linked tab: 'id' `…/forms/d/<id>/viewform`, or
 * 'responder' the responder link `…/forms/d/e/<key>/viewform`, which does not carry the id.
 */
export type FormLinkShape = 'id' | 'responder';

/** The language of the form owner's account, which names the Timestamp and e-mail columns. */
export type FormsLanguage = 'en' | 'es';

export class Runtime {
  readonly calls = new CallCounter();
  readonly failures = new FailurePlan();
  /** > 0 while emulator code runs, so its calls to its own methods are not counted. */
  depth = 0;
  authMode: AuthMode = 'FULL';
  /** Who the script runs as: the emulated user, or a trigger's owner while it runs (`emu.asUser`). */
  user: string;
  readonly timeZone: string;
  readonly echoLogs: boolean;
  /** The caption of `createAddonMenu()` menus: the add-on's name in the real UI. */
  readonly addonName: string;
  readonly logs: LogEntry[] = [];
  /** Every string written as typed input that did not stay text (`emu.reinterpreted`). */
  readonly reinterpreted: Reinterpretation[] = [];
  /** The locale of new spreadsheets (Spreadsheet.getSpreadsheetLocale). */
  readonly locale: string;
  /** The shape of the form link a linked tab reports (`createEmulator({ formLinks })`). */
  readonly formLinks: FormLinkShape;
  /** The language Forms writes the metadata headers in (`createEmulator({ formsLanguage })`). */
  readonly formsLanguage: FormsLanguage;
  readonly ui: UiState = emptyUi();
  htmlFiles: Record<string, string> = {};
  /** The emulator's globals, which template scriptlets can reach besides the template's own fields. */
  globals: Record<string, unknown> = {};
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  active: SpreadsheetModel | null = null;
  readonly locks = new Map<string, LockEntry>();
  /** The execution running now: "main", or the id of a trigger run (see script.ts). */
  execution: string = MAIN_EXECUTION;
  /** The trigger runs in progress, outermost first (overlapping runs nest). */
  readonly running: ExecutionRecord[] = [];
  /** Quotas and limits modelled (`createEmulator({ quotas })`), or null: none. */
  quotas: QuotaState | null = null;
  /**
   * Whether a time-driven trigger of an add-on runs with its document (active spreadsheet,
   * document properties and lock); false models the documented absence (see behaviour/executions.ts).
   */
  clockTriggerDocument = false;
  /** Called whenever the clock moves while a timeline runs: the outside world catches up (timeline.ts). */
  clockHook: ((now: number) => void) | null = null;
  /**
   * Lock holds by executions of a timeline, with their emulated times: a run that starts earlier in
   * emulated time than one that already ran finds the lock held for that run's interval.
   */
  readonly lockHolds = new Map<string, { readonly execution: string; readonly from: number; to: number }[]>();
  /** The files each user's add-on created through the advanced services (what `drive.file` reaches). */
  readonly appFiles = new Map<string, Set<string>>();
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
  /** While an execution of a timeline runs: its own clock (it started at its own emulated time). */
  private execClock: number | null = null;
  private seq = 0;

  constructor(opts: RuntimeOptions) {
    this.user = opts.user;
    this.timeZone = opts.timeZone;
    this.echoLogs = opts.echoLogs ?? false;
    this.addonName = opts.addonName ?? 'Add-on';
    this.locale = opts.locale ?? 'en_US';
    this.formLinks = opts.formLinks ?? 'id';
    this.formsLanguage = opts.formsLanguage ?? 'en';
    this.fixedNow = opts.now === undefined ? null : +opts.now;
  }

  /** An Apps Script-style exception: `name` "Exception", so `String(e)` reads "Exception: message". */
  error(message: string): Error {
    const e = new this.ErrorCtor(message);
    e.name = 'Exception';
    return e;
  }

  /**
   * Emulated time in ms: real time (or the fixed start) plus what sleeps, lock waits and (with
   * quotas) service calls added; inside an execution of a timeline, that execution's own clock.
   */
  now(): number {
    return this.execClock ?? (this.fixedNow ?? hostNow()) + this.skew;
  }

  advance(ms: number): void {
    if (!(ms > 0)) return;
    if (this.execClock !== null) this.execClock += ms;
    else this.skew += ms;
    this.clockHook?.(this.now());
  }

  /** Runs `fn` on a clock of its own starting at `at` (an execution of a timeline); returns its end time. */
  onOwnClock(at: number, fn: () => void): number {
    const saved = this.execClock;
    this.execClock = at;
    try {
      this.clockHook?.(at);
      fn();
      return this.execClock;
    } finally {
      this.execClock = saved;
    }
  }

  /** Moves the world's clock forward to `at` (never back). */
  advanceTo(at: number): void {
    const now = (this.fixedNow ?? hostNow()) + this.skew;
    if (at > now) this.skew += at - now;
  }

  /** A per-emulator sequence number, for deterministic ids. */
  next(): number {
    return ++this.seq;
  }

  activeModel(): SpreadsheetModel {
    if (!this.active) throw this.error('No active spreadsheet.');
    return this.active;
  }
}
