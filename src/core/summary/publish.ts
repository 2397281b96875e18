import { getScale, isScaleId } from '../../content/scales';
import { roundEach, roundPercents } from '../survey/percent';
import type {
  GroupItem,
  GroupSummary,
  ItemFigures,
  ItemHeading,
  ItemSummary,
  SurveySummary,
} from '../survey/summary';
import { safeChange } from '../survey/suppress';

/**
 * What others see of a summary (the shared copy) changes only in steps that cannot be
 * subtracted from one another to reveal anyone.
 *
 * The threat: a summary on its own hides small groups, but two versions of it can be compared.
 * With 20 teachers and 5 coaches shown, one principal answers: the principal and (so that the
 * principal cannot be worked out) the coaches are hidden, and the new overall minus the old one is
 * the principal's answers.
 *
 * The rule, applied to every group of the breakdown (everyone, when there is none) and to each
 * item within it:
 *
 * 1. A group is shown only once it has at least the minimum number of respondents, and an item
 *    within it once at least that many answered it (as in one version).
 * 2. A shown group's figures then move only when its respondents, and an item's figures only when
 *    both its respondents and its valid answers, changed by 0 or at least the minimum since they
 *    were last shown (`safeChange`). Until then the copy keeps showing the figures it showed.
 * 3. Groups not shown are left out of everything, the overall figures included: the overall is
 *    the sum of the groups shown, as shown. So no hidden group is part of any figure, and there
 *    is nothing to subtract it from (no complementary hiding is needed).
 *
 * So every figure ever shown is a sum over steps of one group (or one group's item), each step
 * counting nobody or at least the minimum, and a group's steps only add up (responses are
 * appended): any difference of shown figures, across any versions, covers whole steps, so it
 * describes nobody or at least the minimum number of people.
 *
 * Limits (the README repeats them): responses edited after they were counted, or replaced by a
 * person's later response, change figures without changing the counts (rule 2 then holds the
 * figures until a step of new people comes, but the step's difference includes the edit); a new
 * breakdown, minimum or wave dates starts a new series, and figures of two breakdowns of the
 * same people can be combined by someone who kept both; figures anyone saw before this rule
 * (an earlier version of the add-on) cannot be taken back.
 */

/** One item of one group as last shown. */
export interface PublishedItem {
  /** The group's respondents then (blank and invalid answers are counted among them). */
  readonly respondents: number;
  readonly n: number;
  readonly blank: number;
  readonly invalid: number;
  readonly counts: Readonly<Record<string, number>>;
}

export interface PublishedGroup {
  /** The group's size as shown ("Teacher (n=12)"). */
  readonly respondents: number;
  /** By column. */
  readonly items: Readonly<Record<string, PublishedItem>>;
}

/** The figures others may see of one summary. */
export interface Publication {
  /** What the groups are (breakdown, waves, minimum): a different basis starts a new series. */
  readonly basis: string;
  /** Goes up whenever what others may see changed; a copy showing an older one is behind. */
  readonly version: number;
  /** By group value; "" is everyone when there is no breakdown. */
  readonly groups: Readonly<Record<string, PublishedGroup>>;
}

/** The key of the whole survey when there is no breakdown. */
export const EVERYONE = '';

const basisOf = (s: SurveySummary): string =>
  JSON.stringify({ groupBy: s.groupBy, cutoffs: s.cutoffs, min: s.minGroupSize });

interface LiveGroup {
  readonly value: string;
  readonly respondents: number;
  readonly items: readonly (ItemFigures & { readonly column: string })[];
}

/**
 * Every group with its figures, none hidden: from a summary computed with a minimum group size
 * of 1 (nothing suppressed), or everyone as one group when there is no breakdown.
 */
function liveGroups(raw: SurveySummary): LiveGroup[] {
  if (raw.groupBy === null) return [{ value: EVERYONE, respondents: raw.responses, items: raw.items }];
  return raw.groups.map((g) => ({
    value: g.value,
    respondents: g.respondents,
    items: g.suppressed ? [] : g.items.flatMap((i) => (i.suppressed ? [] : [i])),
  }));
}

const sameCounts = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
};

const sameItem = (a: PublishedItem, b: PublishedItem): boolean =>
  a.respondents === b.respondents &&
  a.n === b.n &&
  a.blank === b.blank &&
  a.invalid === b.invalid &&
  sameCounts(a.counts, b.counts);

