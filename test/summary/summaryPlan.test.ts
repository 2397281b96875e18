import { getScale } from '../../src/content/scales';
import type { ScaleId } from '../../src/content/types';
import type { Cell, RangeRef, SheetPlan } from '../../src/core/plan';
import { buildSummary, HIDDEN, hiddenFootnote, shareablePlan, summaryPlan } from '../../src/core/summary';
import type { SummaryInput } from '../../src/core/summary';
import {
  type GroupItem,
  type GroupSummary,
  type ItemFigures,
  type ItemSummary,
  roundPercents,
  type SurveySummary,
} from '../../src/core/survey';

/** Figures from counts per label (scale order), computed as aggregate() does. */
function figures(scaleId: ScaleId, counts: readonly number[], blank = 0, invalid = 0): ItemFigures {
  const scale = getScale(scaleId);
  const byLabel: Record<string, number> = {};
  let n = 0;
  let fav = 0;
  let scored = 0;
  let sum = 0;
  scale.labels.forEach((l, i) => {
    const c = counts[i] ?? 0;
    byLabel[l.label] = c;
    n += c;
    if (l.polarity === 'favorable') fav += c;
    if (l.score !== null) {
      scored += c;
      sum += c * l.score;
    }
  });
  const rounded = roundPercents(
    scale.labels.map((_, i) => counts[i] ?? 0),
    0,
  );
  const percents = rounded ? Object.fromEntries(scale.labels.map((l, i) => [l.label, rounded[i]!])) : null;
  return {
    n,
    blank,
    invalid,
    counts: byLabel,
    percents,
    favorable: n > 0 ? fav / n : null,
    mean: scored > 0 ? sum / scored : null,
  };
}

const heading = (title: string, scaleId: ScaleId) => ({
  title,
  column: title,
  grid: null,
  kind: 'scale' as const,
  scale: getScale(scaleId).name,
  scaleId,
  labels: getScale(scaleId).labels.map((l) => l.label),
  other: false,
});

function item(
  title: string,
  scaleId: ScaleId,
  counts: readonly number[],
  invalidValues: { value: string; count: number }[] = [],
  invalidDistinct = invalidValues.length,
): ItemSummary {
  const invalid = invalidValues.reduce((a, v) => a + v.count, 0);
  return {
    ...heading(title, scaleId),
    ...figures(scaleId, counts, 1, invalid),
    invalidValues,
    invalidDistinct,
  };
}

const shownItem = (title: string, scaleId: ScaleId, counts: readonly number[]): GroupItem => ({
  ...heading(title, scaleId),
  ...figures(scaleId, counts),
  suppressed: false,
});
const hiddenItem = (title: string, scaleId: ScaleId): GroupItem => ({
  ...heading(title, scaleId),
  suppressed: true,
});

const A1 = 'Our school district has embraced a vision and mission for professional learning.';
const A2 = 'Our school district has adopted a formal definition of professional learning.';
const F1 = 'How often do you plan lessons with colleagues?';
const IC1 = 'Uses data to plan professional learning';
const IC2 = 'Aligns learning with standards';

/** Two agreement items, a frequency item, two IC outcomes; Role breakdown with a hidden group. */
const ITEMS: ItemSummary[] = [
  item(
    A1,
    'agreement5',
    [4, 6, 2, 3, 1],
    [
      { value: 'Agre', count: 3 },
      { value: 'n/a', count: 2 },
    ],
  ),
  item(IC1, 'ic-levels', [2, 5, 6, 1, 2]),
  item(F1, 'frequency5', [3, 3, 4, 4, 2]),
  item(A2, 'agreement5', [8, 4, 0, 2, 2], [{ value: '=HYPERLINK("x")', count: 1 }], 5),
  item(IC2, 'ic-levels', [0, 0, 0, 0, 0]),
];

const GROUPS: GroupSummary[] = [
  {
    value: 'Principal',
    respondents: 6,
    suppressed: false,
    items: [
      shownItem(A1, 'agreement5', [1, 2, 1, 1, 1]),
      hiddenItem(IC1, 'ic-levels'),
      shownItem(F1, 'frequency5', [1, 1, 2, 1, 1]),
      shownItem(A2, 'agreement5', [3, 1, 0, 1, 1]),
      shownItem(IC2, 'ic-levels', [0, 0, 0, 0, 0]),
    ],
  },
  { value: 'Coach', respondents: 2, suppressed: true, items: [] },
  {
    value: 'Teacher',
    respondents: 8,
    suppressed: false,
    items: [
      shownItem(A1, 'agreement5', [3, 4, 1, 0, 0]),
      hiddenItem(IC1, 'ic-levels'),
      shownItem(F1, 'frequency5', [2, 2, 2, 2, 0]),
      shownItem(A2, 'agreement5', [5, 3, 0, 0, 0]),
      shownItem(IC2, 'ic-levels', [0, 0, 0, 0, 0]),
    ],
  },
];

