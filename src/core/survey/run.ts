import { aggregateEncoded, type SummarizeOptions } from './aggregate';
import { type Declared, type Detection, detectEncoded, type Overrides } from './detect';
import { countIds } from './counts';
import { type EncodedTable, encodeGrid } from './encode';
import { groupRefusal } from './groupable';
import { keepLatestEncoded } from './repeats';
import { fail, ok, type Result } from './result';
import type { SurveySummary } from './summary';

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

/**
 * The whole pipeline on a raw grid (`getValues()` of the responses sheet, or a parsed CSV):
 * read, detect items, refuse a breakdown that would show individuals, keep one response per
 * person when asked, aggregate. Detection's messages are merged into the summary's.
 */
export function summarizeResponses(
  grid: readonly (readonly unknown[])[],
  options: SummarizeResponsesOptions = {},
): Result<{ summary: SurveySummary; detection: Detection }> {
  const read = encodeGrid(grid);
  if (!read.ok) return read;
  return summarizeEncoded(read.value, options);
}

/** `summarizeResponses` for a table already coded (read a chunk at a time, see encode.ts). */
export function summarizeEncoded(
  table: EncodedTable,
  options: SummarizeResponsesOptions = {},
): Result<{ summary: SurveySummary; detection: Detection }> {
  const groupColumn = options.groupBy?.kind === 'value' ? options.groupBy.column : null;
  // Each column counted once: detection and counting both read these.
  const totals = table.columns.map(countIds);
  const detection = detectEncoded(
    table,
    options.overrides,
    { ...(options.declared ? { declared: options.declared } : {}), groupBy: groupColumn },
    totals,
  );
  const refusal = groupColumn === null ? null : groupRefusal(detection, groupColumn, options.groupColumns);
  if (refusal !== null) return fail('bad-group-by', refusal);

  const dedupe = keepLatestEncoded(table, detection, options.onePerPerson === true);
  const summary = aggregateEncoded(
    dedupe.table,
    detection.items,
    options,
    dedupe.table === table ? totals : undefined,
  );
  if (!summary.ok) return summary;
  const messages = [...summary.value.messages];
  for (const m of detection.messages) if (!messages.includes(m)) messages.push(m);
  return ok({
    summary: { ...summary.value, messages, skipped: detection.skipped, repeats: dedupe.repeats },
    detection,
  });
}
