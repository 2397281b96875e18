import { scaleTitle } from '../../content/scaleTitles';
import { getScale, isScaleId } from '../../content/scales';
import type { Scale } from '../../content/types';
import type { SurveyItem } from './detect';
import { type GroupBy, type Grouping, groupRows } from './groups';
import { BLANK, codeColumn, INVALID, LABEL0 } from './match';
import { roundPercents } from './percent';
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

/** An item column coded once (one byte per answer), ready to be counted under any grouping. */
export interface PreparedItem {
  readonly heading: ItemHeading;
  readonly scale: Scale;
  /** Per response: INVALID, BLANK, or LABEL0 + label index. */
  readonly codes: Uint8Array;
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
    if (!isScaleId(item.scaleId)) {
      return fail('unknown-scale', `"${String(item.scaleId)}" (for "${item.header}") is not a known scale.`);
    }
    const scale = getScale(item.scaleId);
    const { codes, invalid } = codeColumn(table.rows, column, scale);
    const invalidValues = [...invalid.values.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_INVALID_VALUES)
      .map((v) => ({ value: v.display, count: v.count }));
    prepared.push({
      heading: {
        title: item.title,
        column: item.header,
        grid: item.grid,
        scale: scale.name,
        scaleId: scale.id,
      },
      scale,
      codes,
      invalidValues,
      invalidDistinct: invalid.values.size,
    });
  }
  return ok({ table, items: prepared });
}

/** Figures from one flat counts row `[invalid, blank, label 0, ...]` starting at `at`. */
function figures(scale: Scale, counts: Int32Array, at: number, decimals: 0 | 1): ItemFigures {
  const labelCounts: Record<string, number> = {};
  const perLabel: number[] = [];
  let n = 0;
  let fav = 0;
  let scored = 0;
  let sum = 0;
  scale.labels.forEach((label, i) => {
    const c = counts[at + LABEL0 + i]!;
    labelCounts[label.label] = c;
    perLabel.push(c);
    n += c;
    if (label.polarity === 'favorable') fav += c;
    if (label.score !== null) {
      scored += c;
      sum += c * label.score;
    }
  });
  const rounded = roundPercents(perLabel, decimals);
  let percents: Record<string, number> | null = null;
  if (rounded) {
    percents = {};
    for (let i = 0; i < rounded.length; i++) percents[scale.labels[i]!.label] = rounded[i]!;
  }
  return {
    n,
    blank: counts[at + BLANK]!,
    invalid: counts[at + INVALID]!,
    counts: labelCounts,
    percents,
    favorable: n > 0 ? fav / n : null,
    mean: scored > 0 ? sum / scored : null,
  };
}

/** Counts of one item per group: a flat array, `groups` rows of `[invalid, blank, labels...]`. */
function countByGroup(item: PreparedItem, of: Int32Array | null, groups: number): Int32Array {
  const width = LABEL0 + item.scale.labels.length;
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
    messages.push('No question columns to summarize: choose a scale for a column.');
  else if (responses < min) {
    messages.push(
      `Only ${responses} response${responses === 1 ? '' : 's'}, fewer than the minimum group size (${min}): ` +
        'these figures could identify respondents.',
    );
  }

  const items: ItemSummary[] = prepared.items.map((item) => {
    const overall = figures(item.scale, countByGroup(item, null, 1), 0, decimals);
    if (overall.invalid > 0) {
      // No examples here: messages may be shared, and invalid answers are respondents' own text.
      messages.push(
        `"${item.heading.title}": ${overall.invalid} answer${overall.invalid === 1 ? ' is' : 's are'} not on its ` +
          `scale (${scaleTitle(item.scale.id)}); counted as invalid, not dropped.`,
      );
    }
    return {
      ...item.heading,
      ...overall,
      invalidValues: item.invalidValues,
      invalidDistinct: item.invalidDistinct,
    };
  });

  const groups = grouping ? breakdown(prepared, grouping, min, decimals, messages) : [];
  return ok({
    responses,
    items,
    groupBy: grouping ? grouping.column : null,
    cutoffs: grouping ? grouping.cutoffs : null,
    minGroupSize: min,
    groups,
    messages,
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
    const width = LABEL0 + item.scale.labels.length;
    const byGroup = grouping.labels.map((_, g) => figures(item.scale, counts, g * width, decimals));
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
