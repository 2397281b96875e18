import type { Scale, ScaleId } from '../../content/types';
import { SCALES } from '../../content/scales';
import { displayValue, isBlank, normalizeText } from './values';

/**
 * Answer codes, stored one byte per answer. Labels start at LABEL0 so that a group's counts
 * are one flat row `[invalid, blank, label 0, label 1, ...]` indexed by the code itself.
 */
export const INVALID = 0;
export const BLANK = 1;
export const LABEL0 = 2;

const lookups = new Map<ScaleId, ReadonlyMap<string, number>>();

/** Normalized label or alias -> label index, built once per scale. */
export function labelLookup(scale: Scale): ReadonlyMap<string, number> {
  let lookup = lookups.get(scale.id);
  if (!lookup) {
    const map = new Map<string, number>();
    scale.labels.forEach((l, i) => {
      map.set(normalizeText(l.label), i);
      for (const a of l.aliases ?? []) map.set(normalizeText(a), i);
    });
    lookup = map;
    lookups.set(scale.id, lookup);
  }
  return lookup;
}

/** The code of one answer. Only text can match a label: numbers, dates and booleans are invalid. */
export function answerCode(lookup: ReadonlyMap<string, number>, value: unknown): number {
  if (isBlank(value)) return BLANK;
  if (typeof value !== 'string') return INVALID;
  const i = lookup.get(normalizeText(value));
  return i === undefined ? INVALID : LABEL0 + i;
}

/** Per distinct invalid answer (matched case- and space-insensitively): first spelling seen, count. */
export interface InvalidTally {
  readonly values: Map<string, { display: string; count: number }>;
}

/**
 * Codes a whole column. Answers repeat a lot, so each distinct raw string is normalized once
 * and its code cached; a 100k-row column costs about one Map lookup per cell.
 */
export function codeColumn(
  rows: readonly (readonly unknown[])[],
  column: number,
  scale: Scale,
): { codes: Uint8Array; invalid: InvalidTally } {
  const lookup = labelLookup(scale);
  const cache = new Map<string, number>();
  const codes = new Uint8Array(rows.length);
  const invalid: InvalidTally = { values: new Map() };
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
    codes[r] = code;
    if (code === INVALID) tallyInvalid(invalid, value);
  }
  return { codes, invalid };
}

function tallyInvalid(tally: InvalidTally, value: unknown): void {
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
