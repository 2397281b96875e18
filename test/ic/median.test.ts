import fc from 'fast-check';
import { LEVEL_LABELS, medianLevel } from '../../src/core/ic/median';

const counts = (l1: number, l2: number, l3: number, l4: number, notSure = 0) => ({
  'Level 1': l1,
  'Level 2': l2,
  'Level 3': l3,
  'Level 4': l4,
  'Not sure': notSure,
});

describe('medianLevel', () => {
  it('is the middle answer, "Not sure" left out', () => {
    expect(medianLevel(counts(0, 1, 0, 0))).toBe(2);
    expect(medianLevel(counts(3, 1, 1, 0))).toBe(1);
    expect(medianLevel(counts(1, 1, 3, 0, 9))).toBe(3);
    expect(medianLevel(counts(0, 0, 0, 2, 5))).toBe(4);
  });

  it('between two middle answers, takes the one nearer Level 4 (never claims more than half reach it)', () => {
    expect(medianLevel(counts(1, 0, 0, 1))).toBe(4);
    expect(medianLevel(counts(2, 5, 6, 1))).toBe(3);
    expect(medianLevel(counts(0, 2, 2, 0))).toBe(3);
  });

  it('is null when nobody chose a level', () => {
    expect(medianLevel(counts(0, 0, 0, 0, 4))).toBeNull();
    expect(medianLevel({})).toBeNull();
  });

  it('matches the sorted list of answers: the upper middle one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { minLength: 4, maxLength: 4 }), (c) => {
        const answers = c.flatMap((n, i) => Array<number>(n).fill(i + 1));
        const m = medianLevel(counts(c[0]!, c[1]!, c[2]!, c[3]!));
        if (answers.length === 0) return m === null;
        return m === answers[Math.floor(answers.length / 2)];
      }),
    );
  });

  it('reads the IC scale labels', () => {
    expect(LEVEL_LABELS).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4']);
  });
});
