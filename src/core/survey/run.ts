import { aggregate, type SummarizeOptions } from './aggregate';
import { type Declared, type Detection, detectItems, type Overrides } from './detect';
import { groupRefusal } from './groupable';
import { keepLatest } from './repeats';
import { fail, ok, type Result } from './result';
import type { SurveySummary } from './summary';
import { readTable } from './table';

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
  const read = readTable(grid);
  if (!read.ok) return read;
  const groupColumn = options.groupBy?.kind === 'value' ? options.groupBy.column : null;
  const detection = detectItems(read.value, options.overrides, {
    ...(options.declared ? { declared: options.declared } : {}),
    groupBy: groupColumn,
  });
  const refusal = groupColumn === null ? null : groupRefusal(detection, groupColumn, options.groupColumns);
  if (refusal !== null) return fail('bad-group-by', refusal);

  const dedupe = keepLatest(read.value, detection, options.onePerPerson === true);
  const summary = aggregate(dedupe.table, detection.items, options);
  if (!summary.ok) return summary;
  const messages = [...summary.value.messages];
  for (const m of detection.messages) if (!messages.includes(m)) messages.push(m);
  return ok({
    summary: { ...summary.value, messages, skipped: detection.skipped, repeats: dedupe.repeats },
    detection,
  });
}
