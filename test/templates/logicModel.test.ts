import type { SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  GOAL_HEADERS,
  GOAL_LABELS,
  INITIATIVE_HEADERS,
  LOGIC_MODEL_SIZES,
  LOGIC_MODEL_STEPS,
  logicModelPlan,
  UNCOVERED_COLOR,
} from '../../src/core/templates/logicModel';

const CHAIN = [
  'Standards for Professional Learning',
  'High-quality professional learning',
  'Educator knowledge, skills, and dispositions',
  'Educator practice',
  'Student results',
];

const rowOf = (plan: SheetPlan, test: (first: unknown, row: unknown[]) => boolean) =>
  plan.values.findIndex((r) => test(r[0], r)) + 1;

describe('logic model', () => {
  const plan = logicModelPlan();
  const v = plan.values;
  const goalHeader = rowOf(plan, (a) => a === 'Goal');
  const chainHeader = rowOf(plan, (a) => a === 'Step');
  const promptRow = chainHeader + 1;
  const evidenceRow = rowOf(plan, (a) => a === 'Evidence to watch');
  const monitoringRow = rowOf(plan, (a) => typeof a === 'string' && a.startsWith('Monitoring progress'));
  const initHeader = rowOf(plan, (a) => a === 'Initiative');
  const coverageRow = rowOf(plan, (a) => typeof a === 'string' && a.startsWith('Initiatives contributing'));

  test('blocks come in order: student goals, the chain, initiatives', () => {
    expect(plan.title).toBe('Logic model');
    expect(0 < goalHeader && goalHeader < chainHeader && chainHeader < evidenceRow).toBe(true);
    expect(evidenceRow).toBe(monitoringRow - 1);
    expect(monitoringRow < initHeader && initHeader < coverageRow).toBe(true);
    expect(coverageRow).toBe(v.length);
    const intro = v
      .slice(1, goalHeader)
      .map((r) => r[0])
      .join(' ');
    expect(intro).toMatch(
      /defined set of student goals and connects all initiatives and the work of all staff/,
    );
    expect(intro).toMatch(/Monitor progress at each step: student and educator data/);
  });

  test('the title row is frozen and the top block protected', () => {
    expect(plan.frozenRows).toBe(1);
    expect(plan.protections[0]!.range).toEqual({ row: 1, col: 1, rows: goalHeader, cols: 8 });
  });

  test('student goals: a header and one input row per goal, with a date for By when', () => {
    expect(v[goalHeader - 1]).toEqual([...GOAL_HEADERS]);
    expect(GOAL_LABELS).toHaveLength(LOGIC_MODEL_SIZES.goals);
    GOAL_LABELS.forEach((label, i) => {
      const r = goalHeader + 1 + i;
      expect(v[r - 1]).toEqual([label, null, null, null, null, null, null, null]);
      for (let c = 2; c <= 8; c++) expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
      expect(plan.formats.validations[r - 1]![7]).toMatchObject({ kind: 'date' });
      expect(plan.formats.numberFormats[r - 1]![7]).toBe('yyyy-mm-dd');
    });
  });

  test('the chain: one column per step, in order, each with a prompt and evidence examples', () => {
    expect(LOGIC_MODEL_STEPS.map((s) => s.name)).toEqual(CHAIN);
    expect(v[chainHeader - 1]!.slice(1, 6)).toEqual(CHAIN);
    expect(v[promptRow - 1]![0]).toBe('Questions to ask');
    for (let c = 2; c <= 6; c++) {
      expect(v[promptRow - 1]![c - 1]).toMatch(/\?$/);
      expect(typeof v[evidenceRow - 1]![c - 1]).toBe('string');
      expect(plan.formats.fontStyles[promptRow - 1]![c - 1]).toBe('italic');
    }
    expect(v[promptRow - 1]![1]).toMatch(/Which standards will guide this work\?/);
  });

  test('the chain has empty input rows to fill in, then a monitoring row of inputs', () => {
    const fill = Array.from({ length: LOGIC_MODEL_SIZES.chainRows }, (_, i) => promptRow + 1 + i);
    expect(fill[fill.length - 1]).toBe(evidenceRow - 1);
    for (const r of [...fill, monitoringRow]) {
      expect(v[r - 1]!.slice(1, 6)).toEqual([null, null, null, null, null]);
      for (let c = 2; c <= 6; c++) expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
    }
    expect(plan.merges).toContainEqual({ row: fill[0], col: 1, rows: fill.length, cols: 1 });
    const protectedRows = plan.protections.map((p) => p.range);
    expect(protectedRows).toContainEqual({ row: chainHeader - 1, col: 1, rows: 3, cols: 8 });
    expect(protectedRows).toContainEqual({ row: evidenceRow, col: 1, rows: 1, cols: 8 });
  });

  test('initiatives: name, a tick per step, the goal it serves (drop-down), owner', () => {
    expect(v[initHeader - 1]).toEqual([...INITIATIVE_HEADERS]);
    expect(INITIATIVE_HEADERS).toEqual(['Initiative', ...CHAIN, 'Serves student goal', 'Owner']);
    const rows = Array.from({ length: LOGIC_MODEL_SIZES.initiatives }, (_, i) => initHeader + 1 + i);
    expect(rows[rows.length - 1]).toBe(coverageRow - 1);
    for (const r of rows) {
      expect(v[r - 1]).toEqual([null, false, false, false, false, false, null, null]);
      const val = plan.formats.validations[r - 1]!;
      expect(val[0]).toBeNull();
      for (let c = 2; c <= 6; c++) expect(val[c - 1]).toEqual({ kind: 'checkbox' });
      expect(val[6]).toMatchObject({ kind: 'list', values: GOAL_LABELS, allowInvalid: true });
      expect(val[7]).toBeNull();
      expect(plan.formats.backgrounds[r - 1]![0]).toBe(PALETTE.inputBg);
      expect(plan.formats.backgrounds[r - 1]![7]).toBe(PALETTE.inputBg);
    }
    // Checkboxes only on initiative rows.
    const boxes = plan.formats.validations.flatMap((row, i) =>
      row.flatMap((x, j) => (x?.kind === 'checkbox' ? [[i + 1, j + 1]] : [])),
    );
    expect(boxes).toHaveLength(rows.length * 5);
    expect(boxes.every(([r]) => rows.includes(r!))).toBe(true);
  });

  test('a live count of initiatives per step covers exactly the initiative rows, shaded when zero', () => {
    const first = initHeader + 1;
    const last = coverageRow - 1;
    const cols = ['B', 'C', 'D', 'E', 'F'];
    expect(v[coverageRow - 1]!.slice(1, 6)).toEqual(
      cols.map((c) => ({ formula: `=COUNTIF(${c}${first}:${c}${last},TRUE)` })),
    );
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({
        ranges: [{ row: coverageRow, col: 2, rows: 1, cols: 5 }],
        formula: `=B${coverageRow}=0`,
        background: UNCOVERED_COLOR,
      }),
    ]);
    expect(plan.protections.map((p) => p.range)).toContainEqual({
      row: coverageRow,
      col: 1,
      rows: 1,
      cols: 8,
    });
  });
});
