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

/**
 * Property stores seen in emulated time, inside a timeline (executions at their own times, run one
 * after another: behaviour/executions.ts `runTimeline`). Every write is kept with its time, and a
 * read returns each key as it was at the reader's time: a run that started earlier than one that
 * already ran does not see what that run wrote later (a lease it took, a time it recorded), as it
 * would not have. The store itself always holds each key's latest value in time. Outside a
 * timeline nothing is kept and reads are plain.
 */
interface Version {
  readonly at: number;
  readonly value: string | undefined;
}

const histories = new WeakMap<Map<string, string>, Map<string, Version[]>>();

/** Records `entries` (undefined: deleted) as written at `rt.now()`, and keeps the store at the latest values. */
export function versioned(
  rt: Runtime,
  store: Map<string, string>,
  entries: Record<string, string | undefined>,
): void {
  if (rt.clockHook === null) return;
  let h = histories.get(store);
  if (!h) {
    h = new Map();
    histories.set(store, h);
  }
  const at = rt.now();
  for (const [key, value] of Object.entries(entries)) {
    let list = h.get(key);
    if (!list) {
      // What the key held before the timeline wrote it.
      list = [{ at: Number.NEGATIVE_INFINITY, value: store.get(key) }];
      h.set(key, list);
    }
    let i = list.length;
    while (i > 0 && (list[i - 1] as Version).at > at) i--;
    list.splice(i, 0, { at, value });
    const latest = (list[list.length - 1] as Version).value;
    if (latest === undefined) store.delete(key);
    else store.set(key, latest);
  }
}

/** The store as the current reader sees it: as of its time inside a timeline, else as it is. */
export function seenAt(rt: Runtime, store: Map<string, string>): Map<string, string> {
  const h = histories.get(store);
  if (!h || rt.clockHook === null) return store;
  const now = rt.now();
  const view = new Map(store);
  for (const [key, list] of h) {
    let v: Version | undefined;
    for (const x of list) if (x.at <= now) v = x;
    if (!v || v.value === undefined) view.delete(key);
    else view.set(key, v.value);
  }
  return view;
}
