/**
 * `npm start -- --responses` on a Forms-shaped export made by hand (test/fixtures/forms-export-es.csv):
 * Spanish metadata headers ("Marca temporal", "Dirección de correo electrónico"), a linear scale,
 * two checkbox questions (one with "Other:" text), a Yes/No question, a role question with
 * "Other:" answers, satisfaction, 4- and 7-point agreement, Spanish agreement labels, frequency,
 * an agreement question with 25% "Other:" answers, free text, numbers, grade bands, and one
 * person answering twice. Every expected figure is computed here from the CSV, read by papaparse,
 * with the labels and scores written out by hand: not by the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ROOT, start } from '../support/startRunner';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'forms-export-es.csv');
// Parsed by papaparse, not by the add-on's CSV reader: every value stays the text in the file.
const rows = Papa.parse<Record<string, string>>(readFileSync(FIXTURE, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** The non-blank answers of a column, trimmed. */
const answers = (column: string): string[] =>
  rows.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '');

const Q = {
  useful: "How useful was today's session?",
  supports: 'Which supports did you use this semester?',
  teach: 'Which grade bands do you teach?',
  recommend: 'Would you recommend this session to a colleague?',
  role: 'What is your role?',
  satisfied: 'How satisfied are you with the professional learning you received?',
  plc: 'Our PLC time is used well.',
  plan: 'Collaboration [I plan lessons with colleagues.]',
  observe: 'Collaboration [I observe colleagues teach.]',
  needs: 'The training addressed my needs.',
  relevant: 'La formación profesional es relevante para mi trabajo.',
  often: 'How often do you use what you learned?',
};

/** label (as the summary names it) -> [spelling in the file, score, favorable?] */
type Key = Record<string, [string, number | null, boolean]>;

const AGREE4: Key = {
  'Strongly agree': ['Strongly agree', 4, true],
  Agree: ['Agree', 3, true],
  Disagree: ['Disagree', 2, false],
  'Strongly disagree': ['Strongly disagree', 1, false],
};
const AGREE7: Key = {
  'Strongly agree': ['Strongly agree', 7, true],
  Agree: ['Agree', 6, true],
  'Somewhat agree': ['Somewhat agree', 5, true],
  'Neither agree nor disagree': ['Neither agree nor disagree', 4, false],
  'Somewhat disagree': ['Somewhat disagree', 3, false],
  Disagree: ['Disagree', 2, false],
  'Strongly disagree': ['Strongly disagree', 1, false],
};
/** The Spanish answers, counted under the 5-point (neutral) agreement scale's English labels. */
const ACUERDO: Key = {
  'Strongly agree': ['Totalmente de acuerdo', 5, true],
  Agree: ['De acuerdo', 4, true],
  'Neither agree nor disagree': ['Ni de acuerdo ni en desacuerdo', 3, false],
  Disagree: ['En desacuerdo', 2, false],
  'Strongly disagree': ['Totalmente en desacuerdo', 1, false],
};
const SATISFIED: Key = {
  'Very satisfied': ['Very satisfied', 5, true],
  Satisfied: ['Satisfied', 4, true],
  'Neither satisfied nor dissatisfied': ['Neither satisfied nor dissatisfied', 3, false],
  Dissatisfied: ['Dissatisfied', 2, false],
  'Very dissatisfied': ['Very dissatisfied', 1, false],
};
const OFTEN: Key = {
  Always: ['Always', 5, true],
  Often: ['Often', 4, true],
  Sometimes: ['Sometimes', 3, false],
  Rarely: ['Rarely', 2, false],
  Never: ['Never', 1, false],
};
/** A 1-5 linear scale: each number scored as itself, 4 and 5 favorable. */
const USEFUL: Key = Object.fromEntries(
  [5, 4, 3, 2, 1].map((v) => [String(v), [String(v), v, v >= 4]]),
) as Key;

/** n, counts, mean and favorable of a scale column, from the file. */
function expectedScale(column: string, key: Key) {
  const a = answers(column);
  const counts: Record<string, number> = {};
  let scored = 0;
  let sum = 0;
  let fav = 0;
  for (const [label, [spelling, score, favorable]] of Object.entries(key)) {
    const c = a.filter((x) => x === spelling).length;
    counts[label] = c;
    if (score !== null) {
      scored += c;
      sum += c * score;
    }
    if (favorable) fav += c;
  }
  return { n: a.length, counts, mean: sum / scored, favorable: fav / a.length };
}

/** n and counts of a single-choice column: every answer that is none of the choices is "Other". */
function expectedChoice(column: string, options: readonly string[]) {
  const a = answers(column);
  const counts: Record<string, number> = {};
  for (const o of options) counts[o] = a.filter((x) => x === o).length;
  const other = a.filter((x) => !options.includes(x)).length;
  if (other > 0) counts.Other = other;
  return { n: a.length, counts };
}

/** n (who answered) and, per choice, who ticked it; "Other" is whoever wrote in something else. */
function expectedCheckbox(column: string, options: readonly string[]) {
  const ticked = answers(column).map((x) => x.split(', '));
  const counts: Record<string, number> = {};
  for (const o of options) counts[o] = ticked.filter((t) => t.includes(o)).length;
  const other = ticked.filter((t) => t.some((x) => !options.includes(x))).length;
  if (other > 0) counts.Other = other;
  const percents = Object.fromEntries(
    Object.entries(counts).map(([k, c]) => [k, Math.round((100 * c) / ticked.length)]),
  );
  return { n: ticked.length, counts, percents };
}

interface Item {
  column: string;
  title: string;
  kind: string;
  scaleId: string | null;
  n: number;
  blank: number;
  invalid: number;
  counts: Record<string, number>;
  percents: Record<string, number> | null;
  mean: number | null;
  favorable: number | null;
}

