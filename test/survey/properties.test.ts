import fc from 'fast-check';
import { getScale } from '../../src/content/scales';
import {
  aggregate,
  detectItems,
  groupRows,
  parseCsv,
  readTable,
  roundPercents,
  suppress,
  type SurveyItem,
  type SurveySummary,
} from '../../src/core/survey';
import { must } from './helpers';

const RUNS = { numRuns: 300 };

/** A label as people and CSVs mangle it: any case, extra spaces around and inside. */
const mangled = (label: string) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '  '),
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom<'keep' | 'upper' | 'lower'>('keep', 'upper', 'lower'),
    )
    .map(([pad, end, c]) => {
      const body = label.replace(/ /g, pad.length > 1 ? '  ' : ' ');
      return pad + (c === 'upper' ? body.toUpperCase() : c === 'lower' ? body.toLowerCase() : body) + end;
    });

const AGREEMENT = getScale('agreement5').labels.map((l) => l.label);

/** An answer cell: mostly labels, some blanks, and invalid text, numbers, dates, booleans. */
const answer = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...AGREEMENT).chain(mangled) },
  { weight: 2, arbitrary: fc.constantFrom('', '   ', null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom('Maybe', '=1+1', '@Agree', '-Agree', 'Agreee', 'N/A') },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
    ),
  },
);

const groupValue = fc.constantFrom('North', 'north ', 'South', 'East', 'West', 'Central', '', null, 7);

/** A responses table with a group column and 1 to 3 agreement items, declared as the schema would. */
const survey = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 }))
  .chain(([k, rows]) =>
    fc.record({
      k: fc.constant(k),
      rows: fc.array(fc.tuple(groupValue, fc.array(answer, { minLength: k, maxLength: k })), {
        minLength: rows,
        maxLength: rows,
      }),
      min: fc.integer({ min: 1, max: 8 }),
    }),
  )
  .map(({ k, rows, min }) => {
    const headers = ['School', ...Array.from({ length: k }, (_, i) => `Q${i + 1}`)];
    // A non-blank marker column keeps rows whose answers are all blank as responses.
    const grid: unknown[][] = [[...headers, 'Id'], ...rows.map(([g, a], r) => [g, ...a, `r${r}`])];
    const table = must(readTable(grid));
    const items: SurveyItem[] = headers.slice(1).map((h, i) => ({
      column: i + 1,
      header: h,
      title: h,
      grid: null,
      kind: 'scale',
      scaleId: 'agreement5',
    }));
    const summary = must(
      aggregate(table, items, { groupBy: { kind: 'value', column: 'School' }, minGroupSize: min }),
    );
    return { table, summary, min, grid };
  });

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Every figure set's internal arithmetic. */
function checkFigures(
  f: {
    n: number;
    blank: number;
    invalid: number;
    counts: Record<string, number>;
    percents: Record<string, number> | null;
    favorable: number | null;
    mean: number | null;
  },
  rows: number,
) {
  expect(sum(Object.values(f.counts))).toBe(f.n);
  expect(f.n + f.blank + f.invalid).toBe(rows);
  expect(Object.keys(f.counts)).toEqual(AGREEMENT);
  if (f.n > 0) {
    expect(sum(Object.values(f.percents!))).toBe(100);
    expect(f.favorable! >= 0 && f.favorable! <= 1).toBe(true);
  } else {
    expect([f.percents, f.favorable]).toEqual([null, null]);
  }
  if (f.mean !== null) expect(f.mean >= 1 && f.mean <= 5).toBe(true);
}

