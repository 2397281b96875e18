import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = join(__dirname, '..', '..');

/** Runs the `npm start` runner (on the dist/ that `npm test` just built) into a fresh folder. */
function start(...args: string[]): { out: string; stdout: string } {
  const out = mkdtempSync(join(tmpdir(), 'pls-out-'));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'local/run.ts', '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { out, stdout };
}

describe('npm start', () => {
  const { out, stdout } = start();

  it('says where it wrote the files', () => {
    expect(stdout).toContain(join(out, 'workbook.xlsx'));
    expect(stdout).toContain(join(out, 'report.html'));
  });

  it('writes a workbook that reads back with the standards overview in it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const ws = wb.getWorksheet('Standards overview');
    expect(ws).toBeDefined();
    const texts: string[] = [];
    ws!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Equity Practices');
    expect(texts).toContain('Culture of Collaborative Inquiry');
    const header = ws!.getCell('A3');
    expect(header.value).toBe('Standard');
    expect(header.font?.bold).toBe(true);
    expect(ws!.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  const TEMPLATE_TABS = [
    'IC map - Coach',
    'Action guide - Principal',
    'First actions - Superintendent',
    'Learning-system reflection',
    'Logic model',
    'IC map - Our outcomes',
  ];

  it('shows one of each template in the workbook and the report', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const tab of TEMPLATE_TABS) {
      expect(wb.getWorksheet(tab)).toBeDefined();
      expect(html).toContain(`<h2>${tab}</h2>`);
    }
    // The IC map's "Where we are now" cells carry their dropdown into the workbook.
    const ic = wb.getWorksheet('IC map - Coach')!;
    const validations: string[] = [];
    ic.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell(
        { includeEmpty: true },
        (c) => c.dataValidation?.type === 'list' && validations.push(c.address),
      ),
    );
    expect(validations.length).toBeGreaterThan(0);
  });

  it('writes a report with every tab as a table', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Standards overview</h2>');
    expect(html).toContain('Professional Expertise');
  });

  it('rejects an unknown option with the usage line', () => {
    expect(() => start('--nope', 'x')).toThrow(/Unknown option --nope/);
  });
});
