import { formatDate, parseTimestamp } from './dates';
import { fail, ok, type Result } from './result';
import type { ResponseTable } from './table';
import { displayValue, isBlank, normalizeText } from './values';

/** A cutoff resolved by the caller: the instant it starts, and the date as the user wrote it. */
export interface WaveCutoff {
  readonly at: number;
  readonly label: string;
}

const isWaveCutoff = (c: unknown): c is WaveCutoff =>
  typeof c === 'object' && c !== null && !(c instanceof Date) && typeof (c as WaveCutoff).at === 'number';

/** How to break responses down: by the values of a column, or into waves by date cutoffs. */
export type GroupBy =
  | { readonly kind: 'value'; readonly column: string }
  | {
      readonly kind: 'waves';
      /** The timestamp column. */
      readonly column: string;
      /** Wave boundaries: Dates, or text such as "2024-01-15" (local midnight). */
      /**
       * Dates or date texts (read in the script's time zone), or instants already placed in
       * the spreadsheet's time zone with the text to show for them.
       */
      readonly cutoffs: readonly (Date | string | WaveCutoff)[];
    };

export const BLANK_GROUP = '(blank)';
export const NOT_A_DATE_GROUP = '(not a date)';

/** Each response's group, as an index into `labels`; groups with no respondents are not listed. */
export interface Grouping {
  readonly column: string;
  readonly labels: readonly string[];
  readonly sizes: readonly number[];
  readonly of: Int32Array;
  /** Wave boundaries as written into the summary (YYYY-MM-DD), or null for value groups. */
  readonly cutoffs: readonly string[] | null;
}

export function groupRows(table: ResponseTable, by: GroupBy): Result<Grouping> {
  const column = table.headers.indexOf(by.column);
  if (column < 0) {
    return fail(
      'unknown-column',
      `Cannot group by "${by.column}": the responses have no column with that header ` +
        `(they have ${table.headers.map((h) => `"${h}"`).join(', ')}).`,
    );
  }
  return by.kind === 'value' ? ok(byValue(table, column, by.column)) : byWave(table, column, by);
}

/**
 * Value groups: values that read the same apart from case or spacing (the text "12" and the
 * number 12 too) are one group, shown with the first spelling met; blank values form "(blank)" (as does a literal "(blank)"). Listed in natural
 * order ("School 2" before "School 10"), "(blank)" last.
 */
function byValue(table: ResponseTable, column: number, header: string): Grouping {
  const keyOf = new Map<string, number>();
  const firstLabels: string[] = [];
  const raw = new Int32Array(table.rows.length);
  const cache = new Map<string, number>();
  for (let r = 0; r < table.rows.length; r++) {
    const v = table.rows[r]![column];
    let g = typeof v === 'string' ? cache.get(v) : undefined;
    if (g === undefined) {
      const label = isBlank(v) ? BLANK_GROUP : displayValue(v);
      const key = label === BLANK_GROUP ? '' : normalizeText(label);
      g = keyOf.get(key);
      if (g === undefined) {
        g = firstLabels.length;
        keyOf.set(key, g);
        firstLabels.push(label);
      }
      if (typeof v === 'string') cache.set(v, g);
    }
    raw[r] = g;
  }
  const order = firstLabels.map((_, i) => i).sort((a, b) => compareGroups(firstLabels[a]!, firstLabels[b]!));
  return finish(header, raw, order, firstLabels, null);
}

function compareGroups(a: string, b: string): number {
  if (a === BLANK_GROUP || b === BLANK_GROUP)
    return (a === BLANK_GROUP ? 1 : 0) - (b === BLANK_GROUP ? 1 : 0);
  return naturalCompare(a, b);
}

const CHUNKS = /(\d+)/;

/** Case-insensitive, with digit runs compared as numbers. */
export function naturalCompare(a: string, b: string): number {
  const x = a.toLowerCase().split(CHUNKS);
  const y = b.toLowerCase().split(CHUNKS);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    // Odd chunks are digit runs (split with a capture group alternates text, digits, text ...).
    if (i % 2 === 1) return Number(p) - Number(q) || p.length - q.length;
    return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Waves: with sorted cutoffs c1 < c2 < ..., a response at time t is in "Before c1" when t < c1,
 * "On or after c1, before c2" when c1 <= t < c2, ..., "On or after cN" when t >= cN. Blank
 * times form "(blank)", unreadable ones "(not a date)"; both are listed last.
 */
function byWave(table: ResponseTable, column: number, by: GroupBy & { kind: 'waves' }): Result<Grouping> {
  const cuts = new Map<number, string>();
  for (const c of by.cutoffs) {
    const t = isWaveCutoff(c) ? (Number.isFinite(c.at) ? c.at : null) : parseTimestamp(c);
    if (t === null) {
      const text = isWaveCutoff(c) ? c.label : String(c);
      return fail('bad-cutoff', `The wave cutoff "${text}" is not a date; write it as YYYY-MM-DD.`);
    }
    if (!cuts.has(t)) cuts.set(t, isWaveCutoff(c) ? c.label : formatDate(t));
  }
  if (cuts.size === 0) return fail('bad-cutoff', 'Waves need at least one cutoff date.');
  const times = [...cuts.keys()].sort((a, b) => a - b);
  const written = times.map((t) => cuts.get(t)!);
  const labels = [`Before ${written[0]}`];
  for (let i = 1; i < written.length; i++) labels.push(`On or after ${written[i - 1]}, before ${written[i]}`);
  labels.push(`On or after ${written[written.length - 1]}`);
  const blank = labels.length;
  labels.push(BLANK_GROUP, NOT_A_DATE_GROUP);

  const raw = new Int32Array(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const v = table.rows[r]![column];
    if (isBlank(v)) {
      raw[r] = blank;
      continue;
    }
    const t = parseTimestamp(v);
    if (t === null) {
      raw[r] = blank + 1;
      continue;
    }
    let w = 0;
    while (w < times.length && t >= times[w]!) w++;
    raw[r] = w;
  }
  return ok(
    finish(
      by.column,
      raw,
      labels.map((_, i) => i),
      labels,
      written,
    ),
  );
}

/** Renumbers groups into display order, dropping the empty ones. */
function finish(
  column: string,
  raw: Int32Array,
  order: readonly number[],
  labels: readonly string[],
  cutoffs: readonly string[] | null,
): Grouping {
  const counts = new Array<number>(labels.length).fill(0);
  for (let r = 0; r < raw.length; r++) counts[raw[r]!]!++;
  const renumber = new Int32Array(labels.length).fill(-1);
  const outLabels: string[] = [];
  const sizes: number[] = [];
  for (const g of order) {
    if (counts[g] === 0) continue;
    renumber[g] = outLabels.length;
    outLabels.push(labels[g]!);
    sizes.push(counts[g]!);
  }
  const of = new Int32Array(raw.length);
  for (let r = 0; r < raw.length; r++) of[r] = renumber[raw[r]!]!;
  return { column, labels: outLabels, sizes, of, cutoffs };
}