const SUMMARY: SurveySummary = {
  responses: 16,
  items: ITEMS,
  groupBy: 'Role',
  cutoffs: null,
  minGroupSize: 5,
  groups: GROUPS,
  messages: ['1 group with fewer than 5 respondents is hidden.'],
  skipped: [],
  repeats: null,
};

const input = (summary: SurveySummary = SUMMARY, extra: Partial<SummaryInput> = {}): SummaryInput => ({
  survey: 'Where are we now?',
  sourceTab: 'Form Responses 1',
  summary,
  updatedIso: '2025-03-01T14:05:00-06:00',
  ...extra,
});

const cell = (p: SheetPlan, row: number, col: number): Cell => p.values[row - 1]?.[col - 1] ?? null;
const rowsOf = (p: SheetPlan, r: RangeRef): Cell[][] =>
  p.values.slice(r.row - 1, r.row - 1 + r.rows).map((row) => row.slice(r.col - 1, r.col - 1 + r.cols));
const strings = (p: SheetPlan): string[] => p.values.flat().filter((c): c is string => typeof c === 'string');

describe('summaryPlan: layout and invariants', () => {
  const { plan, layout } = buildSummary(input());

  it('is named after the survey and freezes the title row only', () => {
    expect(plan.title).toBe('Summary - Where are we now?');
    expect(layout.title).toBe(1);
    expect(plan.frozenRows).toBe(1);
    expect(cell(plan, 1, 1)).toBe('Summary: Where are we now?');
  });

  it('has rectangular grids of one size', () => {
    const rows = plan.values.length;
    const cols = plan.values[0]!.length;
    expect(cols).toBe(layout.tableCols);
    for (const grid of [plan.values, ...Object.values(plan.formats)] as unknown[][][]) {
      expect(grid).toHaveLength(rows);
      for (const row of grid) expect(row).toHaveLength(cols);
    }
    expect(plan.columnWidths).toHaveLength(cols);
  });

  it('writes no string that Sheets could take as a formula of ours, and no Formula at all', () => {
    for (const c of plan.values.flat()) expect(typeof c === 'object' && c !== null).toBe(false);
    // The one exception is respondent text, which stays a plain string (the shell escapes it).
    const own = strings(plan).filter((s) => s !== '"=HYPERLINK("x")" (1), and 4 more');
    for (const s of own) expect(s).not.toMatch(/^[=+\-@]/);
  });

  it('shows the header block', () => {
    const about = rowsOf(plan, layout.about.range);
    expect(cell(plan, layout.about.heading, 1)).toBe('About this summary');
    expect(about).toEqual(
      expect.arrayContaining([
        ['Survey', 'Where are we now?'],
        ['Responses counted', 16],
        ['Last updated', '2025-03-01 14:05 (UTC-06:00)'],
        ['Minimum group size', 5],
        ['Source tab', 'Form Responses 1'],
        ['Broken down by', 'Role'],
        ['Notes', '1 group with fewer than 5 respondents is hidden.'],
      ]),
    );
    expect(plan.formats.fontWeights[layout.about.heading - 1]![0]).toBe('bold');
  });

  it('shows the time zone label when given', () => {
    const p = summaryPlan(input(SUMMARY, { timeZoneLabel: 'America/Chicago' }));
    expect(strings(p)).toContain('2025-03-01 14:05 (America/Chicago)');
  });
});

