import { createEmulator, type Emulator } from '../../local/emulator';
import { FRAME_IDS, type FrameId, LEADER_ROLE_IDS, ROLES, type RoleId } from '../../src/content';
import type { SheetPlan } from '../../src/core/plan';
import { planTemplate, type TemplateRequest } from '../../src/core/templates';
import { insertIcMapFromSelection, insertTemplate } from '../../src/gas/templates';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator();
  emu.install();
});
afterEach(() => emu.uninstall());

/** The role after `role` in the catalog, round the end. */
const nextRole = (role: string): RoleId =>
  ROLES[(ROLES.findIndex((r) => r.id === role) + 1) % ROLES.length]!.id;

/** Spreadsheet-service calls of one insert into a fresh spreadsheet. */
function callsFor(req: TemplateRequest): number {
  emu.uninstall();
  emu = createEmulator();
  emu.install();
  insertTemplate(req);
  return emu.calls.total('spreadsheet');
}

/**
 * Each template's budget of Spreadsheet calls. It depends on the template and the number of
 * frames chosen (one merged section row each), never on how many rows the role brings. The IC
 * map's changed with its layout: it freezes two columns, sets the title row's height, and shades
 * and protects one range per column group over all frames (not one per frame).
 */
const BUDGETS: {
  name: string;
  req: (role: string) => TemplateRequest;
  budget: number;
  roles?: readonly string[];
}[] = [
  {
    name: 'IC map, all frames',
    req: (role) => ({ kind: 'ic-map', role, frames: [...FRAME_IDS] }) as TemplateRequest,
    budget: 93,
  },
  {
    name: 'IC map, one frame',
    req: (role) => ({ kind: 'ic-map', role, frames: ['conditions-for-success'] }) as TemplateRequest,
    budget: 89,
  },
  {
    name: 'Checklist, all frames',
    req: (role) => ({ kind: 'checklist', role }) as TemplateRequest,
    budget: 92,
  },
  {
    name: 'Checklist, one frame',
    req: (role) => ({ kind: 'checklist', role, frames: ['rigorous-content'] }) as TemplateRequest,
    budget: 76,
  },
  // A leader's tab adds the four leaders' action areas: a section with its own merges,
  // protections and tally. The number of responsibilities or questions changes nothing.
  {
    name: 'First actions, school and system leaders',
    req: (role) => ({ kind: 'first-actions', role }) as TemplateRequest,
    budget: 137,
    roles: LEADER_ROLE_IDS,
  },
  {
    name: 'First actions, other roles',
    req: (role) => ({ kind: 'first-actions', role }) as TemplateRequest,
    budget: 86,
    roles: ROLES.map((r) => r.id).filter((id) => !LEADER_ROLE_IDS.includes(id)),
  },
  // Beside the next role, or beside every other role: the same budget.
  {
    name: 'Roles side by side, all frames',
    req: (role) => ({ kind: 'cross-role', roles: [role, nextRole(role)] }) as TemplateRequest,
    budget: 62,
  },
  {
    name: 'Roles side by side, one frame',
    req: (role) =>
      ({
        kind: 'cross-role',
        roles: [role, nextRole(role)],
        frames: ['transformational-processes'],
      }) as TemplateRequest,
    budget: 50,
  },
  {
    name: 'Roles side by side, every role, yours first',
    req: (role) => ({ kind: 'cross-role', roles: [role, ...ROLES.map((r) => r.id)] }) as TemplateRequest,
    budget: 62,
  },
];

describe.each(BUDGETS)('$name', ({ req, budget, roles }) => {
  it.each([...(roles ?? ROLES.map((r) => r.id))])('for %s uses the budget', (role) => {
    expect(callsFor(req(role))).toBe(budget);
  });
});

describe('templates without a role', () => {
  it('learning-system reflection: 137 calls; logic model: 129 calls; resources: 74 calls', () => {
    expect(callsFor({ kind: 'learning-system' })).toBe(137);
    expect(callsFor({ kind: 'logic-model' })).toBe(129);
    expect(callsFor({ kind: 'resources' })).toBe(74);
  });

  it('IC map from own outcomes: 89 calls for 2 outcomes or 400', () => {
    expect(callsFor({ kind: 'ic-map-outcomes', outcomes: ['One', 'Two'] })).toBe(89);
    expect(
      callsFor({ kind: 'ic-map-outcomes', outcomes: Array.from({ length: 400 }, (_, i) => `Outcome ${i}`) }),
    ).toBe(89);
  });
});

