import { type ItemSummary, roundPercents } from '../../src/core/survey';

const LABELS = ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not sure'];

/**
 * A summary item of an IC outcome from its counts (Level 1 .. Level 4, Not sure), its figures
 * computed as aggregate() does; the column is the title.
 */
export function icItem(title: string, c: readonly number[]): ItemSummary {
  const n = c.reduce((a, x) => a + x, 0);
  const rounded = roundPercents(
    LABELS.map((_, i) => c[i] ?? 0),
    0,
  );
  return {
    title,
    column: title,
    grid: null,
    kind: 'scale',
    scale: 'ic-levels',
    scaleId: 'ic-levels',
    labels: LABELS,
    other: false,
    n,
    blank: 0,
    invalid: 0,
    counts: Object.fromEntries(LABELS.map((l, i) => [l, c[i] ?? 0])),
    percents: rounded ? Object.fromEntries(LABELS.map((l, i) => [l, rounded[i]!])) : null,
    favorable: n > 0 ? ((c[0] ?? 0) + (c[1] ?? 0)) / n : null,
    mean: null,
    invalidValues: [],
    invalidDistinct: 0,
  };
}