describe('item tables', () => {
  const { plan, layout } = buildSummary(input());

  it('makes one table per scale, in order of first appearance', () => {
    expect(layout.itemTables.map((t) => [t.scaleId, t.kind, t.items])).toEqual([
      ['agreement5', 'scale', [0, 3]],
      ['ic-levels', 'ic', [1, 4]],
      ['frequency5', 'scale', [2]],
    ]);
  });

  it('lists every item exactly once, in the instrument order within its scale', () => {
    const listed = layout.itemTables.flatMap((t) =>
      rowsOf(plan, t.range)
        .slice(1)
        .map((r) => r[0]),
    );
    // Numbered as in the survey, so a chart's short category points at its full text here.
    expect([...listed].sort()).toEqual(ITEMS.map((i, k) => `${k + 1}. ${i.title}`).sort());
    expect(rowsOf(plan, layout.itemTables[0]!.range).map((r) => r[0])).toEqual([
      'Item',
      `1. ${A1}`,
      `4. ${A2}`,
    ]);
  });

  it('has Item | n | % favorable | Mean side by side, their meaning in the header, then percents of n per label', () => {
    const t = layout.itemTables[0]!;
    const [header, ...body] = rowsOf(plan, t.range);
    const labels = getScale('agreement5').labels.map((l) => l.label);
    expect(header).toEqual([
      'Item',
      'Answered (n)',
      '% favorable (Strongly agree or Agree)',
      'Mean (1–5, No opinion left out)',
      ...labels,
    ]);
    body.forEach((row, k) => {
      const it = ITEMS[t.items[k]!]!;
      expect(row[1]).toBe(it.n);
      expect(row[2]).toBe(it.favorable);
      expect(row[3]).toBe(it.mean);
      // Each share is the count over n itself, rounded only by the cell's format.
      labels.forEach((l, j) => expect(row[4 + j]).toBe(it.counts[l]! / it.n));
    });
    // Percent cells formatted as percents, the mean with two decimals.
    const fmt = plan.formats.numberFormats[t.range.row]!;
    expect(fmt[2]).toBe('0%');
    expect(fmt[3]).toBe('0.00');
    expect(fmt.slice(4, 9)).toEqual(Array(5).fill('0%'));
    expect(plan.formats.wraps[t.range.row]![0]).toBe(true);
  });

  it('shows IC outcomes with their median level and the share at Level 1–2, never a mean level', () => {
    const ic = layout.itemTables.find((t) => t.kind === 'ic')!;
    const [header, first, empty] = rowsOf(plan, ic.range);
    expect(header).toEqual([
      'Outcome',
      'Answered (n)',
      'Median level',
      'At Level 1–2',
      'What the median level looks like',
      'Level 1',
      'Level 2',
      'Level 3',
      'Level 4',
      'Not sure',
    ]);
    expect(strings(plan).some((t) => /mean level/i.test(t))).toBe(false);
    // Levels 2, 5, 6, 1 (14 chose a level): the 7th and 8th are Level 2 and Level 3; the one
    // nearer Level 4 is taken. At Level 1–2: 7 of n = 16. No descriptions known: "—".
    // Each level's share is its count over n: 2 of 16 shows as 13% for Level 1 and Not sure alike.
    expect(first).toEqual([`2. ${IC1}`, 16, 'Level 3', 7 / 16, '—', 2 / 16, 5 / 16, 6 / 16, 1 / 16, 2 / 16]);
    // Nobody answered IC2: no figure, never a made-up 0% or level.
    expect(empty).toEqual([`5. ${IC2}`, 0, '—', '—', '—', '—', '—', '—', '—', '—']);
    const icTitles = rowsOf(plan, ic.range).map((r) => r[0]);
    expect(icTitles).not.toContain(`1. ${A1}`);
    expect(icTitles).not.toContain(`3. ${F1}`);
  });

  it('has no IC table without IC items, or when turned off', () => {
    const noIc = {
      ...SUMMARY,
      items: ITEMS.filter((i) => i.scaleId !== 'ic-levels'),
      groups: [],
      groupBy: null,
    };
    expect(buildSummary(input(noIc)).layout.itemTables.map((t) => t.kind)).toEqual(['scale', 'scale']);
    const off = buildSummary(input(SUMMARY, { icLevels: false })).layout;
    expect(off.itemTables.map((t) => t.kind)).toEqual(['scale', 'scale', 'scale']);
    expect(off.itemTables.find((t) => t.scaleId === 'ic-levels')).toBeDefined();
  });

  it('uses one-decimal percent formats when the summary has decimals', () => {
    const it0 = ITEMS[0]!;
    const decimal = {
      ...SUMMARY,
      items: [{ ...it0, percents: { ...it0.percents!, Agree: 37.5, 'No opinion': 12.5 } }],
      groups: [],
      groupBy: null,
    };
    const { plan: p, layout: l } = buildSummary(input(decimal));
    expect(plan.formats.numberFormats[layout.itemTables[0]!.range.row]![5]).toBe('0%');
    expect(p.formats.numberFormats[l.itemTables[0]!.range.row]![5]).toBe('0.0%');
    // Agree: 6 of 16.
    expect(cell(p, l.itemTables[0]!.range.row + 1, 6)).toBe(0.375);
  });
});

