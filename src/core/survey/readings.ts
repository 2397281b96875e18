import { getScale, isScaleId, spellings as labelSpellings } from '../../content/scales';
import type { ScaleId, ScaleLabel } from '../../content/types';
import { normalizeText } from './values';

/**
 * How a question column is read. Question *kinds* are data like scales: a scale question
 * (labels with scores and polarity), a single-choice question (counts per choice, no score),
 * or a checkbox question (each respondent may tick several choices).
 */
export type ItemKind = 'scale' | 'choice' | 'checkbox';

export type ItemReading =
  | { readonly kind: 'scale'; readonly scaleId: ScaleId }
  | {
      readonly kind: 'choice' | 'checkbox';
      readonly scaleId: null;
      /** The choices in the order to show them (the form's order, else most chosen first). */
      readonly options: readonly string[];
      /** Whether answers other than the choices ("Other:" text) are counted together as one more. */
      readonly other: boolean;
    };

/** What a user (or a survey's record) may set a column to. */
export type ColumnSetting = ScaleId | 'choice' | 'checkbox' | 'ignore';

/** A way to read a column, as offered for a column that fits more than one: a scale or a kind. */
export type ReadingId = ScaleId | 'choice' | 'checkbox';

export const isColumnSetting = (v: unknown): v is ColumnSetting =>
  v === 'choice' || v === 'checkbox' || v === 'ignore' || isScaleId(v);

export const readingId = (r: ItemReading): ReadingId => (r.kind === 'scale' ? r.scaleId : r.kind);

/** The label the "Other:" answers of a choice or checkbox question are counted under. */
export const OTHER = 'Other';

/** "Other", or "Other (written in)" when a real choice is already called "Other". */
export function otherLabel(options: readonly string[]): string {
  const taken = new Set(options.map(normalizeText));
  let label = OTHER;
  for (let k = 2; taken.has(normalizeText(label)); k++)
    label = k === 2 ? `${OTHER} (written in)` : `${OTHER} (${k})`;
  return label;
}

/**
 * The labels an item is counted by: a scale's labels, or the choices (plus "Other" when counted)
 * unscored and without polarity. `other` is the index of the "Other" label, or null.
 */
export interface AnswerSet {
  readonly kind: ItemKind;
  readonly scaleId: ScaleId | null;
  /** The scale's name for summary.json; null for choice and checkbox questions. */
  readonly name: string | null;
  readonly labels: readonly ScaleLabel[];
  /** Per label, every spelling that matches it. */
  readonly spellings: readonly (readonly string[])[];
  readonly other: number | null;
}

const setCache = new Map<ScaleId, AnswerSet>();

export function answerSet(reading: ItemReading): AnswerSet {
  if (reading.kind === 'scale') {
    let set = setCache.get(reading.scaleId);
    if (!set) {
      const scale = getScale(reading.scaleId);
      set = {
        kind: 'scale',
        scaleId: scale.id,
        name: scale.name,
        labels: scale.labels,
        spellings: scale.labels.map(labelSpellings),
        other: null,
      };
      setCache.set(reading.scaleId, set);
    }
    return set;
  }
  const labels: ScaleLabel[] = reading.options.map((o) => ({ label: o, score: null, polarity: 'neutral' }));
  const spellings: string[][] = reading.options.map((o) => [o]);
  let other: number | null = null;
  if (reading.other) {
    other = labels.length;
    const label = otherLabel(reading.options);
    labels.push({ label, score: null, polarity: 'neutral' });
    spellings.push([]); // "Other" is what matches no choice, never a spelling
  }
  return { kind: reading.kind, scaleId: null, name: null, labels, spellings, other };
}