describe('npm start -- --responses <a Forms export> --group-by "grade BAND"', () => {
  const { out, stdout } = start('--responses', FIXTURE, '--group-by', 'grade BAND');
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  const item = (column: string): Item => {
    const found = summary.items.find((i: Item) => i.column === column);
    if (!found) throw new Error(`no item for ${column}`);
    return found;
  };

  it('counts every response, reports the repeat, and groups by the header matched ignoring case', () => {
    expect(stdout).toContain(`loaded ${rows.length} responses`);
    expect(summary.responses).toBe(rows.length);
    expect(summary.groupBy).toBe('Grade band');
    const emails = answers('Dirección de correo electrónico');
    expect(summary.repeats).toEqual({
      addresses: 1,
      extra: emails.length - new Set(emails).size,
      latestOnly: false,
    });
  });

  it.each([
    ['linear 1-5', Q.useful, 'linear1-5', USEFUL],
    ['satisfaction', Q.satisfied, 'satisfaction5', SATISFIED],
    ['4-point agreement', Q.plc, 'agreement4', AGREE4],
    ['7-point agreement (grid row)', Q.plan, 'agreement7', AGREE7],
    ['7-point agreement (grid row)', Q.observe, 'agreement7', AGREE7],
    ['Spanish agreement', Q.relevant, 'agreement5-neutral', ACUERDO],
    ['frequency', Q.often, 'frequency5', OFTEN],
  ])('%s: %s', (_, column, scaleId, key) => {
    const got = item(column);
    const want = expectedScale(column, key);
    expect(got).toMatchObject({ kind: 'scale', scaleId, n: want.n, invalid: 0, counts: want.counts });
    expect(got.mean).toBeCloseTo(want.mean, 12);
    expect(got.favorable).toBeCloseTo(want.favorable, 12);
  });

  it('single choice: Yes/No, and a role question whose "Other:" answers count together', () => {
    const yes = expectedChoice(Q.recommend, ['Yes', 'No']);
    expect(item(Q.recommend)).toMatchObject({ kind: 'choice', n: yes.n, counts: yes.counts, mean: null });
    const role = expectedChoice(Q.role, ['Teacher', 'Instructional coach', 'Administrator']);
    expect(role.counts.Other).toBe(2);
    expect(item(Q.role)).toMatchObject({ kind: 'choice', n: role.n, counts: role.counts, favorable: null });
    const p = item(Q.role).percents!;
    expect(Object.values(p).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('checkboxes: per choice, how many of those who answered ticked it (percents need not add to 100)', () => {
    const supports = expectedCheckbox(Q.supports, [
      'Instructional coaching',
      'PLC meetings',
      'Online modules',
      'Peer observation',
    ]);
    expect(item(Q.supports)).toMatchObject({
      kind: 'checkbox',
      n: supports.n,
      counts: supports.counts,
      percents: supports.percents,
    });
    expect(item(Q.supports).blank).toBe(rows.length - supports.n);
    const teach = expectedCheckbox(Q.teach, ['K-2', '3-5', '6-8', '9-12']);
    expect(item(Q.teach)).toMatchObject({ kind: 'checkbox', n: teach.n, counts: teach.counts });
    expect(Object.values(item(Q.teach).percents!).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('lists every other column with its reason, and summarizes nothing else', () => {
    expect(summary.skipped).toEqual([
      { column: 'Marca temporal', reason: 'timestamp (when each response was sent)' },
      { column: 'Dirección de correo electrónico', reason: 'e-mail addresses (never summarized)' },
      { column: 'Grade band', reason: 'the column the results are broken down by' },
      {
        column: Q.needs,
        reason:
          'fewer than 80% of answers on any known scale: 25% are other answers (such as "Other:" text), ' +
          '75% are on the closest one (5-point agreement with “No opinion”)',
      },
      { column: 'What else should we know?', reason: 'free text' },
      { column: 'Years in the district', reason: 'numbers that are not a scale' },
    ]);
    // 25%: the written-in answers among the non-blank ones, counted here.
    const needs = answers(Q.needs);
    const labels = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'];
    expect(needs.filter((x) => !labels.includes(x)).length / needs.length).toBe(0.25);
    const header = Object.keys(rows[0]!);
    const listed = [
      ...summary.items.map((i: Item) => i.column),
      ...summary.skipped.map((s: Item) => s.column),
    ];
    expect([...listed].sort()).toEqual([...header].sort());
  });

  it('reports the 4-point column it had to choose a scale for', () => {
    expect(summary.messages).toContain(
      `"${Q.plc}" fits more than one reading: read as 4-point agreement (no middle) (the answers also fit ` +
        '5-point agreement with “No opinion”, 5-point agreement with “Neutral” or 7-point agreement). If that ' +
        'is wrong, choose how to read it in the column settings.',
    );
  });

  it('breaks the results down by grade band, counted here', () => {
    const bands = rows.map((r) => r['Grade band']!);
    const sizes = Object.fromEntries(
      [...new Set(bands)].map((b) => [b, bands.filter((x) => x === b).length]),
    );
    expect(
      Object.fromEntries(
        summary.groups.map((g: { value: string; respondents: number }) => [g.value, g.respondents]),
      ),
    ).toEqual(sizes);
  });

  it('writes the grade bands into the summary tab as text, never as dates', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    const ws = wb.worksheets.find((w) => w.name.startsWith('Summary'))!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells.some((v) => v instanceof Date)).toBe(false);
    for (const band of ['K-2', '3-5', '6-8', '9-12']) expect(cells).toContain(band);
    expect(cells).toContain(`9-12 (n=${rows.filter((r) => r['Grade band'] === '9-12').length})`);
  });
});
