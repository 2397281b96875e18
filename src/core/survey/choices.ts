import { BLANK, INVALID, type InvalidTally, LABEL0, newTally, spellingLookup, tallyInvalid } from './match';
import type { AnswerSet } from './readings';
import { naturalCompare } from './groups';
import { isBlank, normalizeText } from './values';

/**
 * Choice and checkbox questions: reading them from the answers alone (for a tab no Form
 * describes), and coding checkbox answers, which Google Forms writes as the ticked choices
 * joined with ", " (an "Other:" text last).
 */

/** A list of choices is at most this long; longer lists are text (or a column to break down by). */
export const MAX_OPTIONS = 30;
/** Google Forms joins the ticked choices of a checkbox question with this. */
export const CHECKBOX_JOIN = ', ';

/** A distinct answer (normalized) with how many gave it and how it was first written. */
export interface KeyCount {
  readonly count: number;
  readonly display: string;
}

export interface ChoiceFit {
  /** Choices, most chosen first (ties in natural order), as first written. */
  readonly options: readonly string[];
  /** Whether some answers are none of the choices ("Other:" text, counted together). */
  readonly other: boolean;
}

export interface ChoiceAnalysis {
  readonly choice: ChoiceFit | null;
  readonly checkbox: ChoiceFit | null;
  /** A choice ticked alone by some and with others by others: the mark of a checkbox question. */
  readonly combined: boolean;
}

/** part / whole >= 80%, in integers: 0.8 * 15 is 12.000000000000002 in floating point. */
export const atLeast80 = (part: number, whole: number): boolean => whole > 0 && part * 5 >= whole * 4;

function ordered(counts: ReadonlyMap<string, { count: number; display: string }>, keys: readonly string[]) {
  return [...keys]
    .sort((a, b) => counts.get(b)!.count - counts.get(a)!.count || naturalCompare(a, b))
    .map((k) => tidy(counts.get(k)!.display));
}

/** An answer as a choice is shown: trimmed, inner white space collapsed. */
const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ');

/**
 * Choices are the answers at least two people gave; the column is a choice question when they
 * are 2..MAX_OPTIONS and hold at least 80% of the answers (the rest count as "Other").
 * A checkbox question is read the same way from the ticked choices, and also needs one answer
 * with two choices or more. Both readings may fit; `combined` tells them apart.
 */
export function analyzeChoices(keys: ReadonlyMap<string, KeyCount>, nonBlank: number): ChoiceAnalysis {
  let covered = 0;
  const options: string[] = [];
  let multiPart = false;
  for (const [key, { count }] of keys) {
    if (count >= 2) {
      options.push(key);
      covered += count;
    }
    if (!multiPart && key.includes(CHECKBOX_JOIN)) multiPart = true;
  }
  // One answer given by everyone is no list of choices: there is nothing to compare.
  const choice =
    options.length >= 2 && options.length <= MAX_OPTIONS && atLeast80(covered, nonBlank)
      ? { options: ordered(keys, options), other: covered < nonBlank }
      : null;
  if (!multiPart) return { choice, checkbox: null, combined: false };

  // Ticked choices: how many answers hold each, and first spelling.
  const tokens = new Map<string, { count: number; display: string; alone: boolean; along: boolean }>();
  const parts = new Map<string, { keys: string[]; displays: string[] }>();
  for (const [key, { count, display }] of keys) {
    const ks = [...new Set(key.split(CHECKBOX_JOIN))];
    const ds = tidy(display).split(CHECKBOX_JOIN);
    parts.set(key, { keys: ks, displays: ds });
    ks.forEach((t, i) => {
      const entry = tokens.get(t);
      if (entry) entry.count += count;
      else tokens.set(t, { count, display: ds[i] ?? t, alone: false, along: false });
      const e = tokens.get(t)!;
      if (ks.length === 1) e.alone = true;
      else e.along = true;
    });
  }
  const isOption = (t: string) => (tokens.get(t)?.count ?? 0) >= 2;
  let fits = 0;
  let anyOther = false;
  let multi = false;
  let combined = false;
  for (const [key, { count }] of keys) {
    const ks = parts.get(key)!.keys;
    const unknown = ks.filter((t) => !isOption(t)).length;
    // Forms adds at most one "Other:" text to the ticked choices.
    if (unknown <= 1) fits += count;
    if (unknown > 0) anyOther = true;
    if (ks.length - unknown >= 2) multi = true;
  }
  const optionKeys = [...tokens.keys()].filter(isOption);
  for (const t of optionKeys) if (tokens.get(t)!.alone && tokens.get(t)!.along) combined = true;
  const checkbox =
    multi && optionKeys.length >= 2 && optionKeys.length <= MAX_OPTIONS && atLeast80(fits, nonBlank)
      ? { options: ordered(tokens, optionKeys), other: anyOther }
      : null;
  return { choice, checkbox, combined };
}

