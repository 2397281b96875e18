import type { Scale, ScaleId, ScaleLabel } from './types';

/**
 * The answer scales the add-on knows. Scores drive means; polarity drives "percent favorable".
 * Order matters: when a column's answers fit several scales equally well (only "Agree" and
 * "Disagree" answers fit all three agreement scales), detection falls back to this order, so
 * the add-on's own instrument scale (the seed's 5-point agreement scale) comes first.
 */

const fav = (label: string, score: number, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'favorable', aliases } : { label, score, polarity: 'favorable' };
const unfav = (label: string, score: number, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'unfavorable', aliases } : { label, score, polarity: 'unfavorable' };
const neutral = (label: string, score: number | null, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'neutral', aliases } : { label, score, polarity: 'neutral' };

/** A record keyed by every ScaleId, so adding an id without a scale fails to compile. */
const BY_ID: { readonly [K in ScaleId]: Scale & { readonly id: K } } = {
  /** The "Where are we now?" scale from the seed: "No opinion" is neutral and unscored. */
  agreement5: {
    id: 'agreement5',
    name: 'agreement',
    labels: [
      fav('Strongly agree', 5),
      fav('Agree', 4),
      neutral('No opinion', null),
      unfav('Disagree', 2),
      unfav('Strongly disagree', 1),
    ],
  },
  'agreement5-neutral': {
    id: 'agreement5-neutral',
    name: 'agreement-neutral',
    labels: [
      fav('Strongly agree', 5),
      fav('Agree', 4),
      neutral('Neither agree nor disagree', 3, ['Neutral', 'Neither agree or disagree']),
      unfav('Disagree', 2),
      unfav('Strongly disagree', 1),
    ],
  },
  agreement4: {
    id: 'agreement4',
    name: 'agreement4',
    labels: [fav('Strongly agree', 4), fav('Agree', 3), unfav('Disagree', 2), unfav('Strongly disagree', 1)],
  },
  frequency5: {
    id: 'frequency5',
    name: 'frequency',
    labels: [
      fav('Always', 5),
      fav('Often', 4),
      neutral('Sometimes', 3),
      unfav('Rarely', 2),
      unfav('Never', 1),
    ],
  },
  /**
   * Innovation Configuration levels. The score is the level number, so a LOWER mean is closer
   * to the ideal (Level 1). "Favorable" means at or near the ideal: Level 1 or 2.
   */
  'ic-levels': {
    id: 'ic-levels',
    name: 'ic-levels',
    labels: [
      fav('Level 1', 1, ['Level 1 (Ideal)']),
      fav('Level 2', 2),
      unfav('Level 3', 3),
      unfav('Level 4', 4, ['Level 4 (Entry)']),
      neutral('Not sure', null),
    ],
  },
};

/** Every known scale, in detection priority order. */
export const SCALES: readonly Scale[] = [
  BY_ID.agreement5,
  BY_ID['agreement5-neutral'],
  BY_ID.agreement4,
  BY_ID.frequency5,
  BY_ID['ic-levels'],
];

export function getScale(id: ScaleId): Scale {
  return BY_ID[id];
}

const IDS: ReadonlySet<string> = new Set(SCALES.map((s) => s.id));

export function isScaleId(value: unknown): value is ScaleId {
  return typeof value === 'string' && IDS.has(value);
}
