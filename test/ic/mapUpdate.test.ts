import { FRAME_IDS, getRole } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { UserError } from '../../src/core/errors';
import {
  parseIcMapUpdateRequest,
  planIcMapUpdate,
  readIcMapLayout,
  writesByLevel,
} from '../../src/core/ic/mapUpdate';
import type { IcOutcomes } from '../../src/core/ic/outcomes';
import { type Cell, isFormula } from '../../src/core/plan';
import type { GroupSummary, SurveySummary } from '../../src/core/survey';
import { IC_COL, icMapFromOutcomesPlan, icMapPlan } from '../../src/core/templates/icMap';
import { icItem } from '../support/icItems';

/** A map's cells as `getValues()` reads them: formulas read as their (blank) results. */
const asRead = (values: readonly (readonly Cell[])[]): unknown[][] =>
  values.map((r) => r.map((c) => (c === null || isFormula(c) ? '' : c)));

const coach = getRole('coach');
const map = asRead(icMapPlan('coach', [...FRAME_IDS]).values);

/** Per responsibility k: counts that put its median at level (k % 4) + 1. */
const countsFor = (k: number) =>
  [
    [3, 1, 0, 0, 0],
    [0, 3, 1, 0, 1],
    [1, 0, 3, 0, 0],
    [0, 0, 1, 3, 0],
  ][k % 4]!;
const items = coach.responsibilities.map((r, k) => icItem(r.text, countsFor(k)));
const summary = (extra: Partial<SurveySummary> = {}): SurveySummary => ({
  responses: 5,
  items,
  groupBy: null,
  cutoffs: null,
  minGroupSize: 5,
  groups: [],
  messages: [],
  skipped: [],
  repeats: null,
  ...extra,
});
const outcomes: IcOutcomes = Object.fromEntries(
  coach.responsibilities.map((r) => [
    r.text,
    { id: r.id, frame: null, levels: levelDescriptionsFor(r.id), chosenFrom: true, wordings: [r.text] },
  ]),
);

describe('readIcMapLayout', () => {
  it('finds the header, the outcome and "Where we are now" columns, and the outcome rows (not the frame rows)', () => {
    const layout = readIcMapLayout('IC map - Coach', map);
    expect(layout.headerRow).toBe(2);
    expect(layout.outcomeCol).toBe(IC_COL.outcome);
    expect(layout.nowCol).toBe(IC_COL.now);
    expect(layout.outcomes.map((o) => o.text)).toEqual(coach.responsibilities.map((r) => r.text));
    for (const o of layout.outcomes) expect(map[o.row - 1]![0]).toBe(o.text);
  });

  it('reads maps of earlier versions (other column order) by their headers', () => {
    const old = [
      ['Innovation Configuration map: Coach'],
      [
        'Desired outcome',
        'Level 1 (Ideal)',
        'Level 2',
        'Level 3',
        'Level 4 (Entry)',
        'Where we are now',
        'Target',
      ],
      ['Rigorous Content for Each Learner'],
      [coach.responsibilities[0]!.text, 'a', 'b', 'c', 'd', '', ''],
    ];
    const layout = readIcMapLayout('Old map', old);
    expect(layout).toMatchObject({ headerRow: 2, outcomeCol: 1, nowCol: 6 });
    expect(layout.outcomes).toEqual([{ row: 4, text: coach.responsibilities[0]!.text }]);
  });

  it("skips the prompt row of a map of the team's own outcomes", () => {
    const own = asRead(icMapFromOutcomesPlan(['Plan together', 'Use data']).values);
    expect(readIcMapLayout('Ours', own).outcomes.map((o) => o.text)).toEqual(['Plan together', 'Use data']);
  });

  it('a tab that is not an IC map is a clear user error', () => {
    expect(() => readIcMapLayout('Notes', [['Hello'], ['World']])).toThrow(UserError);
    expect(() => readIcMapLayout('Notes', [['Hello']])).toThrow(/"Notes" is not an IC map/);
  });
});

