import {
  minGroupSize,
  type PreparedItem,
  prepareItem,
  resolveItems,
  type SummarizeOptions,
  summarizePrepared,
} from './aggregate';
import { type CountedColumn, countColumn, countIds } from './counts';
import { type Declared, type Detection, detectEncoded, type Overrides, type SurveyItem } from './detect';
import { type EncodedTable, encodeGrid, encodeTable } from './encode';
import { groupRefusal } from './groupable';
import { type Breakdown, groupColumn, groupResponses } from './groups';
import { keepLatestEncoded } from './repeats';
import { fail, ok, type Result } from './result';
import type { Repeats, SurveySummary } from './summary';
import type { ResponseTable } from './table';

export interface SummarizeResponsesOptions extends SummarizeOptions {
  /** Per header: a scale, a kind or 'ignore' (the user's settings, or the record of a Form the add-on made). */
  readonly overrides?: Overrides;
  /** Per header: what the linked Form says the column is (its question type and choices). */
  readonly declared?: Readonly<Record<string, Declared>>;
  /** Count only each e-mail address's latest response (when the responses have addresses). */
  readonly onePerPerson?: boolean;
  /** Columns known to hold groups (a recorded survey's role and school questions): never refused. */
  readonly groupColumns?: readonly string[];
}

/** What a summary was counted from: enough to summarize again, or to count new rows into (countState.ts). */
export interface SurveyCounts {
  /** Responses counted. */
  readonly rows: number;
  /**
   * Per column, its distinct values counted per group; null for a column read the same whatever
   * its answers (ColumnInfo.byAnswers false), whose answers no figure needs.
   */
  readonly columns: readonly (CountedColumn | null)[];
  readonly breakdown: Breakdown | null;
}

export interface Summarized {
  readonly summary: SurveySummary;
  readonly detection: Detection;
  /** The counts behind the summary; null when one response per person left some responses out. */
  readonly counts: SurveyCounts | null;
}

/**
 * The whole pipeline on a raw grid (`getValues()` of the responses sheet, or a parsed CSV):
 * read, detect items, refuse a breakdown that would show individuals, keep one response per
 * person when asked, aggregate. Detection's messages are merged into the summary's.
 */
export function summarizeResponses(
  grid: readonly (readonly unknown[])[],
  options: SummarizeResponsesOptions = {},
): Result<Summarized> {
  const read = encodeGrid(grid);
  if (!read.ok) return read;
  return summarizeEncoded(read.value, options);
}

/** The header of the column broken down by value, or null. */
export const valueGroupColumn = (options: SummarizeResponsesOptions): string | null =>
  options.groupBy?.kind === 'value' ? options.groupBy.column : null;

/** Whether the statistics of the column broken down by matter (a breakdown not known to be safe). */
export function groupStatsMatter(options: SummarizeResponsesOptions, header: string): boolean {
  return valueGroupColumn(options) === header && !(options.groupColumns ?? []).includes(header);
}

/** `summarizeResponses` for a table already coded (read a block at a time, see encode.ts). */
export function summarizeEncoded(
  table: EncodedTable,
  options: SummarizeResponsesOptions = {},
): Result<Summarized> {
  const groupBy = valueGroupColumn(options);
  // Each column counted once: detection and counting both read these.
  const totals = table.columns.map(countIds);
  const detection = detectEncoded(
    table,
    options.overrides,
    { ...(options.declared ? { declared: options.declared } : {}), groupBy },
    totals,
  );
  const refusal = groupBy === null ? null : groupRefusal(detection, groupBy, options.groupColumns);
  if (refusal !== null) return fail('bad-group-by', refusal);

  const dedupe = keepLatestEncoded(table, detection, options.onePerPerson === true);
  const kept = dedupe.table;
  // Besides the questions, the columns whose answers decide how they are read: kept for a refresh.
  const counted = countSurvey(
    kept,
    detection.items,
    options,
    (c) => detection.columns[c]?.byAnswers === true || groupStatsMatter(options, kept.headers[c]!),
    kept === table ? totals : undefined,
  );
  if (!counted.ok) return counted;
  const counts = counted.value.counts;
  const summary = summaryFrom(detection, counts, kept, options, dedupe.repeats);
  if (!summary.ok) return summary;
  return ok({ summary: summary.value, detection, counts: kept === table ? counts : null });
}

/**
 * Counts the questions' columns (and the others `alsoCount` names) per group. Problems are
 * reported in this order: a question's column or scale, the minimum group size, the breakdown.
 */
function countSurvey(
  table: EncodedTable,
  items: readonly SurveyItem[],
  options: SummarizeOptions,
  alsoCount: (column: number) => boolean,
  /** Per column, how many responses give each id (`countIds`), when already counted. */
  totals?: readonly Int32Array[],
): Result<{ counts: SurveyCounts; prepared: readonly PreparedItem[]; min: number }> {
  const resolved = resolveItems(table.headers, items);
  if (!resolved.ok) return resolved;
  const min = minGroupSize(options);
  if (!min.ok) return min;
  const grouped = groupResponses(table, options.groupBy ?? null);
  if (!grouped.ok) return grouped;
  const { rowGroups, breakdown } = grouped.value;
  const groups = breakdown ? breakdown.set.keys.length : 1;
  const questions = new Set(resolved.value.map((i) => i.column));
  const columns = table.columns.map((column, c) =>
    questions.has(c) || alsoCount(c) ? countColumn(column, rowGroups, groups, totals?.[c]) : null,
  );
  const prepared = resolved.value.map((item) => prepareItem(item, columns[item.column]!));
  return ok({ counts: { rows: table.rows, columns, breakdown }, prepared, min: min.value });
}

/** Detect-free convenience: count the given items of a table read with `readTable`, then summarize. */
export function aggregate(
  table: ResponseTable,
  items: readonly SurveyItem[],
  options: SummarizeOptions = {},
): Result<SurveySummary> {
  const counted = countSurvey(encodeTable(table), items, options, () => false);
  if (!counted.ok) return counted;
  const { counts, prepared, min } = counted.value;
  return ok(
    summarizePrepared(prepared, counts.breakdown, { rows: counts.rows, notes: table.notes }, min, options),
  );
}

/**
 * The figures of counted columns, read as `detection` says: what a full count and a refresh
 * (new rows counted into stored counts) share. Detection's messages are merged into the summary's.
 */
export function summaryFrom(
  detection: Detection,
  counts: SurveyCounts,
  table: { readonly headers: readonly string[]; readonly notes: readonly string[] },
  options: SummarizeOptions,
  repeats: Repeats | null,
): Result<SurveySummary> {
  const resolved = resolveItems(table.headers, detection.items);
  if (!resolved.ok) return resolved;
  const min = minGroupSize(options);
  if (!min.ok) return min;
  const prepared = resolved.value.map((item) => {
    const column = counts.columns[item.column];
    if (!column) throw new Error(`The question column "${item.heading.column}" was not counted.`);
    return prepareItem(item, column);
  });
  const summary = summarizePrepared(
    prepared,
    counts.breakdown,
    { rows: counts.rows, notes: table.notes },
    min.value,
    options,
  );
  const messages = [...summary.messages];
  for (const m of detection.messages) if (!messages.includes(m)) messages.push(m);
  return ok({ ...summary, messages, skipped: detection.skipped, repeats });
}

/** The column broken down by, if it is among `headers`. */
export function breakdownColumn(headers: readonly string[], options: SummarizeOptions): number | null {
  if (!options.groupBy) return null;
  const found = groupColumn(headers, options.groupBy);
  return found.ok ? found.value : null;
}
