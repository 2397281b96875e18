/**
 * The speed comparison of `npm run bench`: three ways to get the same figures from the same rows
 * (what `getValues()` returns: a fresh string per cell, scripts/bench-data.ts):
 *
 *   ours      the survey core's full path, as the add-on reads a tab (gas/survey/responses.ts: a
 *             TableEncoder fed the rows, then summarizeEncoded): reads the header, works out from
 *             the answers which columns are questions and how each is read (detection), counts
 *             per role and overall, small groups hidden, repeated e-mail addresses counted;
 *   arquero   arquero 7, as its documentation writes it: a column table from the rows, the
 *             questions folded into (question, answer) rows, then one groupby().count() overall,
 *             one per role, and one over the e-mail column for repeats; the distinct answers
 *             counted are then read as labels (few, so that is cheap). It is told which columns
 *             are questions and how to read them: no detection;
 *   hand      a straightforward loop written for this layout: one pass over the rows, each cell
 *             looked up in a map of the answers its question has met, counts per role and
 *             question, a map of addresses for repeats. Told the layout too: the practical floor.
 *
 * All three must give the same counts (per role x question x label, with blanks and invalid
 * answers, and the repeats); a difference is reported and fails the run.
 *
 * Each also hands back what its caller holds until its next run (`kept`: ours its coder and its
 * result, arquero its result tables, the hand loop its maps). V8 keeps an object shape, and the
 * optimized code built on it, only while some object has that shape: were nothing kept, the full
 * collection before each timed run would throw away the compiled code of ours and arquero (built
 * on classes of their own) every round, and not the hand loop's (Maps and arrays, whose shapes
 * never die).
 */
import * as aq from 'arquero';
import { summarizeEncoded, type SurveySummary, TableEncoder } from '../src/core/survey';
import { type BenchItem, EMAIL_HEADER, ITEMS, ROLE_HEADER } from './bench-data';

/** role -> per question: [invalid, blank, per label...] (checkboxes: respondents per choice). */
export type Figures = {
  readonly groups: Map<string, number[][]>;
  readonly repeats: { addresses: number; extra: number };
};

const INVALID = 0;
const BLANK = 1;
const LABEL0 = 2;

/** The bench's own reading of an answer (independent of the survey core): trimmed, spaces collapsed, lower case. */
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** How one question's distinct answer counts: codes of the labels it is, or blank, or invalid. */
function codesOf(item: BenchItem, v: unknown): number[] {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return [BLANK];
  const text = typeof v === 'string' ? norm(v) : typeof v === 'number' ? String(v) : null;
  if (text === null) return [INVALID];
  const index = new Map(item.labels.map((l, i) => [norm(l), i]));
  if (item.kind === 'checkbox') {
    const ticked = [...new Set(text.split(', ').map((t) => index.get(t)))].filter((t) => t !== undefined);
    return ticked.length > 0 ? ticked.map((t) => LABEL0 + t) : [INVALID];
  }
  const i = index.get(text);
  if (i !== undefined) return [LABEL0 + i];
  // A single-choice question counts every other written answer as "Other" (its last label).
  return item.kind === 'choice' ? [LABEL0 + item.labels.length - 1] : [INVALID];
}

const width = (item: BenchItem) => LABEL0 + item.labels.length;

function repeatsOf(counts: Iterable<number>): { addresses: number; extra: number } {
  let addresses = 0;
  let extra = 0;
  for (const c of counts) {
    if (c > 1) {
      addresses++;
      extra += c - 1;
    }
  }
  return { addresses, extra };
}

/** A way's result, and what its caller holds until the way runs again (see above). */
export interface Run<T> {
  readonly out: T;
  readonly kept: unknown;
}

/** Ours: the whole pipeline, detection included, as the add-on runs it. */
export function ours(grid: unknown[][]): Run<SurveySummary> {
  const coder = new TableEncoder(grid[0], grid.length - 1);
  coder.add(grid, 1);
  const table = coder.finish();
  if (!table.ok) throw new Error(table.problem.message);
  const r = summarizeEncoded(table.value, { groupBy: { kind: 'value', column: ROLE_HEADER } });
  if (!r.ok) throw new Error(r.problem.message);
  return { out: r.value.summary, kept: [coder, r.value] };
}

export function oursFigures(s: SurveySummary): Figures {
  const groups = new Map<string, number[][]>();
  for (const g of s.groups) {
    if (g.suppressed) throw new Error(`group ${g.value} is hidden: nothing to compare`);
    const perItem = ITEMS.map((item) => {
      const i = g.items.find((x) => x.column === item.header);
      if (!i || i.suppressed) throw new Error(`"${item.header}" is not summarized for ${g.value}`);
      if (i.kind !== item.kind || i.scaleId !== item.scaleId)
        throw new Error(`"${item.header}" read as ${i.scaleId ?? i.kind}, not ${item.scaleId ?? item.kind}`);
      return [i.invalid, i.blank, ...item.labels.map((l) => i.counts[l] ?? Number.NaN)];
    });
    groups.set(g.value, perItem);
  }
  const repeats = s.repeats ?? { addresses: 0, extra: 0 };
  return { groups, repeats: { addresses: repeats.addresses, extra: repeats.extra } };
}