describe('planIcMapUpdate', () => {
  const layout = readIcMapLayout('IC map - Coach', map);

  it("writes each outcome's median level, with the level text the map's drop-down takes", () => {
    const u = planIcMapUpdate(layout, summary(), outcomes, null);
    const expected = ['Level 1 (Ideal)', 'Level 2', 'Level 3', 'Level 4 (Entry)'];
    expect(u.writes.map((w) => w.level)).toEqual(coach.responsibilities.map((_, k) => expected[k % 4]));
    expect(u.writes.map((w) => w.row)).toEqual(layout.outcomes.map((o) => o.row));
    expect(u).toMatchObject({ matched: 16, noAnswers: 0, hidden: 0, notInSurvey: 0, who: 'everyone' });
  });

  it('leaves outcomes no one gave a level, and outcomes the survey lacks, as they are', () => {
    const few = items.map((it, k) => (k === 0 ? icItem(it.title, [0, 0, 0, 0, 3]) : it)).slice(0, 10);
    const u = planIcMapUpdate(layout, summary({ items: few }), outcomes, null);
    expect(u.writes).toHaveLength(9);
    expect(u).toMatchObject({ matched: 10, noAnswers: 1, notInSurvey: 6 });
  });

  it('finds an outcome by any of its wordings (a question renamed in the form)', () => {
    const renamed = items.map((it, k) =>
      k === 0 ? { ...it, title: 'Know our students', column: 'Q1' } : it,
    );
    const { [items[0]!.column]: was, ...rest } = outcomes;
    const o = { ...rest, Q1: { ...was!, wordings: ['Know our students', coach.responsibilities[0]!.text] } };
    const u = planIcMapUpdate(layout, summary({ items: renamed }), o, null);
    expect(u.writes[0]).toEqual({ row: layout.outcomes[0]!.row, level: 'Level 1 (Ideal)' });
  });

  describe('for one group of the breakdown', () => {
    const shown = (c: readonly number[], k: number) => ({
      ...icItem(items[k]!.title, c),
      suppressed: false as const,
    });
    const groups: GroupSummary[] = [
      {
        value: 'Oak Elementary',
        respondents: 6,
        suppressed: false,
        items: items.map((it, k) =>
          k === 1 ? { ...it, suppressed: true as const } : shown([0, 0, 0, 6, 0], k),
        ),
      },
      { value: 'Elm Middle', respondents: 2, suppressed: true, items: [] },
    ];
    const grouped = summary({ groupBy: 'School or office', groups });

    it("uses that group's figures, and leaves outcomes hidden in the group as they are", () => {
      const u = planIcMapUpdate(layout, grouped, outcomes, 'oak elementary');
      expect(u.writes.every((w) => w.level === 'Level 4 (Entry)')).toBe(true);
      expect(u.writes).toHaveLength(15);
      expect(u).toMatchObject({ hidden: 1, who: 'Oak Elementary' });
    });

    it('refuses a hidden group, an unknown group, and a group when there is no breakdown', () => {
      expect(() => planIcMapUpdate(layout, grouped, outcomes, 'Elm Middle')).toThrow(/too few respondents/);
      expect(() => planIcMapUpdate(layout, grouped, outcomes, 'Pine')).toThrow(
        /No group "Pine".*Choose one of: "Oak Elementary"\./,
      );
      expect(() => planIcMapUpdate(layout, summary(), outcomes, 'Oak Elementary')).toThrow(/no breakdown/);
    });
  });

  it('a map whose outcomes the survey does not ask about is a user error', () => {
    const teacher = readIcMapLayout('IC map - Teacher', asRead(icMapPlan('teacher', [...FRAME_IDS]).values));
    expect(() => planIcMapUpdate(teacher, summary(), outcomes, null)).toThrow(
      /None of the outcomes in this map/,
    );
  });
});

describe('writesByLevel', () => {
  it('one list of ranges per level, consecutive rows joined', () => {
    const w = writesByLevel(
      [
        { row: 5, level: 'Level 2' },
        { row: 4, level: 'Level 2' },
        { row: 7, level: 'Level 2' },
        { row: 6, level: 'Level 3' },
        { row: 8, level: 'Level 2' },
      ],
      'B',
    );
    expect(Object.fromEntries(w)).toEqual({ 'Level 2': ['B4:B5', 'B7:B8'], 'Level 3': ['B6'] });
  });
});

describe('parseIcMapUpdateRequest', () => {
  it('nothing means the active tab and everyone; text is trimmed; blanks mean none', () => {
    expect(parseIcMapUpdateRequest(undefined)).toEqual({ tab: null, group: null });
    expect(parseIcMapUpdateRequest({ tab: ' IC map ', group: '  ' })).toEqual({ tab: 'IC map', group: null });
    expect(() => parseIcMapUpdateRequest({ group: 3 })).toThrow(/group must be text/);
    expect(() => parseIcMapUpdateRequest('x')).toThrow(UserError);
  });
});
