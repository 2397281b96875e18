import fc from 'fast-check';
import { format } from 'numfmt';
import type { SheetPlan } from '../../src/core/plan';
import { buildSummary, type SummaryInput } from '../../src/core/summary';
import { aggregate, type SurveySummary } from '../../src/core/survey';
import { must, table } from '../survey/helpers';
import { AGREE, ITEMS, randomSummary } from './randomSummary';

/**
 * "The same count of the same total always shows the same percent", anywhere on the tab: the
 * item tables, the IC overview and detail, the breakdown and the chart data the charts label.
 */

const input = (summary: SurveySummary): SummaryInput => ({
  survey: 'Survey',
  sourceTab: 'Responses',
  summary,
  updatedIso: '2026-01-01T10:00:00Z',
});

/** Every percent cell of the plan: its value and the text Sheets shows for it (numfmt, as Sheets formats). */
function percentCells(plan: SheetPlan): { value: number; text: string }[] {
  const out: { value: number; text: string }[] = [];
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const fmt = plan.formats.numberFormats[r]![c]!;
      if (typeof v === 'number' && fmt.includes('%')) out.push({ value: v, text: format(fmt, v) });
    }),
  );
  return out;
}

/** Every n the summary has: overall and per shown group, per item. */
function totals(s: SurveySummary): number[] {
  const ns = new Set<number>(s.items.map((i) => i.n));
  for (const g of s.groups) if (!g.suppressed) for (const i of g.items) if (!i.suppressed) ns.add(i.n);
  return [...ns].filter((n) => n > 0);
}

describe('the same count of the same total shows the same percent', () => {
  it('in one row: 4 of 14 three times is 29% each time (largest remainders made one of them 28%)', () => {
    const rows: unknown[][] = [['Timestamp', 'Q1']];
    const counts = [4, 4, 4, 1, 1];
    counts.forEach((k, l) => {
      for (let i = 0; i < k; i++) rows.push(['2026-01-01', AGREE[l]]);
    });
    const s = must(aggregate(table(rows), [ITEMS[0]!]));
    const { plan, layout } = buildSummary(input(s));
    const r = layout.itemTables[0]!.range.row; // the first data row, 0-based
    const shown = [4, 5, 6].map((c) =>
      format(plan.formats.numberFormats[r]![c]!, plan.values[r]![c] as number),
    );
    expect(shown).toEqual(['29%', '29%', '29%']);
  });

  it('everywhere on the tab, for any responses, groups and minimum size, in both copies', () => {
    fc.assert(
      fc.property(randomSummary, fc.boolean(), (s, share) => {
        const { plan } = buildSummary(input(s), { forSharing: share });
        const ns = totals(s);
        const shownAs = new Map<string, Set<string>>();
        for (const cell of percentCells(plan)) {
          // Each percent is exactly a count over one of the summary's totals...
          const ways = ns.flatMap((t) => {
            const c = Math.round(cell.value * t);
            return c / t === cell.value ? [`${c} of ${t}`] : [];
          });
          expect(ways.length).toBeGreaterThan(0);
          // ...and each count of a total shows one way only, wherever it is.
          for (const key of ways) shownAs.set(key, (shownAs.get(key) ?? new Set<string>()).add(cell.text));
        }
        for (const [key, seen] of shownAs) expect([key, seen.size]).toEqual([key, 1]);
      }),
      { numRuns: 120 },
    );
  });
});
