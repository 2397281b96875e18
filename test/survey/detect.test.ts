import { detectItems } from '../../src/core/survey';
import { at, table } from './helpers';

const kinds = (grid: unknown[][], overrides = {}) =>
  detectItems(table(grid), overrides).columns.map((c) => [c.header, c.kind]);

describe('detectItems', () => {
  const grid = [
    [
      'Timestamp',
      'Email Address',
      'Role',
      'Grade taught',
      'Started',
      'How often? [Coaching]',
      'How often? [PLCs]',
      'Comments',
    ],
    [at(2024, 1, 1), 'a@d.org', 'Teacher', 3, '2020-08-01', 'Always', 'Often', 'Great'],
    [at(2024, 1, 2), 'b@d.org', 'Coach', 4, '2019-08-01', 'never', 'Sometimes', ''],
    [at(2024, 1, 3), 'c@d.org', 'Teacher', 5, '2021-08-01', 'RARELY', 'Often', 'More time please'],
  ];

  it('classifies metadata, numbers, dates, free text and grid items', () => {
    expect(kinds(grid)).toEqual([
      ['Timestamp', 'timestamp'],
      ['Email Address', 'email'],
      ['Role', 'text'],
      ['Grade taught', 'number'],
      ['Started', 'date'],
      ['How often? [Coaching]', 'item'],
      ['How often? [PLCs]', 'item'],
      ['Comments', 'text'],
    ]);
    const d = detectItems(table(grid));
    expect(d.timestamp).toBe(0);
    expect(d.email).toBe(1);
    expect(
      d.items.map((i) => ({ title: i.title, grid: i.grid, scaleId: i.scaleId, share: i.share })),
    ).toEqual([
      { title: 'Coaching', grid: 'How often?', scaleId: 'frequency5', share: 1 },
      { title: 'PLCs', grid: 'How often?', scaleId: 'frequency5', share: 1 },
    ]);
    expect(d.columns.find((c) => c.header === 'Role')?.distinct).toBe(2);
  });

  it('finds timestamp and e-mail columns by their values when the headers differ', () => {
    const d = detectItems(
      table([
        ['When', 'Who'],
        [at(2024, 1, 1), 'a@d.org'],
        ['1/2/2024 10:00:00', 'b@d.org'],
      ]),
    );
    expect(d.timestamp).toBe(0);
    expect(d.email).toBe(1);
  });

  it('needs 80% of the non-blank answers on one scale', () => {
    const col = (answers: string[]) => detectItems(table([['Q'], ...answers.map((a) => [a])])).items.length;
    expect(col(['Agree', 'Agree', 'Agree', 'Agree', 'Maybe'])).toBe(1); // 4/5 = 80%
    expect(col(['Agree', 'Agree', 'Agree', 'Maybe', 'Maybe'])).toBe(0); // 60%
    expect(col([...Array<string>(12).fill('Agree'), 'x', 'y', 'z'])).toBe(1); // 12/15 = 80% exactly
    expect(col(['Agree', '', '', '', ''])).toBe(1); // blanks do not count
    expect(col(['', ''])).toBe(0);
  });

  it('picks the scale with the highest share', () => {
    // All 5 are agreement5-neutral labels; only 4 are agreement5 or agreement4 labels.
    const d = detectItems(
      table([['Q'], ['Agree'], ['Neutral'], ['Disagree'], ['Agree'], ['Strongly agree']]),
    );
    // agreement7 holds all five as well: it comes later in the catalog.
    expect(d.items[0]).toMatchObject({
      scaleId: 'agreement5-neutral',
      share: 1,
      alternatives: ['agreement7'],
    });
    const e = detectItems(table([['Q'], ['Agree'], ['No opinion'], ['Disagree'], ['Agree'], ['Neutral']]));
    // agreement5: 4/5 (No opinion), agreement5-neutral and agreement7: 4/5 (Neutral): a tie at 80%,
    // settled by catalog order.
    expect(e.items[0]).toMatchObject({
      scaleId: 'agreement5',
      share: 0.8,
      alternatives: ['agreement5-neutral', 'agreement7'],
    });
  });

  it('breaks ties by the other columns of the grid, then of the table, then catalog order', () => {
    const ambiguous = ['Agree', 'Disagree'];
    const g = (headers: string[], extra: string[]) =>
      detectItems(
        table([
          headers,
          [...headers.map(() => ambiguous[0]!).slice(1), extra[0]!],
          [...headers.map(() => ambiguous[1]!).slice(1), extra[1]!],
        ]),
      ).items.map((i) => i.scaleId);
    // Last column is unambiguous (Neutral -> agreement5-neutral): the others follow it.
    expect(g(['A', 'B', 'C'], ['Neutral', 'Agree'])).toEqual([
      'agreement5-neutral',
      'agreement5-neutral',
      'agreement5-neutral',
    ]);
    // Nothing decides (two answers are no evidence of a smaller scale): catalog order, i.e. the
    // seed's agreement scale, with the others listed, and the choice reported.
    const d = detectItems(table([['A'], ['Agree'], ['Strongly disagree']]));
    expect(d.items[0]).toMatchObject({
      scaleId: 'agreement5',
      alternatives: ['agreement5-neutral', 'agreement4', 'agreement7'],
    });
    expect(d.messages).toEqual([
      '"A" fits more than one reading: read as 5-point agreement with “No opinion” (the answers also fit ' +
        '5-point agreement with “Neutral”, 4-point agreement (no middle) or 7-point agreement). If that is ' +
        'wrong, choose how to read it in the column settings.',
    ]);
    // Grid votes beat table votes.
    const grid = detectItems(
      table([
        ['G [r1]', 'G [r2]', 'X', 'Y'],
        ['Agree', 'Neutral', 'No opinion', 'No opinion'],
        ['Disagree', 'Agree', 'Agree', 'Agree'],
      ]),
    ).items.map((i) => i.scaleId);
    expect(grid).toEqual(['agreement5-neutral', 'agreement5-neutral', 'agreement5', 'agreement5']);
  });

  it('takes overrides: a scale (even with no answers yet) or ignore', () => {
    const t = table([['Timestamp', 'Q1', 'Q2', 'Q3']]);
    const d = detectItems(t, { Q1: 'ic-levels', q2: 'frequency5', Q3: 'ignore', Nope: 'agreement4' });
    expect(d.items.map((i) => [i.header, i.scaleId, i.source, i.share])).toEqual([
      ['Q1', 'ic-levels', 'override', 0],
      ['Q2', 'frequency5', 'override', 0],
    ]);
    expect(d.columns.map((c) => c.kind)).toEqual(['timestamp', 'item', 'item', 'ignored']);
    expect(d.messages).toEqual([
      'No column is headed "Nope", so its setting was not used.',
      'No responses yet.',
    ]);
  });

  it('ignore wins over detection; a bad override is reported and detection used', () => {
    const t = table([
      ['Q1', 'Q2'],
      ['Agree', 'Always'],
    ]);
    const d = detectItems(t, { Q1: 'ignore', Q2: 'likert7' as never });
    expect(d.items.map((i) => [i.header, i.scaleId])).toEqual([['Q2', 'frequency5']]);
    expect(d.messages[0]).toContain('"likert7", which is not a known scale');
  });

  it('says when no column is a scale item', () => {
    const d = detectItems(
      table([
        ['Name', 'Notes'],
        ['Ann', 'hi'],
      ]),
    );
    expect(d.items).toEqual([]);
    expect(d.messages[0]).toMatch(/^No column has answers from a known scale/);
  });
});
