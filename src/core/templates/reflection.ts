import { a1, type Formula, type RangeRef } from '../plan';
import { type CellStyle, PALETTE, type SheetBuilder } from '../sheetBuilder';
import { addHeader, band, borderTable, DATE_INPUT, STYLE } from './common';

/*
 * The blocks shared by the tabs a team reflects in (first actions, the learning-system
 * self-rating): one six-column layout, so every block lines up under the one before.
 *
 *   A  the item: a responsibility, a statement to rate, a question (merged with B)
 *   B  the mark: "Selected for action" or "Where we are"
 *   C  Notes, Evidence or Reflections
 *   D  First step(s)
 *   E  Owner
 *   F  By when
 */

export const REFLECTION_COL = {
  item: 1,
  mark: 2,
  notes: 3,
  firstSteps: 4,
  owner: 5,
  byWhen: 6,
} as const;

export const REFLECTION_COLS = 6;
export const REFLECTION_WIDTHS: readonly number[] = [380, 110, 300, 300, 130, 100];
export const REFLECTION_WIDTH_PX = REFLECTION_WIDTHS.reduce((a, w) => a + w, 0);

/** The header of a questions block; the question spans A and B. */
export const QUESTION_HEADERS = ['Question', null, 'Reflections', 'First steps', 'Owner', 'By when'] as const;

/** The self-rating scale, from done to not started. */
export const RATINGS = ['In place', 'Partly', 'Not yet'] as const;
export type Rating = (typeof RATINGS)[number];

/** Rating shading (the text says the same): blue, light orange, light red. */
export const RATING_COLORS: { readonly [R in Rating]: string } = {
  'In place': '#cfe2f3',
  Partly: '#fce5cd',
  'Not yet': '#f4cccc',
};

const RATING_INPUT: CellStyle = {
  ...STYLE.input,
  align: 'center',
  validation: {
    kind: 'list',
    values: [...RATINGS],
    allowInvalid: false,
    help: 'Choose In place, Partly or Not yet.',
  },
};

/** Fill-in cells of columns C to F: notes, first step, owner, by when. */
const ACTION_INPUTS: readonly CellStyle[] = [STYLE.input, STYLE.input, STYLE.input, DATE_INPUT];

const TALLY_STYLE: CellStyle = { bold: true, background: PALETTE.sectionBg };

/**
 * The questions block: a header, then one row per question (merged across A and B in one call)
 * with Reflections, First steps, Owner and By when to fill in. Returns the header row.
 */
export function addQuestionBlock(b: SheetBuilder, questions: readonly string[]): number {
  const header = b.addRow(QUESTION_HEADERS, STYLE.header);
  b.merge({ row: header, col: 1, rows: 1, cols: 2 });
  const first = b.rowCount + 1;
  questions.forEach((q, i) => {
    const text: CellStyle = { ...band(i), bold: true };
    b.addRow([q], [text, text, ...ACTION_INPUTS]);
  });
  b.mergeAcross({ row: first, col: 1, rows: questions.length, cols: 2 });
  borderTable(b, header);
  return header;
}

/**
 * A block of statements to rate In place / Partly / Not yet, with Evidence, Next step, Owner
 * and By when; `lead` heads the statement column. Returns the range of its ratings.
 */
export function addRatingBlock(b: SheetBuilder, lead: string, statements: readonly string[]): RangeRef {
  const header = addHeader(b, [lead, 'Where we are', 'Evidence', 'Next step', 'Owner', 'By when']);
  const first = b.rowCount + 1;
  statements.forEach((s, i) => b.addRow([s], [band(i), RATING_INPUT, ...ACTION_INPUTS]));
  borderTable(b, header);
  return { row: first, col: REFLECTION_COL.mark, rows: statements.length, cols: 1 };
}

/** One rating row for a statement too long to share a row with its name (see `addRatingBlock`). */
export function addRatingRow(b: SheetBuilder, text: string, style: CellStyle = {}): RangeRef {
  const row = b.addRow([text], [style, RATING_INPUT, ...ACTION_INPUTS]);
  return { row, col: REFLECTION_COL.mark, rows: 1, cols: 1 };
}

const countOf = (ranges: readonly RangeRef[], label: string) =>
  ranges.map((r) => `COUNTIF(${a1(r)},"${label}")`).join('+');

/** "2 in place · 3 partly · 1 not yet · 1 not rated", live, over the rating cells of `ranges`. */
export function tallyFormula(ranges: readonly RangeRef[]): Formula {
  const parts = RATINGS.map((label) => `(${countOf(ranges, label)})&" ${label.toLowerCase()}"`);
  const blank = ranges.map((r) => `COUNTBLANK(${a1(r)})`).join('+');
  return { formula: `=${parts.join('&" · "&')}&" · "&(${blank})&" not rated"` };
}

/** A protected row under a rating block: "Where we are:" and the live tally. Returns the row. */
export function addTally(b: SheetBuilder, ranges: readonly RangeRef[]): number {
  const row = b.addRow(['Where we are:', tallyFormula(ranges)], TALLY_STYLE);
  b.merge({ row, col: 2, rows: 1, cols: REFLECTION_COLS - 1 });
  b.protect({ row, col: 1, rows: 1, cols: REFLECTION_COLS }, 'Counted from the ratings above.');
  return row;
}

/** Shades every rating cell by its value: one rule per rating over all the rating ranges. */
export function shadeRatings(b: SheetBuilder, ranges: readonly RangeRef[]): void {
  if (ranges.length === 0) return;
  const anchor = `$B${ranges[0]!.row}`;
  for (const label of RATINGS) {
    b.conditional({ ranges, formula: `=${anchor}="${label}"`, background: RATING_COLORS[label] });
  }
}
