/**
 * Property stores with the documented quotas: 9 KB per value and 500 KB per store (keys and values
 * counted in UTF-8 bytes). A write past either limit throws and changes nothing.
 */
import type { Runtime } from '../state/runtime';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
/**
 * The real message for a full store. Public reports show the same text when one value is over
 * 9 KB, but that case is less well attested.
 */
export const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += bytes(k) + bytes(v);
  return n;
}

/** Non-strings are stored as `String(value)`, as the service converts them. */
export function writeProperties(
  rt: Runtime,
  store: Map<string, string>,
  entries: Record<string, unknown>,
  replaceAll: boolean,
): void {
  const next = replaceAll ? new Map<string, string>() : new Map(store);
  for (const [k, v] of Object.entries(entries)) {
    const value = String(v);
    if (bytes(value) > MAX_VALUE_BYTES) throw rt.error(QUOTA_MESSAGE);
    next.set(k, value);
  }
  if (storeBytes(next) > MAX_STORE_BYTES) throw rt.error(QUOTA_MESSAGE);
  store.clear();
  for (const [k, v] of next) store.set(k, v);
}

/** The store under `key` (a document id or a user), made on first use. */
export function storeFor(outer: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let s = outer.get(key);
  if (!s) {
    s = new Map();
    outer.set(key, s);
  }
  return s;
}
