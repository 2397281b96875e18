import { createEmulator, type Emulator } from '../../local/emulator';
import { FRAME_IDS, ROLES, type FrameId } from '../../src/content';
import type { TemplateRequest } from '../../src/core/templates';
import { insertIcMapFromSelection, insertTemplate } from '../../src/gas/templates';

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator();
  emu.install();
});
afterEach(() => emu.uninstall());

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
const BUDGETS: { name: string; req: (role: string) => TemplateRequest; budget: number }[] = [
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
  { name: 'First actions', req: (role) => ({ kind: 'first-actions', role }) as TemplateRequest, budget: 44 },
];

describe.each(BUDGETS)('$name', ({ req, budget }) => {
  it.each(ROLES.map((r) => r.id))('for %s uses the budget', (role) => {
    expect(callsFor(req(role))).toBe(budget);
  });
});

describe('templates without a role', () => {
  it('learning-system reflection: 44 calls; logic model: 83 calls', () => {
    expect(callsFor({ kind: 'learning-system' })).toBe(44);
    expect(callsFor({ kind: 'logic-model' })).toBe(83);
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
