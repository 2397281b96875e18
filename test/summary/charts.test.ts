import fc from 'fast-check';
import { getScale } from '../../src/content/scales';
import { axisNumberFormat, formatAxisValue, labelColors } from '../../src/core/charts';
import type { ChartSpec } from '../../src/core/charts';
import type { Cell, RangeRef, SheetPlan } from '../../src/core/plan';
import { buildSummary, HIDDEN } from '../../src/core/summary';
import type { SummaryInput } from '../../src/core/summary';
import { aggregate, detectItems, type GroupBy, type SurveySummary } from '../../src/core/survey';
import { at, must, table } from '../survey/helpers';
import { CHOICES, randomSummary } from './randomSummary';

const L = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
const F = ['Always', 'Often', 'Sometimes', 'Rarely', 'Never'];
const Q1 = 'Our school district has embraced a vision and mission for professional learning.';
const Q2 = 'Professional learning occurs within learning communities committed to continuous improvement.';
const Q3 = 'How often does your team look at student work together?';

/** 30 responses over two school years; a school of 3 and a question few answered in one school. */
function grid(): unknown[][] {
  const rows: unknown[][] = [['Timestamp', 'School', Q1, Q2, Q3]];
  for (let i = 0; i < 30; i++) {
    const school = i < 3 ? 'Tiny' : i % 2 === 0 ? 'North' : 'South';
    const date = at(i < 15 ? 2023 : 2024, 10, 1 + (i % 15));
    rows.push([date, school, L[i % 5], i % 4 === 0 ? 'Agree' : L[(i * 2) % 5], F[(i * 3) % 5]]);
  }
  return rows;
}

function summarize(groupBy: GroupBy | null, g = grid()): SurveySummary {
  const t = table(g);
  return must(aggregate(t, detectItems(t).items, { groupBy }));
}

const input = (summary: SurveySummary): SummaryInput => ({
  survey: 'Where are we now?',
  sourceTab: 'Form Responses 1',
  summary,
  updatedIso: '2025-03-01T14:05:00Z',
});

const at1 = (p: SheetPlan, row: number, col: number): Cell => p.values[row - 1]?.[col - 1] ?? null;
const lastRow = (r: RangeRef): number => r.row + r.rows - 1;

/** The rows a chart floats over: from its anchor down its height, at Sheets' 21 px per blank row. */
function coveredRows(c: ChartSpec): number[] {
  const out: number[] = [];
  for (let r = c.position.anchorRow; r < c.position.anchorRow + Math.ceil(c.height / 21); r++) out.push(r);
  return out;
}

/** Every chart floats over blank, visible rows of the tab: it covers no cell and no other chart. */
function expectChartsOverBlankRows(p: SheetPlan): void {
  const hidden = new Set(
    (p.hiddenRows ?? []).flatMap((h) => Array.from({ length: h.rows }, (_, i) => h.row + i)),
  );
  const taken = new Set<number>();
  for (const c of p.charts ?? []) {
    for (const r of coveredRows(c)) {
      expect(r).toBeLessThanOrEqual(p.values.length);
      expect(hidden.has(r)).toBe(false);
      expect(p.values[r - 1]!.every((v) => v === null)).toBe(true);
      expect(taken.has(r)).toBe(false);
      taken.add(r);
    }
  }
}
/** The chart's data as Sheets would read it: header row, then category + one value per series. */
function chartData(p: SheetPlan, c: ChartSpec) {
  const { row, col, rows } = c.range;
  const body: number[] = [];
  for (let r = row + 1; r < row + rows; r++) body.push(r);
  return {
    corner: at1(p, row, col),
    names: c.series.map((s) => at1(p, row, col + s.column)),
    categories: body.map((r) => at1(p, r, col)),
    values: body.map((r) => c.series.map((s) => at1(p, r, col + s.column))),
  };
}
/** Chart categories: the item's number, then as much of its text as fits in 40 characters. */
const C1 = '1. Our school district has embraced a v…';
const C2 = '2. Professional learning occurs within…';
const C3 = '3. How often does your team look at stu…';

