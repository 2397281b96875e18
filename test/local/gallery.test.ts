import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROLES } from '../../src/content';
import { FOUNDATIONS } from '../../src/content/foundations';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { LEADER_ACTION_AREAS } from '../../src/content/leaderActions';
import {
  CONTINUOUS_IMPROVEMENT_CYCLE,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_REQUIREMENTS,
} from '../../src/content/learningSystems';
import { LEARNING_SYSTEM_TOOLS } from '../../src/content/tools';
import { TEMPLATE_KINDS } from '../../src/core/templates';

const ROOT = join(__dirname, '..', '..');

/** `npm run gallery -- --out DIR` on the dist/ that `npm test` just built. */
describe('npm run gallery', () => {
  const out = mkdtempSync(join(tmpdir(), 'pls-gallery-'));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'local/gallery.ts', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  const tabs = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  /** Every tab's cell texts (a formula's computed result), by tab name as the workbook writes it. */
  const workbookText = async (): Promise<Map<string, string[][]>> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const text = (v: ExcelJS.CellValue): string => {
      if (v === null || v === undefined) return '';
      if (typeof v !== 'object' || v instanceof Date) return String(v);
      if ('richText' in v) return v.richText.map((r) => r.text).join('');
      if ('result' in v) return String(v.result ?? '');
      return 'text' in v ? String(v.text) : '';
    };
    const tabs = new Map<string, string[][]>();
    for (const ws of wb.worksheets) {
      const rows: string[][] = [];
      ws.eachRow((row) => {
        rows.push(Array.from({ length: ws.columnCount }, (_, c) => text(row.getCell(c + 1).value)));
      });
      tabs.set(ws.name, rows);
    }
    return tabs;
  };

  it("gives every role's IC map every responsibility as a row with its four authored levels", async () => {
    const book = await workbookText();
    let levelCells = 0;
    let withOutcome = 0;
    for (const role of ROLES) {
      const rows = book.get(`IC map - ${role.name.replace('/', ' ')}`)!;
      for (const r of role.responsibilities) {
        const row = rows.find((cells) => cells[0] === r.text);
        expect(row).toBeDefined();
        const levels = levelDescriptionsFor(r.id);
        // Each authored description sits in the row, in level order, after the outcome.
        const at = levels.map((l) => row!.indexOf(l));
        expect(at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
        const outcome = r.text.toLowerCase().replace(/\.$/, '');
        for (const l of levels) {
          levelCells++;
          if (l.toLowerCase().includes(outcome)) withOutcome++;
        }
      }
    }
    expect(levelCells).toBe(112 * 4);
    expect(withOutcome / levelCells).toBeLessThan(1 / 5);
  });

  it('holds the seed lists a team works from, word for word', async () => {
    const all = [...(await workbookText()).values()].flat(2).join('\n');
    const lists = [
      FOUNDATIONS.items.map((i) => i.text),
      LEARNING_SYSTEM_ATTRIBUTES.items.map((i) => i.text),
      LEARNING_SYSTEM_REQUIREMENTS.items.map((i) => i.text),
      CONTINUOUS_IMPROVEMENT_CYCLE.items.map((i) => i.text),
      LEARNING_SYSTEM_TOOLS.flatMap((t) => [t.title, t.purpose]),
      LEADER_ACTION_AREAS.flatMap((a) => [a.name, ...a.paragraphs]),
    ];
    expect(lists.map((l) => l.length)).toEqual([7, 7, 4, 6, 12, 12]);
    for (const text of lists.flat()) expect(all).toContain(text);
  });

  it("shows all of each role's responsibilities in its first-actions tab, and no printed-guide page", async () => {
    const book = await workbookText();
    for (const role of ROLES) {
      const name = [...book.keys()].find((n) =>
        n.startsWith(`First actions - ${role.name.replace('/', ' ').slice(0, 10)}`),
      );
      const text = book.get(name!)!.flat().join('\n');
      for (const r of role.responsibilities) expect(text).toContain(r.text);
      expect(text).not.toMatch(/\bp\.\s*\d|preceding pages/);
    }
  });

  it('has an IC map tab for each of the 7 roles, in the report and the workbook', async () => {
    expect(ROLES).toHaveLength(7);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const sheets = wb.worksheets.map((w) => w.name);
    for (const role of ROLES) {
      expect(tabs).toContain(`IC map - ${role.name}`);
      // Excel bans "/" in tab names ("System/central office"): the workbook's name swaps it for a space.
      expect(sheets).toContain(`IC map - ${role.name.replace('/', ' ')}`);
    }
  });

  it('holds the overview and every template kind the add-on lists, one tab per role where it needs one', () => {
    expect(tabs[0]).toBe('Standards overview');
    // A kind that sets roles side by side gets one tab holding all of them.
    const perRole = TEMPLATE_KINDS.filter((k) => k.needsRole && !k.needsRoles).length;
    const single = TEMPLATE_KINDS.length - perRole;
    expect(tabs).toHaveLength(1 + perRole * ROLES.length + single);
    expect(tabs).toContain('IC map - Our outcomes');
    expect(tabs.filter((t) => t.startsWith('Roles side by side'))).toEqual(['Roles side by side - 7 roles']);
    expect(html).toContain('Every team meets weekly to study student work');
    expect(new Set(tabs).size).toBe(tabs.length);
    expect(tabs).not.toContain('Sheet1');
    expect(stdout).toContain(join(out, 'report.html'));
  });
});
