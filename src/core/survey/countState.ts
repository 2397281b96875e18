import { codeCheckboxValues, setLookup } from './choices';
import type { CountedColumn } from './counts';
import { type Detection, detectCounted } from './detect';
import { BLANK_ID, type EncodedTable } from './encode';
import { groupRefusal } from './groupable';
import { groupColumn, GroupSet, groupScheme } from './groups';
import { fail, ok, type Result } from './result';
import {
  type SummarizeResponsesOptions,
  type Summarized,
  type SurveyCounts,
  summaryFrom,
  valueGroupColumn,
} from './run';
import { codeValues, INVALID, LABEL0 } from './match';
import { answerSet } from './readings';
import { tableHead } from './table';
import { normalizeText } from './values';

/**
 * A summary's counts kept in the document, so that a refresh reads only the rows that arrived
 * since and counts them in (`countNewRows`), instead of reading every response again.
 *
 * Every figure of a summary, and how each column is read, follows from each column's distinct
 * answers and how many gave each, per group. Those counts add up: rows counted later are added
 * to them and the summary is computed again from the sums, exactly as a full count would. What
 * is kept per column is its distinct answers (a question's labels, spelling variants and invalid
 * answers: a few dozen) with their counts per group; columns read the same whatever their
 * answers (the response time, e-mail addresses, questions the Form says are text) keep nothing.
 * Repeated e-mail addresses are kept as two numbers; whether a new address was given before is
 * asked of the responses tab itself (`priorCount`), so no address is stored.
 *
 * A full count is needed instead (the caller is told why) when the header row changed, rows went
 * missing, the settings changed, a new answer reaches past the last header, a column must now be
 * read as a question though its answers were not kept, or, counting one response per person, an
 * address answered again.
 */

export const COUNT_STATE_VERSION = 1;
/** A column with more distinct answers than this (names, comments) is not kept: no state then. */
export const MAX_KEPT_VALUES = 500;

/** A value as kept: its kind and text ("sAgree", "n4", "b1", "d1725000000000"). */
type Tagged = string;

export interface KeptColumn {
  /** Distinct values (after blank), tagged by kind. */
  readonly values: readonly Tagged[];
  /** Per group and value, blank first: `[g * (values.length + 1) + id]`. */
  readonly counts: readonly number[];
}

export interface CountState {
  readonly version: typeof COUNT_STATE_VERSION;
  /** What the counts were made with (the request's settings, the Form's questions): compared as is. */
  readonly settings: string;
  /** The header row as read, tagged: another header row means the tab changed shape. */
  readonly header: readonly Tagged[];
  /** Rows below the header counted, blank ones included: the next response is row dataRows + 2. */
  readonly dataRows: number;
  readonly responses: number;
  readonly blankRows: number;
  /** How far values beyond the last header reach (0: none). */
  readonly longest: number;
  /** The breakdown's groups in the order first met: key, label as shown, respondents. */
  readonly groups: readonly (readonly [string, string, number])[];
  /** Per column: its answers with their counts, or null for a column whose answers no figure needs. */
  readonly columns: readonly (KeptColumn | null)[];
  /** The e-mail column, how its addresses are compared, and the repeats counted so far. */
  readonly email: number | null;
  readonly emailKey: 'trimmed' | 'normalized';
  readonly repeats: { readonly addresses: number; readonly extra: number } | null;
}

function tag(v: unknown): Tagged {
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  if (v instanceof Date) return `d${v.getTime()}`;
  return `s${String(v)}`;
}

function untag(t: Tagged): unknown {
  const rest = t.slice(1);
  switch (t[0]) {
    case 'n':
      return Number(rest);
    case 'b':
      return rest === '1';
    case 'd':
      return new Date(Number(rest));
    default:
      return rest;
  }
}

/** An address as repeats tell people apart, the way detection read the e-mail column. */
export function addressKey(v: unknown, how: CountState['emailKey']): string | null {
  if (typeof v !== 'string') return null;
  const key = how === 'normalized' ? normalizeText(v) : v.trim().toLowerCase();
  return key === '' ? null : key;
}

/**
 * The state to keep after a full count, or null when it cannot be kept: one response per person
 * left responses out, or a column holds too many different answers.
 */
export function countState(
  summarized: Summarized,
  read: {
    readonly header: readonly unknown[];
    readonly dataRows: number;
    readonly blankRows: number;
    readonly longest: number;
  },
  settings: string,
): CountState | null {
  const { counts, detection } = summarized;
  if (counts === null) return null;
  const columns: (KeptColumn | null)[] = [];
  for (const [c, column] of counts.columns.entries()) {
    if (column === null) {
      columns.push(null);
      continue;
    }
    const kept = keep(column, sameCount(detection, counts, c, column));
    if (kept === null) return null;
    columns.push(kept);
  }
  const b = counts.breakdown;
  return {
    version: COUNT_STATE_VERSION,
    settings,
    header: read.header.map(tag),
    dataRows: read.dataRows,
    responses: counts.rows,
    blankRows: read.blankRows,
    longest: read.longest,
    groups: b ? b.set.keys.map((key, g) => [key, b.set.labels[g]!, b.sizes[g] ?? 0] as const) : [],
    columns,
    email: detection.email,
    emailKey: detection.emailKey,
    repeats: detection.repeats,
  };
}

