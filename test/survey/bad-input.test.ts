import { aggregate, detectItems, parseCsv, readTable } from '../../src/core/survey';
import { at, must, S1, table } from './helpers';

const summarize = (grid: unknown[][], overrides = {}, options = {}) => {
  const t = table(grid);
  return must(aggregate(t, detectItems(t, overrides).items, options));
};

describe('bad input: empty and header-only tables', () => {
  it.each([
    ['no rows', []],
    ['an empty first row', [[]]],
    ['a blank header row', [['', '  ', null]]],
    [
      'a blank header row over data',
      [
        ['', ''],
        ['Agree', 'x'],
      ],
    ],
  ])('%s: a clear problem, not a crash', (_, grid) => {
    const r = readTable(grid as unknown[][]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe('no-header');
      expect(r.problem.message).toMatch(/empty.*first row must hold the question titles/);
    }
  });

  it('header only: 0 responses, no items unless the schema names them, "No responses yet"', () => {
    const grid = [['Timestamp', 'Role', S1]];
    const d = detectItems(table(grid));
    expect(d.items).toEqual([]);
    expect(d.messages).toEqual(['No responses yet.']);

    const s = summarize(grid, { [S1]: 'agreement5' }, { groupBy: { kind: 'value', column: 'Role' } });
    expect(s.responses).toBe(0);
    expect(s.groups).toEqual([]);
    expect(s.messages).toEqual(['No responses yet.']);
    expect(s.items).toHaveLength(1);
    expect(s.items[0]).toMatchObject({
      title: S1,
      n: 0,
      blank: 0,
      invalid: 0,
      percents: null,
      favorable: null,
      mean: null,
      counts: { 'Strongly agree': 0, Agree: 0, 'No opinion': 0, Disagree: 0, 'Strongly disagree': 0 },
    });
  });

  it('rows that are all blank are not responses', () => {
    const s = summarize([['Q'], ['Agree'], ['', ''], [null], ['  '], ['Disagree']]);
    expect(s.responses).toBe(2);
    expect(s.messages[0]).toBe('Skipped 3 empty rows.');
  });
});

describe('bad input: ragged rows and duplicate headers', () => {
  it('short rows count as blanks; values past the last header are kept in a named column', () => {
    const s = summarize([['Role', 'Q1', 'Q2'], ['T', 'Agree'], ['T', 'Agree', 'Disagree', 'Always'], ['T']]);
    expect(s.responses).toBe(3);
    expect(s.items.map((i) => [i.column, i.n, i.blank])).toEqual([
      ['Q1', 2, 1],
      ['Q2', 1, 2],
      ['Column D', 1, 2],
    ]);
    expect(s.messages[0]).toMatch(/beyond the last header; those columns are named D/);
  });

  it('duplicate headers: both columns kept, each with its own figures', () => {
    const s = summarize([
      ['Q1', 'Q1', 'Q1'],
      ['Agree', 'Always', 'Level 2'],
      ['Agree', 'Never', 'Level 3'],
    ]);
    expect(s.items.map((i) => [i.column, i.title, i.scale, i.favorable])).toEqual([
      ['Q1', 'Q1', 'agreement', 1],
      ['Q1 (2)', 'Q1', 'frequency', 0.5],
      ['Q1 (3)', 'Q1', 'ic-levels', 0.5],
    ]);
  });
});

