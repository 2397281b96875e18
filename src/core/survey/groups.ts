import { formatDate, parseTimestamp } from './dates';
import { fail, ok, type Result } from './result';
import { BLANK_ID, encodeTable, type EncodedTable } from './encode';
import type { ResponseTable } from './table';
import { displayValue, normalizeText } from './values';

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

/** `groupEncoded` for a table read with `readTable`. */
export function groupRows(table: ResponseTable, by: GroupBy): Result<Grouping> {
  return groupEncoded(encodeTable(table), by);
}

/** Each response's group, in display order (see `Grouping`). */
export function groupEncoded(table: EncodedTable, by: GroupBy): Result<Grouping> {
  const grouped = groupResponses(table, by);
  if (!grouped.ok) return grouped;
  const { rowGroups, breakdown } = grouped.value;
  const order = breakdown!.set.displayOrder(breakdown!.sizes);
  const renumber = new Int32Array(breakdown!.sizes.length).fill(-1);
  order.forEach((g, i) => {
    renumber[g] = i;
  });
  const of = new Int32Array(rowGroups!.length);
  for (let r = 0; r < of.length; r++) of[r] = renumber[rowGroups![r]!]!;
  return ok({
    column: by.column,
    labels: order.map((g) => breakdown!.set.labels[g]!),
    sizes: order.map((g) => breakdown!.sizes[g]!),
    of,
    cutoffs: breakdown!.set.scheme.cutoffs,
  });
}

/** The groups of a breakdown as counted: in the order first met (waves: wave order), with their sizes. */
export interface Breakdown {
  readonly set: GroupSet;
  readonly sizes: readonly number[];
}

/** Each response's group (in order first met) and the groups' sizes; both null without a breakdown. */
export function groupResponses(
  table: EncodedTable,
  by: GroupBy | null,
): Result<{ rowGroups: Int32Array | null; breakdown: Breakdown | null }> {
  if (by === null) return ok({ rowGroups: null, breakdown: null });
  const found = groupColumn(table.headers, by);
  if (!found.ok) return found;
  const scheme = groupScheme(by);
  if (!scheme.ok) return scheme;
  const set = new GroupSet(scheme.value);
  const column = table.columns[found.value]!;
  const groupOf = set.groupsOf(column.values);
  const rowGroups = new Int32Array(table.rows);
  const sizes = new Array<number>(set.keys.length).fill(0);
  for (let r = 0; r < rowGroups.length; r++) {
    const g = groupOf[column.ids[r]!]!;
    rowGroups[r] = g;
    sizes[g]!++;
  }
  return ok({ rowGroups, breakdown: { set, sizes } });
}

/** The index of the column to group by, or the problem naming the columns there are. */
export function groupColumn(headers: readonly string[], by: GroupBy): Result<number> {
  const column = headers.indexOf(by.column);
  if (column >= 0) return ok(column);
  return fail(
    'unknown-column',
    `Cannot group by "${by.column}": the responses have no column with that header ` +
      `(they have ${headers.map((h) => `"${h}"`).join(', ')}).`,
  );
}

/** A breakdown checked and resolved: by value, or into waves at sorted cutoff instants. */
export interface GroupScheme {
  readonly kind: 'value' | 'waves';
  readonly column: string;
  /** Waves: the cutoff instants, ascending, and the dates as written (YYYY-MM-DD); null for value groups. */
  readonly times: readonly number[];
  readonly cutoffs: readonly string[] | null;
  /** Waves: every wave's name in order, "(blank)" and "(not a date)" last; [] for value groups. */
  readonly waves: readonly string[];
}

/**
 * Waves: with sorted cutoffs c1 < c2 < ..., a response at time t is in "Before c1" when t < c1,
 * "On or after c1, before c2" when c1 <= t < c2, ..., "On or after cN" when t >= cN. Blank
 * times form "(blank)", unreadable ones "(not a date)"; both are listed last.
 */
export function groupScheme(by: GroupBy): Result<GroupScheme> {
  if (by.kind === 'value')
    return ok({ kind: 'value', column: by.column, times: [], cutoffs: null, waves: [] });
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
  const waves = [`Before ${written[0]}`];
  for (let i = 1; i < written.length; i++) waves.push(`On or after ${written[i - 1]}, before ${written[i]}`);
  waves.push(`On or after ${written[written.length - 1]}`, BLANK_GROUP, NOT_A_DATE_GROUP);
  return ok({ kind: 'waves', column: by.column, times, cutoffs: written, waves });
}

/**
 * The groups met so far, in the order first met (waves: in wave order, all of them). Value
 * groups: values that read the same apart from case or spacing (the text "12" and the number 12
 * too) are one group, shown with the first spelling met; blank values form "(blank)" (as does a
 * literal "(blank)"), listed in natural order ("School 2" before "School 10"), "(blank)" last.
 */
export class GroupSet {
  readonly keys: string[] = [];
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly scheme: GroupScheme,
    known: readonly { readonly key: string; readonly label: string }[] = [],
  ) {
    for (const w of scheme.waves) this.add(w, w);
    for (const g of known) this.add(g.key, g.label);
  }

  private add(key: string, label: string): number {
    let g = this.index.get(key);
    if (g === undefined) {
      g = this.keys.push(key) - 1;
      this.labels.push(label);
      this.index.set(key, g);
    }
    return g;
  }

  /** The group of one value of the grouping column (blank: '', null, or only spaces). */
  groupOf(value: unknown, blank: boolean): number {
    const { scheme } = this;
    if (scheme.kind === 'waves') {
      const last = scheme.waves.length - 1;
      if (blank) return last - 1;
      const t = parseTimestamp(value);
      if (t === null) return last;
      let w = 0;
      while (w < scheme.times.length && t >= scheme.times[w]!) w++;
      return w;
    }
    const label = blank ? BLANK_GROUP : displayValue(value);
    return this.add(label === BLANK_GROUP ? '' : normalizeText(label), label);
  }

  /** Per distinct value of the grouping column (ids in order of first occurrence): its group. */
  groupsOf(values: readonly unknown[]): Int32Array {
    const out = new Int32Array(values.length);
    for (let id = 0; id < values.length; id++) out[id] = this.groupOf(values[id], id === BLANK_ID);
    return out;
  }

  /** The groups with anyone in them, in the order they are shown. */
  displayOrder(sizes: readonly number[]): number[] {
    const order = this.keys.map((_, g) => g).filter((g) => (sizes[g] ?? 0) > 0);
    if (this.scheme.kind === 'waves') return order;
    return order.sort((a, b) => compareGroups(this.labels[a]!, this.labels[b]!));
  }
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