describe('properties: figures', () => {
  it('counts sum to n; n + blank + invalid = responses; percents sum to 100 when n > 0 (overall and per group)', () => {
    fc.assert(
      fc.property(survey, ({ summary }) => {
        for (const item of summary.items) checkFigures(item, summary.responses);
        for (const g of summary.groups) {
          for (const item of g.items) if (!item.suppressed) checkFigures(item, g.respondents);
        }
      }),
      RUNS,
    );
  });

  it('rounded percents sum to exactly 100 and each is within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100000 }), { maxLength: 8 }),
        fc.constantFrom<0 | 1>(0, 1),
        (counts, d) => {
          const p = roundPercents(counts, d);
          const total = sum(counts);
          if (total === 0) return expect(p).toBeNull();
          const unit = d === 1 ? 10 : 1;
          expect(sum(p!.map((x) => Math.round(x * unit)))).toBe(100 * unit);
          p!.forEach((x, i) => expect(Math.abs(x - (100 * counts[i]!) / total)).toBeLessThan(1 / unit));
        },
      ),
      RUNS,
    );
  });
});

describe('properties: grouping', () => {
  it('partitions the respondents: every row in exactly one group, sizes add up', () => {
    fc.assert(
      fc.property(survey, ({ table, summary }) => {
        const g = must(groupRows(table, { kind: 'value', column: 'School' }));
        expect(g.of.length).toBe(table.rows.length);
        const sizes = g.labels.map(() => 0);
        for (const x of g.of) sizes[x]!++;
        expect(sizes).toEqual(g.sizes);
        expect(g.sizes.every((s) => s > 0)).toBe(true);
        expect(sum(summary.groups.map((x) => x.respondents))).toBe(summary.responses);
      }),
      RUNS,
    );
  });

  it('with minimum 1 nothing is hidden and the groups add up to the overall counts', () => {
    fc.assert(
      fc.property(survey, ({ table }) => {
        const items: SurveyItem[] = [
          { column: 1, header: 'Q1', title: 'Q1', grid: null, kind: 'scale', scaleId: 'agreement5' },
        ];
        const s = must(
          aggregate(table, items, { groupBy: { kind: 'value', column: 'School' }, minGroupSize: 1 }),
        );
        for (const label of AGREEMENT) {
          const parts = s.groups.map((g) => {
            const i = g.items[0];
            if (!i || i.suppressed) throw new Error('nothing should be hidden at minimum 1');
            return i.counts[label]!;
          });
          expect(sum(parts)).toBe(s.items[0]!.counts[label]);
        }
      }),
      RUNS,
    );
  });
});

/**
 * What we check about suppression, precisely. Someone holding the shared summary knows the
 * overall figures and every shown group's figures, so for each item the most they can derive
 * about hidden cells is R = overall minus the sum of the shown cells: the pooled answers of all
 * hidden cells (whole hidden groups, and items hidden within shown groups). We check that
 *  (a) no shown group has fewer than the minimum respondents, and no shown item cell has
 *      1..min-1 answers;
 *  (b) for every item, R has 0 answers or at least `min` answers, unless no group shows the
 *      item at all (then R is the overall figure, which is published anyway);
 *  (c) the same for respondents: the hidden groups together hold 0 or >= min respondents,
 *      unless every group is hidden;
 *  (d) so in particular a single hidden group with 1..min-1 respondents never stands alone.
 */
function checkSuppression(summary: SurveySummary, min: number) {
  const shown = summary.groups.filter((g) => !g.suppressed);
  const hidden = summary.groups.filter((g) => g.suppressed);
  // (a)
  for (const g of shown) {
    expect(g.respondents).toBeGreaterThanOrEqual(min);
    for (const i of g.items) if (!i.suppressed) expect(i.n === 0 || i.n >= min).toBe(true);
  }
  for (const g of hidden) expect(g.items).toEqual([]);
  // (b)
  summary.items.forEach((item, k) => {
    const cells = shown.map((g) => g.items[k]!);
    const visible = cells.filter((c) => !c.suppressed);
    if (visible.length === 0) return;
    const residual = sum(
      AGREEMENT.map((l) => item.counts[l]! - sum(visible.map((c) => (c.suppressed ? 0 : c.counts[l]!)))),
    );
    expect(residual === 0 || residual >= min).toBe(true);
  });
  // (c), (d)
  if (shown.length > 0) {
    const pooled = sum(hidden.map((g) => g.respondents));
    expect(pooled === 0 || pooled >= min).toBe(true);
    expect(hidden.length).not.toBe(1);
  }
}