describe('bad input: answers that are not labels', () => {
  it('dates, numbers, booleans in an answer column are invalid, listed, never dropped', () => {
    const grid: unknown[][] = [['Q']];
    for (let i = 0; i < 10; i++) grid.push(['Agree']);
    grid.push([at(2024, 3, 5, 0)], [4], [true], [Number.NaN], [new Date(Number.NaN)]);
    // 15 non-blank, 10 labels = 67%: only an override makes it an item.
    const s = summarize(grid, { Q: 'agreement5' });
    const i = s.items[0]!;
    expect([i.n, i.blank, i.invalid]).toEqual([10, 0, 5]);
    expect(i.invalidValues.map((v) => v.value)).toEqual(['2024-03-05', '4', 'TRUE', 'NaN', '(invalid date)']);
  });

  it('labels in odd case and spacing match', () => {
    const answers = [
      'STRONGLY AGREE',
      ' agree',
      'no\topinion',
      'Dis agree',
      'strongly\u00a0 disagree',
      'Strongly\n agree',
    ];
    const s = summarize([['Q'], ...answers.map((a) => [a])], { Q: 'agreement5' });
    // "Dis agree" has a space inside a word: not the label.
    expect(s.items[0]!.counts).toEqual({
      'Strongly agree': 2,
      Agree: 1,
      'No opinion': 1,
      Disagree: 0,
      'Strongly disagree': 1,
    });
    expect(s.items[0]!.invalidValues).toEqual([{ value: 'Dis agree', count: 1 }]);
  });

  it('unknown labels: counted, distinct values (by case and spacing) with counts, capped at 20', () => {
    const grid: unknown[][] = [['Q']];
    for (let k = 0; k < 30; k++) grid.push([`Other ${k}`]);
    grid.push(['maybe'], ['MAYBE '], ['Maybe'], ['Agree']);
    const i = summarize(grid, { Q: 'agreement5' }).items[0]!;
    expect([i.n, i.invalid, i.invalidDistinct, i.invalidValues.length]).toEqual([1, 33, 31, 20]);
    expect(i.invalidValues[0]).toEqual({ value: 'maybe', count: 3 });
  });

  it('formula-like text is text: invalid answers kept verbatim, never evaluated', () => {
    const grid = [['Q'], ['=1+1'], ['+Agree'], ['-Agree'], ['@Agree'], ['=HYPERLINK("x")'], ['Agree']];
    const i = summarize(grid, { Q: 'agreement5' }).items[0]!;
    expect(i.invalidValues.map((v) => v.value).sort()).toEqual([
      '+Agree',
      '-Agree',
      '=1+1',
      '=HYPERLINK("x")',
      '@Agree',
    ]);
    expect(i.n).toBe(1);
    // Through the CSV path too.
    const csv = must(parseCsv('Q\n=1+1\n"=SUM(A:A)"\nAgree'));
    expect(csv).toEqual([['Q'], ['=1+1'], ['=SUM(A:A)'], ['Agree']]);
  });

  it('a wrong group-by value type still groups (Dates and numbers shown as text)', () => {
    const s = summarize(
      [
        ['Wave', 'Q'],
        [at(2024, 1, 1, 0), 'Agree'],
        [at(2024, 1, 1, 0), 'Agree'],
        [2, 'Agree'],
      ],
      {},
      { groupBy: { kind: 'value', column: 'Wave' }, minGroupSize: 1 },
    );
    expect(s.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['2', 1],
      ['2024-01-01', 2],
    ]);
  });
});

describe('bad input: size', () => {
  it('200 item columns', () => {
    const headers = Array.from({ length: 200 }, (_, c) => `Statement ${c + 1}`);
    const labels = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
    const grid: unknown[][] = [['Role', ...headers]];
    for (let r = 0; r < 50; r++)
      grid.push([r % 2 ? 'A' : 'B', ...headers.map((_, c) => labels[(r + c) % 5])]);
    const s = summarize(grid, {}, { groupBy: { kind: 'value', column: 'Role' } });
    expect(s.items).toHaveLength(200);
    for (const i of s.items) {
      expect(i.n).toBe(50);
      expect(Object.values(i.counts)).toEqual([10, 10, 10, 10, 10]);
      expect(i.favorable).toBe(0.4);
    }
    expect(s.groups.map((g) => [g.value, g.respondents, g.suppressed, g.items.length])).toEqual([
      ['A', 25, false, 200],
      ['B', 25, false, 200],
    ]);
  });
});
