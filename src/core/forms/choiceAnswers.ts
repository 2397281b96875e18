import { normalizeText } from '../survey/values';
import type { SchemaAnswer } from './schema';

/**
 * Reading the answers to a multiple-choice question whose choices stand for scale labels (an
 * IC self-assessment question: four level descriptions and "Not sure"). The responses sheet
 * holds the chosen text; the survey's record says which label each choice stands for.
 *
 * - Shuffled or reordered choices need nothing: a choice is known by its text, not its place.
 * - A choice reworded in the Form after it was made (a typo fixed, a phrase changed) is
 *   matched to the recorded choice it most resembles, by the words they share, when that match
 *   is clear; answers given before and after the change then count as the same level.
 * - A choice too unlike any recorded one (rewritten, or added) is not guessed: its answers
 *   count as "not on the scale", and a message names the choice.
 */

/** Normalized choice text -> scale label, for one question. */
export type AnswerLookup = ReadonlyMap<string, string>;

/** Shares of words two texts have in common (Dice's coefficient over their words), 0..1. */
export function wordOverlap(a: string, b: string): number {
  const words = (s: string) => normalizeText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** A reworded choice must share at least this share of its words with the one it replaced. */
export const MIN_OVERLAP = 0.5;

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The lookup for one question from its recorded choices and, when the Form could be read, its
 * current choices. Messages name current choices that cannot be given a label.
 */
export function answerLookup(
  question: string,
  recorded: readonly SchemaAnswer[],
  current: readonly string[] | null,
): { lookup: AnswerLookup; messages: string[] } {
  const lookup = new Map<string, string>();
  for (const a of recorded) lookup.set(normalizeText(a.choice), a.label);
  const messages: string[] = [];
  if (current === null) return { lookup, messages };

  const currentKeys = new Set(current.map(normalizeText));
  const gone = recorded.filter((a) => !currentKeys.has(normalizeText(a.choice)));
  const fresh = current.filter((c) => !lookup.has(normalizeText(c)));
  // Best pairs first; each recorded choice is claimed by at most one reworded choice.
  const pairs = fresh
    .flatMap((c) => gone.map((a) => ({ c, a, score: wordOverlap(c, a.choice) })))
    .filter((p) => p.score >= MIN_OVERLAP)
    .sort((p, q) => q.score - p.score);
  const usedChoice = new Set<string>();
  const usedRecorded = new Set<SchemaAnswer>();
  for (const p of pairs) {
    if (usedChoice.has(p.c) || usedRecorded.has(p.a)) continue;
    // A tie between two recorded choices is not clear enough to decide a level.
    const rival = pairs.find(
      (q) => q.c === p.c && q.a !== p.a && q.score === p.score && !usedRecorded.has(q.a),
    );
    if (rival && rival.a.label !== p.a.label) continue;
    usedChoice.add(p.c);
    usedRecorded.add(p.a);
    lookup.set(normalizeText(p.c), p.a.label);
  }
  for (const c of fresh) {
    if (usedChoice.has(c)) continue;
    messages.push(
      `"${clip(question)}": the choice "${clip(c)}" was added or rewritten in the form, and the add-on cannot ` +
        'tell which level it stands for; answers with it are counted as not on the scale.',
    );
  }
  return { lookup, messages };
}

/**
 * The responses grid with each scored-choice column's answers replaced by their labels, so the
 * survey core reads them on the scale. Answers that match no choice stay as they are (and are
 * counted as invalid); the sheet itself is never written. `headers` are the table's column
 * names (as `readTable` gives them), `answers` the lookups by header.
 */
export function labelAnswers(
  grid: readonly (readonly unknown[])[],
  headers: readonly string[],
  answers: Readonly<Record<string, AnswerLookup>>,
): unknown[][] {
  // Own entries only: a header could read "constructor" or "__proto__".
  const byHeader = new Map(Object.entries(answers));
  const columns: [number, AnswerLookup][] = [];
  headers.forEach((h, c) => {
    const lookup = byHeader.get(h);
    if (lookup) columns.push([c, lookup]);
  });
  if (columns.length === 0) return grid as unknown[][];
  return grid.map((row, r) => {
    if (r === 0) return row as unknown[];
    const out = [...row];
    for (const [c, lookup] of columns) {
      const v = out[c];
      if (typeof v !== 'string') continue;
      const label = lookup.get(normalizeText(v));
      if (label !== undefined) out[c] = label;
    }
    return out;
  });
}
