/**
 * JSON kept in PropertiesService, whose quotas are 9 KB per value and 500 KB per store (UTF-8
 * bytes of keys and values). A long JSON string is split into values of at most CHUNK_BYTES
 * under `<base>:0..n-1`, with `<base>` = `{"chunks":n,"length":L}` so a missing or cut chunk is
 * caught instead of parsed into something else.
 */

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
/** Leaves room under 9 KB for the service's own accounting. */
export const CHUNK_BYTES = 8 * 1024;

/** UTF-8 length of a string (lone surrogates count 3, as they are stored as U+FFFD). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Total bytes of a set of properties, keys included, as the quota counts them. */
export function propsBytes(props: Readonly<Record<string, string>>): number {
  let n = 0;
  for (const [k, v] of Object.entries(props)) n += utf8Bytes(k) + utf8Bytes(v);
  return n;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function splitUtf8(text: string, maxBytes = CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const width = pair ? 2 : 1;
    const size = utf8Bytes(text.slice(i, i + width));
    if (bytes + size > maxBytes) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}

export const chunkKey = (base: string, i: number) => `${base}:${i}`;

/** The properties that hold `json` under `base`. */
export function encodeChunks(base: string, json: string): Record<string, string> {
  const chunks = splitUtf8(json);
  const out: Record<string, string> = {
    [base]: JSON.stringify({ chunks: chunks.length, length: json.length }),
  };
  chunks.forEach((c, i) => {
    out[chunkKey(base, i)] = c;
  });
  return out;
}

export type Decoded = { ok: true; json: string } | { ok: false; reason: string } | null;

/** The JSON text stored under `base`, null when there is none, or why it cannot be read back. */
export function decodeChunks(props: Readonly<Record<string, string>>, base: string): Decoded {
  const head = props[base];
  if (head === undefined) return null;
  let index: unknown;
  try {
    index = JSON.parse(head);
  } catch {
    return { ok: false, reason: 'its index is not readable' };
  }
  const { chunks, length } = (index ?? {}) as { chunks?: unknown; length?: unknown };
  if (typeof chunks !== 'number' || !Number.isInteger(chunks) || chunks < 1 || typeof length !== 'number') {
    return { ok: false, reason: 'its index is not readable' };
  }
  let json = '';
  for (let i = 0; i < chunks; i++) {
    const part = props[chunkKey(base, i)];
    if (part === undefined) return { ok: false, reason: `part ${i + 1} of ${chunks} is missing` };
    json += part;
  }
  if (json.length !== length) return { ok: false, reason: 'its parts do not add up' };
  return { ok: true, json };
}

/** Keys of every chunk under `base` in `props`, to clear before writing fewer chunks. */
export function chunkKeys(props: Readonly<Record<string, string>>, base: string): string[] {
  const prefix = `${base}:`;
  return Object.keys(props).filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)));
}
