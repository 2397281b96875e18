import type { Detection } from './detect';

/**
 * A breakdown by a column that names individuals would show them: e-mail addresses, or values
 * most of which only one respondent gave (names, comments). Even a "group" that is large enough
 * (a common first name) would put people's names in the summary and in the shared copy.
 */
export function groupRefusal(
  detection: Pick<Detection, 'columns' | 'email'>,
  header: string,
  /** Columns known to hold groups (the role and school questions of a survey the add-on made). */
  known: readonly string[] = [],
): string | null {
  const c = detection.columns.find((x) => x.header === header);
  if (!c) return null; // an unknown column is reported by grouping itself
  if (c.kind === 'email' || c.column === detection.email) {
    return `"${header}" holds e-mail addresses: a breakdown by it would show individuals. Choose another column.`;
  }
  if (!known.includes(header) && c.kind !== 'timestamp' && c.kind !== 'date' && mostlyDistinct(c)) {
    return (
      `"${header}" cannot break the results down: ${c.unique} of its ${c.nonBlank} answers were given by one ` +
      'respondent only, as names and comments are, so a breakdown would show individuals. ' +
      'Choose a column such as role or school.'
    );
  }
  return null;
}

/** Below this many answers, a column of different values is no evidence of names (and hides every group anyway). */
export const DISTINCT_EVIDENCE = 10;

/** More than half of at least DISTINCT_EVIDENCE answers are values given by one respondent only. */
export const mostlyDistinct = (c: { unique: number; nonBlank: number }): boolean =>
  c.nonBlank >= DISTINCT_EVIDENCE && c.unique * 2 > c.nonBlank;