describe('breakdown', () => {
  const { plan, layout } = buildSummary(input());
  const table = () => rowsOf(plan, layout.breakdown!.range);

  it('has rows = items, columns = groups with n', () => {
    const [header, ...body] = table();
    expect(header).toEqual(['Item', 'Principal (n=6)', `Coach (n=2) ${HIDDEN}`, 'Teacher (n=8)']);
    expect(body.map((r) => r[0])).toEqual(ITEMS.map((i, k) => `${k + 1}. ${i.title}`));
    expect(body[0]![1]).toBe(3 / 6);
    expect(body[0]![3]).toBe(7 / 8);
    expect(plan.formats.fontWeights[layout.breakdown!.range.row - 1]![1]).toBe('bold');
  });

  it('shows the marker, never a number, for a hidden group or a hidden item', () => {
    const body = table().slice(1);
    for (const row of body) expect(row[2]).toBe(HIDDEN); // Coach
    expect(body[1]![1]).toBe(HIDDEN); // IC1 hidden among principals
    expect(body[1]![3]).toBe(HIDDEN);
    // Nobody answered IC2 there: not hidden, just no figure.
    expect(body[4]![1]).toBe('—');
  });

  it('explains the marker in a footnote', () => {
    expect(layout.footnote).not.toBeNull();
    expect(cell(plan, layout.footnote!, 1)).toBe(hiddenFootnote(5));
    expect(hiddenFootnote(5)).toBe(
      '* Hidden: fewer than 5 respondents, or hidden so that a small group cannot be worked out from the others.',
    );
  });

  it('has no footnote when nothing is hidden', () => {
    const open: SurveySummary = { ...SUMMARY, groups: [GROUPS[0]!].map((g) => g), messages: [] };
    const allShown: SurveySummary = {
      ...open,
      groups: [
        {
          value: 'Principal',
          respondents: 6,
          suppressed: false,
          items: ITEMS.map((i) => shownItem(i.title, i.scaleId!, [1, 1, 1, 1, 2])),
        },
      ],
    };
    const r = buildSummary(input(allShown));
    expect(r.layout.footnote).toBeNull();
    expect(strings(r.plan).some((s) => s.startsWith('* Hidden'))).toBe(false);
    expect(strings(r.plan)).not.toContain(HIDDEN);
  });

  it('is left out without a group-by', () => {
    const r = buildSummary(input({ ...SUMMARY, groupBy: null, groups: [] }));
    expect(r.layout.breakdown).toBeNull();
    expect(r.layout.footnote).toBeNull();
  });
});

describe("the breakdown's name", () => {
  it('is a short name from the column, in every heading, title and about line', () => {
    const { plan, layout } = buildSummary(input({ ...SUMMARY, groupBy: 'Your role' }));
    expect(cell(plan, layout.breakdown!.heading, 1)).toBe('Percent favorable by role');
    expect(rowsOf(plan, layout.about.range)).toContainEqual(['Broken down by', 'Role (column "Your role")']);
    expect(plan.charts!.find((c) => c.id === 'favorable-by-group')!.title).toContain(
      'percent favorable by role',
    );
    expect(strings(plan).some((t) => t.includes('by Your role'))).toBe(false);
  });

  it('is the one the user gave, in the copy for sharing too', () => {
    for (const share of [false, true]) {
      const { plan, layout } = buildSummary(input(SUMMARY, { groupLabel: 'Job' }), { forSharing: share });
      expect(cell(plan, layout.breakdown!.heading, 1)).toBe('Percent favorable by job');
      expect(rowsOf(plan, layout.about.range)).toContainEqual(['Broken down by', 'Job (column "Role")']);
    }
  });

  it('is "Wave" for waves, with the date column and the cutoffs', () => {
    const waves = { ...SUMMARY, groupBy: 'Timestamp', cutoffs: ['2025-01-15'] };
    const { plan, layout } = buildSummary(input(waves));
    expect(cell(plan, layout.breakdown!.heading, 1)).toBe('Percent favorable by wave');
    expect(rowsOf(plan, layout.about.range)).toContainEqual([
      'Broken down by',
      'Wave (Timestamp split at 2025-01-15)',
    ]);
  });
});

