import { parseTimestamp } from './dates';
import type { Detection } from './detect';
import type { Repeats } from './summary';
import { type EncodedTable, selectRows } from './encode';
import type { ResponseTable } from './table';

/**
 * Repeat submissions: the same e-mail address answering more than once (a form that does not
 * limit people to one response). Always counted and reported; with `latestOnly`, only each
 * address's latest response (by the response time, else the later row) is kept. Responses with
 * no address are always kept: there is nothing to tell their people apart by.
 */
export function keepLatest(
  table: ResponseTable,
  detection: Pick<Detection, 'email' | 'timestamp' | 'repeats'>,
  latestOnly: boolean,
): { table: ResponseTable; repeats: Repeats | null } {
  const { email, timestamp } = detection;
  const kept = latestMask(
    table.rows.length,
    detection,
    latestOnly,
    (r) => addressKey(table.rows[r]![email!]),
    (r) => (timestamp === null ? null : parseTimestamp(table.rows[r]![timestamp])),
  );
  if (kept.mask === null) return { table, repeats: kept.repeats };
  const mask = kept.mask;
  return { table: { ...table, rows: table.rows.filter((_, r) => mask[r] === 1) }, repeats: kept.repeats };
}

/** `keepLatest` for a coded table: each column's distinct values are read once. */
export function keepLatestEncoded(
  table: EncodedTable,
  detection: Pick<Detection, 'email' | 'timestamp' | 'repeats'>,
  latestOnly: boolean,
): { table: EncodedTable; repeats: Repeats | null } {
  const { email, timestamp } = detection;
  if (!latestOnly || email === null || !detection.repeats?.extra) {
    return {
      table,
      repeats: detection.repeats && email !== null ? { ...detection.repeats, latestOnly } : null,
    };
  }
  const perValue = <T>(column: number | null, f: (v: unknown) => T): T[] =>
    column === null ? [] : table.columns[column]!.values.map(f);
  // Per distinct value: the address key and the time, then per response a lookup.
  const keys = perValue(email, addressKey);
  const times = perValue(timestamp, parseTimestamp);
  const idOf = (column: number | null, r: number) => table.columns[column!]!.ids[r]!;
  const kept = latestMask(
    table.rows,
    detection,
    latestOnly,
    (r) => keys[idOf(email, r)] ?? null,
    (r) => (timestamp === null ? null : (times[idOf(timestamp, r)] ?? null)),
  );
  return kept.mask === null
    ? { table, repeats: kept.repeats }
    : { table: selectRows(table, kept.mask), repeats: kept.repeats };
}

/** An address as repeats are told apart: trimmed, lower case; null when the cell is not text. */
const addressKey = (v: unknown): string | null => (typeof v === 'string' ? v.trim().toLowerCase() : null);

/**
 * Which responses to keep: each address's latest (by time; a tie, or no time, goes to the later
 * row, as Forms appends) and every response without an address; null to keep them all.
 */
function latestMask(
  rows: number,
  detection: Pick<Detection, 'email' | 'timestamp' | 'repeats'>,
  latestOnly: boolean,
  keyOf: (row: number) => string | null,
  timeOf: (row: number) => number | null,
): { mask: Uint8Array | null; repeats: Repeats | null } {
  const column = detection.email;
  if (column === null || detection.repeats === null) return { mask: null, repeats: null };
  // Detection counted the repeats already; the rows are read again only to keep each latest.
  const repeats: Repeats = { ...detection.repeats, latestOnly };
  if (!latestOnly || repeats.extra === 0) return { mask: null, repeats };
  const latest = new Map<string, { row: number; time: number }>();
  for (let r = 0; r < rows; r++) {
    const key = keyOf(r);
    if (key === null || key === '') continue;
    const time = timeOf(r) ?? Number.NEGATIVE_INFINITY;
    const seen = latest.get(key);
    // Later in time wins; a tie (or no time) goes to the later row, as Forms appends.
    if (!seen || time >= seen.time) latest.set(key, { row: r, time });
  }
  const mask = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const key = keyOf(r);
    mask[r] = key === null || key === '' || latest.get(key)?.row === r ? 1 : 0;
  }
  return { mask, repeats };
}

/** What the reader should know about repeats; null when there are none. */
export function repeatsMessage(r: Repeats): string | null {
  if (r.extra === 0) return null;
  const who = `${r.addresses} e-mail address${r.addresses === 1 ? '' : 'es'}`;
  const extra = `${r.extra} more response${r.extra === 1 ? '' : 's'}`;
  return r.latestOnly
    ? `${who} answered more than once: only each one's latest response is counted (${extra} left out).`
    : `${who} answered more than once (${extra} than people): every response is counted. ` +
        'Choose "one response per person" to count only each address\'s latest.';
}
