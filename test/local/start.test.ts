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

  it('writes a report with every tab as a table', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Standards overview</h2>');
    expect(html).toContain('Professional Expertise');
  });

  it('rejects an unknown option with the usage line', () => {
    expect(() => start('--nope', 'x')).toThrow(/Unknown option --nope/);
  });
});
