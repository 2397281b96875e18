import type { LoadedBundle } from './bundle';

/**
 * Checks a value can cross google.script.run: primitives, arrays and plain objects only.
 * Real requests fail on Dates, functions and class instances, so the emulator fails too.
 */
export function assertLegalPayload(value: unknown, path = 'value'): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return;
  if (t === 'function') throw new Error(`google.script.run cannot carry a function (${path}).`);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`google.script.run cannot carry a Date (${path}): send an ISO string.`);
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertLegalPayload(v, `${path}[${i}]`));
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new Error(`google.script.run cannot carry a class instance (${path}).`);
  }
  for (const [k, v] of Object.entries(value as object)) assertLegalPayload(v, `${path}.${k}`);
}

/** Calls an entry point the way the sidebar does: arguments and result are checked and copied. */
export function callLikeScriptRun<T>(bundle: LoadedBundle, name: string, ...args: unknown[]): T {
  assertLegalPayload(args, `${name} arguments`);
  const copy = JSON.parse(JSON.stringify(args)) as unknown[];
  const result = bundle.call<T>(name, ...copy);
  assertLegalPayload(result, `${name} result`);
  return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
}
