import { type Cell, isFormula } from './plan';

/** Characters that make Sheets parse typed text as a formula or a signed number. */
const FORMULA_LEAD = /^[=+\-@]/;

/** Plain text: Sheets keeps whatever is written into such a cell as exactly those characters. */
export const TEXT_FORMAT = '@';

/**
 * The value to hand to `Range.setValues` for a plan cell in a cell that is not plain text.
 * Respondent text is data, never a formula: a leading apostrophe makes Sheets store the rest as
 * literal text (and it is not part of the stored value). Only a `Formula` from the core is
 * written as a formula.
 */
export function toSheetValue(c: Cell): string | number | boolean {
  if (c === null) return '';
  if (isFormula(c)) return c.formula;
  if (typeof c === 'string' && FORMULA_LEAD.test(c)) return `'${c}`;
  return c;
}

export const toSheetValues = (grid: readonly (readonly Cell[])[]): (string | number | boolean)[][] =>
  grid.map((row) => row.map(toSheetValue));

/**
 * The number format a plan cell is written with. `setValues` reads strings as if typed, so in a
 * General (or number) cell Sheets turns the group "9-12" or "6/8" into a date, "007" into 7,
 * "12%" into 0.12 and "TRUE" into a boolean. Every string the add-on writes (labels, titles,
 * group values, categories) therefore goes into a plain-text cell. Numbers, booleans and
 * formulas keep the plan's format, and so do blank cells: an input cell a person will type a
 * date into stays a date cell.
 */
export const writtenFormat = (c: Cell, planned: string): string =>
  typeof c === 'string' ? TEXT_FORMAT : planned;

/**
 * How a plan's grid is written: the number formats (set first) and the values, each string as
 * itself in its plain-text cell (no apostrophe: there it would stay part of the text).
 */
export function sheetWrite(
  values: readonly (readonly Cell[])[],
  numberFormats: readonly (readonly string[])[],
): { values: (string | number | boolean)[][]; numberFormats: string[][] } {
  return {
    numberFormats: values.map((row, i) =>
      row.map((c, j) => writtenFormat(c, numberFormats[i]?.[j] ?? 'General')),
    ),
    values: values.map((row) => row.map((c) => (typeof c === 'string' ? c : toSheetValue(c)))),
  };
}
