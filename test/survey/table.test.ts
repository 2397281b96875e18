import { columnLetter, parseHeader, readTable } from '../../src/core/survey';
import { must } from './helpers';

describe('parseHeader', () => {
  it('splits a Forms grid column into grid title and row', () => {
    expect(parseHeader('Rate each practice [Coaching cycles]')).toEqual({
      title: 'Coaching cycles',
      grid: 'Rate each practice',
    });
    expect(parseHeader('  Q [ row  ]  ')).toEqual({ title: 'row', grid: 'Q' });
  });
  it('leaves other headers alone', () => {
    expect(parseHeader('Our district has a vision.')).toEqual({
      title: 'Our district has a vision.',
      grid: null,
    });
    expect(parseHeader('[only brackets]')).toEqual({ title: '[only brackets]', grid: null });
    expect(parseHeader('Q []')).toEqual({ title: 'Q []', grid: null });
    expect(parseHeader('a [b] c')).toEqual({ title: 'a [b] c', grid: null });
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i -> %s', (i, l) => expect(columnLetter(i)).toBe(l));
});

describe('readTable', () => {
  it('disambiguates duplicate and blank headers, keeping every column', () => {
    const t = must(
      readTable([
        ['Q1', 'Q1', '', 'Q1 (2)', 'q1'],
        ['a', 'b', 'c', 'd', 'e'],
      ]),
    );
    expect(t.headers).toEqual(['Q1', 'Q1 (3)', 'Column C', 'Q1 (2)', 'q1 (4)']);
    expect(t.sources).toEqual(['Q1', 'Q1', '', 'Q1 (2)', 'q1']);
    expect(t.notes).toEqual([
      'Column B repeats the header "Q1"; it is called "Q1 (3)".',
      'Column C has no header; it is called "Column C".',
      'Column E repeats the header "q1"; it is called "q1 (4)".',
    ]);
  });

  it('pads short rows, names columns that only data reaches, skips empty rows', () => {
    const t = must(readTable([['A', 'B', ''], ['1'], [], ['', '  ', null], ['1', '2', '3', 'x'], ['']]));
    expect(t.headers).toEqual(['A', 'B', 'Column C', 'Column D']);
    expect(t.rows).toEqual([
      ['1', '', '', ''],
      ['1', '2', '3', 'x'],
    ]);
    expect(t.notes).toContain('Skipped 3 empty rows.');
  });

  it('drops trailing blank header cells with no data under them', () => {
    const t = must(
      readTable([
        ['A', '', ''],
        ['1', '', ''],
      ]),
    );
    expect(t.headers).toEqual(['A']);
    expect(t.rows).toEqual([['1']]);
  });

  it('keeps rows of the right width as they are (no copy)', () => {
    const row = ['1', '2'];
    expect(must(readTable([['A', 'B'], row])).rows[0]).toBe(row);
  });
});