/**
 * For a question the Form declares, with "Other" (written-in answers): per value, the code it
 * counts as. Its reading never depends on its answers, so answers that count alike need not be
 * told apart: 3,000 different "Other:" texts are kept as one. Answers counted as invalid stay
 * apart (their spellings are listed). Null for any other column.
 */
function sameCount(
  detection: Detection,
  counts: SurveyCounts,
  c: number,
  column: CountedColumn,
): Int32Array | null {
  const item = detection.items.find((i) => i.column === c);
  if (item?.source !== 'form' || item.kind === 'scale') return null;
  const scheme = counts.breakdown?.set.scheme;
  if (scheme?.kind === 'value' && scheme.column === item.header) return null;
  const set = answerSet(item);
  if (set.other === null) return null;
  return set.kind === 'checkbox'
    ? codeCheckboxValues(column.values, column.total, set).codeOf
    : codeValues(column.values, column.total, setLookup(set), LABEL0 + set.other).codeOf;
}

/**
 * A counted column as kept: values equal once tagged (dates at one time) become one, and so do
 * values that count alike (`sameCount`), as the first of them.
 */
function keep(column: CountedColumn, codeOf: Int32Array | null): KeptColumn | null {
  const { values, byGroup, groups } = column;
  const index = new Map<Tagged, number>();
  const byCode = new Map<number, Tagged>();
  const to = new Int32Array(values.length);
  const kept: Tagged[] = [];
  for (let id = BLANK_ID + 1; id < values.length; id++) {
    let t = tag(values[id]);
    const code = codeOf ? codeOf[id]! : INVALID;
    if (code !== INVALID) {
      const first = byCode.get(code);
      if (first === undefined) byCode.set(code, t);
      else t = first;
    }
    let k = index.get(t);
    if (k === undefined) {
      k = kept.push(t);
      if (kept.length > MAX_KEPT_VALUES) return null;
      index.set(t, k);
    }
    to[id] = k;
  }
  const width = kept.length + 1;
  const counts = new Array<number>(groups * width).fill(0);
  for (let g = 0; g < groups; g++) {
    for (let id = 0; id < values.length; id++)
      counts[g * width + to[id]!]! += byGroup[g * values.length + id]!;
  }
  return { values: kept, counts };
}

/** What a refresh found: the new rows counted in, or why every response must be counted again. */
export type Refresh =
  | {
      readonly kind: 'counted';
      readonly summarized: Summarized;
      readonly state: CountState;
      /** The merged table's headers and notes, as a full count gives them. */
      readonly table: { readonly headers: readonly string[]; readonly notes: readonly string[] };
    }
  | { readonly kind: 'recount'; readonly reason: string };

const recount = (reason: string): Result<Refresh> => ok({ kind: 'recount', reason });

/**
 * Counts new rows into a kept state and summarizes the sums. `rows`: the rows after the counted
 * ones, coded with the tab's header row as read now (and read as a full count reads them: IC
 * choices as their levels). `priorCount(key)`: how many counted responses gave that address
 * (compared as `addressKey` does), asked only for the addresses among the new rows; null when
 * it cannot tell (then everything is counted again).
 */