/** Arquero 7: a column table, fold, groupby/count overall and per role, groupby over addresses. */
export function arquero(grid: unknown[][]): Run<Figures> {
  const headers = grid[0] as string[];
  const columns: Record<string, unknown[]> = {};
  headers.forEach((h, c) => {
    const col = new Array<unknown>(grid.length - 1);
    for (let r = 1; r < grid.length; r++) col[r - 1] = grid[r]![c];
    columns[h] = col;
  });
  const dt = aq.table(columns);
  const questions = ITEMS.map((i) => i.header);
  const long = dt.select(ROLE_HEADER, ...questions).fold(questions, { as: ['item', 'value'] });
  const overall = long.groupby('item', 'value').count({ as: 'n' });
  const byRole = long.groupby(ROLE_HEADER, 'item', 'value').count({ as: 'n' });
  const addresses = dt.groupby(EMAIL_HEADER).count({ as: 'n' });

  // The few distinct answers counted are read as labels here.
  const itemIndex = new Map(ITEMS.map((item, q) => [item.header, q]));
  const groups = new Map<string, number[][]>();
  const roles = byRole.array(ROLE_HEADER) as string[];
  const items = byRole.array('item') as string[];
  const values = byRole.array('value') as unknown[];
  const ns = byRole.array('n') as number[];
  for (let i = 0; i < roles.length; i++) {
    let perItem = groups.get(roles[i]!);
    if (!perItem) {
      perItem = ITEMS.map((item) => new Array<number>(width(item)).fill(0));
      groups.set(roles[i]!, perItem);
    }
    const q = itemIndex.get(items[i]!)!;
    for (const code of codesOf(ITEMS[q]!, values[i])) perItem[q]![code]! += ns[i]!;
  }
  // The overall counts are the groups' (checked: arquero counted them on its own too).
  const total = ITEMS.map((item) => new Array<number>(width(item)).fill(0));
  const oi = overall.array('item') as string[];
  const ov = overall.array('value') as unknown[];
  const on = overall.array('n') as number[];
  for (let i = 0; i < oi.length; i++) {
    const q = itemIndex.get(oi[i]!)!;
    for (const code of codesOf(ITEMS[q]!, ov[i])) total[q]![code]! += on[i]!;
  }
  checkTotals(groups, total, 'arquero');
  // Addresses as written; the few written two ways (case, spaces) are merged here.
  const merged = new Map<string, number>();
  const keys = addresses.array(EMAIL_HEADER) as unknown[];
  const counts = addresses.array('n') as number[];
  keys.forEach((k, i) => {
    if (typeof k !== 'string' || k.trim() === '') return;
    const key = k.trim().toLowerCase();
    merged.set(key, (merged.get(key) ?? 0) + counts[i]!);
  });
  return {
    out: { groups, repeats: repeatsOf(merged.values()) },
    kept: [overall, byRole, addresses],
  };
}

/** The hand-written loop: one pass, a map per question of the answers met, a map of addresses. */
export function handLoop(grid: unknown[][]): Run<Figures> {
  const headers = grid[0] as string[];
  const roleCol = headers.indexOf(ROLE_HEADER);
  const emailCol = headers.indexOf(EMAIL_HEADER);
  const cols = ITEMS.map((item) => headers.indexOf(item.header));
  const seen = ITEMS.map(() => new Map<unknown, number[]>());
  const roles = new Map<string, number[][]>();
  const addresses = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r]!;
    const role = String(row[roleCol]);
    let perItem = roles.get(role);
    if (!perItem) {
      perItem = ITEMS.map((item) => new Array<number>(width(item)).fill(0));
      roles.set(role, perItem);
    }
    for (let q = 0; q < cols.length; q++) {
      const v = row[cols[q]!];
      const known = seen[q]!;
      let codes = known.get(v);
      if (codes === undefined) {
        codes = codesOf(ITEMS[q]!, v);
        known.set(v, codes);
      }
      const counts = perItem[q]!;
      for (let k = 0; k < codes.length; k++) counts[codes[k]!]!++;
    }
    const e = row[emailCol];
    if (typeof e === 'string' && e !== '') {
      const key = e.trim().toLowerCase();
      addresses.set(key, (addresses.get(key) ?? 0) + 1);
    }
  }
  return { out: { groups: roles, repeats: repeatsOf(addresses.values()) }, kept: seen };
}

function checkTotals(groups: Map<string, number[][]>, total: number[][], who: string): void {
  const summed = ITEMS.map((item) => new Array<number>(width(item)).fill(0));
  for (const perItem of groups.values())
    perItem.forEach((c, q) => c.forEach((n, k) => (summed[q]![k]! += n)));
  if (JSON.stringify(summed) !== JSON.stringify(total))
    throw new Error(`${who}: overall counts differ from its groups'`);
}

/** Where two sets of figures differ (empty when they agree). */
export function differences(a: Figures, b: Figures): string[] {
  const out: string[] = [];
  const roles = new Set([...a.groups.keys(), ...b.groups.keys()]);
  for (const role of roles) {
    const x = a.groups.get(role);
    const y = b.groups.get(role);
    if (!x || !y) {
      out.push(`group "${role}" only on one side`);
      continue;
    }
    ITEMS.forEach((item, q) => {
      if (JSON.stringify(x[q]) !== JSON.stringify(y[q]))
        out.push(`${role} / ${item.header}: ${JSON.stringify(x[q])} vs ${JSON.stringify(y[q])}`);
    });
  }
  if (a.repeats.addresses !== b.repeats.addresses || a.repeats.extra !== b.repeats.extra)
    out.push(`repeats ${JSON.stringify(a.repeats)} vs ${JSON.stringify(b.repeats)}`);
  return out;
}
