import { parseTimestamp } from './dates';
import type { Detection } from './detect';
import type { Repeats } from './summary';
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
  const column = detection.email;
  if (column === null || detection.repeats === null) return { table, repeats: null };
  // Detection counted the repeats already; the rows are read again only to keep each latest.
  const repeats: Repeats = { ...detection.repeats, latestOnly };
  if (!latestOnly || repeats.extra === 0) return { table, repeats };
  const ts = detection.timestamp;
  const rows = table.rows;
  const latest = new Map<string, { row: number; time: number }>();
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r]![column];
    if (typeof v !== 'string') continue;
    const key = v.trim().toLowerCase();
    if (key === '') continue;
    const time =
      ts === null ? Number.NEGATIVE_INFINITY : (parseTimestamp(rows[r]![ts]) ?? Number.NEGATIVE_INFINITY);
    const seen = latest.get(key);
    // Later in time wins; a tie (or no time) goes to the later row, as Forms appends.
    if (!seen || time >= seen.time) latest.set(key, { row: r, time });
  }
  const kept = rows.filter((row, r) => {
    const v = row[column];
    return typeof v !== 'string' || latest.get(v.trim().toLowerCase())?.row === r || v.trim() === '';
  });
  return { table: { ...table, rows: kept }, repeats };
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
