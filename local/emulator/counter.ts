/**
 * Call counting and failure injection for every emulated service method. Each emulator class is
 * wrapped once (`instrument`), so a new method is counted without anyone remembering to do it.
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
const KNOWN_METHODS = new Set<string>();

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

/** What the wrapper needs from the object a method is called on. */
export interface Tracked {
  readonly rt: {
    depth: number;
    readonly calls: CallCounter;
    readonly failures: FailurePlan;
    error(message: string): Error;
  };
}

/**
 * Wraps every public prototype method of `cls` so that calls from outside the emulator are
 * counted as `className.method` and may be made to fail. Calls the emulator makes to its own
 * methods (depth > 0) are neither counted nor failed. Names starting with `_` and `skip` are
 * left alone (inspection helpers for tests and the runner).
 */
export function instrument(
  cls: { prototype: object },
  className: string,
  service: Service,
  skip: readonly string[] = [],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || key.startsWith('_') || skip.includes(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!desc || typeof desc.value !== 'function') continue;
    const fn = desc.value as (...args: unknown[]) => unknown;
    const name = `${className}.${key}`;
    KNOWN_METHODS.add(name);
    const wrapped = function (this: Tracked, ...args: unknown[]): unknown {
      const rt = this.rt;
      if (rt.depth > 0) return fn.apply(this, args);
      rt.calls.record(name, service);
      const failure = rt.failures.check(name);
      if (failure !== null) throw rt.error(failure);
      rt.depth++;
      try {
        return fn.apply(this, args);
      } finally {
        rt.depth--;
      }
    };
    Object.defineProperty(wrapped, 'name', { value: key });
    Object.defineProperty(proto, key, { ...desc, value: wrapped });
  }
}
