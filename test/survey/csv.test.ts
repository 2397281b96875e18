import { parseCsv } from '../../src/core/survey';
import { must } from './helpers';

describe('parseCsv', () => {
  it('reads quotes, escaped quotes, commas and line breaks in fields', () => {
    expect(must(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4'))).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });
  it('drops a BOM and one final line break; keeps empty fields', () => {
    expect(must(parseCsv('\ufeffA,B\r\n,\r\n'))).toEqual([
      ['A', 'B'],
      ['', ''],
    ]);
    expect(must(parseCsv('A\n\n'))).toEqual([['A'], ['']]);
  });
  it('accepts LF and lone CR', () => {
    expect(must(parseCsv('a\nb\rc'))).toEqual([['a'], ['b'], ['c']]);
  });
  it('is lenient with a quote inside an unquoted field, and text after a closing quote', () => {
    expect(must(parseCsv('ab"c,"x"y'))).toEqual([['ab"c', 'xy']]);
  });
  it('reads formula-like text as text', () => {
    expect(must(parseCsv('=SUM(A1),+1,-2,@x'))).toEqual([['=SUM(A1)', '+1', '-2', '@x']]);
  });
  it('names the line of an unclosed quote', () => {
    const r = parseCsv('a,b\n1,"open\n2,3');
    expect(r).toEqual({
      ok: false,
      problem: {
        code: 'csv-unterminated-quote',
        message: 'The CSV has a quote opened on line 2 that is never closed.',
      },
    });
  });
  it('reads empty text as no rows', () => {
    expect(must(parseCsv(''))).toEqual([]);
    expect(must(parseCsv('\ufeff'))).toEqual([]);
  });
  it('takes another delimiter', () => {
    expect(must(parseCsv('a;"b;c"', ';'))).toEqual([['a', 'b;c']]);
  });
});