describe('data quality', () => {
  const { plan, layout } = buildSummary(input());

  it('lists blanks, invalid counts and the invalid values seen', () => {
    const [header, ...body] = rowsOf(plan, layout.dataQuality!.range);
    expect(header).toEqual([
      'Item',
      'Blank',
      'Not on the scale',
      'Answers not on the scale (most frequent first)',
    ]);
    expect(body[0]).toEqual([`1. ${A1}`, 1, 5, '"Agre" (3), "n/a" (2)']);
    expect(body[3]).toEqual([`4. ${A2}`, 1, 1, '"=HYPERLINK("x")" (1), and 4 more']);
    expect(body[1]).toEqual([`2. ${IC1}`, 1, 0, null]);
  });

  it('flags the respondent text as plain text', () => {
    const rt = layout.dataQuality!.respondentText!;
    expect(layout.respondentText).toEqual([rt]);
    expect(rt).toEqual({ row: layout.dataQuality!.range.row + 1, col: 4, rows: ITEMS.length, cols: 1 });
    expect(cell(plan, rt.row, rt.col)).toBe('"Agre" (3), "n/a" (2)');
    expect(plan.formats.numberFormats[rt.row - 1]![rt.col - 1]).toBe('@');
  });
});

describe('forSharing', () => {
  const small: SurveySummary = {
    ...SUMMARY,
    items: [...ITEMS, item('Answered by few', 'agreement5', [1, 1, 0, 0, 1])],
    groups: GROUPS.map((g) =>
      g.suppressed ? g : { ...g, items: [...g.items, hiddenItem('Answered by few', 'agreement5')] },
    ),
  };
  const { plan, layout } = buildSummary(input(small), { forSharing: true });
  const all = strings(plan).join('\n');

  it('is the same as shareablePlan', () => {
    expect(shareablePlan(input(small))).toEqual(plan);
  });

  it('has no respondent-written text', () => {
    expect(all).not.toMatch(/Agre"|n\/a|HYPERLINK/);
    expect(layout.respondentText).toEqual([]);
    expect(layout.dataQuality!.respondentText).toBeNull();
    expect(rowsOf(plan, layout.dataQuality!.range)[0]).toEqual(['Item', 'Blank', 'Not on the scale']);
  });

  it('names no hidden group, nor its size, and says how many were left out', () => {
    expect(rowsOf(plan, layout.breakdown!.range)[0]).toEqual(['Item', 'Principal (n=6)', 'Teacher (n=8)']);
    expect(all).not.toContain('n=2');
    expect(all).not.toContain('Coach');
    expect(all).toContain('1 group is left out of this copy');
  });

  it('hides overall figures of fewer than the minimum, and explains it', () => {
    const t = layout.itemTables[0]!;
    const row = rowsOf(plan, t.range).find((r) => r[0] === '6. Answered by few')!;
    expect(row.slice(1)).toEqual(Array(8).fill(HIDDEN));
    expect(layout.footnote).not.toBeNull();
    // The owner's own tab shows it.
    const own = buildSummary(input(small));
    const ownRow = rowsOf(own.plan, own.layout.itemTables[0]!.range).find(
      (r) => r[0] === '6. Answered by few',
    )!;
    expect(ownRow[1]).toBe(3);
  });

  it('says it is a copy for sharing', () => {
    expect(cell(plan, 1, 1)).toBe('Summary: Where are we now? (copy for sharing)');
  });
});

describe('edge cases', () => {
  it('builds a tab for a summary with no items and no responses', () => {
    const empty: SurveySummary = {
      responses: 0,
      items: [],
      groupBy: null,
      cutoffs: null,
      minGroupSize: 5,
      groups: [],
      skipped: [],
      repeats: null,
      messages: ['No responses yet.'],
    };
    const { plan, layout } = buildSummary(input(empty));
    expect(layout.itemTables).toEqual([]);
    expect(plan.charts).toEqual([]);
    expect(strings(plan)).toContain('No items to summarize yet.');
    expect(strings(plan)).toContain('No responses yet.');
  });

  it('leaves an unreadable time as written', () => {
    const p = summaryPlan(input(SUMMARY, { updatedIso: 'yesterday' }));
    expect(strings(p)).toContain('yesterday');
  });
});