describe('inserting templates', () => {
  it('twice gives two tabs with distinct names', () => {
    const a = insertTemplate({ kind: 'ic-map', role: 'coach', frames: ['rigorous-content'] });
    const b = insertTemplate({ kind: 'ic-map', role: 'coach', frames: ['rigorous-content'] });
    expect(a.sheetName).toBe('IC map - Coach - Rigorous Content for Each Learner');
    expect(b.sheetName).toBe('IC map - Coach - Rigorous Content for Each Learner (2)');
  });

  /** Whether inserting the plan calls `method` at all (each plan calls the batched setters). */
  const USES: Record<string, (p: SheetPlan) => boolean> = {
    'Range.setValues': () => true,
    'Range.setDataValidations': () => true,
    'Range.merge': (p) => p.merges.length > 0,
    'Range.mergeAcross': (p) => (p.mergesAcross ?? []).length > 0,
    'Sheet.setConditionalFormatRules': (p) => p.conditionalFormats.length > 0,
    'Sheet.setRowHeights': (p) => p.rowHeights.length > 0,
    'Protection.setWarningOnly': (p) => p.protections.length > 0,
  };
  const NEW_TEMPLATES: TemplateRequest[] = [
    { kind: 'first-actions', role: 'principal' },
    { kind: 'first-actions', role: 'teacher' },
    { kind: 'learning-system' },
    { kind: 'logic-model' },
    { kind: 'resources' },
    { kind: 'cross-role', roles: ['principal', 'coach'] },
  ];
  const FAILURES = Object.entries(USES).flatMap(([method, uses]) =>
    NEW_TEMPLATES.filter((req) => uses(planTemplate(req))).map((req): [string, TemplateRequest] => [
      method,
      req,
    ]),
  );

  it('tries a failure in every template that makes each kind of call', () => {
    for (const method of Object.keys(USES)) expect(FAILURES.some(([m]) => m === method)).toBe(true);
    expect(FAILURES.length).toBeGreaterThan(30);
  });

  it.each(FAILURES)('leaves no new tab when %s fails while inserting %j', (method, req) => {
    const before = emu.spreadsheet.getSheets().map((s) => s.getName());
    emu.failOn(method);
    expect(() => insertTemplate(req)).toThrow();
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  });

  it.each([
    'Range.setNumberFormats',
    'Range.setDataValidations',
    'Sheet.setConditionalFormatRules',
    'Range.merge',
  ])('leaves no new tab when %s fails mid-build', (method) => {
    const before = emu.spreadsheet.getSheets().map((s) => s.getName());
    emu.failOn(method);
    expect(() =>
      insertTemplate({ kind: 'ic-map', role: 'principal', frames: [...FRAME_IDS] as FrameId[] }),
    ).toThrow();
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  });

  it('rejects a bad request before touching the spreadsheet', () => {
    emu.calls.reset();
    expect(() => insertTemplate({ kind: 'ic-map', role: 'janitor', frames: ['rigorous-content'] })).toThrow(
      /Unknown role "janitor"/,
    );
    expect(emu.calls.total('spreadsheet')).toBe(0);
  });

  it('builds an IC map from the selected column of outcomes', () => {
    const src = emu.spreadsheet.getSheets()[0]!;
    src
      .getRange(1, 1, 4, 2)
      .setValues([['Outcome A', 'x'], [''], ["'=Outcome B"], ['Outcome A']].map((r) => [r[0]!, r[1] ?? '']));
    src.getRange('A1:A4').activate();
    const r = insertIcMapFromSelection('Our map');
    expect(r.sheetName).toBe('Our map');
    const values = emu
      .sheet('Our map')
      .snapshot()
      .values.map((row) => row[0]);
    expect(values).toContain('Outcome A');
    expect(values).toContain('=Outcome B');
    expect(values.filter((v) => v === 'Outcome A')).toHaveLength(1);
    expect(
      emu
        .sheet('Our map')
        .snapshot()
        .formulas.flat()
        .some((f) => f === '=Outcome B'),
    ).toBe(false);
  });

  it('asks for a selection when the selected cells are empty', () => {
    emu.spreadsheet.getSheets()[0]!.getRange('C1:C3').activate();
    expect(() => insertIcMapFromSelection()).toThrow(/is empty: select a column of desired outcomes/);
  });
});
