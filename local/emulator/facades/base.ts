/** Session, Logger, Utilities and console: quiet by default, everything recorded in `emu.logs`. */
import { formatDate, isDate } from '../behaviour/dates';
import { formatMessage, record } from '../behaviour/logs';
import type { Runtime } from '../state/runtime';
import { provide } from './factory';
import { instrument } from './instrument';

export class User implements GoogleAppsScript.Base.User {
  constructor(
    readonly rt: Runtime,
    private readonly email: string,
  ) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script; the email, as it returned. */
  getUserLoginId(): string {
    return this.email;
  }
}

export class Session implements GoogleAppsScript.Base.Session {
  constructor(readonly rt: Runtime) {}

  /** Empty in AuthMode.NONE, where the real service withholds the user's identity. */
  getActiveUser(): GoogleAppsScript.Base.User {
    return new User(this.rt, this.rt.authMode === 'NONE' ? '' : this.rt.user);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new User(this.rt, this.rt.authMode === 'NONE' ? '' : this.rt.user);
  }
  getActiveUserLocale(): string {
    return 'en';
  }
  getScriptTimeZone(): string {
    return this.rt.timeZone;
  }
  /** Deprecated aliases, still callable in Apps Script. */
  getTimeZone(): string {
    return this.rt.timeZone;
  }
  getUser(): GoogleAppsScript.Base.User {
    return this.getActiveUser();
  }
  /** Stable per user and script, opaque, as the real key is. */
  getTemporaryActiveUserKey(): string {
    let h = 2166136261;
    for (const ch of this.rt.user) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `emu-user-${h.toString(36)}`;
  }
}

export class Logger implements GoogleAppsScript.Base.Logger {
  private lines: string[] = [];

  constructor(readonly rt: Runtime) {}

  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    this.lines.push(record(this.rt, 'Logger', args));
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines = [];
  }
}

/** The console global of the Apps Script runtime. */
export class EmuConsole {
  private readonly timers = new Map<string, number>();

  constructor(readonly rt: Runtime) {}

  log(...args: unknown[]): void {
    record(this.rt, 'log', args);
  }
  info(...args: unknown[]): void {
    record(this.rt, 'info', args);
  }
  warn(...args: unknown[]): void {
    record(this.rt, 'warn', args);
  }
  error(...args: unknown[]): void {
    record(this.rt, 'error', args);
  }
  time(label: string): void {
    this.timers.set(String(label), this.rt.now());
  }
  timeEnd(label: string): void {
    const start = this.timers.get(String(label));
    if (start === undefined) return;
    this.timers.delete(String(label));
    record(this.rt, 'log', [`${label}: ${this.rt.now() - start}ms`]);
  }
}

export class Utilities
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'formatString' | 'getUuid' | 'sleep'>
{
  constructor(readonly rt: Runtime) {}

  /** SimpleDateFormat patterns in an IANA zone or "GMT+h" offset. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) {
      throw this.rt.error(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    return formatDate(date, String(timeZone), String(format));
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatMessage([template, ...args]);
  }
  /** Deterministic v4-shaped ids, so snapshots of a run are repeatable. */
  getUuid(): string {
    const n = this.rt.next().toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`;
  }
  /** Advances the emulated clock instead of blocking. */
  sleep(milliseconds: number): void {
    this.rt.advance(Number(milliseconds) || 0);
  }
}

instrument(User, 'User', 'base');
instrument(Session, 'Session', 'base');
instrument(Logger, 'Logger', 'base');
instrument(EmuConsole, 'console', 'base');
instrument(Utilities, 'Utilities', 'base');

provide({ user: (rt, email) => new User(rt, email) });
