/**
 * Counting: every public method of a facade class is wrapped once, so calls from outside the
 * emulator are counted as `Class.method` and may be made to fail (`emu.failOn`), and a new
 * method is counted without anyone remembering to do it.
 */
import { chargeCall } from '../behaviour/quotas';
import { type CallCounter, type FailurePlan, KNOWN_METHODS, type Service } from '../state/counter';
import type { Runtime } from '../state/runtime';

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
      // With quotas on, the call takes emulated time, and a run past a limit stops here.
      chargeCall(rt as Runtime, service, this);
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

/**
 * Copies inherited methods onto the class's own prototype, then instruments it: `instrument`
 * wraps own methods only, and each class must count under its own name.
 */
export function instrumentWithInherited(cls: { prototype: object }, name: string, service: Service): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (let p = Object.getPrototypeOf(proto); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key === 'constructor' || Object.hasOwn(proto, key)) continue;
      const desc = Object.getOwnPropertyDescriptor(p, key);
      if (desc && typeof desc.value === 'function') Object.defineProperty(proto, key, desc);
    }
  }
  instrument(cls, name, service);
}

/** Runs user code (template scriptlets) as an outside caller, so its calls are counted. */
export function asCaller<T>(rt: Runtime, fn: () => T): T {
  const saved = rt.depth;
  rt.depth = 0;
  try {
    return fn();
  } finally {
    rt.depth = saved;
  }
}

/** One facade per model object, so the add-on can compare them and pass them back. */
export function facadeCache<M extends object, F>(create: (model: M) => F): (model: M) => F {
  const cache = new WeakMap<M, F>();
  return (model) => {
    let f = cache.get(model);
    if (!f) {
      f = create(model);
      cache.set(model, f);
    }
    return f;
  };
}
