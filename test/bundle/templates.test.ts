import { loadBundle, readDist } from '../../local/bundle';
import { createEmulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import { FRAME_IDS, LEADER_ROLE_IDS, ROLES } from '../../src/content';

function open() {
  const emu = createEmulator({
    htmlFiles: { Sidebar: readDist('Sidebar.html'), Dialog: readDist('Dialog.html') },
  });
  const addon = loadBundle(emu);
  emu.bindContext(addon.context);
  return { emu, addon };
}

/** Spreadsheet-call budgets per template through the built bundle (same as the source tests). */
const CASES = ROLES.flatMap((r) => [
  { req: { kind: 'ic-map', role: r.id, frames: [...FRAME_IDS] }, budget: 93 },
  { req: { kind: 'ic-map', role: r.id, frames: ['transformational-processes'] }, budget: 89 },
  { req: { kind: 'checklist', role: r.id }, budget: 92 },
  { req: { kind: 'first-actions', role: r.id }, budget: LEADER_ROLE_IDS.includes(r.id) ? 137 : 86 },
  { req: { kind: 'cross-role', roles: [r.id, ...ROLES.map((x) => x.id)] }, budget: 62 },
]).concat([
  { req: { kind: 'learning-system' }, budget: 137 },
  { req: { kind: 'logic-model' }, budget: 129 },
  { req: { kind: 'resources' }, budget: 74 },
  { req: { kind: 'ic-map-outcomes', outcomes: ['Plan together', 'Use data'] }, budget: 89 },
] as never[]);

describe('every template through dist/Code.js', () => {
  it.each(CASES.map((c) => [`${c.req.kind} ${'role' in c.req ? c.req.role : ''}`, c] as const))(
    '%s: inserted within its budget',
    (_name, { req, budget }) => {
      const { emu, addon } = open();
      emu.calls.reset();
      const r = callLikeScriptRun<{ sheetName: string; rows: number }>(addon, 'insertTemplate', req);
      expect(emu.calls.total('spreadsheet')).toBe(budget);
      const snap = emu.sheet(r.sheetName).snapshot();
      expect(snap.lastRow).toBe(r.rows);
      expect(snap.frozenRows).toBeGreaterThan(0);
      expect(snap.protections.length).toBeGreaterThan(0);
      expect(snap.protections.every((p) => p.warningOnly)).toBe(true);
    },
  );

  it('a failure injected mid-build leaves no new tab and reports why', () => {
    const { emu, addon } = open();
    emu.failOn('Range.setDataValidations', {
      message: 'Service Spreadsheets failed while accessing document.',
    });
    expect(() => callLikeScriptRun(addon, 'insertTemplate', { kind: 'checklist', role: 'teacher' })).toThrow(
      'Inserting the template did not complete: Service Spreadsheets failed while accessing document.',
    );
    expect(emu.spreadsheet.getSheets()).toHaveLength(1);
  });

  it('previews the rows a template will make without writing anything', () => {
    const { emu, addon } = open();
    emu.calls.reset();
    const p = callLikeScriptRun<{ title: string; rows: number }>(addon, 'previewTemplate', {
      kind: 'ic-map',
      role: 'coach',
      frames: ['rigorous-content'],
    });
    expect(p.title).toBe('IC map - Coach - Rigorous Content for Each Learner');
    expect(p.rows).toBeGreaterThan(4);
    expect(emu.calls.total('spreadsheet')).toBe(0);
  });

  it('the menu opens the template dialog', () => {
    const { emu, addon } = open();
    addon.call('menuInsertTemplate');
    expect(emu.ui.dialogs.at(-1)?.title).toBe('Insert a template');
    expect(emu.ui.dialogs.at(-1)?.html).toContain('data-mode="dialog"');
  });
});
