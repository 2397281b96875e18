import { CHAIN_SENTENCE, FOUNDATIONS, STANDARD_STEM, STANDARDS } from '../../src/content';
import { type Cell, isFormula, type SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  GOAL_HEADERS,
  GOAL_LABELS,
  INITIATIVE_HEADERS,
  LOGIC_MODEL_SIZES,
  LOGIC_MODEL_STEPS,
  logicModelPlan,
  PICKER_LEAD,
  RESOURCE_HEADERS,
  RESOURCE_KINDS,
  STANDARD_NAMES,
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
  const resourceHeader = rowOf(plan, (a) => a === 'Resource');
  const foundationHeader = rowOf(plan, (a) => a === 'Foundation');
  const constructsHeader = rowOf(plan, (a, row) => a === 'Standard' && row[1] === 'Construct 1');

  test('blocks come in order: goals, resources, the chain, initiatives, assumptions, constructs', () => {
    expect(plan.title).toBe('Logic model');
    expect(0 < goalHeader && goalHeader < resourceHeader && resourceHeader < chainHeader).toBe(true);
    expect(chainHeader < evidenceRow).toBe(true);
    expect(evidenceRow).toBe(monitoringRow - 1);
    expect(monitoringRow < initHeader && initHeader < coverageRow).toBe(true);
    expect(coverageRow < foundationHeader && foundationHeader < constructsHeader).toBe(true);
    expect(constructsHeader + STANDARDS.length).toBe(v.length);
    expect(plan.values.map((r) => r[0]).filter((a) => typeof a === 'string' && /^\d\. /.test(a))).toEqual([
      '1. Student goals: what every initiative and all professional learning serve',
      '2. Resources (inputs): what the work runs on',
      '3. The chain: from standards to student results',
      '4. Initiatives: each one, the student goal it serves, its owner, and every step it contributes to',
      '5. Assumptions: the foundations for standards',
      "6. The standards' constructs: what the standard picker in the chain fills in",
    ]);
    const intro = v
      .slice(1, goalHeader)
      .map((r) => r[0])
      .join(' ');
    expect(intro).toMatch(
      /defined set of student goals and connects all initiatives and the work of all staff/,
    );
    expect(intro).toMatch(/Monitor progress at each step: student and educator data/);
    expect(intro).toContain(CHAIN_SENTENCE);
  });

  test('resources: a row per kind (time, money, people, technology, materials), planned as the Resources standard asks', () => {
    expect(v[resourceHeader - 1]).toEqual([...RESOURCE_HEADERS]);
    expect(RESOURCE_KINDS).toEqual(['Time', 'Money', 'People', 'Technology', 'Materials']);
    RESOURCE_KINDS.forEach((kind, i) => {
      const r = resourceHeader + 1 + i;
      expect(v[r - 1]).toEqual([kind, null, null, null, null, null, null, null]);
      for (let c = 2; c <= 8; c++) expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
      expect(plan.formats.validations[r - 1]![7]).toMatchObject({ kind: 'date' });
    });
    const notes = v
      .slice(
        rowOf(plan, (a) => a === '2. Resources (inputs): what the work runs on'),
        resourceHeader - 1,
      )
      .map((r) => r[0]);
    expect(notes).toEqual([
      'Leaders prioritize and secure resources for professional learning, including money, time, personnel, technology, and materials.',
      'The columns follow the Resources standard: educators allocate resources for professional learning, prioritize equity in their resource decisions, and monitor the use and impact of resource investments.',
    ]);
  });

  test('assumptions: the seven foundations word for word, each with room to say what it means for the model', () => {
    expect(v[foundationHeader - 1]).toEqual([
      'Foundation',
      null,
      null,
      'What it means for our logic model',
      null,
      null,
      null,
      null,
    ]);
    FOUNDATIONS.items.forEach((f, i) => {
      const r = foundationHeader + 1 + i;
      expect(v[r - 1]![0]).toBe(f.text);
      expect(plan.formats.backgrounds[r - 1]![3]).toBe(PALETTE.inputBg);
    });
    expect(plan.mergesAcross).toContainEqual({
      row: foundationHeader + 1,
      col: 1,
      rows: FOUNDATIONS.items.length,
      cols: 3,
    });
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

  test('the chain has input rows to fill in, then a monitoring row of inputs', () => {
    const fill = Array.from({ length: LOGIC_MODEL_SIZES.chainRows }, (_, i) => promptRow + 1 + i);
    expect(fill[fill.length - 1]).toBe(evidenceRow - 1);
    for (const r of fill) {
      const [picker, pl, ...rest] = v[r - 1]!.slice(1, 6);
      expect([picker, ...rest]).toEqual([null, null, null, null]);
      expect(pl).toEqual(expect.objectContaining({ formula: expect.stringMatching(/^=IF\(B\d+="",""/) }));
    }
    expect(v[monitoringRow - 1]!.slice(1, 6)).toEqual([null, null, null, null, null]);
    for (const r of [...fill, monitoringRow]) {
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

  describe('the standard picker', () => {
    const fill = Array.from({ length: LOGIC_MODEL_SIZES.chainRows }, (_, i) => promptRow + 1 + i);

    test('each chain row offers the eleven standards in its Standards column, and lets a team type its own', () => {
      expect(STANDARD_NAMES).toEqual(STANDARDS.map((s) => s.name));
      for (const r of fill) {
        expect(plan.formats.validations[r - 1]![1]).toMatchObject({
          kind: 'list',
          values: STANDARD_NAMES,
          allowInvalid: true,
        });
      }
    });

    test('the constructs table lists every standard with its three constructs, protected', () => {
      STANDARDS.forEach((s, i) =>
        expect(v[constructsHeader + i]).toEqual([s.name, ...s.constructs, null, null, null, null]),
      );
      expect(plan.protections.map((p) => p.range)).toContainEqual({
        row: constructsHeader - 1,
        col: 1,
        rows: STANDARDS.length + 2,
        cols: 8,
      });
    });

    /**
     * Evaluates the professional-learning formula of a chain row for a chosen standard, against
     * the plan's own cells: enough of Sheets' IF, IFERROR, VLOOKUP and & for this one formula.
     */
    function evaluate(row: number, chosen: string): string {
      const f = v[row - 1]![2] as Cell;
      if (f === null || !isFormula(f)) throw new Error(`Row ${row}: no formula`);
      const m = /^=IF\(B(\d+)="","",IFERROR\((.*),""\)\)$/.exec(f.formula);
      if (!m) throw new Error(`Unexpected formula ${f.formula}`);
      expect(Number(m[1])).toBe(row);
      const lookup = (key: string, range: string, col: number): string => {
        const [, r1, r2] = /^\$A\$(\d+):\$D\$(\d+)$/.exec(range) ?? [];
        const hit = v.slice(Number(r1) - 1, Number(r2)).find((cells) => cells[0] === key);
        if (!hit) throw new Error('#N/A');
        return String(hit[col - 1]);
      };
      try {
        return m[2]!
          .split('&')
          .map((part) => {
            const lit = /^"(.*)"$/.exec(part);
            if (lit) return lit[1]!;
            const call = /^VLOOKUP\(B\d+,([^,]+),(\d),FALSE\)$/.exec(part);
            if (!call) throw new Error(`Unexpected part ${part}`);
            return lookup(chosen, call[1]!, Number(call[2]));
          })
          .join('');
      } catch {
        return '';
      }
    }

    test.each(STANDARDS.map((s) => [s.name, s] as const))(
      'choosing %s starts the professional learning from its constructs',
      (_name, s) => {
        for (const r of fill) {
          expect(evaluate(r, s.name)).toBe(s.description.replace(STANDARD_STEM, PICKER_LEAD));
        }
      },
    );

    test('a standard typed in its own words leaves the professional learning empty', () => {
      expect(evaluate(fill[0]!, 'Our own standard')).toBe('');
    });
  });
});
