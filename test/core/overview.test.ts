import {
  CHAIN_SENTENCE,
  CHAIN_STEPS,
  CHAIN_TITLE,
  FOUNDATIONS,
  FOUNDATIONS_TITLE,
  FRAMES,
  STANDARDS,
} from '../../src/content';
import { standardsOverviewPlan } from '../../src/core/overview';
import { isFormula, planCols, planRows } from '../../src/core/plan';

describe('standards overview plan', () => {
  const plan = standardsOverviewPlan();
  const firstCol = plan.values.map((r) => r[0]);

  it('lists every standard once, under its own frame, with its three constructs', () => {
    for (const s of STANDARDS) {
      const rows = plan.values.filter((r) => r[0] === s.name);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.slice(1)).toEqual([...s.constructs]);
      const at = firstCol.indexOf(s.name);
      const frameRow = firstCol.findLastIndex(
        (v, i) => i < at && typeof v === 'string' && FRAMES.some((f) => v.startsWith(`${f.name}:`)),
      );
      expect(firstCol[frameRow]).toMatch(new RegExp(`^${FRAMES.find((f) => f.id === s.frame)!.name}:`));
    }
  });

  it('keeps frames in catalog order', () => {
    const order = FRAMES.map((f) =>
      firstCol.findIndex((v) => typeof v === 'string' && v.startsWith(`${f.name}:`)),
    );
    expect(order.every((v) => v > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('is formatted for reading: bold frozen header, wrapped text, widths for every column', () => {
    const header = plan.values.findIndex((r) => r[0] === 'Standard');
    expect(plan.frozenRows).toBe(header + 1);
    expect(plan.formats.fontWeights[header]!.every((w) => w === 'bold')).toBe(true);
    expect(plan.formats.wraps.slice(header).every((r) => r.every(Boolean))).toBe(true);
    expect(plan.columnWidths).toHaveLength(planCols(plan));
    expect(plan.columnWidths.every((w) => w >= 150)).toBe(true);
  });

  it('has rectangular grids of the same size for values and every format', () => {
    const rows = planRows(plan);
    const cols = planCols(plan);
    for (const grid of [plan.values, ...Object.values(plan.formats)]) {
      expect(grid).toHaveLength(rows);
      for (const r of grid) expect(r).toHaveLength(cols);
    }
  });

  it('after the standards: how they lead to improvement, then the seven foundations, one row each', () => {
    const lastStandard = firstCol.indexOf(STANDARDS.at(-1)!.name);
    const chain = firstCol.indexOf(CHAIN_TITLE);
    const foundations = firstCol.indexOf(FOUNDATIONS_TITLE);
    expect(lastStandard < chain && chain < foundations).toBe(true);
    expect(firstCol[chain + 1]).toBe(CHAIN_STEPS.map((s) => s.name).join('  →  '));
    expect(firstCol[chain + 2]).toBe(CHAIN_SENTENCE);
    expect(firstCol[foundations + 1]).toBe(FOUNDATIONS.lead);
    expect(firstCol.slice(foundations + 2)).toEqual(FOUNDATIONS.items.map((i) => i.text));
    expect(plan.mergesAcross).toEqual([
      { row: foundations + 3, col: 1, rows: FOUNDATIONS.items.length, cols: 4 },
    ]);
    expect(plan.protections).toEqual([
      expect.objectContaining({ range: { row: 1, col: 1, rows: planRows(plan), cols: 4 } }),
    ]);
  });

  it('writes no formulas', () => {
    expect(plan.values.flat().some((c) => c !== null && isFormula(c))).toBe(false);
  });
});
