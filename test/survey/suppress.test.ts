import { suppress } from '../../src/core/survey';

describe('suppress', () => {
  it('hides nothing when every group is large enough', () => {
    expect(suppress([5, 9, 12], 5)).toEqual([false, false, false]);
  });
  it('one small group: also hides the next smallest', () => {
    expect(suppress([12, 3, 6, 9], 5)).toEqual([false, true, true, false]);
  });
  it('two small groups that pool to at least the minimum: no complement needed', () => {
    expect(suppress([3, 2, 9, 10], 5)).toEqual([true, true, false, false]);
  });
  it('two tiny groups that pool below the minimum: keeps hiding', () => {
    expect(suppress([1, 1, 9, 10], 5)).toEqual([true, true, true, false]);
  });
  it('ties for the complement go to the earlier group', () => {
    expect(suppress([7, 1, 7], 5)).toEqual([true, true, false]);
  });
  it('everyone too small: all hidden', () => {
    expect(suppress([1, 2], 5)).toEqual([true, true]);
  });
  it('never hides empty groups for their own sake', () => {
    expect(suppress([0, 6, 7], 5)).toEqual([false, false, false]);
    expect(suppress([0, 2, 6, 7], 5)).toEqual([false, true, true, false]);
  });
  it('fewer than the minimum in all: every group hidden, empty ones too', () => {
    expect(suppress([0, 1, 0], 5)).toEqual([true, true, true]);
    expect(suppress([0, 1, 3], 5)).toEqual([true, true, true]);
  });
  it('counts groups already hidden in the pool', () => {
    // Item level: group 0 is hidden as a whole but only 1 of its people answered this item.
    expect(suppress([1, 6, 8], 5, [true, false, false])).toEqual([true, true, false]);
    expect(suppress([0, 6, 8], 5, [true, false, false])).toEqual([true, false, false]);
  });
  it('minimum 1 hides nothing', () => {
    expect(suppress([1, 1, 0], 1)).toEqual([false, false, false]);
  });
});
