import { FRAME_IDS, ROLES } from '../../src/content';
import {
  a1,
  type Cell,
  isFormula,
  planCols,
  planRows,
  type RangeRef,
  type SheetPlan,
} from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import { planTemplate, TEMPLATE_KINDS, type TemplateRequest } from '../../src/core/templates';

/** Every template the add-on can make from the catalog: each role with each single frame and all frames. */
const CATALOG_REQUESTS: TemplateRequest[] = [
  ...ROLES.flatMap((r): TemplateRequest[] => [
    ...FRAME_IDS.map((f): TemplateRequest => ({ kind: 'ic-map', role: r.id, frames: [f] })),
    { kind: 'ic-map', role: r.id, frames: [...FRAME_IDS] },
    ...FRAME_IDS.map((f): TemplateRequest => ({ kind: 'checklist', role: r.id, frames: [f] })),
    { kind: 'checklist', role: r.id },
    { kind: 'first-actions', role: r.id },
  ]),
  // Each role beside the next, one frame and all frames; then every role at once.
  ...ROLES.flatMap((r, i): TemplateRequest[] => {
    const roles = [r.id, ROLES[(i + 1) % ROLES.length]!.id];
    return [
      { kind: 'cross-role', roles },
      { kind: 'cross-role', roles, frames: [FRAME_IDS[i % 3]!] },
    ];
  }),
  { kind: 'cross-role', roles: ROLES.map((r) => r.id) },
  { kind: 'learning-system' },
  { kind: 'logic-model' },
  { kind: 'resources' },
];
const OWN: TemplateRequest = {
  kind: 'ic-map-outcomes',
  outcomes: ['Teachers plan lessons together every week.', 'Coaches give feedback within two days.'],
};
const ALL = [...CATALOG_REQUESTS, OWN];

const label = (r: TemplateRequest) => JSON.stringify(r);
const cellsOf = (r: RangeRef): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) out.push([i, j]);
  return out;
};
const inBounds = (p: SheetPlan, r: RangeRef) =>
  r.row >= 1 &&
  r.col >= 1 &&
  r.rows >= 1 &&
  r.cols >= 1 &&
  r.row + r.rows - 1 <= planRows(p) &&
  r.col + r.cols - 1 <= planCols(p);
/** A cell people fill in: the input background, or a data validation. */
const isInput = (p: SheetPlan, row: number, col: number) =>
  p.formats.backgrounds[row - 1]![col - 1] === PALETTE.inputBg ||
  p.formats.validations[row - 1]![col - 1] !== null;

