import { SCALES, spellings } from '../../content/scales';
import type { Scale, ScaleId } from '../../content/types';
import { displayValue, isBlank, normalizeText } from './values';

/**
 * Answer codes, stored one byte per answer. Labels start at LABEL0 so that a group's counts
 * are one flat row `[invalid, blank, label 0, label 1, ...]` indexed by the code itself.
 */
export const INVALID = 0;
export const BLANK = 1;
export const LABEL0 = 2;

const lookups = new Map<ScaleId, ReadonlyMap<string, number>>();

/** Normalized label, alias or translation -> label index, built once per scale. */
export function labelLookup(scale: Scale): ReadonlyMap<string, number> {
  let lookup = lookups.get(scale.id);
  if (!lookup) {
    lookup = spellingLookup(scale.labels.map(spellings));
    lookups.set(scale.id, lookup);
  }
  return lookup;
}

/** Normalized spelling -> index of the entry it spells; the first entry wins a shared spelling. */
export function spellingLookup(entries: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  entries.forEach((list, i) => {
    for (const s of list) {
      const key = normalizeText(s);
      if (!map.has(key)) map.set(key, i);
    }
  });
  return map;
}

/**
 * The code of one answer. Text matches a label by its normalized spelling; a number matches a
 * label written as that number (a linear scale's "4", a choice "2"), as Sheets stores typed
 * numbers; dates and booleans are invalid.
 */
export function answerCode(lookup: ReadonlyMap<string, number>, value: unknown): number {
  if (isBlank(value)) return BLANK;
  let key: string;
  if (typeof value === 'string') key = normalizeText(value);
  else if (typeof value === 'number' && Number.isFinite(value)) key = String(value);
  else return INVALID;
  const i = lookup.get(key);
  return i === undefined ? INVALID : LABEL0 + i;
}

/** Per distinct invalid answer (matched case- and space-insensitively): first spelling seen, count. */
export interface InvalidTally {
  readonly values: Map<string, { display: string; count: number }>;
}

export const newTally = (): InvalidTally => ({ values: new Map() });

/**
 * Codes a whole column. Answers repeat a lot, so each distinct raw string is normalized once
 * and its code cached; a 100k-row column costs about one Map lookup per cell.
 */
export function codeColumn(
  rows: readonly (readonly unknown[])[],
  column: number,
  lookup: ReadonlyMap<string, number>,
  /** The code of a non-blank answer that is not in `lookup`: INVALID, or an "Other" label's code. */
  unknown = INVALID,
): { codes: Uint8Array; invalid: InvalidTally } {
  const cache = new Map<string, number>();
  const codes = new Uint8Array(rows.length);
  const invalid = newTally();
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r]![column];
    let code: number | undefined;
    if (typeof value === 'string') {
      code = cache.get(value);
      if (code === undefined) {
        code = answerCode(lookup, value);
        cache.set(value, code);
      }
    } else {
      code = answerCode(lookup, value);
    }
    if (code === INVALID) {
      if (unknown === INVALID) tallyInvalid(invalid, value);
      code = unknown;
    }
    codes[r] = code;
  }
  return { codes, invalid };
}

export function tallyInvalid(tally: InvalidTally, value: unknown): void {
  const display = displayValue(value);
  const key = typeof value === 'string' ? display.toLowerCase() : `${typeof value}:${display}`;
  const entry = tally.values.get(key);
  if (entry) entry.count++;
  else tally.values.set(key, { display, count: 1 });
}

/** For detection: normalized text -> bit set of the SCALES (by position) that have it as a label. */
let scaleBits: ReadonlyMap<string, number> | null = null;

export function scaleMembership(): ReadonlyMap<string, number> {
  if (!scaleBits) {
    const map = new Map<string, number>();
    SCALES.forEach((scale, s) => {
      for (const key of labelLookup(scale).keys()) map.set(key, (map.get(key) ?? 0) | (1 << s));
    });
    scaleBits = map;
  }
  return scaleBits;
}

/** For detection: normalized text -> bit set of the labels of SCALES[s] it spells (which labels a column uses). */
export function labelBit(scaleIndex: number, key: string): number {
  const i = labelLookup(SCALES[scaleIndex]!).get(key);
  return i === undefined ? 0 : 1 << i;
}
