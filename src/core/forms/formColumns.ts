import { isScaleId, linearScaleId, SCALES } from '../../content/scales';
import type { ScaleId } from '../../content/types';
import type { Declared, ItemReading } from '../survey';
import type { FormItemInfo } from './mapping';
import { labelLookup } from '../survey';
import { skipReason } from '../survey/skipped';
import { normalizeText } from '../survey/values';

/**
 * What a linked Form says about its responses sheet's columns. Any Form (made by the add-on or
 * not) is read this way when the tab is linked: its question types and choices say exactly what
 * each column is, so a 4-point agreement question is never taken for a 5-point one and a
 * question nobody answered yet is still known. Columns no question names go to detection.
 */

/** A Form question as read by gas/survey/forms.ts: only what decides how its column is read. */
export type FormQuestion =
  | {
      readonly id: number;
      readonly title: string;
      readonly type: 'grid' | 'checkbox-grid';
      readonly rows: readonly string[];
      readonly columns: readonly string[];
    }
  | {
      readonly id: number;
      readonly title: string;
      readonly type: 'multiple-choice' | 'list' | 'checkbox';
      readonly choices: readonly string[];
      /** Whether the question offers "Other:" with a text box. */
      readonly other: boolean;
    }
  | {
      readonly id: number;
      readonly title: string;
      /** A linear scale, or a rating (stars) from 1 to its level. */
      readonly type: 'scale';
      readonly lower: number;
      readonly upper: number;
    }
  | {
      readonly id: number;
      readonly title: string;
      readonly type: 'text' | 'paragraph' | 'date' | 'datetime' | 'time' | 'duration' | 'file-upload';
    }
  | {
      readonly id: number;
      readonly title: string;
      /** A question the survey's record already describes (the add-on made it): only its rows are read. */
      readonly type: 'recorded';
      readonly rows: readonly string[];
    };

/**
 * The worded scale these choices are labels of, or null: the scale whose labels are exactly the
 * choices (in any language or spelling), else the smallest scale that has every choice as a
 * distinct label (a grid "Always, Often, Rarely, Never" is read on the frequency scale, scored
 * as it scores those labels); ties go to the first in SCALES order.
 */
export function scaleOfChoices(choices: readonly string[]): ScaleId | null {
  if (choices.length < 2) return null;
  let subset: { id: ScaleId; size: number } | null = null;
  for (const scale of SCALES) {
    const lookup = labelLookup(scale);
    const hit = new Set<number>();
    for (const c of choices) {
      const i = lookup.get(normalizeText(c));
      if (i === undefined || hit.has(i)) break;
      hit.add(i);
    }
    if (hit.size !== choices.length) continue;
    if (hit.size === scale.labels.length) return scale.id;
    if (subset === null || scale.labels.length < subset.size)
      subset = { id: scale.id, size: scale.labels.length };
  }
  return subset?.id ?? null;
}

/** A question with choices: a known scale when its choices are one, else a choice question. */
function choiceReading(choices: readonly string[], other: boolean): ItemReading {
  const scaleId = scaleOfChoices(choices);
  // "Other:" answers to a scale question are not on the scale: counted as invalid, not dropped.
  if (scaleId !== null) return { kind: 'scale', scaleId };
  return { kind: 'choice', scaleId: null, options: [...choices], other };
}

const SKIPS: Record<string, string> = {
  text: skipReason.freeText,
  paragraph: skipReason.freeText,
  date: skipReason.dates,
  datetime: skipReason.dates,
  time: skipReason.times,
  duration: skipReason.times,
  'file-upload': skipReason.fileUpload,
};

/** Each column's reading, in order: one column per question, one per grid row (`Title [Row]`). */
function readings(q: FormQuestion): { header: string; declared: Declared }[] {
  switch (q.type) {
    case 'grid':
      return q.rows.map((row) => ({
        header: `${q.title} [${row}]`,
        declared: choiceReading(q.columns, false),
      }));
    case 'checkbox-grid':
      return q.rows.map((row) => ({
        header: `${q.title} [${row}]`,
        declared: { kind: 'checkbox', scaleId: null, options: [...q.columns], other: false },
      }));
    case 'multiple-choice':
    case 'list':
      return [{ header: q.title, declared: choiceReading(q.choices, q.other) }];
    case 'checkbox':
      return [
        {
          header: q.title,
          declared: { kind: 'checkbox', scaleId: null, options: [...q.choices], other: q.other },
        },
      ];
    case 'recorded':
      return [];
    case 'scale': {
      const id = linearScaleId(q.lower, q.upper);
      const declared: Declared = isScaleId(id)
        ? { kind: 'scale', scaleId: id }
        : { kind: 'skip', reason: skipReason.numbers };
      return [{ header: q.title, declared }];
    }
    default:
      return [{ header: q.title, declared: { kind: 'skip', reason: SKIPS[q.type] ?? skipReason.freeText } }];
  }
}

/**
 * Per header of a responses table (`headers` as readTable names them, `sources` as written),
 * what the Form's questions declare. Headers are matched case- and space-insensitively; when
 * two questions share a title, Forms' columns are taken in order.
 */
export function declaredColumns(
  head: { readonly headers: readonly string[]; readonly sources: readonly string[] },
  questions: readonly FormQuestion[],
): Record<string, Declared> {
  const free = new Map<string, number[]>();
  head.sources.forEach((s, c) => {
    const key = normalizeText(s);
    const list = free.get(key) ?? [];
    list.push(c);
    free.set(key, list);
  });
  const out = new Map<string, Declared>(); // a header may be "__proto__"
  for (const q of questions) {
    for (const { header, declared } of readings(q)) {
      const column = free.get(normalizeText(header))?.shift();
      if (column !== undefined) out.set(head.headers[column]!, declared);
    }
  }
  return Object.fromEntries(out);
}

/** The items as the survey record's mapping reads them: id, title and grid rows. */
export const itemInfos = (questions: readonly FormQuestion[]): FormItemInfo[] =>
  questions.map((q) => ({
    id: q.id,
    title: q.title,
    rows: q.type === 'grid' || q.type === 'recorded' ? q.rows : [],
  }));
