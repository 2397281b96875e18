import { getScale, isScaleId, SCALES } from '../../src/content/scales';
import type { ScaleId } from '../../src/content/types';
import { answerCode, labelLookup, LABEL0 } from '../../src/core/survey/match';
import { normalizeText } from '../../src/core/survey';

const IDS: ScaleId[] = [
  'agreement5',
  'agreement5-neutral',
  'agreement4',
  'agreement7',
  'satisfaction5',
  'satisfaction4',
  'frequency5',
  'frequency5-almost',
  'ic-levels',
];

describe('scales', () => {
  it('has every ScaleId, agreement5 first (the seed scale wins ties)', () => {
    expect(SCALES.map((s) => s.id)).toEqual(IDS);
    for (const id of IDS) expect(getScale(id).id).toBe(id);
    expect(isScaleId('agreement5')).toBe(true);
    expect(isScaleId('toString')).toBe(false);
    expect(isScaleId(5)).toBe(false);
  });

  it('writes the names into summary.json', () => {
    expect(SCALES.map((s) => s.name)).toEqual([
      'agreement',
      'agreement-neutral',
      'agreement4',
      'agreement7',
      'satisfaction',
      'satisfaction4',
      'frequency',
      'frequency-almost',
      'ic-levels',
    ]);
  });

  it('is the seed scale: Strongly agree 5, Agree 4, No opinion unscored, Disagree 2, Strongly disagree 1', () => {
    expect(getScale('agreement5').labels.map((l) => [l.label, l.score, l.polarity])).toEqual([
      ['Strongly agree', 5, 'favorable'],
      ['Agree', 4, 'favorable'],
      ['No opinion', null, 'neutral'],
      ['Disagree', 2, 'unfavorable'],
      ['Strongly disagree', 1, 'unfavorable'],
    ]);
  });

  it('scores IC levels by level number, Level 1-2 favorable', () => {
    expect(getScale('ic-levels').labels.map((l) => [l.label, l.score, l.polarity])).toEqual([
      ['Level 1', 1, 'favorable'],
      ['Level 2', 2, 'favorable'],
      ['Level 3', 3, 'unfavorable'],
      ['Level 4', 4, 'unfavorable'],
      ['Not sure', null, 'neutral'],
    ]);
  });

  it.each(SCALES.map((s) => [s.id, s] as const))('%s: labels and aliases are unambiguous', (_, scale) => {
    const keys = scale.labels.flatMap((l) => [l.label, ...(l.aliases ?? [])].map(normalizeText));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches aliases, case and spacing', () => {
    const ic = labelLookup(getScale('ic-levels'));
    expect(answerCode(ic, 'level 1 (IDEAL)')).toBe(LABEL0);
    expect(answerCode(ic, ' Level  4  (Entry) ')).toBe(LABEL0 + 3);
    const n = labelLookup(getScale('agreement5-neutral'));
    expect(answerCode(n, 'NEUTRAL')).toBe(LABEL0 + 2);
    expect(answerCode(n, 'Neither agree\u00a0nor disagree')).toBe(LABEL0 + 2);
  });
});