const chart = (p: SheetPlan, id: string): ChartSpec => {
  const c = p.charts?.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}; have ${p.charts?.map((x) => x.id).join(', ')}`);
  return c;
};

describe('chart specs point at their data', () => {
  const s = summarize({ kind: 'value', column: 'School' });
  const { plan, layout } = buildSummary(input(s));

  it('makes a stacked distribution chart per scale block and a by-group chart', () => {
    expect(plan.charts!.map((c) => [c.id, c.kind])).toEqual([
      ['answers-1', 'bar-stacked'],
      ['answers-2', 'bar-stacked'],
      ['favorable-by-group', 'bar'],
    ]);
  });

  it('reads a header row of series names and a first column of categories', () => {
    for (const c of plan.charts!) {
      const d = chartData(plan, c);
      expect(d.names).toEqual(c.series.map((x) => x.name));
      expect(typeof d.corner).toBe('string');
      expect(c.range.cols).toBe(c.series.length + 1);
      expect(c.series.map((x) => x.column)).toEqual(c.series.map((_, i) => i + 1));
      const block = layout.chartData.find((b) => b.chartId === c.id)!;
      expect(block.range).toEqual(c.range);
      expect(at1(plan, block.caption, 1)).toBe(c.title);
    }
    // Each item's bar says how many answered it: a count in a cell, so a refresh moves it with the figures.
    expect(chartData(plan, chart(plan, 'answers-1')).categories).toEqual([
      '1. Our school district has embra… (n=30)',
      '2. Professional learning occurs… (n=30)',
    ]);
    expect(chartData(plan, chart(plan, 'answers-2')).categories).toEqual([
      '3. How often does your team look… (n=30)',
    ]);
    // Per group, each series' name carries the group's n.
    expect(chartData(plan, chart(plan, 'favorable-by-group')).categories).toEqual([C1, C2, C3]);
  });

  it('distribution data: labels in scale order, legend too, each share count / n, no negative figure', () => {
    const c = chart(plan, 'answers-1');
    // Sheets lists the legend in series order: the scale's own order, as in the table's columns.
    expect(c.series.map((x) => x.name)).toEqual(L);
    expect(c.series.every((x) => x.inLegend)).toBe(true);
    expect(c.legend).toBe('top');
    expect(c.axis).toEqual({ min: 0, max: 1, format: 'percent', absolute: false });
    expect(c.stacked && c.horizontal).toBe(true);
    expect(chart(plan, 'answers-2').series.map((x) => x.name)).toEqual(F);
    const d = chartData(plan, c);
    d.values.forEach((row, k) => {
      const item = s.items[k]!;
      expect(row).toEqual(L.map((l) => item.counts[l]! / item.n));
      expect((row as number[]).reduce((a, v) => a + v, 0)).toBeCloseTo(1, 9);
    });
    for (const ch of plan.charts!) {
      for (const row of chartData(plan, ch).values)
        for (const v of row) expect(v === null || (typeof v === 'number' && v >= 0)).toBe(true);
    }
  });

  it('by group: one series per shown group, hidden groups not plotted', () => {
    const c = chart(plan, 'favorable-by-group');
    const shown = s.groups.filter((g) => !g.suppressed);
    const hidden = s.groups.filter((g) => g.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(c.series).toHaveLength(shown.length);
    for (const g of hidden) expect(c.series.some((x) => x.name.startsWith(g.value))).toBe(false);
    const d = chartData(plan, c);
    for (const row of d.values) for (const v of row) expect(v === null || typeof v === 'number').toBe(true);
    expect(c.title).toMatch(/ by school \(\d hidden groups? not shown\)$/);
    expect(c.series.every((x) => / \(n=\d+\)$/.test(x.name))).toBe(true);
    // Bars side by side carry their value, so a 0% bar says "0%"; a hidden cell stays blank.
    expect(c.dataLabels).toBe(true);
  });

  it('places each chart in view on a laptop with the sidebar open, over blank rows below its table', () => {
    const charts = plan.charts!;
    for (const c of charts) {
      // Left edge: the widths of the columns left of the anchor, plus the offset.
      const left =
        plan.columnWidths.slice(0, c.position.anchorCol - 1).reduce((a, w) => a + w, 0) + c.position.offsetX;
      expect(left).toBeLessThanOrEqual(1000);
      expect(left + c.width).toBeLessThanOrEqual(1000);
      expect(c.width).toBeGreaterThanOrEqual(600);
      expect(c.height).toBeGreaterThanOrEqual(60 + 28 * (c.range.rows - 1));
    }
    expect(coveredRows(charts[0]!)[0]).toBeGreaterThan(lastRow(layout.itemTables[0]!.range));
    expect(coveredRows(charts[1]!)[0]).toBeGreaterThan(lastRow(layout.itemTables[1]!.range));
    expect(coveredRows(charts[2]!)[0]).toBeGreaterThan(lastRow(layout.breakdown!.range));
    expectChartsOverBlankRows(plan);
  });

  it('keeps the chart data in hidden rows at the end, under a visible label, and charts plot them', () => {
    const rows = layout.chartDataRows!;
    expect(plan.hiddenRows).toEqual([rows.hidden]);
    expect(rows.hidden.row + rows.hidden.rows - 1).toBe(plan.values.length);
    expect(rows.label).toBeLessThan(rows.hidden.row);
    const label = String(at1(plan, rows.label, 1));
    expect(label).toBe(`Chart data (rows ${rows.hidden.row}–${plan.values.length}, hidden)`);
    for (const c of plan.charts!) {
      expect(c.plotsHiddenRows).toBe(true);
      expect(c.range.row).toBeGreaterThanOrEqual(rows.hidden.row);
    }
    for (const b of layout.chartData) expect(b.caption).toBeGreaterThanOrEqual(rows.hidden.row);
    // Nothing the reader sees is hidden: every table ends above the chart data.
    expect(lastRow(layout.dataQuality!.range)).toBeLessThan(rows.label);
  });
});

describe('waves', () => {
  const waves: GroupBy = { kind: 'waves', column: 'Timestamp', cutoffs: ['2024-01-01'] };
  const s = summarize(waves);
  const { plan } = buildSummary(input(s));

  it('adds a first-vs-last wave bar chart', () => {
    const c = chart(plan, 'wave-change');
    expect(c.kind).toBe('bar');
    expect(c.horizontal).toBe(true);
    expect(c.series.map((x) => x.name)).toEqual([
      'Before 2024-01-01 (n=15)',
      'On or after 2024-01-01 (n=15)',
    ]);
    const d = chartData(plan, c);
    expect(d.categories).toHaveLength(3);
    // School is a question here (item 1): the scale items are numbers 2 to 4.
    expect(d.categories).toEqual([
      '2. Our school district has embraced a v…',
      '3. Professional learning occurs within…',
      '4. How often does your team look at stu…',
    ]);
    // The chart's rows are the scale items (School, a single-choice question, has no favorable).
    const scaleColumns = s.items.filter((i) => i.kind === 'scale').map((i) => i.column);
    expect(scaleColumns).toHaveLength(3);
    d.values.forEach((row, k) => {
      const favorable = (g: (typeof s.groups)[number]) => {
        const gi = g.items.find((i) => i.column === scaleColumns[k])!;
        return gi.suppressed ? null : gi.favorable;
      };
      expect(row).toEqual(s.groups.map((g) => (g.suppressed ? null : favorable(g))));
    });
  });

  it('needs two shown waves, and value groups never get one', () => {
    expect(
      buildSummary(input(summarize({ kind: 'value', column: 'School' }))).plan.charts!.map((c) => c.id),
    ).not.toContain('wave-change');
    const one = summarize({ kind: 'waves', column: 'Timestamp', cutoffs: ['2030-01-01'] });
    expect(buildSummary(input(one)).plan.charts!.map((c) => c.id)).not.toContain('wave-change');
  });
});

describe('IC level distribution chart', () => {
  const g: unknown[][] = [['Timestamp', 'Uses data [Outcome 1]', 'Plans together [Outcome 2]']];
  const levels = ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not sure'];
  for (let i = 0; i < 12; i++) g.push([at(2024, 3, 1 + i), levels[i % 5], levels[(i * 3) % 4]]);
  const t = table(g);
  const items = detectItems(t, {
    'Uses data [Outcome 1]': 'ic-levels',
    'Plans together [Outcome 2]': 'ic-levels',
  }).items;
  const s = must(aggregate(t, items));
  const { plan, layout } = buildSummary(input(s));

  it('stacks Level 1..4 and Not sure, positive shares summing to 1', () => {
    expect(layout.itemTables.map((x) => x.kind)).toEqual(['ic']);
    expect(plan.charts!.map((c) => c.id)).toEqual(['levels-1']);
    const c = chart(plan, 'levels-1');
    expect(c.kind).toBe('bar-stacked');
    expect(c.series.map((x) => x.name)).toEqual(levels);
    const d = chartData(plan, c);
    expect(d.categories).toEqual(['1. Outcome 1 (n=12)', '2. Outcome 2 (n=12)']);
    for (const row of d.values) {
      const nums = row as number[];
      expect(nums.every((v) => v >= 0)).toBe(true);
      expect(nums.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 9);
    }
  });
});

describe('hidden figures stay out of charts', () => {
  const s = summarize({ kind: 'value', column: 'School' });

  it('a hidden item within a shown group is a blank cell, never a number', () => {
    // Hide Q2 in the first shown group by hand, as aggregate() does for a small item count.
    const target = s.groups.find((g) => !g.suppressed)!.value;
    const groups = s.groups.map((g) =>
      g.value !== target || g.suppressed
        ? g
        : { ...g, items: g.items.map((it, k) => (k === 1 ? { ...it, suppressed: true as const } : it)) },
    );
    const { plan } = buildSummary(input({ ...s, groups }));
    const c = chart(plan, 'favorable-by-group');
    const k = c.series.findIndex((x) => x.name.startsWith(target));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(chartData(plan, c).values[1]![k]).toBeNull();
    expect(chartData(plan, c).values[0]![k]).toEqual(expect.any(Number));
  });

  it('in a copy for sharing, an item fewer than the minimum answered is not plotted', () => {
    const few = must(
      aggregate(table([['Q'], ['Agree'], ['Disagree']]), [
        { column: 0, header: 'Q', title: 'Q', grid: null, kind: 'scale', scaleId: 'agreement5' },
      ]),
    );
    const shared = buildSummary(input(few), { forSharing: true }).plan;
    expect(chartData(shared, chart(shared, 'answers-1')).values[0]!.every((v) => v === null)).toBe(true);
    const own = buildSummary(input(few)).plan;
    expect(chartData(own, chart(own, 'answers-1')).values[0]!.every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('palette and axis', () => {
  it('colours labels blue (favorable) and orange-red (unfavorable), darker further out, grey neutral', () => {
    expect(labelColors(getScale('agreement5'))).toEqual({
      'Strongly agree': '#2166ac',
      Agree: '#67a9cf',
      'No opinion': '#bdbdbd',
      Disagree: '#ef8a62',
      'Strongly disagree': '#b2182b',
    });
    expect(labelColors(getScale('ic-levels'))).toEqual({
      'Level 1': '#2166ac',
      'Level 2': '#67a9cf',
      'Level 3': '#ef8a62',
      'Level 4': '#b2182b',
      'Not sure': '#bdbdbd',
    });
  });

  it('formats axis labels, absolute for a diverging chart', () => {
    const axis = { min: -1, max: 1, format: 'percent', absolute: true } as const;
    expect(axisNumberFormat(axis)).toBe('0%;0%');
    expect(formatAxisValue(axis, -0.5)).toBe('50%');
    expect(formatAxisValue({ ...axis, absolute: false }, 0.25)).toBe('25%');
  });
});

describe('invariants over random responses', () => {
  const answer = fc.oneof(fc.constantFrom(...L, '', 'maybe', '=1+1'), fc.integer({ min: 0, max: 9 }));
  const school = fc.constantFrom('North', 'South', 'East', 'Tiny', '');
  const rows = fc.array(fc.tuple(school, answer, answer), { minLength: 0, maxLength: 60 });

  it('grids are rectangular, hidden cells never numbers, charts read numbers or blanks', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 8 }), fc.boolean(), (data, min, share) => {
        const g = [['School', Q1, Q2], ...data];
        const t = table(g);
        const items = [
          {
            column: 1,
            header: Q1,
            title: Q1,
            grid: null,
            kind: 'scale' as const,
            scaleId: 'agreement5' as const,
          },
          {
            column: 2,
            header: Q2,
            title: Q2,
            grid: null,
            kind: 'scale' as const,
            scaleId: 'agreement5' as const,
          },
        ];
        const s = must(
          aggregate(t, items, { groupBy: { kind: 'value', column: 'School' }, minGroupSize: min }),
        );
        const { plan, layout } = buildSummary(input(s), { forSharing: share });
        const cols = plan.values[0]!.length;
        for (const row of plan.values) expect(row).toHaveLength(cols);
        if (layout.breakdown) {
          const { row, rows: n } = layout.breakdown.range;
          // A copy for sharing leaves hidden groups out altogether.
          const shown = share ? s.groups.filter((gr) => !gr.suppressed) : s.groups;
          shown.forEach((gr, gi) => {
            for (let r = row + 1; r < row + n; r++) {
              const v = at1(plan, r, 2 + gi);
              const it = gr.suppressed ? null : gr.items[r - row - 1]!;
              if (!it || it.suppressed) expect(v).toBe(HIDDEN);
            }
          });
          expect(layout.footnote !== null).toBe(plan.values.flat().includes(HIDDEN));
        }
        for (const c of plan.charts ?? []) {
          const d = chartData(plan, c);
          expect(d.names).toEqual(c.series.map((x) => x.name));
          for (const r of d.values) for (const v of r) expect(v === null || typeof v === 'number').toBe(true);
        }
        if (share)
          expect(plan.values.flat().some((v) => typeof v === 'string' && v.includes('maybe'))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('every chart, for any summary of every kind of question', () => {
  it('reads in scale order, has distinct categories, sits in view over blank rows, reads hidden rows', () => {
    fc.assert(
      fc.property(randomSummary, fc.boolean(), (summary, share) => {
        const { plan, layout } = buildSummary(input(summary), { forSharing: share });
        const charts = plan.charts ?? [];
        expect(charts.map((c) => c.id)).toEqual(
          expect.arrayContaining(['answers-1', 'levels-2', 'choices-3', 'choices-4']),
        );
        const hidden = layout.chartDataRows!.hidden;
        for (const c of charts) {
          const d = chartData(plan, c);
          // Distinct bars, even for the two outcomes whose text starts alike.
          expect(new Set(d.categories).size).toBe(d.categories.length);
          for (const cat of d.categories) expect(String(cat).length).toBeLessThanOrEqual(40);
          // In view on a laptop with the sidebar open.
          const left =
            plan.columnWidths.slice(0, c.position.anchorCol - 1).reduce((a, w) => a + w, 0) +
            c.position.offsetX;
          expect(left + c.width).toBeLessThanOrEqual(1000);
          // The data it reads is in the hidden rows, and the chart plots them.
          expect(c.range.row).toBeGreaterThanOrEqual(hidden.row);
          expect(c.range.row + c.range.rows - 1).toBeLessThanOrEqual(hidden.row + hidden.rows - 1);
          expect(c.plotsHiddenRows).toBe(true);
        }
        // Legends in scale order: the order Sheets lists them in is the series order.
        const names = (id: string) => charts.find((c) => c.id === id)!.series.map((x) => x.name);
        expect(names('answers-1')).toEqual(getScale('agreement5').labels.map((l) => l.label));
        expect(names('levels-2')).toEqual(getScale('ic-levels').labels.map((l) => l.label));
        expect(names('choices-3')).toEqual(CHOICES);
        expectChartsOverBlankRows(plan);
      }),
      { numRuns: 60 },
    );
  });
});
