import { type Cell, isFormula } from './plan';

/** Characters that make Sheets parse typed text as a formula or a signed number. */
const FORMULA_LEAD = /^[=+\-@]/;

/**
 * The value to hand to `Range.setValues` for a plan cell. Respondent text is data, never a
 * formula: a leading apostrophe makes Sheets store the rest as literal text (and it is not
 * part of the stored value). Only a `Formula` from the core is written as a formula.
 */
export function toSheetValue(c: Cell): string | number | boolean {
  if (c === null) return '';
  if (isFormula(c)) return c.formula;
  if (typeof c === 'string' && FORMULA_LEAD.test(c)) return `'${c}`;
  return c;
}

export const toSheetValues = (grid: readonly (readonly Cell[])[]): (string | number | boolean)[][] =>
  grid.map((row) => row.map(toSheetValue));
