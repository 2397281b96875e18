/**
 * Call counts and planned failures: the record of what the add-on called. Facades are wrapped
 * once (facades/instrument.ts), so a new method is counted without anyone remembering to do it.
 */

/** The Apps Script service a class belongs to, for `calls.total(service)`. */
export type Service =
  | 'spreadsheet'
  | 'ui'
  | 'html'
  | 'properties'
  | 'lock'
  | 'base'
  | 'forms'
  | 'script'
  | 'drive'
  | 'charts'
  /** The `Sheets` advanced service (Sheets API v4). */
  | 'sheets-api';

/** Counts of external calls by `"Class.method"`. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly services = new Map<string, Service>();
  private order: string[] = [];

  record(name: string, service: Service): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.services.set(name, service);
    this.order.push(name);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls, or those of one service. */
  total(service?: Service): number {
    let n = 0;
    for (const [name, count] of this.counts) if (!service || this.services.get(name) === service) n += count;
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Calls made since `before` (a `snapshot()`), zero entries left out. */
  diff(before: Record<string, number>): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, count] of this.counts) {
      const d = count - (before[name] ?? 0);
      if (d !== 0) out[name] = d;
    }
    return out;
  }

  /** The names of all calls in order, for tests that care about sequence. */
  log(): readonly string[] {
    return this.order;
  }

  reset(): void {
    this.counts.clear();
    this.order = [];
  }
}

export interface FailOptions {
  /** Which call (1-based, counted from when the rule is added) throws; default 1. */
  nth?: number;
  message?: string;
}

/** A real Apps Script message for a transient backend failure. */
export const DEFAULT_FAILURE = "We're sorry, a server error occurred. Please wait a bit and try again.";

interface Rule {
  readonly method: string;
  readonly nth: number;
  readonly message: string;
  seen: number;
}

/** Every "Class.method" that `instrument` wrapped, so `failOn` can refuse a misspelt name. */
export const KNOWN_METHODS = new Set<string>();

/** Planned failures: the nth call of a method throws, the others go through. */
export class FailurePlan {
  private rules: Rule[] = [];

  add(method: string, opts: FailOptions = {}): void {
    if (!/^[A-Za-z]+\.[A-Za-z0-9]+$/.test(method))
      throw new Error(`failOn: expected "Class.method", got "${method}"`);
    if (!KNOWN_METHODS.has(method)) throw new Error(`failOn: the emulator has no method "${method}"`);
    const nth = opts.nth ?? 1;
    if (!Number.isInteger(nth) || nth < 1)
      throw new Error(`failOn: nth must be a positive integer, got ${nth}`);
    this.rules.push({ method, nth, message: opts.message ?? DEFAULT_FAILURE, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The message to throw for this call, or null. */
  check(name: string): string | null {
    let message: string | null = null;
    for (const rule of this.rules) {
      if (rule.method !== name) continue;
      rule.seen++;
      if (rule.seen === rule.nth) message = rule.message;
    }
    return message;
  }
}
