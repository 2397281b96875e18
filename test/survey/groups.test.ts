import { groupRows, naturalCompare } from '../../src/core/survey';
import { at, must, table } from './helpers';

describe('groupRows', () => {
  it('merges case and spacing variants, sorts naturally, puts (blank) last', () => {
    // A second column keeps rows with a blank school from being empty rows.
    const t = table([
      ['School', 'Q'],
      ...['School 10', 'school  2', '', 'School 2', null, '(blank)', 12, '12', 'x'].map((v) => [v, 'Agree']),
    ]);
    const g = must(groupRows(t, { kind: 'value', column: 'School' }));
    expect(g.labels).toEqual(['12', 'school 2', 'School 10', 'x', '(blank)']);
    expect(g.sizes).toEqual([2, 2, 1, 1, 3]);
    expect([...g.of]).toEqual([2, 1, 4, 1, 4, 4, 0, 0, 3]);
    expect(g.cutoffs).toBeNull();
  });

  it('puts unreadable and blank times in their own waves, last', () => {
    const t = table([
      ['Timestamp', 'Q'],
      ...[at(2024, 1, 1), '2024-03-01 08:00', 'later', '', at(2024, 2, 1, 0)].map((v) => [v, 'x']),
    ]);
    const g = must(groupRows(t, { kind: 'waves', column: 'Timestamp', cutoffs: ['2024-02-01'] }));
    expect(g.labels).toEqual(['Before 2024-02-01', 'On or after 2024-02-01', '(blank)', '(not a date)']);
    expect(g.sizes).toEqual([1, 2, 1, 1]);
    expect(g.cutoffs).toEqual(['2024-02-01']);
  });

  it('needs at least one cutoff', () => {
    const r = groupRows(table([['T'], ['x']]), { kind: 'waves', column: 'T', cutoffs: [] });
    expect(!r.ok && r.problem.code).toBe('bad-cutoff');
  });
});

describe('naturalCompare', () => {
  it('orders digit runs as numbers, ignoring case', () => {
    const names = ['b', 'School 10', 'A', 'School 2', 'school 1', 'School 02'];
    expect([...names].sort(naturalCompare)).toEqual([
      'A',
      'b',
      'school 1',
      'School 2',
      'School 02',
      'School 10',
    ]);
  });
});
