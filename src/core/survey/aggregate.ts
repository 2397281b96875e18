import { scaleTitle } from '../../content/scaleTitles';
import { isScaleId } from '../../content/scales';
import { codeCheckboxValues, setLookup } from './choices';
import type { SurveyItem } from './detect';
import type { CountedColumn } from './counts';
import type { Breakdown, GroupBy } from './groups';
import { BLANK, codeValues, INVALID, type InvalidTally, LABEL0 } from './match';
import { roundEach, roundPercents } from './percent';
import { type AnswerSet, answerSet } from './readings';
import { fail, ok, type Result } from './result';
import type {
  GroupItem,
  GroupSummary,
  InvalidValue,
  ItemFigures,
  ItemHeading,
  ItemSummary,
  SurveySummary,
} from './summary';
import { suppress } from './suppress';

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MAX_INVALID_VALUES = 20;

/** An item counted per group: one flat row of counts per group, indexed by answer code. */
export interface PreparedItem {
  readonly heading: ItemHeading;
  readonly set: AnswerSet;
  /** Per group and code, `[g * width + code]`: INVALID, BLANK, then LABEL0 + label index (checkbox: pattern index). */
  readonly counts: Int32Array;
  /** Codes run from 0 to width - 1. */
  readonly width: number;
  /** Checkbox questions: the labels each pattern ticks; null when each answer is one label. */
  readonly patterns: readonly (readonly number[])[] | null;
  readonly invalidValues: readonly InvalidValue[];
  readonly invalidDistinct: number;
}

export interface SummarizeOptions {
  readonly groupBy?: GroupBy | null;
  /** Groups (and items within groups) with fewer people are hidden; a whole number >= 1, default 5. */
  readonly minGroupSize?: number;
  /** Decimals of `percents`: 0 (default) or 1. */
  readonly percentDecimals?: 0 | 1;
}

function topInvalid(invalid: InvalidTally): InvalidValue[] {
  return [...invalid.values.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_INVALID_VALUES)
    .map((v) => ({ value: v.display, count: v.count }));
}

/** An item matched to the column it reads and the labels it is counted by. */
interface ResolvedItem {
  readonly column: number;
  readonly heading: ItemHeading;
  readonly set: AnswerSet;
}

/** Finds each item's column (by header: columns move when someone inserts one) and its labels. */
export function resolveItems(
  headers: readonly string[],
  items: readonly SurveyItem[],
): Result<readonly ResolvedItem[]> {
  const resolved: ResolvedItem[] = [];
  for (const item of items) {
    const column = headers[item.column] === item.header ? item.column : headers.indexOf(item.header);
    if (column < 0) {
      return fail('unknown-column', `The responses have no column headed "${item.header}" any more.`);
    }
    if (item.kind === 'scale' && !isScaleId(item.scaleId)) {
      return fail('unknown-scale', `"${String(item.scaleId)}" (for "${item.header}") is not a known scale.`);
    }
    const set = answerSet(item);
    const heading: ItemHeading = {
      title: item.title,
      column: item.header,
      grid: item.grid,
      kind: set.kind,
      scale: set.name,
      scaleId: set.scaleId,
      labels: set.labels.map((l) => l.label),
      other: set.other !== null,
    };
    resolved.push({ column, heading, set });
  }
  return ok(resolved);
}

/**
 * Codes one item's distinct answers (each normalized and matched once) and adds up its counts
 * per group and code: the work does not grow with the number of responses.
 */
export function prepareItem(item: ResolvedItem, counted: CountedColumn): PreparedItem {
  const { heading, set } = item;
  const { values, total, byGroup, groups } = counted;
  let coded: { codeOf: Int32Array; invalid: InvalidTally };
  let patterns: readonly (readonly number[])[] | null = null;
  let width: number;
  if (set.kind === 'checkbox') {
    const c = codeCheckboxValues(values, total, set);
    coded = c;
    patterns = c.patterns;
    width = LABEL0 + c.patterns.length;
  } else {
    coded = codeValues(values, total, setLookup(set), set.other === null ? INVALID : LABEL0 + set.other);
    width = LABEL0 + set.labels.length;
  }
  const { codeOf } = coded;
  const n = values.length;
  const counts = new Int32Array(groups * width);
  for (let g = 0; g < groups; g++) {
    for (let id = 0; id < n; id++) counts[g * width + codeOf[id]!]! += byGroup[g * n + id]!;
  }
  return {
    heading,
    set,
    counts,
    width,
    patterns,
    invalidValues: topInvalid(coded.invalid),
    invalidDistinct: coded.invalid.values.size,
  };
}

/** Figures from one flat counts row `[invalid, blank, code 2, ...]` starting at `at`. */
function figures(item: PreparedItem, counts: Int32Array, at: number, decimals: 0 | 1): ItemFigures {
  const { labels } = item.set;
  const perLabel = new Array<number>(labels.length).fill(0);
  let n = 0;
  if (item.patterns) {
    item.patterns.forEach((ticked, p) => {
      const c = counts[at + LABEL0 + p]!;
      n += c;
      for (const l of ticked) perLabel[l]! += c;
    });
  } else {
    for (let i = 0; i < labels.length; i++) {
      perLabel[i] = counts[at + LABEL0 + i]!;
      n += perLabel[i]!;
    }
  }
  const labelCounts: Record<string, number> = {};
  let fav = 0;
  let scored = 0;
  let sum = 0;
  labels.forEach((label, i) => {
    const c = perLabel[i]!;
    labelCounts[label.label] = c;
    if (label.polarity === 'favorable') fav += c;
    if (label.score !== null) {
      scored += c;
      sum += c * label.score;
    }
  });
  const rounded = item.patterns ? roundEach(perLabel, n, decimals) : roundPercents(perLabel, decimals);
  let percents: Record<string, number> | null = null;
  if (rounded) {
    percents = {};
    for (let i = 0; i < rounded.length; i++) percents[labels[i]!.label] = rounded[i]!;
  }
  const scale = item.set.kind === 'scale';
  return {
    n,
    blank: counts[at + BLANK]!,
    invalid: counts[at + INVALID]!,
    counts: labelCounts,
    percents,
    favorable: scale && n > 0 ? fav / n : null,
    mean: scale && scored > 0 ? sum / scored : null,
  };
}