describe.each(ALL.map((r) => [label(r), r] as const))('template %s', (_name, req) => {
  const plan = planTemplate(req);
  const rows = planRows(plan);
  const cols = planCols(plan);

  test('grids are rectangular and the same size; one width per column', () => {
    expect(rows).toBeGreaterThan(0);
    for (const grid of [plan.values, ...Object.values(plan.formats)] as unknown[][][]) {
      expect(grid).toHaveLength(rows);
      for (const r of grid) expect(r).toHaveLength(cols);
    }
    expect(plan.columnWidths).toHaveLength(cols);
    for (const w of plan.columnWidths) {
      expect(w).toBeGreaterThanOrEqual(60);
      expect(w).toBeLessThanOrEqual(500);
    }
  });

  test('formulas are Formula cells; no plain string looks like a formula', () => {
    for (const c of plan.values.flat() as Cell[]) {
      if (c !== null && isFormula(c)) expect(c.formula).toMatch(/^=/);
      if (typeof c === 'string') expect(c).not.toMatch(/^[=+\-@]/);
    }
  });

  test('every cell wraps (no text spills into the next column)', () => {
    expect(plan.formats.wraps.every((r) => r.every((w) => w === true))).toBe(true);
  });

  test('frozen rows end at a bold row and hold nothing to fill in; only IC maps freeze columns', () => {
    expect(plan.frozenRows).toBeGreaterThanOrEqual(1);
    expect(plan.frozenRows).toBeLessThan(rows);
    // An IC map keeps the outcome and "Where we are now" in view while the levels scroll past.
    const isIcMap = req.kind === 'ic-map' || req.kind === 'ic-map-outcomes';
    expect(plan.frozenColumns).toBe(isIcMap ? 2 : 0);
    // Sheets refuses to freeze through a merged cell: no merge may cross the freeze line.
    for (const m of plan.merges) {
      expect(m.row <= plan.frozenRows && m.row + m.rows - 1 > plan.frozenRows).toBe(false);
      if (plan.frozenColumns > 0) {
        expect(m.col <= plan.frozenColumns && m.col + m.cols - 1 > plan.frozenColumns).toBe(false);
      }
    }
    expect(plan.formats.fontWeights[plan.frozenRows - 1]![0]).toBe('bold');
    for (let r = 1; r <= plan.frozenRows; r++)
      for (let c = 1; c <= cols; c++) expect(isInput(plan, r, c)).toBe(false);
  });

  test('the top block is protected (warning only); protections never cover a fill-in cell', () => {
    const top = plan.protections[0]!;
    expect(top.range).toMatchObject({ row: 1, col: 1, cols });
    expect(top.range.rows).toBeGreaterThanOrEqual(plan.frozenRows);
    for (const p of plan.protections) {
      expect(inBounds(plan, p.range)).toBe(true);
      expect(p.description.length).toBeGreaterThan(0);
      for (const [r, c] of cellsOf(p.range)) {
        if (isInput(plan, r, c))
          throw new Error(`Protection ${a1(p.range)} covers fill-in cell row ${r} col ${c}`);
      }
    }
  });

  test('every validated cell looks like an input; dates are yyyy-mm-dd', () => {
    plan.formats.validations.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        expect(plan.formats.backgrounds[i]![j]).toBe(PALETTE.inputBg);
        if (v.kind === 'date') expect(plan.formats.numberFormats[i]![j]).toBe('yyyy-mm-dd');
        if (v.kind === 'list') expect(v.values.length).toBeGreaterThan(1);
      }),
    );
    expect(plan.formats.validations.flat().some((v) => v !== null)).toBe(true);
  });

  test('merges are in bounds, never overlap and never hold a fill-in cell', () => {
    const seen = new Set<string>();
    // A merge-across block is one merge per row.
    const across = (plan.mergesAcross ?? []).flatMap((m) => {
      expect(inBounds(plan, m)).toBe(true);
      return Array.from({ length: m.rows }, (_, i) => ({ ...m, row: m.row + i, rows: 1 }));
    });
    for (const m of [...plan.merges, ...across]) {
      expect(inBounds(plan, m)).toBe(true);
      for (const [r, c] of cellsOf(m)) {
        const key = `${r},${c}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        expect(isInput(plan, r, c)).toBe(false);
        // Only the top-left cell of a merge holds a value.
        if (r !== m.row || c !== m.col) expect(plan.values[r - 1]![c - 1]).toBeNull();
      }
    }
  });

  test('borders and conditional formats are in bounds; rules are relative to their first range', () => {
    for (const r of plan.borders) expect(inBounds(plan, r)).toBe(true);
    for (const cf of plan.conditionalFormats) {
      expect(cf.ranges.length).toBeGreaterThan(0);
      for (const r of cf.ranges) expect(inBounds(plan, r)).toBe(true);
      expect(cf.formula).toMatch(/^=/);
      expect(cf.formula).toContain(String(cf.ranges[0]!.row));
      expect(cf.background ?? cf.fontColor).toBeDefined();
    }
  });

  test('is plain data (survives JSON)', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

test('every template kind is covered here', () => {
  expect(new Set(ALL.map((r) => r.kind))).toEqual(new Set(TEMPLATE_KINDS.map((k) => k.kind)));
});
