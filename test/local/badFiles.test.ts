/**
 * `npm start` with files and options a person gets wrong: each one ends with one line on stderr
 * (never a stack trace, never a hang) or, for a file that is text after all, the right result.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseArgs, UsageError } from '../../local/args';
import { loadBundle } from '../../local/bundle';
import { loadResponsesCsv } from '../../local/csvResponses';
import { createEmulator } from '../../local/emulator';
import { decodeBytes } from '../../local/responsesFile';
import { callLikeScriptRun } from '../../local/scriptRun';
import type { SurveySummary } from '../../src/core/survey';
import { run, start } from '../support/startRunner';

const dir = mkdtempSync(join(tmpdir(), 'pls-bad-'));
const file = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

const CSV = [
  'Timestamp,Escuela,Our vision is shared',
  '2026-10-01 09:00:00,José Martí,Agree',
  '2026-10-01 09:05:00,José Martí,Strongly agree',
  '2026-10-01 09:10:00,Benito Juárez,Disagree',
  '2026-10-01 09:15:00,Benito Juárez,“Agree”',
  '2026-10-01 09:20:00,José Martí,Agree',
  '',
].join('\r\n');

/** Fails the test unless the run ended with exactly one line on stderr. */
function oneLine(r: { status: number | null; stderr: string }): string {
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  return lines[0]!;
}

describe('files that are not CSV text: one line, exit 1', () => {
  it('an Excel workbook renamed .csv', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Form Responses 1').addRow(['Timestamp', 'Q']);
    const path = join(dir, 'book.csv');
    await wb.xlsx.writeFile(path);
    const r = run('--responses', path, '--out', join(dir, 'o1'));
    expect(r.status).toBe(1);
    expect(oneLine(r)).toBe(
      `${path} is a ZIP archive, such as an Excel workbook (.xlsx), not a CSV: ` +
        'in Google Sheets choose File > Download > Comma-separated values (.csv).',
    );
  });

  it('a PNG image renamed .csv', () => {
    const path = file(
      'chart.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const r = run('--responses', path, '--out', join(dir, 'o2'));
    expect(r.status).toBe(1);
    expect(oneLine(r)).toBe(
      `${path} is a PNG image, not a CSV: in Google Sheets choose File > Download > Comma-separated values (.csv).`,
    );
  });

  it('other binary data, a missing file, a folder, an empty file', () => {
    const bin = file('data.csv', Buffer.from([1, 2, 3, 0, 5, 6, 7, 8, 0, 0, 9]));
    expect(oneLine(run('--responses', bin, '--out', join(dir, 'o3')))).toBe(
      `${bin} is not a text file (it holds binary data): in Google Sheets choose File > Download > Comma-separated values (.csv).`,
    );
    const missing = join(dir, 'nope.csv');
    expect(oneLine(run('--responses', missing, '--out', join(dir, 'o3')))).toBe(
      `No file at ${missing}: give the path of a responses CSV.`,
    );
    expect(oneLine(run('--responses', dir, '--out', join(dir, 'o3')))).toBe(
      `${dir} is a folder: give the path of a responses CSV.`,
    );
    const empty = file('empty.csv', '');
    expect(oneLine(run('--responses', empty, '--out', join(dir, 'o3')))).toBe(
      `${empty} is empty: expected a header row and responses.`,
    );
  });

  it('an unclosed quote names its line', () => {
    const path = file('quote.csv', 'Q,R\nAgree,"open\nAgree,x\n');
    expect(oneLine(run('--responses', path, '--out', join(dir, 'o4')))).toBe(
      `${path}: The CSV has a quote opened on line 2 that is never closed.`,
    );
  });
});