/** The item to show now: the live figures when rule 1 or 2 allows them, else what was shown. */
function nextItem(
  last: PublishedItem | undefined,
  live: PublishedItem,
  min: number,
): PublishedItem | undefined {
  if (last === undefined) return live.respondents >= min && live.n >= min ? live : undefined;
  if (sameItem(last, live)) return last;
  const stepped =
    safeChange(last.respondents, live.respondents, min) &&
    safeChange(last.n, live.n, min) &&
    // The same counts with other figures is an edit, not new people: hold until new people come.
    (live.respondents !== last.respondents || live.n !== last.n) &&
    live.respondents >= min &&
    live.n >= min;
  return stepped ? live : last;
}

/**
 * The publication after new figures: `raw` is the summary with nothing suppressed (minimum group
 * size 1) and `min` the summary's minimum. Returns `prev` itself when nothing others see changes.
 */
export function advancePublication(prev: Publication | null, raw: SurveySummary, min: number): Publication {
  const basis = basisOf({ ...raw, minGroupSize: min });
  const before = prev !== null && prev.basis === basis ? prev : null;
  const groups: Record<string, PublishedGroup> = {};
  let changed = before === null && prev !== null;
  for (const g of liveGroups(raw)) {
    const last = before?.groups[g.value];
    let respondents: number;
    if (last === undefined) {
      if (g.respondents < min) continue;
      respondents = g.respondents;
    } else {
      const stepped = safeChange(last.respondents, g.respondents, min) && g.respondents >= min;
      respondents = stepped ? g.respondents : last.respondents;
    }
    const items: Record<string, PublishedItem> = {};
    for (const item of g.items) {
      const live: PublishedItem = {
        respondents: g.respondents,
        n: item.n,
        blank: item.blank,
        invalid: item.invalid,
        counts: item.counts,
      };
      const shown = nextItem(last?.items[item.column], live, min);
      if (shown) items[item.column] = shown;
    }
    // Items no longer in the responses (a question deleted) are not kept: nothing shows them.
    groups[g.value] = { respondents, items };
    if (!last || last.respondents !== respondents || !sameItems(last.items, items)) changed = true;
  }
  if (before && Object.keys(before.groups).some((k) => !(k in groups))) changed = true;
  if (!changed && before) return before;
  return { basis, version: (prev?.version ?? 0) + 1, groups };
}

function sameItems(
  a: Readonly<Record<string, PublishedItem>>,
  b: Readonly<Record<string, PublishedItem>>,
): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] !== undefined && sameItem(a[k]!, b[k]!));
}

/** Figures from counts, as the survey core computes them for the item's kind. */
function figuresOf(item: ItemHeading, p: Omit<PublishedItem, 'respondents'>): ItemFigures {
  const per = item.labels.map((l) => p.counts[l] ?? 0);
  const counts = Object.fromEntries(item.labels.map((l, i) => [l, per[i]!]));
  const scale = item.kind === 'scale' && isScaleId(item.scaleId) ? getScale(item.scaleId) : null;
  let fav = 0;
  let scored = 0;
  let sum = 0;
  for (const l of scale?.labels ?? []) {
    const c = counts[l.label] ?? 0;
    if (l.polarity === 'favorable') fav += c;
    if (l.score !== null) {
      scored += c;
      sum += c * l.score;
    }
  }
  // Checkbox choices are each a share of who ticked anything; other kinds add up to 100.
  const rounded = item.kind === 'checkbox' ? roundEach(per, p.n) : roundPercents(per);
  return {
    n: p.n,
    blank: p.blank,
    invalid: p.invalid,
    counts,
    percents: rounded ? Object.fromEntries(item.labels.map((l, i) => [l, rounded[i]!])) : null,
    favorable: scale && p.n > 0 ? fav / p.n : null,
    mean: scale && scored > 0 ? sum / scored : null,
  };
}

/** An item's heading: what it is, without its figures. */
function headingOf(item: ItemSummary): ItemHeading {
  const {
    n: _n,
    blank: _b,
    invalid: _i,
    counts: _c,
    percents: _p,
    favorable: _f,
    mean: _m,
    invalidValues: _v,
    invalidDistinct: _d,
    ...heading
  } = item;
  return heading;
}

const add = (a: Omit<PublishedItem, 'respondents'>, b: PublishedItem): Omit<PublishedItem, 'respondents'> => {
  const counts: Record<string, number> = { ...a.counts };
  for (const [k, v] of Object.entries(b.counts)) counts[k] = (counts[k] ?? 0) + v;
  return { n: a.n + b.n, blank: a.blank + b.blank, invalid: a.invalid + b.invalid, counts };
};

