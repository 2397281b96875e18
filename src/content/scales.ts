import { LANGUAGES } from './languages';
import type { FixedScaleId, LanguageCode, Scale, ScaleId, ScaleLabel } from './types';

/**
 * The answer scales the add-on knows. Scores drive means; polarity drives "percent favorable".
 * Worded scales are listed here in English; their other languages are data in content/languages
 * and are merged into each label's `translations`. Order matters only as the last tie-break of
 * detection (see core/survey/detect.ts): the add-on's own instrument scale comes first.
 */

const fav = (label: string, score: number, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'favorable', aliases } : { label, score, polarity: 'favorable' };
const unfav = (label: string, score: number, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'unfavorable', aliases } : { label, score, polarity: 'unfavorable' };
const neutral = (label: string, score: number | null, aliases?: readonly string[]): ScaleLabel =>
  aliases ? { label, score, polarity: 'neutral', aliases } : { label, score, polarity: 'neutral' };

const NEITHER = ['Neutral', 'Neither agree or disagree'];
const OFTEN = ['Usually', 'Frequently'];
const RARELY = ['Seldom'];

/** A record keyed by every FixedScaleId, so adding an id without a scale fails to compile. */
const ENGLISH: { readonly [K in FixedScaleId]: Scale & { readonly id: K } } = {
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
      neutral('Neither agree nor disagree', 3, NEITHER),
      unfav('Disagree', 2),
      unfav('Strongly disagree', 1),
    ],
  },
  agreement4: {
    id: 'agreement4',
    name: 'agreement4',
    labels: [fav('Strongly agree', 4), fav('Agree', 3), unfav('Disagree', 2), unfav('Strongly disagree', 1)],
  },
  /** Favorable: the three agreeing points, as the top two of five scale to seven. */
  agreement7: {
    id: 'agreement7',
    name: 'agreement7',
    labels: [
      fav('Strongly agree', 7),
      fav('Agree', 6),
      fav('Somewhat agree', 5, ['Slightly agree', 'Mildly agree']),
      neutral('Neither agree nor disagree', 4, NEITHER),
      unfav('Somewhat disagree', 3, ['Slightly disagree', 'Mildly disagree']),
      unfav('Disagree', 2),
      unfav('Strongly disagree', 1),
    ],
  },
  satisfaction5: {
    id: 'satisfaction5',
    name: 'satisfaction',
    labels: [
      fav('Very satisfied', 5),
      fav('Satisfied', 4),
      neutral('Neither satisfied nor dissatisfied', 3, ['Neutral', 'Neither satisfied or dissatisfied']),
      unfav('Dissatisfied', 2, ['Unsatisfied']),
      unfav('Very dissatisfied', 1, ['Very unsatisfied']),
    ],
  },
  satisfaction4: {
    id: 'satisfaction4',
    name: 'satisfaction4',
    labels: [
      fav('Very satisfied', 4),
      fav('Satisfied', 3),
      unfav('Dissatisfied', 2, ['Unsatisfied']),
      unfav('Very dissatisfied', 1, ['Very unsatisfied']),
    ],
  },
  frequency5: {
    id: 'frequency5',
    name: 'frequency',
    labels: [
      fav('Always', 5),
      fav('Often', 4, OFTEN),
      neutral('Sometimes', 3),
      unfav('Rarely', 2, RARELY),
      unfav('Never', 1),
    ],
  },
  'frequency5-almost': {
    id: 'frequency5-almost',
    name: 'frequency-almost',
    labels: [
      fav('Almost always', 5),
      fav('Often', 4, OFTEN),
      neutral('Sometimes', 3),
      unfav('Rarely', 2, RARELY),
      unfav('Almost never', 1),
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

/** A worded scale with its labels' spellings in every other language. */
function withTranslations<K extends FixedScaleId>(scale: Scale & { readonly id: K }): Scale & { id: K } {
  const labels = scale.labels.map((label, i) => {
    const translations: Partial<Record<LanguageCode, readonly string[]>> = {};
    for (const lang of LANGUAGES) {
      const spellings = lang.labels?.[scale.id][i];
      if (spellings) translations[lang.code] = spellings;
    }
    return Object.keys(translations).length > 0 ? { ...label, translations } : label;
  });
  return { ...scale, labels };
}

const BY_ID = Object.fromEntries(
  Object.values(ENGLISH).map((s) => [s.id, withTranslations(s)]),
) as unknown as typeof ENGLISH;

/** Every worded scale, in detection preference order (the last tie-break). */
export const SCALES: readonly Scale[] = [
  BY_ID.agreement5,
  BY_ID['agreement5-neutral'],
  BY_ID.agreement4,
  BY_ID.agreement7,
  BY_ID.satisfaction5,
  BY_ID.satisfaction4,
  BY_ID.frequency5,
  BY_ID['frequency5-almost'],
  BY_ID['ic-levels'],
];

/** Linear scales: lower end 0 or 1, upper end 2 to 10, as Google Forms offers them. */
export const LINEAR_LOW = [0, 1] as const;
export const LINEAR_HIGH_MAX = 10;
const LINEAR = /^linear([01])-([2-9]|10)$/;

export const linearScaleId = (lo: number, hi: number): ScaleId => `linear${lo}-${hi}`;

/**
 * How many points at each end count as favorable (top) and unfavorable (bottom): the top two of
 * a 5-point range, scaled to the range's size and rounded (3 points: 1, 4-6: 2, 7-8: 3, 9-11: 4).
 */
export const linearFavorablePoints = (points: number): number => Math.max(1, Math.round((points * 2) / 5));

const linearCache = new Map<string, Scale>();

/** The linear scale lo..hi: its labels are the numbers, highest (most favorable) first, scored as themselves. */
function linearScale(id: ScaleId, lo: number, hi: number): Scale {
  let scale = linearCache.get(id);
  if (!scale) {
    const points = hi - lo + 1;
    const k = linearFavorablePoints(points);
    const labels: ScaleLabel[] = [];
    for (let v = hi; v >= lo; v--) {
      const polarity = v > hi - k ? 'favorable' : v < lo + k ? 'unfavorable' : 'neutral';
      labels.push({ label: String(v), score: v, polarity });
    }
    scale = { id, name: `linear ${lo}-${hi}`, labels, range: { lo, hi } };
    linearCache.set(id, scale);
  }
  return scale;
}

const FIXED_IDS: ReadonlySet<string> = new Set(SCALES.map((s) => s.id));

/** The range of a linear scale id, or null for any other text. */
export function linearRange(id: string): { lo: number; hi: number } | null {
  const m = LINEAR.exec(id);
  return m ? { lo: Number(m[1]), hi: Number(m[2]) } : null;
}

export function isFixedScaleId(value: unknown): value is FixedScaleId {
  return typeof value === 'string' && FIXED_IDS.has(value);
}

export function isScaleId(value: unknown): value is ScaleId {
  return typeof value === 'string' && (FIXED_IDS.has(value) || LINEAR.test(value));
}

/** @throws Error for an id `isScaleId` refuses. */
export function getScale(id: ScaleId): Scale {
  if (isFixedScaleId(id)) return BY_ID[id];
  const range = linearRange(id);
  if (!range) throw new Error(`Unknown scale id "${id}".`);
  return linearScale(id, range.lo, range.hi);
}

/** Every way a label may be written: the label, its aliases, and its spellings in other languages. */
export function spellings(label: ScaleLabel): string[] {
  const out = [label.label, ...(label.aliases ?? [])];
  for (const t of Object.values(label.translations ?? {})) if (t) out.push(...t);
  return out;
}

/** The linear scales offered in column settings: every range Forms allows. */
export const LINEAR_SCALES: readonly Scale[] = LINEAR_LOW.flatMap((lo) => {
  const out: Scale[] = [];
  for (let hi = 2; hi <= LINEAR_HIGH_MAX; hi++) out.push(getScale(linearScaleId(lo, hi)));
  return out;
});
