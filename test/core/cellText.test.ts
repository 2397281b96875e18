import { toSheetValue, toSheetValues } from '../../src/core/cellText';

describe('text is never written as a formula', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@name', '=1+2'])(
    '%s is escaped with an apostrophe',
    (s) => {
      expect(toSheetValue(s)).toBe(`'${s}`);
    },
  );

  it('leaves other values alone and writes only core formulas as formulas', () => {
    expect(toSheetValues([['a', 1, true, null, { formula: '=SUM(A1:A2)' }]])).toEqual([
      ['a', 1, true, '', '=SUM(A1:A2)'],
    ]);
  });
});