export function countNewRows(
  state: CountState,
  rows: EncodedTable,
  read: { readonly header: readonly unknown[]; readonly dataRows: number },
  options: SummarizeResponsesOptions,
  settings: string,
  priorCount: (address: string) => number | null,
): Result<Refresh> {
  if (state.version !== COUNT_STATE_VERSION || state.settings !== settings)
    return recount('the summary settings changed');
  const header = read.header.map(tag);
  if (header.length !== state.header.length || header.some((h, i) => h !== state.header[i]))
    return recount('the header row of the responses changed');
  if (read.dataRows < state.dataRows) return recount('responses were removed');
  const width = state.columns.length;
  if (rows.longest > width) return recount('answers were added beyond the last column');
  const head = tableHead(
    read.header,
    Math.max(state.longest, rows.longest),
    state.blankRows + rows.blankRows,
  );
  if (!head.ok) return head;
  if (head.value.width !== width) return recount('the responses tab changed shape');
  const { headers, sources, notes } = head.value;

  // Groups: those kept, then any the new rows bring.
  let set: GroupSet | null = null;
  let rowGroups: Int32Array | null = null;
  if (options.groupBy) {
    const scheme = groupScheme(options.groupBy);
    if (!scheme.ok) return scheme;
    const at = groupColumn(headers, options.groupBy);
    if (!at.ok) return at;
    set = new GroupSet(
      scheme.value,
      state.groups.map(([key, label]) => ({ key, label })),
    );
    const column = rows.columns[at.value];
    rowGroups = new Int32Array(rows.rows);
    if (column) {
      const groupOf = set.groupsOf(column.values);
      for (let r = 0; r < rows.rows; r++) rowGroups[r] = groupOf[column.ids[r]!]!;
    } else rowGroups.fill(set.groupsOf([''])[0]!);
  }
  const groups = set ? set.keys.length : 1;
  const sizes = new Array<number>(groups).fill(0);
  state.groups.forEach(([, , size], g) => {
    sizes[g] = size;
  });
  if (!set) sizes[0] = state.responses;
  for (let r = 0; r < rows.rows; r++) sizes[rowGroups ? rowGroups[r]! : 0]!++;

  // Repeats: each new address, with how often it was given before.
  let repeats = state.repeats;
  if (state.email !== null && repeats !== null) {
    const column = rows.columns[state.email];
    const seen = new Map<string, number>();
    if (column) {
      for (let r = 0; r < rows.rows; r++) {
        const key = addressKey(column.values[column.ids[r]!], state.emailKey);
        if (key !== null) seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    let { addresses, extra } = repeats;
    for (const [key, k] of seen) {
      const before = priorCount(key);
      if (before === null) return recount('a new answer in the e-mail column is not an address');
      const after = before + k;
      if (options.onePerPerson && after > 1) return recount('an e-mail address answered again');
      addresses += (after > 1 ? 1 : 0) - (before > 1 ? 1 : 0);
      extra += after - 1 - Math.max(0, before - 1);
    }
    repeats = { addresses, extra };
  }

  // Each kept column with the new rows' answers added.
  const responses = state.responses + rows.rows;
  const merged: (CountedColumn | null)[] = state.columns.map((kept, c) =>
    kept === null ? null : mergeColumn(kept, state.groups.length || 1, rows, c, rowGroups, groups),
  );
  const groupBy = valueGroupColumn(options);
  const detection = detectCounted(
    {
      headers,
      sources,
      rows: responses,
      columns: merged.map((m) => m ?? { values: [''], total: Int32Array.of(responses) }),
    },
    options.overrides,
    { ...(options.declared ? { declared: options.declared } : {}), groupBy, repeats },
  );
  if (detection.email !== state.email) return recount('the e-mail column changed');
  const uncounted = detection.items.find((i) => merged[i.column] == null);
  if (uncounted) return recount(`"${uncounted.header}" is now read as a question`);
  const refusal = groupBy === null ? null : groupRefusal(detection, groupBy, options.groupColumns);
  if (refusal !== null) return fail('bad-group-by', refusal);

  const counts: SurveyCounts = {
    rows: responses,
    columns: merged,
    breakdown: set ? { set, sizes } : null,
  };
  const summaryRepeats = repeats === null ? null : { ...repeats, latestOnly: options.onePerPerson === true };
  const summary = summaryFrom(detection, counts, { headers, notes }, options, summaryRepeats);
  if (!summary.ok) return summary;
  const summarized: Summarized = { summary: summary.value, detection, counts };
  const next = countState(
    summarized,
    {
      header: read.header,
      dataRows: read.dataRows,
      blankRows: state.blankRows + rows.blankRows,
      longest: Math.max(state.longest, rows.longest),
    },
    settings,
  );
  if (next === null) return recount('a column now holds too many different answers to keep');
  return ok({ kind: 'counted', summarized, state: next, table: { headers, notes } });
}

/** A kept column plus the answers of the new rows in column `c`, per group. */
function mergeColumn(
  kept: KeptColumn,
  keptGroups: number,
  rows: EncodedTable,
  c: number,
  rowGroups: Int32Array | null,
  groups: number,
): CountedColumn {
  const tags = [...kept.values];
  const index = new Map(tags.map((t, i) => [t, i + 1]));
  const column = rows.columns[c];
  // The new rows' distinct values, as ids of the merged column.
  const to = new Int32Array(column ? column.values.length : 1);
  if (column) {
    for (let id = BLANK_ID + 1; id < column.values.length; id++) {
      const t = tag(column.values[id]);
      let k = index.get(t);
      if (k === undefined) {
        k = tags.push(t);
        index.set(t, k);
      }
      to[id] = k;
    }
  }
  const n = tags.length + 1;
  const oldWidth = kept.values.length + 1;
  const byGroup = new Int32Array(groups * n);
  for (let g = 0; g < keptGroups; g++) {
    for (let id = 0; id < oldWidth; id++) byGroup[g * n + id] = kept.counts[g * oldWidth + id]!;
  }
  for (let r = 0; r < rows.rows; r++) {
    const id = column ? to[column.ids[r]!]! : BLANK_ID;
    byGroup[(rowGroups ? rowGroups[r]! : 0) * n + id]!++;
  }
  const total = new Int32Array(n);
  for (let g = 0; g < groups; g++) for (let id = 0; id < n; id++) total[id]! += byGroup[g * n + id]!;
  return { values: ['', ...tags.map(untag)], total, byGroup, groups };
}