describe('text in other encodings is decoded, not garbled', () => {
  /** Runs a file through npm start and returns its summary. */
  const summarize = (path: string) => {
    const res = start('--responses', path, '--group-by', 'escuela', '--min-group', '1');
    return { stdout: res.stdout, s: JSON.parse(readFileSync(join(res.out, 'summary.json'), 'utf8')) };
  };
  const expectRight = (s: {
    responses: number;
    groups: { value: string }[];
    items: { counts: object }[];
  }) => {
    expect(s.responses).toBe(5);
    expect(s.groups.map((g) => g.value)).toEqual(['Benito Juárez', 'José Martí']);
    // “Agree” (typographic quotes) is not a label: 4 valid answers, 1 invalid.
    expect(s.items[0]).toMatchObject({
      n: 4,
      invalid: 1,
      counts: { Agree: 2, 'Strongly agree': 1, Disagree: 1 },
    });
  };

  it('UTF-16 with a BOM (Excel "Unicode text")', () => {
    const path = file('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, 'utf-16le')]));
    const { stdout, s } = summarize(path);
    expect(stdout).toContain('(read as utf-16le)');
    expectRight(s);
  });

  it('UTF-16 big-endian without a BOM', () => {
    const decoded = decodeBytes(iconv.encode(CSV, 'utf-16be'), 'x.csv');
    expect(decoded).toEqual({ text: CSV, encoding: 'utf-16be' });
  });

  it('Windows-1252 (Excel "CSV" on Windows): accents and smart quotes read right', () => {
    const bytes = iconv.encode(CSV, 'win1252');
    expect([...bytes].includes(0x93)).toBe(true); // “ is one byte there, not valid UTF-8
    const path = file('w1252.csv', bytes);
    const { stdout, s } = summarize(path);
    expect(stdout).toContain('(read as windows-1252)');
    expectRight(s);
  });

  it('UTF-8 with a BOM', () => {
    const path = file('bom.csv', `\ufeff${CSV}`);
    expectRight(summarize(path).s);
  });
});

describe('headers are written like answers', () => {
  it('a header starting with =, +, - or @ stays text in the responses tab', async () => {
    const path = file('heads.csv', '=Role,+Q,-Note,@Who\nTeacher,Agree,=1+2,x\nCoach,Disagree,-3,y\n');
    const { out } = start('--responses', path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const ws = wb.getWorksheet('Form Responses 1')!;
    expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual(['=Role', '+Q', '-Note', '@Who']);
    expect(ws.getRow(2).getCell(3).value).toBe('=1+2');
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const columns = [...s.items, ...s.skipped].map((x: { column: string }) => x.column).sort();
    expect(columns).toEqual(['+Q', '-Note', '=Role', '@Who']);
  });
});

describe('a file of 150,000 rows', () => {
  it('loads without overflowing the stack and is counted exactly', () => {
    const labels = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
    const lines = ['Timestamp,Role,Q [Vision],Q [Time]'];
    const want = { Teacher: 0, Coach: 0 };
    for (let i = 0; i < 150_000; i++) {
      const role = i % 3 === 0 ? 'Coach' : 'Teacher';
      want[role]++;
      lines.push(
        `2026-10-01 09:${String(i % 60).padStart(2, '0')}:00,${role},${labels[i % 5]},${labels[(i * 7) % 5]}`,
      );
    }
    const path = file('big.csv', lines.join('\n'));
    const emu = createEmulator({});
    const addon = loadBundle(emu);
    const csv = loadResponsesCsv(emu, path);
    expect(csv.rows).toBe(150_000);
    const s = callLikeScriptRun<SurveySummary>(addon, 'summarizeSurvey', {
      formId: csv.formId,
      groupBy: 'Role',
    });
    expect(s.responses).toBe(150_000);
    expect(s.items.map((i) => [i.title, i.n])).toEqual([
      ['Vision', 150_000],
      ['Time', 150_000],
    ]);
    expect(Object.values(s.items[0]!.counts)).toEqual([30_000, 30_000, 30_000, 30_000, 30_000]);
    expect(s.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['Coach', want.Coach],
      ['Teacher', want.Teacher],
    ]);
  }, 60_000);
});

const BAD_OPTIONS: [string[], string][] = [
  [['--min-group', '0'], '--min-group must be a whole number of at least 1, not "0".'],
  [['--min-group', '1.5'], '--min-group must be a whole number of at least 1, not "1.5".'],
  [['--min-group', '1e1'], '--min-group must be a whole number of at least 1, not "1e1".'],
  [['--min-group', 'five'], '--min-group must be a whole number of at least 1, not "five".'],
  [['--group-by', ''], '--group-by needs a column header; leave the option out for no breakdown.'],
  [['--group-by', '  '], '--group-by needs a column header; leave the option out for no breakdown.'],
  [['--responses', ''], '--responses needs the path of a CSV file, not an empty value.'],
  [['--out', ''], '--out needs a folder, not an empty value.'],
  [['--min-group'], '--min-group needs a value (npm start -- --help lists the options).'],
  [['--group-by', '--min-group', '3'], '--group-by needs a value (npm start -- --help lists the options).'],
  [['--nope', 'x'], 'Unknown option --nope (npm start -- --help lists the options).'],
  [['stray'], 'Unexpected argument "stray" (npm start -- --help lists the options).'],
  [['--min-group', '2', '--min-group', '3'], '--min-group is given twice: give it once.'],
  [['--one-per-person=yes'], '--one-per-person takes no value.'],
];

describe('options are checked strictly, before any work: one line, exit 2', () => {
  it.each(BAD_OPTIONS)('%j', (args, message) => {
    expect(() => parseArgs(args)).toThrow(new UsageError(message));
  });

  it.each([BAD_OPTIONS[0]!, BAD_OPTIONS[4]!, BAD_OPTIONS[10]!])('end to end: %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(oneLine(r)).toBe(message);
    expect(r.stdout).toBe(''); // nothing ran
  });

  it('reads good ones, --name=value included', () => {
    expect(
      parseArgs(['--responses=a.csv', '--group-by', ' Role ', '--min-group', '07', '--one-per-person']),
    ).toEqual({
      out: 'out',
      responses: 'a.csv',
      groupBy: 'Role',
      minGroup: 7,
      onePerPerson: true,
      help: false,
    });
  });

  it('--help prints the usage and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^usage: npm start -- \[--responses FILE\.csv\]/);
  });

  it('--group-by that names no column: one line with the nearest header', () => {
    const path = file('g.csv', 'Timestamp,Grade band,Q\n2026-10-01 09:00:00,K-2,Agree\n');
    const r = run('--responses', path, '--group-by', 'grade bnd', '--out', join(dir, 'o9'));
    expect(r.status).toBe(1);
    expect(oneLine(r)).toBe(
      `--group-by: ${path} has no column headed "grade bnd". Did you mean "Grade band"?`,
    );
  });
});

describe('--out is checked before any work: one line, exit 1, never a hang', () => {
  it('a file, a path under a file, a folder that cannot be made, a pipe in the way', () => {
    const plain = file('plain.txt', 'x');
    expect(oneLine(run('--out', plain))).toBe(
      `--out ${plain} is a file, not a folder: give a folder to write into.`,
    );
    expect(oneLine(run('--out', join(plain, 'sub')))).toBe(
      `--out ${join(plain, 'sub')} cannot be used (ENOTDIR).`,
    );
    // Node's recursive mkdir loops forever under /proc; the runner makes folders one by one.
    if (process.platform === 'linux') {
      const r = run('--out', '/proc/pls-no-such/out');
      expect(r.status).toBe(1);
      expect(oneLine(r)).toBe(
        '--out /proc/pls-no-such/out cannot be created (ENOENT): give a folder you can write in.',
      );
    }
    const withPipe = join(dir, 'piped');
    mkdirSync(withPipe);
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(withPipe, 'summary.json')]);
      const r = run('--out', withPipe);
      expect(r.status).toBe(1);
      expect(oneLine(r)).toBe(
        `${join(withPipe, 'summary.json')} exists and is not a plain file: move it away or choose another --out.`,
      );
    }
  });
});
