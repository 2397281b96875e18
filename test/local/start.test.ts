import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { excelSheetName } from '../../local/output/xlsx';
import { start } from '../support/startRunner';

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
    'Roles side by side - Principal, Coach, Teacher',
    'First actions - Superintendent',
    'Learning-system reflection',
    'Logic model',
    'Resources',
    'IC map - Our outcomes',
  ];

  it('shows one of each template in the workbook and the report', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const tab of TEMPLATE_TABS) {
      // Excel caps tab names at 31 characters, where Sheets allows 100.
      expect(wb.getWorksheet(excelSheetName(tab, new Set()))).toBeDefined();
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

  it('shows values where Sheets shows them, never formula text, and says where the report is', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // The checklist's progress lines, the IC map's Gap and the logic model's counts are formulas.
    expect(html).not.toMatch(/>\s*=\s*[A-Z]+\(/);
    expect(html).not.toMatch(/IFERROR\(|COUNTIF\(|COUNTA\(/);
    expect(stdout).toMatch(/Open \S*report\.html in a browser/);
  });

  it('says "(emulated)" beside every address it prints', () => {
    const urls = stdout.match(/https?:\/\/\S+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(stdout).toContain(`${url} (emulated)`);
  });

  it('rejects an unknown option with the usage line', () => {
    expect(() => start('--nope', 'x')).toThrow(/Unknown option --nope/);
  });
});

describe('npm start -- --responses FILE.csv', () => {
  // 7 respondents as Sheets downloads a responses tab: quotes, an odd-case label, an unknown
  // label, a blank, and text that looks like a formula.
  const csv = [
    'Timestamp,Email Address,Q [We share a vision],Q [We use data],Role,Comments',
    '2026-10-01 09:00:00,a@x.org,Strongly agree,Agree,Teacher,Great',
    '2026-10-01 09:05:00,b@x.org,agree ,Agree,Teacher,',
    '2026-10-01 09:10:00,c@x.org,Disagree,No opinion,Teacher,"More time, please"',
    '2026-10-01 09:15:00,d@x.org,"Agree",Strongly disagree,Coach,=1+2',
    '2026-10-01 09:20:00,e@x.org,No opinion,,Coach,',
    '2026-10-01 09:25:00,f@x.org,Agreed,Disagree,Coach,+44 123',
    '2026-10-01 09:30:00,g@x.org,  STRONGLY AGREE,Agree,Principal,@here',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'pls-csv-'));
  const file = join(dir, 'responses.csv');
  writeFileSync(file, csv);
  const { out } = start('--responses', file, '--group-by', 'Role', '--min-group', '3');
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

  it('writes summary.json with the figures computed by hand', () => {
    expect(summary.responses).toBe(7);
    expect(summary.groupBy).toBe('Role');
    const vision = summary.items.find((i: { title: string }) => i.title === 'We share a vision');
    // Valid: SA, agree, Disagree, Agree, No opinion, STRONGLY AGREE = 6; invalid: "Agreed".
    expect(vision).toMatchObject({
      column: 'Q [We share a vision]',
      scale: 'agreement',
      n: 6,
      blank: 0,
      invalid: 1,
    });
    expect(vision.counts).toEqual({
      'Strongly agree': 2,
      Agree: 2,
      'No opinion': 1,
      Disagree: 1,
      'Strongly disagree': 0,
    });
    expect(vision.favorable).toBeCloseTo(4 / 6);
    expect(vision.mean).toBeCloseTo((5 + 4 + 2 + 4 + 5) / 5);
    // Free text is not an item.
    expect(summary.items.map((i: { column: string }) => i.column)).not.toContain('Comments');
    const data = summary.items.find((i: { title: string }) => i.title === 'We use data');
    expect(data).toMatchObject({ n: 6, blank: 1, invalid: 0 });
  });

  it('suppresses the one-person group and the next smallest with it', () => {
    const groups = Object.fromEntries(summary.groups.map((g: { value: string }) => [g.value, g]));
    expect(groups.Principal).toMatchObject({ respondents: 1, suppressed: true, items: [] });
    expect(groups.Coach.suppressed).toBe(true);
    expect(groups.Teacher.suppressed).toBe(false);
  });

  it('shows the summary tab and its charts in the report', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Summary - responses</h2>');
    expect(html).toMatch(/<figure class="chart"><svg[\s\S]+?answers per item, agreement scale/);
  });

  it('keeps formula-like answers as text in the workbook, never as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const texts: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(c.value))));
    expect(texts).toContain('=1+2');
    expect(texts).toContain('+44 123');
    expect(texts.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });
});