/** The notes a copy carries about its figures (never a count of anyone hidden). */
export function publicationNotes(min: number, breakdown: boolean): string[] {
  return [
    breakdown
      ? `Each group's figures change only once at least ${min} more of its members have answered, so that no one's answers can be worked out by comparing two versions of this copy; groups with fewer than ${min} respondents are left out of every figure, the totals included.`
      : `The figures change only once at least ${min} more people have answered, so that no one's answers can be worked out by comparing two versions of this copy.`,
  ];
}

/**
 * The summary others see: `live` (the document's own summary) gives the items, labels, groups'
 * order and settings; the figures are the publication's. Groups not published are left out
 * entirely (not even named); an item not yet published within a shown group shows as hidden.
 */
export function publishedSummary(pub: Publication, live: SurveySummary): SurveySummary {
  const min = live.minGroupSize;
  const breakdown = live.groupBy !== null;
  const shown: [string, PublishedGroup][] = breakdown
    ? live.groups.flatMap((g) =>
        pub.groups[g.value] ? [[g.value, pub.groups[g.value]!] as [string, PublishedGroup]] : [],
      )
    : pub.groups[EVERYONE]
      ? [[EVERYONE, pub.groups[EVERYONE]]]
      : [];
  const items: ItemSummary[] = live.items.map((item) => {
    let total: Omit<PublishedItem, 'respondents'> = { n: 0, blank: 0, invalid: 0, counts: {} };
    for (const [, g] of shown) {
      const p = g.items[item.column];
      if (p) total = add(total, p);
    }
    return { ...item, ...figuresOf(item, total), invalidValues: [], invalidDistinct: 0 };
  });
  const groups: GroupSummary[] = breakdown
    ? shown.map(([value, g]) => ({
        value,
        respondents: g.respondents,
        suppressed: false,
        items: live.items.map((item): GroupItem => {
          const heading = headingOf(item);
          const p = g.items[item.column];
          return p
            ? { ...heading, ...figuresOf(item, p), suppressed: false }
            : { ...heading, suppressed: true };
        }),
      }))
    : [];
  const messages = publicationNotes(min, breakdown);
  if (shown.length === 0)
    messages.unshift(`No figures yet: they appear once at least ${min} people have answered.`);
  return {
    responses: shown.reduce((n, [, g]) => n + g.respondents, 0),
    items,
    groupBy: live.groupBy,
    cutoffs: live.cutoffs,
    minGroupSize: min,
    groups,
    messages,
    // Which columns are not summarized, and why: the same for everyone, no one's answers in it.
    skipped: live.skipped,
    // Who answered twice is about respondents: not for others.
    repeats: null,
  };
}

/**
 * A publication as compact JSON (it lives in document properties: 9 KB a value), and back.
 * Counts are kept in the order of their labels, stored once per column.
 */
export function encodePublication(p: Publication): string {
  const columns: string[] = [];
  const labels: string[][] = [];
  const colIndex = (column: string, counts: Readonly<Record<string, number>>): number => {
    const keys = Object.keys(counts);
    let i = columns.findIndex((c, k) => c === column && labels[k]!.join('\u0000') === keys.join('\u0000'));
    if (i < 0) {
      i = columns.length;
      columns.push(column);
      labels.push(keys);
    }
    return i;
  };
  const groups = Object.entries(p.groups).map(([value, g]) => [
    value,
    g.respondents,
    Object.entries(g.items).map(([column, it]) => [
      colIndex(column, it.counts),
      it.respondents,
      it.n,
      it.blank,
      it.invalid,
      ...Object.values(it.counts),
    ]),
  ]);
  return JSON.stringify({ f: 1, basis: p.basis, version: p.version, columns, labels, groups });
}

export function decodePublication(text: string | null): Publication | null {
  if (!text) return null;
  try {
    const d = JSON.parse(text) as {
      f: number;
      basis: string;
      version: number;
      columns: string[];
      labels: string[][];
      groups: [string, number, number[][]][];
    };
    if (d.f !== 1 || typeof d.basis !== 'string' || !Number.isInteger(d.version)) return null;
    const groups: Record<string, PublishedGroup> = {};
    for (const [value, respondents, rows] of d.groups) {
      const items: Record<string, PublishedItem> = {};
      for (const [col, r, n, blank, invalid, ...counts] of rows) {
        const keys = d.labels[col!] ?? [];
        items[d.columns[col!]!] = {
          respondents: r!,
          n: n!,
          blank: blank!,
          invalid: invalid!,
          counts: Object.fromEntries(keys.map((k, i) => [k, counts[i] ?? 0])),
        };
      }
      groups[value] = { respondents, items };
    }
    return { basis: d.basis, version: d.version, groups };
  } catch (_e) {
    // A damaged record starts a new series: nothing is shown until the rule allows it again.
    return null;
  }
}
