import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROLES } from '../../src/content';
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
