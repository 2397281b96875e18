import { countIds } from '../survey/counts';
import type { EncodedTable } from '../survey/encode';
import { normalizeText } from '../survey/values';
import type { SchemaAnswer } from './schema';

/**
 * Reading the answers to a multiple-choice question whose choices stand for scale labels (an
 * IC self-assessment question: four level descriptions and "Not sure"). The responses sheet
 * holds the chosen text; the survey's record says which label each choice stands for.
 *
 * - Shuffled or reordered choices need nothing: a choice is known by its text, not its place.
 * - A choice reworded in the Form after it was made (a typo fixed, a phrase changed) leaves
 *   answers with the new text: such an answer is read as the recorded choice it plainly
 *   resembles (most of its words shared, and clearly more than with any choice of another
 *   level: the levels of one outcome are written in parallel, so they share words too). Answers
 *   given before and after the change then count alike.
 * - An answer too unlike every recorded choice (a choice rewritten, or added) is not guessed: it
 *   counts as "not on the scale", like any other answer that fits no label, and is never dropped.
 *
 * The answers are compared, not the Form's current choices, so this also holds when the Form
 * cannot be opened, when a choice was reworded twice, and costs no Forms call.
 */

/** Share of words two texts have in common (Dice's coefficient over their words), 0..1. */
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

/** A reworded choice must share at least this share of its words with the recorded one... */
export const MIN_OVERLAP = 0.75;
/** ...and this much more than with any recorded choice of another label. */
export const MIN_MARGIN = 0.1;

/**
 * The label an answer stands for: the recorded choice it is (case and spacing aside), else the
 * one it plainly resembles (see above), else null.
 */
export function labelOfAnswer(answer: string, recorded: readonly SchemaAnswer[]): string | null {
  const key = normalizeText(answer);
  const exact = recorded.find((a) => normalizeText(a.choice) === key);
  if (exact) return exact.label;
  // The best score per label, then the best label and its nearest rival.
  const best = new Map<string, number>();
  for (const a of recorded) {
    best.set(a.label, Math.max(best.get(a.label) ?? 0, wordOverlap(answer, a.choice)));
  }
  const ranked = [...best].sort((p, q) => q[1] - p[1]);
  const [top, rival] = ranked;
  if (!top || top[1] < MIN_OVERLAP) return null;
  return rival && top[1] - rival[1] < MIN_MARGIN ? null : top[0];
}

/** How a scored-choice column's answers read as labels: the recorded choices, by header. */
export type RecordedAnswers = Readonly<Record<string, readonly SchemaAnswer[]>>;

/** Reads one column's answers by its recorded choices: each distinct text compared once. */
function columnReader(
  recorded: readonly SchemaAnswer[],
): (answer: string) => { label: string | null; reworded: boolean } {
  const exact = new Set(recorded.map((a) => normalizeText(a.choice)));
  const cache = new Map<string, { label: string | null; reworded: boolean }>();
  return (v) => {
    let read = cache.get(v);
    if (read === undefined) {
      const label = labelOfAnswer(v, recorded);
      read = { label, reworded: label !== null && !exact.has(normalizeText(v)) };
      cache.set(v, read);
    }
    return read;
  };
}

/** Says, per question, how many answers were read as a reworded choice (never quoting them). */
export function rewordedMessage(question: string, reworded: number): string {
  const q = question.length > 60 ? `${question.slice(0, 59).trimEnd()}…` : question;
  return (
    `"${q}": ${reworded} answer${reworded === 1 ? ' is' : 's are'} ` +
    'a choice reworded in the form since the survey was made, read as the level of the choice it replaced.'
  );
}

/** The scored-choice columns of a table, by position, with their recorded choices. */
function scoredColumns(headers: readonly string[], answers: RecordedAnswers) {
  // Own entries only: a header could read "constructor" or "__proto__".
  const byHeader = new Map(Object.entries(answers));
  const columns: { c: number; header: string; recorded: readonly SchemaAnswer[] }[] = [];
  headers.forEach((header, c) => {
    const recorded = byHeader.get(header);
    if (recorded) columns.push({ c, header, recorded });
  });
  return columns;
}

/**
 * The responses grid with each scored-choice column's answers replaced by their labels, so the
 * survey core reads them on the scale; answers that fit no choice stay as they are (and are
 * counted as not on the scale). The sheet itself is never written. `headers` are the table's
 * column names (as `readTable` gives them). Each distinct answer is compared once.
 * Messages say, per question, how many answers were read as a reworded choice (never quoting them).
 */
export function labelAnswers(
  grid: readonly (readonly unknown[])[],
  headers: readonly string[],
  answers: RecordedAnswers,
  titles: Readonly<Record<string, string>> = {},
): { grid: unknown[][]; messages: string[] } {
  const columns = scoredColumns(headers, answers);
  if (columns.length === 0) return { grid: grid as unknown[][], messages: [] };
  const out = grid.map((row, r) => (r === 0 ? (row as unknown[]) : [...row]));
  const messages: string[] = [];
  for (const { c, header, recorded } of columns) {
    const read = columnReader(recorded);
    let reworded = 0;
    for (let r = 1; r < out.length; r++) {
      const v = out[r]![c];
      if (typeof v !== 'string' || v.trim() === '') continue;
      const { label, reworded: changed } = read(v);
      if (label === null) continue;
      if (changed) reworded++;
      out[r]![c] = label;
    }
    if (reworded > 0) messages.push(rewordedMessage(titles[header] ?? header, reworded));
  }
  return { grid: out, messages };
}

/**
 * `labelAnswers` for a coded table: each column's distinct answers are read once, and answers
 * read as the same label become one value again (ids still in order of first occurrence).
 * `reworded`: per header, the answers read as a reworded choice (see `rewordedMessage`).
 */
export function labelEncoded(
  table: EncodedTable,
  answers: RecordedAnswers,
): { table: EncodedTable; reworded: Record<string, number> } {
  const columns = scoredColumns(table.headers, answers);
  const reworded: Record<string, number> = {};
  if (columns.length === 0) return { table, reworded };
  const out = [...table.columns];
  for (const { c, header, recorded } of columns) {
    const column = table.columns[c]!;
    const read = columnReader(recorded);
    const counts = countIds(column);
    const values: unknown[] = [column.values[0]];
    const index = new Map<unknown, number>();
    const renumber = new Int32Array(column.values.length);
    let changedAnswers = 0;
    for (let id = 1; id < column.values.length; id++) {
      let v = column.values[id];
      if (typeof v === 'string') {
        const { label, reworded: changed } = read(v);
        if (label !== null) {
          if (changed) changedAnswers += counts[id]!;
          v = label;
        }
      }
      // Dates keep an id each (see EncodedColumn); other values are one id per value.
      let to = v instanceof Date ? undefined : index.get(v);
      if (to === undefined) {
        to = values.push(v) - 1;
        if (!(v instanceof Date)) index.set(v, to);
      }
      renumber[id] = to;
    }
    const ids = new Int32Array(column.ids.length);
    for (let r = 0; r < ids.length; r++) ids[r] = renumber[column.ids[r]!]!;
    out[c] = { values, ids };
    if (changedAnswers > 0) reworded[header] = changedAnswers;
  }
  return { table: { ...table, columns: out }, reworded };
}
