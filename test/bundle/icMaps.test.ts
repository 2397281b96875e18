import { loadBundle } from '../../local/bundle';
import { createEmulator } from '../../local/emulator';
import { callLikeScriptRun } from '../../local/scriptRun';
import { FRAME_IDS, ROLES } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { IC_COL } from '../../src/core/templates/icMap';

/**
 * The IC map of every role through the built bundle, as the gallery builds it from the catalog:
 * every responsibility a row with its four authored, distinct level descriptions, and almost
 * none of them repeating the outcome sentence.
 */
describe('IC maps through dist/Code.js, all seven roles', () => {
  const emu = createEmulator();
  const addon = loadBundle(emu);
  emu.bindContext(addon.context);
  const maps = ROLES.map((role) => {
    const r = callLikeScriptRun<{ sheetName: string }>(addon, 'insertTemplate', {
      kind: 'ic-map',
      role: role.id,
      frames: [...FRAME_IDS],
    });
    const snap = emu.sheet(r.sheetName).snapshot();
    // Outcome rows: those whose Gap cell holds the formula.
    const rows = snap.formulas.flatMap((f, i) => (f[IC_COL.gap - 1] ? [snap.values[i]!] : []));
    return { role, tab: r.sheetName, rows };
  });

  it('one tab per role, every responsibility a row with its four authored descriptions', () => {
    expect(maps.map((m) => m.tab)).toEqual(ROLES.map((r) => `IC map - ${r.name}`));
    for (const { role, rows } of maps) {
      expect(rows.map((r) => r[IC_COL.outcome - 1])).toEqual(role.responsibilities.map((x) => x.text));
      rows.forEach((row, k) => {
        const levels = row.slice(IC_COL.level1 - 1, IC_COL.level4);
        expect(levels).toEqual([...levelDescriptionsFor(role.responsibilities[k]!.id)]);
        expect(new Set(levels).size).toBe(4);
      });
    }
  });

  it('fewer than 1 in 5 level cells contain their outcome sentence verbatim', () => {
    let cells = 0;
    let verbatim = 0;
    for (const { rows } of maps) {
      for (const row of rows) {
        const outcome = String(row[IC_COL.outcome - 1])
          .toLowerCase()
          .replace(/\.$/, '');
        for (const c of row.slice(IC_COL.level1 - 1, IC_COL.level4)) {
          cells++;
          if (String(c).toLowerCase().includes(outcome)) verbatim++;
        }
      }
    }
    expect(cells).toBe(ROLES.reduce((n, r) => n + r.responsibilities.length, 0) * 4);
    expect(verbatim * 5).toBeLessThan(cells);
  });
});
