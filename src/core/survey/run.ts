import { aggregate, type SummarizeOptions } from './aggregate';
import { type Detection, detectItems, type Overrides } from './detect';
import { ok, type Result } from './result';
import type { SurveySummary } from './summary';
import { readTable } from './table';

export interface SummarizeResponsesOptions extends SummarizeOptions {
  /** Per header: a scale or 'ignore' (e.g. from the stored schema of a Form the add-on made). */
  readonly overrides?: Overrides;
}

/**
 * The whole pipeline on a raw grid (`getValues()` of the responses sheet, or a parsed CSV):
 * read, detect items, aggregate. Detection's messages are merged into the summary's.
 */
export function summarizeResponses(
  grid: readonly (readonly unknown[])[],
  options: SummarizeResponsesOptions = {},
): Result<{ summary: SurveySummary; detection: Detection }> {
  const table = readTable(grid);
  if (!table.ok) return table;
  const detection = detectItems(table.value, options.overrides);
  const summary = aggregate(table.value, detection.items, options);
  if (!summary.ok) return summary;
  const messages = [...summary.value.messages];
  for (const m of detection.messages) if (!messages.includes(m)) messages.push(m);
  return ok({ summary: { ...summary.value, messages }, detection });
}
