import { scaleTitle } from '../../content/scaleTitles';
import { isScaleId } from '../../content/scales';
import { codeCheckboxColumn, setLookup } from './choices';
import type { SurveyItem } from './detect';
import { type GroupBy, type Grouping, groupRows } from './groups';
import { BLANK, codeColumn, INVALID, type InvalidTally, LABEL0 } from './match';
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
import type { ResponseTable } from './table';

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MAX_INVALID_VALUES = 20;

/** An item column coded once (one code per answer), ready to be counted under any grouping. */
export interface PreparedItem {
  readonly heading: ItemHeading;
  readonly set: AnswerSet;
  /** Per response: INVALID, BLANK, or LABEL0 + label index (checkbox: LABEL0 + pattern index). */
  readonly codes: Uint8Array | Int32Array;
  /** Codes run from 0 to width - 1. */
  readonly width: number;
  /** Checkbox questions: the labels each pattern ticks; null when each answer is one label. */
  readonly patterns: readonly (readonly number[])[] | null;
  readonly invalidValues: readonly InvalidValue[];
  readonly invalidDistinct: number;
}

export interface PreparedSurvey {
  readonly table: ResponseTable;
  readonly items: readonly PreparedItem[];
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

/** Codes every item column; fails when an item names a column the table does not have. */
export function prepareSurvey(table: ResponseTable, items: readonly SurveyItem[]): Result<PreparedSurvey> {
  const prepared: PreparedItem[] = [];
  for (const item of items) {
    // Columns move when someone inserts one: the header, not the position, names the item.
    const column =
      table.headers[item.column] === item.header ? item.column : table.headers.indexOf(item.header);
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
    if (set.kind === 'checkbox') {
      const coded = codeCheckboxColumn(table.rows, column, set);
      prepared.push({
        heading,
        set,
        codes: coded.codes,
        width: LABEL0 + coded.patterns.length,
        patterns: coded.patterns,
        invalidValues: topInvalid(coded.invalid),
        invalidDistinct: coded.invalid.values.size,
      });
      continue;
    }
    const other = set.other === null ? INVALID : LABEL0 + set.other;
    const { codes, invalid } = codeColumn(table.rows, column, setLookup(set), other);
    prepared.push({
      heading,
      set,
      codes,
      width: LABEL0 + set.labels.length,
      patterns: null,
      invalidValues: topInvalid(invalid),
      invalidDistinct: invalid.values.size,
    });
  }
  return ok({ table, items: prepared });
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

/** Counts of one item per group: a flat array, `groups` rows of `[invalid, blank, labels...]`. */
function countByGroup(item: PreparedItem, of: Int32Array | null, groups: number): Int32Array {
  const width = item.width;
  const counts = new Int32Array(groups * width);
  const codes = item.codes;
  if (of === null) {
    for (let r = 0; r < codes.length; r++) counts[codes[r]!]!++;
  } else {
    for (let r = 0; r < codes.length; r++) counts[of[r]! * width + codes[r]!]!++;
  }
  return counts;
}

export function summarize(prepared: PreparedSurvey, options: SummarizeOptions = {}): Result<SurveySummary> {
  const min = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isInteger(min) || min < 1) {
    return fail(
      'bad-min-group-size',
      `The minimum group size must be a whole number of at least 1 (got ${min}).`,
    );
  }
  const decimals = options.percentDecimals ?? 0;
  const { table } = prepared;
  const responses = table.rows.length;

  let grouping: Grouping | null = null;
  if (options.groupBy) {
    const g = groupRows(table, options.groupBy);
    if (!g.ok) return g;
    grouping = g.value;
  }

  const messages: string[] = [...table.notes];
  if (responses === 0) messages.push('No responses yet.');
  else if (prepared.items.length === 0)
    messages.push('No question columns to summarize: choose how to read a column in the column settings.');
  else if (responses < min) {
    messages.push(
      `Only ${responses} response${responses === 1 ? '' : 's'}, fewer than the minimum group size (${min}): ` +
        'these figures could identify respondents.',
    );
  }

  // The column the results are broken down by is not also a question of the breakdown.
  const questions =
    grouping && options.groupBy?.kind === 'value'
      ? prepared.items.filter((i) => i.heading.column !== grouping!.column)
      : prepared.items;
  const items: ItemSummary[] = questions.map((item) => {
    const overall = figures(item, countByGroup(item, null, 1), 0, decimals);
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

  const groups = grouping
    ? breakdown({ ...prepared, items: questions }, grouping, min, decimals, messages)
    : [];
  return ok({
    responses,
    items,
    groupBy: grouping ? grouping.column : null,
    cutoffs: grouping ? grouping.cutoffs : null,
    minGroupSize: min,
    groups,
    messages,
    skipped: [],
    repeats: null,
  });
}

function breakdown(
  prepared: PreparedSurvey,
  grouping: Grouping,
  min: number,
  decimals: 0 | 1,
  messages: string[],
): GroupSummary[] {
  const G = grouping.labels.length;
  const hiddenGroups = suppress(grouping.sizes, min);
  // Per item: figures per group, and which (shown) groups must hide this item.
  const perItem = prepared.items.map((item) => {
    const counts = countByGroup(item, grouping.of, G);
    const byGroup = grouping.labels.map((_, g) => figures(item, counts, g * item.width, decimals));
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

/** Detect-free convenience: code the items, then summarize. */
export function aggregate(
  table: ResponseTable,
  items: readonly SurveyItem[],
  options: SummarizeOptions = {},
): Result<SurveySummary> {
  const prepared = prepareSurvey(table, items);
  return prepared.ok ? summarize(prepared.value, options) : prepared;
}