describe('properties: suppression', () => {
  it('never shows a small group or cell, and nothing hidden can be isolated by subtraction', () => {
    fc.assert(
      fc.property(survey, ({ summary, min }) => checkSuppression(summary, min)),
      { numRuns: 2000 },
    );
  });

  it('the pure rule, on any group sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.option(fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), { nil: undefined }),
        (sizes, min, already) => {
          const hidden = suppress(sizes, min, already);
          expect(hidden).toHaveLength(sizes.length);
          sizes.forEach((s, i) => {
            if (s > 0 && s < min) expect(hidden[i]).toBe(true); // primary
            if (already?.[i]) expect(hidden[i]).toBe(true); // never un-hides
          });
          const pooled = sum(sizes.filter((_, i) => hidden[i]));
          const allHidden = hidden.every(Boolean);
          expect(pooled === 0 || pooled >= min || allHidden).toBe(true);
          if (!already && !allHidden) expect(hidden.filter((h, i) => h && sizes[i]! > 0).length).not.toBe(1);
          // Minimal: the complement adds groups only while the pool is too small, so dropping the
          // last (largest) complementary group would leave the pool short.
          const complementary = sizes.map(
            (s, i) => hidden[i] && !(already?.[i] ?? false) && !(s > 0 && s < min),
          );
          if (complementary.some(Boolean)) {
            const largest = Math.max(...sizes.filter((_, i) => complementary[i]));
            expect(pooled - largest).toBeLessThan(min);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('properties: reading', () => {
  it('any ragged grid with a header reads into rectangular rows; no value is lost', () => {
    const cell = fc.oneof(fc.constantFrom('', null, undefined, 'x', 'Agree'), fc.integer());
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('A', 'A', 'B', '', 'c'), { minLength: 1, maxLength: 6 })
          .filter((h) => h.some(Boolean)),
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 20 }),
        (header, rows) => {
          const t = must(readTable([header, ...rows]));
          expect(new Set(t.headers.map((h) => h.toLowerCase())).size).toBe(t.headers.length);
          for (const r of t.rows) expect(r).toHaveLength(t.headers.length);
          const nonBlank = (xs: readonly unknown[]) =>
            xs.filter((v) => v !== '' && v !== null && v !== undefined).length;
          expect(sum(t.rows.map(nonBlank))).toBe(sum(rows.map(nonBlank)));
        },
      ),
      RUNS,
    );
  });

  it('CSV: what a writer quotes, the parser reads back', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '=', 'é'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const csv = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
          expect(must(parseCsv(csv))).toEqual(rows);
        },
      ),
      RUNS,
    );
  });

  it('a column of frequency or IC answers, mangled, with up to 20% junk, is found with its scale', () => {
    const scaleCol = fc.constantFrom('frequency5' as const, 'ic-levels' as const).chain((id) =>
      fc.record({
        id: fc.constant(id),
        good: fc.array(fc.constantFrom(...getScale(id).labels.map((l) => l.label)).chain(mangled), {
          minLength: 4,
          maxLength: 40,
        }),
        junk: fc.array(fc.oneof(fc.constantFrom('Maybe', '=A1', 'x'), fc.integer()), { maxLength: 10 }),
      }),
    );
    fc.assert(
      fc.property(scaleCol, ({ id, good, junk }) => {
        const j = junk.slice(0, Math.floor(good.length / 4)); // junk <= 20% of answers
        const t = must(readTable([['Q'], ...[...good, ...j].map((v) => [v])]));
        const d = detectItems(t);
        expect(d.items.map((i) => i.scaleId)).toEqual([id]);
        expect(d.items[0]!.share).toBeGreaterThanOrEqual(0.8);
      }),
      RUNS,
    );
  });
});