/** The minimum group size, checked: a whole number of at least 1. */
export function minGroupSize(options: SummarizeOptions): Result<number> {
  const min = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isInteger(min) || min < 1) {
    return fail(
      'bad-min-group-size',
      `The minimum group size must be a whole number of at least 1 (got ${min}).`,
    );
  }
  return ok(min);
}

/**
 * Figures from counted items: per item overall (its groups added up) and, with a breakdown,
 * per group in display order, small groups and items hidden (suppress.ts).
 */
export function summarizePrepared(
  prepared: readonly PreparedItem[],
  breakdown: Breakdown | null,
  table: { readonly rows: number; readonly notes: readonly string[] },
  min: number,
  options: SummarizeOptions = {},
): SurveySummary {
  const decimals = options.percentDecimals ?? 0;
  const responses = table.rows;
  const messages: string[] = [...table.notes];
  if (responses === 0) messages.push('No responses yet.');
  else if (prepared.length === 0)
    messages.push('No question columns to summarize: choose how to read a column in the column settings.');
  else if (responses < min) {
    messages.push(
      `Only ${responses} response${responses === 1 ? '' : 's'}, fewer than the minimum group size (${min}): ` +
        'these figures could identify respondents.',
    );
  }

  // The column the results are broken down by is not also a question of the breakdown.
  const scheme = breakdown?.set.scheme ?? null;
  const questions =
    scheme?.kind === 'value' ? prepared.filter((i) => i.heading.column !== scheme.column) : prepared;
  const items: ItemSummary[] = questions.map((item) => {
    const overall = figures(item, sumGroups(item), 0, decimals);
    if (overall.invalid > 0) {
      // No examples here: messages may be shared, and invalid answers are respondents' own text.
      const where =
        item.set.scaleId === null ? 'one of the choices' : `on its scale (${scaleTitle(item.set.scaleId)})`;
      messages.push(
        `"${item.heading.title}": ${overall.invalid} answer${overall.invalid === 1 ? ' is' : 's are'} not ` +
          `${where}; counted as invalid, not dropped.`,
      );
    }
    return {
      ...item.heading,
      ...overall,
      invalidValues: item.invalidValues,
      invalidDistinct: item.invalidDistinct,
    };
  });

  const groups = breakdown ? breakdownOf(questions, breakdown, min, decimals, messages) : [];
  return {
    responses,
    items,
    groupBy: scheme ? scheme.column : null,
    cutoffs: scheme ? scheme.cutoffs : null,
    minGroupSize: min,
    groups,
    messages,
    skipped: [],
    repeats: null,
  };
}

/** An item's counts over all its groups: one row. */
function sumGroups(item: PreparedItem): Int32Array {
  const { width, counts } = item;
  const out = new Int32Array(width);
  for (let at = 0; at < counts.length; at += width)
    for (let k = 0; k < width; k++) out[k]! += counts[at + k]!;
  return out;
}

function breakdownOf(
  prepared: readonly PreparedItem[],
  breakdown: Breakdown,
  min: number,
  decimals: 0 | 1,
  messages: string[],
): GroupSummary[] {
  const order = breakdown.set.displayOrder(breakdown.sizes);
  const grouping = {
    labels: order.map((g) => breakdown.set.labels[g]!),
    sizes: order.map((g) => breakdown.sizes[g]!),
  };
  const hiddenGroups = suppress(grouping.sizes, min);
  // Per item: figures per group, and which (shown) groups must hide this item.
  const perItem = prepared.map((item) => {
    const byGroup = order.map((g) => figures(item, item.counts, g * item.width, decimals));
    const hidden = suppress(
      byGroup.map((f) => f.n),
      min,
      hiddenGroups,
    );
    return { item, byGroup, hidden };
  });

  const primary = grouping.sizes.filter((s) => s < min).length;
  const complementary = hiddenGroups.filter(Boolean).length - primary;
  if (primary > 0) {
    messages.push(
      `${primary} group${primary === 1 ? '' : 's'} with fewer than ${min} respondents ${primary === 1 ? 'is' : 'are'} hidden` +
        (complementary > 0
          ? `, and ${complementary} more so that ${primary === 1 ? 'it' : 'they'} cannot be worked out from the totals.`
          : '.'),
    );
  }
  if (perItem.some((p) => p.hidden.some((h, g) => h && !hiddenGroups[g]))) {
    messages.push(
      `Some questions are hidden within a group: fewer than ${min} people there answered them, ` +
        'or showing them would let hidden answers be worked out from the totals.',
    );
  }

  return grouping.labels.map((value, g): GroupSummary => {
    const respondents = grouping.sizes[g]!;
    if (hiddenGroups[g]) return { value, respondents, suppressed: true, items: [] };
    const items = perItem.map(
      ({ item, byGroup, hidden }): GroupItem =>
        hidden[g]
          ? { ...item.heading, suppressed: true }
          : { ...item.heading, ...byGroup[g]!, suppressed: false },
    );
    return { value, respondents, suppressed: false, items };
  });
}
