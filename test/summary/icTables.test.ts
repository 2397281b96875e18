import { getRole } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import type { IcOutcomes } from '../../src/core/ic/outcomes';
import type { Cell, SheetPlan } from '../../src/core/plan';
import { buildSummary, HIDDEN, type SummaryInput } from '../../src/core/summary';
import type { SurveySummary } from '../../src/core/survey';
import { icItem } from '../support/icItems';

const coach = getRole('coach');
const [rc1, rc2] = coach.responsibilities.filter((r) => r.frame === 'rigorous-content');
const [tp1] = coach.responsibilities.filter((r) => r.frame === 'transformational-processes');

// rc1: 1 3 4 2 -> sorted 1,2,2,2,3,3,3,3,4,4: the 5th and 6th are both 3 -> Level 3; 4 of 10 at 1–2.
// rc2: 2 at Level 1 only (n = 2, fewer than the minimum). tp1: 0 0 1 4 and 1 Not sure -> Level 4.
const ITEMS = [
  icItem(rc1!.text, [1, 3, 4, 2, 0]),
  icItem(rc2!.text, [2, 0, 0, 0, 0]),
  icItem(tp1!.text, [0, 0, 1, 4, 1]),
];
const SUMMARY: SurveySummary = {
  responses: 10,
  items: ITEMS,
  groupBy: null,
  cutoffs: null,
  minGroupSize: 5,
  groups: [],
  messages: [],
  skipped: [],
  repeats: null,
};
const outcome = (id: string, frame: string, chosenFrom = true) => ({
  id,
  frame,
  levels: levelDescriptionsFor(id),
  chosenFrom,
  wordings: [],
});
const IC: IcOutcomes = {
  [rc1!.text]: outcome(rc1!.id, 'Rigorous Content for Each Learner'),
  [rc2!.text]: outcome(rc2!.id, 'Rigorous Content for Each Learner'),
  [tp1!.text]: outcome(tp1!.id, 'Transformational Processes'),
};
/** The outcomes as the tables name them: numbered as in the survey. */
const [T1, T2, T3] = ITEMS.map((item, k) => `${k + 1}. ${item.title}`) as [string, string, string];

const input = (extra: Partial<SummaryInput> = {}): SummaryInput => ({
  survey: 'IC self-assessment - Coach',
  sourceTab: 'Form Responses 1',
  summary: SUMMARY,
  ic: IC,
  updatedIso: '2026-03-01T14:05:00Z',
  ...extra,
});

const rowOf = (p: SheetPlan, first: Cell, after = 0): Cell[] =>
  p.values.find((r, i) => i >= after && r[0] === first) ?? [];
const indexOf = (p: SheetPlan, first: Cell, after = 0): number =>
  p.values.findIndex((r, i) => i >= after && r[0] === first);

describe('IC summary: the overview', () => {
  const { plan, layout } = buildSummary(input());
  const table = layout.itemTables[0]!;

  it('groups outcomes under their frame, in order', () => {
    const firstCol = plan.values
      .slice(table.range.row, table.range.row + table.range.rows - 1)
      .map((r) => r[0]);
    expect(firstCol).toEqual(['Rigorous Content for Each Learner', T1, T2, 'Transformational Processes', T3]);
    expect(table.items).toEqual([0, 1, 2]);
  });

  it("shows each outcome's median level, the share at Level 1–2, and what the median level looks like", () => {
    expect(rowOf(plan, T1).slice(1, 5)).toEqual([10, 'Level 3', 0.4, levelDescriptionsFor(rc1!.id)[2]]);
    expect(rowOf(plan, T2).slice(1, 5)).toEqual([2, 'Level 1 (Ideal)', 1, levelDescriptionsFor(rc2!.id)[0]]);
    expect(rowOf(plan, T3).slice(1, 5)).toEqual([6, 'Level 4 (Entry)', 0, levelDescriptionsFor(tp1!.id)[3]]);
  });

  it('gives the description a wide column of its own, wrapped', () => {
    expect(plan.columnWidths[4]).toBe(380);
    const r = indexOf(plan, T1);
    expect(plan.formats.wraps[r]![4]).toBe(true);
    expect(plan.formats.horizontalAlignments[r]![4]).toBe('left');
  });
});

describe('IC summary: what each level looks like, and who chose it', () => {
  const { plan } = buildSummary(input());
  const start = indexOf(plan, 'What each level looks like, and who chose it');

  it('lists, per outcome, its four descriptions with the share and count of each, the median marked', () => {
    expect(start).toBeGreaterThan(0);
    const at = indexOf(plan, T1, start);
    // No percent written as text: the share at Level 1–2 is a number cell of the overview.
    expect(plan.values[at]![1]).toBe('n = 10; median: Level 3');
    const levels = plan.values.slice(at + 1, at + 6);
    expect(levels.map((r) => r[0])).toEqual([...levelDescriptionsFor(rc1!.id), 'Not sure']);
    expect(levels.map((r) => r[1])).toEqual(['Level 1 (Ideal)', 'Level 2', 'Level 3', 'Level 4 (Entry)', '']);
    expect(levels.map((r) => r[3])).toEqual([1, 3, 4, 2, 0]);
    expect(levels.map((r) => r[4])).toEqual([null, null, 'Median', null, null]);
    expect(plan.formats.fontWeights[at + 3]![0]).toBe('bold');
  });

  it("says the descriptions are the add-on's, and when respondents did not see them", () => {
    const notes = plan.values.flat().filter((v): v is string => typeof v === 'string');
    expect(notes).toContain(
      "The descriptions were written for this add-on; they are not Learning Forward's own IC maps.",
    );
    expect(notes.some((n) => n.startsWith('This survey asked respondents for level numbers'))).toBe(false);
    const legacy = buildSummary(
      input({ ic: Object.fromEntries(Object.entries(IC).map(([k, o]) => [k, { ...o, chosenFrom: false }])) }),
    ).plan;
    expect(legacy.values.flat()).toContainEqual(
      expect.stringMatching(/^This survey asked respondents for level numbers/),
    );
  });

  it('is left out when no outcome has descriptions (IC columns of a form the add-on did not make)', () => {
    const { plan: bare } = buildSummary(input({ ic: undefined }));
    expect(indexOf(bare, 'What each level looks like, and who chose it')).toBe(-1);
    expect(rowOf(bare, T1)[4]).toBe('—');
    expect(bare.columnWidths[4]).toBe(88);
  });
});

describe('IC summary shared as a copy', () => {
  it('hides the figures of an outcome fewer than the minimum answered, everywhere, but keeps its words', () => {
    const { plan } = buildSummary(input(), { forSharing: true });
    expect(rowOf(plan, T2).slice(1, 5)).toEqual([HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
    const start = indexOf(plan, 'What each level looks like, and who chose it');
    const at = indexOf(plan, T2, start);
    expect(plan.values[at]![1]).toBe(HIDDEN);
    for (const r of plan.values.slice(at + 1, at + 6)) {
      expect([r[2], r[3], r[4]]).toEqual([HIDDEN, HIDDEN, null]);
    }
    expect(plan.values[at + 1]![0]).toBe(levelDescriptionsFor(rc2!.id)[0]);
  });
});
