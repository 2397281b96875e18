import { roundPercents } from '../../src/core/survey';

describe('roundPercents', () => {
  it('rounds to whole percents adding to 100', () => {
    expect(roundPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundPercents([2, 3, 1, 1, 1])).toEqual([25, 38, 13, 12, 12]);
    expect(roundPercents([1, 0, 0])).toEqual([100, 0, 0]);
    expect(roundPercents([0, 7])).toEqual([0, 100]);
  });
  it('gives the missing point to the largest remainder, not the first', () => {
    // 100 * [1, 2, 4] / 7 = 14.29, 28.57, 57.14 -> floors 14, 28, 57 (99): 28.57 has the largest remainder.
    expect(roundPercents([1, 2, 4])).toEqual([14, 29, 57]);
  });
  it('rounds to one decimal adding to 100', () => {
    expect(roundPercents([1, 1, 1], 1)).toEqual([33.4, 33.3, 33.3]);
    expect(roundPercents([1, 2, 4], 1)).toEqual([14.3, 28.6, 57.1]);
  });
  it('is null when there is nothing to divide', () => {
    expect(roundPercents([0, 0])).toBeNull();
    expect(roundPercents([])).toBeNull();
  });
});
