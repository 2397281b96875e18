import fc from 'fast-check';
import { BLANK_ID, encodeGrid, TableEncoder } from '../../src/core/survey';
import { must } from './helpers';

/** The value each response's id stands for, column by column. */
const decoded = (grid: unknown[][]) => {
  const t = must(encodeGrid(grid));
  return t.columns.map((c) => Array.from(c.ids, (id) => c.values[id]));
};

describe('coding a table', () => {
  it('gives every distinct value one id, in order of first occurrence, whatever the column holds', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => [
      `p${i % 66_000}@d.org`,
      i % 2 ? 'Agree' : ' AGREE ',
      i,
    ]);
    const t = must(encodeGrid([['Email Address', 'Q', 'N'], ...rows]));
    const [email, q, n] = t.columns;
    // Past 256 and 65,536 values the ids widen, and keep pointing at their values.
    expect(email!.values).toHaveLength(66_001);
    expect(email!.ids).toBeInstanceOf(Int32Array);
    expect(q!.ids).toBeInstanceOf(Uint8Array);
    expect(n!.ids).toBeInstanceOf(Int32Array);
    const wrong = rows.filter(
      (r, i) => email!.values[email!.ids[i]!] !== r[0] || n!.values[n!.ids[i]!] !== r[2],
    );
    expect(wrong).toEqual([]);
    expect(q!.values).toEqual(['', ' AGREE ', 'Agree']);
    expect(email!.plain).toBe(true);
    expect(q!.plain).toBe(false);
  });

  it('tells apart answers of the same length, however many (found by length, then by hash)', () => {
    const labels = ['Rarely', 'Always', 'Seldom', 'RARELY', 'Often', 'Never', 'N/A', ' '];
    const grid = [
      ['Q', 'K'],
      ...Array.from({ length: 400 }, (_, i) => [labels[(i * 7) % labels.length]!, 'k']),
    ];
    const [q] = decoded(grid);
    expect(q).toEqual(grid.slice(1).map(([v]) => (v === ' ' ? '' : v)));
    const t = must(encodeGrid(grid));
    const firstMet = [...new Set(grid.slice(1).map(([v]) => v!))].filter((v) => v.trim() !== '');
    expect(t.columns[0]!.values).toEqual(['', ...firstMet]);
  });

  it('reads blanks as id 0, leaves empty rows out and notes them, and takes rows a block at a time', () => {
    const header = ['Q', 'R'];
    const whole = decoded([header, ['a', ' '], ['', ''], [null, 'b'], ['  ', undefined], ['a', 'b']]);
    const encoder = new TableEncoder(header, 1);
    encoder.add([
      ['a', ' '],
      ['', ''],
    ]);
    encoder.add([[null, 'b']]);
    encoder.add([
      ['  ', undefined],
      ['a', 'b'],
    ]);
    const t = must(encoder.finish());
    expect(t.columns.map((c) => Array.from(c.ids, (id) => c.values[id]))).toEqual(whole);
    expect(whole).toEqual([
      ['a', '', 'a'],
      ['', 'b', 'b'],
    ]);
    expect(t.rows).toBe(3);
    expect(t.blankRows).toBe(2);
    expect(t.notes).toEqual(['Skipped 2 empty rows.']);
    expect(t.columns[0]!.ids[1]).toBe(BLANK_ID);
  });

  it('records each value kind, and a date by its time', () => {
    const when = new Date(2025, 0, 2);
    const t = must(encodeGrid([['Q'], ['x'], [3], [when], [true], [when]]));
    const c = t.columns[0]!;
    expect(Array.from(c.kinds!)).toEqual([0, 1, 2, 3, 4, 3]);
    expect(c.times![3]).toBe(when.getTime());
    expect(c.values[c.ids[4]!]).toBe(when);
  });

  it('counts each value as it codes, however the rows come: ragged, blank, wider than the header, in chunks', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', 'Agree', 'Rarely', 'Always', 'AGREE ', null, undefined, 3, 2.5),
      fc.string({ maxLength: 6 }),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 40 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(12), { minLength: 1, maxLength: 8 }), (data, cuts) => {
        const encoder = new TableEncoder(['A', 'B', 'C'], 2);
        let at = 0;
        for (let k = 0; at < data.length; k++) {
          const size = 1 + cuts[k % cuts.length]!;
          encoder.add(data.slice(at, at + size));
          at += size;
        }
        const t = must(encoder.finish());
        for (const column of t.columns) {
          const recount = new Int32Array(column.values.length);
          for (const id of column.ids) recount[id]!++;
          expect(Array.from(column.counts!)).toEqual(Array.from(recount));
        }
        // The same as the whole grid coded at once.
        const whole = must(encodeGrid([['A', 'B', 'C'], ...data]));
        expect(t.columns.map((c) => Array.from(c.ids, (id) => c.values[id]))).toEqual(
          whole.columns.map((c) => Array.from(c.ids, (id) => c.values[id])),
        );
      }),
    );
  });
});