/** A checkbox column coded per response: the code of its set of ticked labels ("pattern"). */
export interface CodedCheckboxes {
  /** Per response: INVALID, BLANK, or LABEL0 + pattern index. */
  readonly codes: Int32Array;
  /** Per pattern: the label indices ticked. */
  readonly patterns: readonly (readonly number[])[];
  readonly invalid: InvalidTally;
}

const lookups = new WeakMap<AnswerSet, ReadonlyMap<string, number>>();

export function setLookup(set: AnswerSet): ReadonlyMap<string, number> {
  let lookup = lookups.get(set);
  if (!lookup) {
    lookup = spellingLookup(set.spellings);
    lookups.set(set, lookup);
  }
  return lookup;
}

/**
 * The labels one checkbox answer ticks. Choices may themselves hold ", ", so the parts are
 * matched greedily, longest choice first; parts that match none are one "Other:" answer.
 */
export function tickedLabels(
  text: string,
  lookup: ReadonlyMap<string, number>,
): { labels: number[]; unknown: string[] } {
  const parts = normalizeText(text).split(CHECKBOX_JOIN);
  const raw = text.trim().replace(/\s+/g, ' ').split(CHECKBOX_JOIN);
  const labels: number[] = [];
  const unknown: string[] = [];
  let run: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = parts.length;
    let hit: number | undefined;
    for (; j > i; j--) {
      hit = lookup.get(parts.slice(i, j).join(CHECKBOX_JOIN));
      if (hit !== undefined) break;
    }
    if (hit === undefined) {
      run.push(raw[i] ?? parts[i]!);
      i++;
      continue;
    }
    if (run.length > 0) unknown.push(run.join(CHECKBOX_JOIN));
    run = [];
    if (!labels.includes(hit)) labels.push(hit);
    i = j;
  }
  if (run.length > 0) unknown.push(run.join(CHECKBOX_JOIN));
  return { labels: labels.sort((a, b) => a - b), unknown };
}

/**
 * Codes a checkbox column: each distinct answer is split once and given the code of its set of
 * ticked labels. Answers that tick nothing known are "Other" when the set counts it, else invalid.
 */
export function codeCheckboxColumn(
  rows: readonly (readonly unknown[])[],
  column: number,
  set: AnswerSet,
): CodedCheckboxes {
  const lookup = setLookup(set);
  const patternIndex = new Map<string, number>();
  const patterns: number[][] = [];
  const invalid = newTally();
  const codes = new Int32Array(rows.length);
  const patternOf = (labels: number[]): number => {
    const key = labels.join(',');
    let p = patternIndex.get(key);
    if (p === undefined) {
      p = patterns.length;
      patterns.push(labels);
      patternIndex.set(key, p);
    }
    return LABEL0 + p;
  };
  /** A distinct answer's code, and what it holds that is tallied as invalid (once per response). */
  const codeOf = (value: unknown, text: string): { code: number; invalid: readonly unknown[] } => {
    const { labels, unknown } = tickedLabels(text, lookup);
    const bad: unknown[] = [];
    if (unknown.length > 0) {
      if (set.other !== null) labels.push(set.other);
      else bad.push(...unknown);
    }
    if (labels.length === 0) return { code: INVALID, invalid: unknown.length === 0 ? [value] : bad };
    return { code: patternOf(labels), invalid: bad };
  };
  const cache = new Map<string, { code: number; invalid: readonly unknown[] }>();
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r]![column];
    if (isBlank(value)) {
      codes[r] = BLANK;
      continue;
    }
    let coded: { code: number; invalid: readonly unknown[] } | undefined;
    if (typeof value === 'string') {
      coded = cache.get(value);
      if (coded === undefined) {
        coded = codeOf(value, value);
        cache.set(value, coded);
      }
    } else {
      // A lone number (a choice such as "2" lands in Sheets as a number); dates and booleans are invalid.
      coded = typeof value === 'number' ? codeOf(value, String(value)) : { code: INVALID, invalid: [value] };
    }
    for (const v of coded.invalid) tallyInvalid(invalid, v);
    codes[r] = coded.code;
  }
  return { codes, patterns, invalid };
}
