/**
 * Reading and writing a block of cells: values (read as Sheets reads typed input), formulas,
 * display values, and each format layer. Every content write of the facades goes through here.
 */
import {
  type CellBorders,
  type CellRange,
  type Edge,
  FORMAT_DEFAULTS,
  FORMAT_KEYS,
  type FormatKey,
  type FormatTypes,
  Formula,
  type Stored,
} from '../state/cells';
import type { Layer } from '../state/layer';
import type { SheetModel } from '../state/spreadsheet';
import { toDisplay, toFormula, toValue } from './display';
import { evaluate } from './formulas';
import { columnLetters } from './a1';
import { Formatted, formulaText, type InputContext, readString, storedOf } from './input';

type Value = string | number | boolean | Date;

const origin = (r: CellRange) => [r.rect.row - 1, r.rect.col - 1] as const;

// ---- content

export function readValues(r: CellRange, DateCtor: DateConstructor): Value[][] {
  evaluate(r.sheet);
  const [r0, c0] = origin(r);
  return r.sheet.content.read(r0, c0, r.rect.numRows, r.rect.numCols, (v) => toValue(v, DateCtor));
}

/** The top-left cell, formulas evaluated. */
export function topLeft(r: CellRange): Stored | undefined {
  evaluate(r.sheet);
  const [r0, c0] = origin(r);
  return r.sheet.content.get(r0, c0);
}

export function readDisplayValues(r: CellRange): string[][] {
  evaluate(r.sheet);
  const [r0, c0] = origin(r);
  const tz = r.sheet.parent.timeZone;
  const nf = r.sheet.formats.numberFormat;
  const out = r.sheet.content.read(r0, c0, r.rect.numRows, r.rect.numCols, (v) => v);
  return out.map((line, i) => line.map((v, j) => toDisplay(v, nf.get(r0 + i, c0 + j), tz)));
}

export function readDisplayValue(r: CellRange): string {
  const [r0, c0] = origin(r);
  return toDisplay(topLeft(r), r.sheet.formats.numberFormat.get(r0, c0), r.sheet.parent.timeZone);
}

export function readFormulas(r: CellRange): string[][] {
  const [r0, c0] = origin(r);
  return r.sheet.content.read(r0, c0, r.rect.numRows, r.rect.numCols, toFormula);
}

/** Writes `value(i, j, numberFormat)` into every cell of the block. */
function writeContent(
  r: CellRange,
  value: (i: number, j: number, numberFormat: string | undefined) => Stored | undefined,
): void {
  const [r0, c0] = origin(r);
  const nf = r.sheet.formats.numberFormat;
  let formulas = false;
  r.sheet.content.write(r0, c0, r.rect.numRows, r.rect.numCols, (i, j) => {
    const v = value(i, j, nf.get(r0 + i, c0 + j));
    if (v instanceof Formula) formulas = true;
    return v;
  });
  if (formulas) r.sheet.mayHaveFormulas = true;
}

const inputContext = (m: SheetModel): InputContext => ({
  timeZone: m.parent.timeZone,
  locale: m.parent.locale,
  now: m.rt.now(),
});

/**
 * Writes values as typed input (USER_ENTERED): strings are read as Sheets reads them (input.ts),
 * a format Sheets applies with the value (a date, a percent) is set, and every string that became
 * something else than text is recorded in `rt.reinterpreted`.
 */
function writeInput(r: CellRange, value: (i: number, j: number) => unknown, asFormula = false): void {
  const [r0, c0] = origin(r);
  const m = r.sheet;
  const nf = m.formats.numberFormat;
  const ctx = inputContext(m);
  let formulas = false;
  m.content.write(r0, c0, r.rect.numRows, r.rect.numCols, (i, j) => {
    const v = value(i, j);
    if (typeof v !== 'string') return storedOf(v);
    if (asFormula && v.startsWith('=')) {
      formulas = true;
      return new Formula(v);
    }
    const read = readString(v, nf.get(r0 + i, c0 + j), ctx);
    if (read === undefined || typeof read === 'string') return read;
    if (read instanceof Formula) {
      formulas = true;
      if (v.startsWith('=')) return read;
    }
    const stored = read instanceof Formatted ? read.value : read;
    if (read instanceof Formatted) nf.set(r0 + i, c0 + j, read.format);
    m.rt.reinterpreted.push({
      sheet: m.name,
      a1: `${columnLetters(c0 + j + 1)}${r0 + i + 1}`,
      written: v,
      became:
        stored instanceof Formula
          ? { formula: stored.text }
          : stored instanceof Date
            ? new Date(stored.getTime())
            : stored,
    });
    return stored;
  });
  if (formulas) m.mayHaveFormulas = true;
}

/** setValues: each value read as typed input, in the cell's number format. */
export function writeValues(r: CellRange, grid: readonly (readonly unknown[])[]): void {
  writeInput(r, (i, j) => (grid[i] as readonly unknown[])[j]);
}

/** setValue: one value into every cell. */
export function fillValue(r: CellRange, value: unknown): void {
  writeInput(r, () => value);
}

/** setFormulas: "=…" is a formula, anything else is read like setValue. */
export function writeFormulas(r: CellRange, grid: readonly (readonly unknown[])[]): void {
  writeInput(r, (i, j) => formulaText((grid[i] as readonly unknown[])[j]), true);
}

export function fillFormula(r: CellRange, formula: unknown): void {
  const text = formulaText(formula);
  writeInput(r, () => text, true);
}

/** Stored values as they are (no reading of strings): the Sheets API's typed values, checkboxes. */
export function writeStored(r: CellRange, value: (i: number, j: number) => Stored | undefined): void {
  writeContent(r, (i, j) => value(i, j));
}

export function clearContents(r: CellRange): void {
  const [r0, c0] = origin(r);
  r.sheet.content.fill(r0, c0, r.rect.numRows, r.rect.numCols, undefined);
}

// ---- formats

type Defaulted = keyof typeof FORMAT_DEFAULTS;

function layer<K extends FormatKey>(r: CellRange, key: K): Layer<FormatTypes[K]> {
  return r.sheet.formats[key] as Layer<FormatTypes[K]>;
}

/** One format of every cell, defaults filled in. */
export function readFormat<K extends Defaulted>(r: CellRange, key: K): FormatTypes[K][][] {
  const [r0, c0] = origin(r);
  const dflt = FORMAT_DEFAULTS[key] as FormatTypes[K];
  return layer(r, key).read(r0, c0, r.rect.numRows, r.rect.numCols, (v) => v ?? dflt);
}

/** The stored format of every cell (undefined where unset). */
export function readFormatRaw<K extends FormatKey, U>(
  r: CellRange,
  key: K,
  map: (v: FormatTypes[K] | undefined) => U,
): U[][] {
  const [r0, c0] = origin(r);
  return layer(r, key).read(r0, c0, r.rect.numRows, r.rect.numCols, map);
}

export function firstFormatRaw<K extends FormatKey>(r: CellRange, key: K): FormatTypes[K] | undefined {
  const [r0, c0] = origin(r);
  return layer(r, key).get(r0, c0);
}

export function firstFormat<K extends Defaulted>(r: CellRange, key: K): FormatTypes[K] {
  return firstFormatRaw(r, key) ?? (FORMAT_DEFAULTS[key] as FormatTypes[K]);
}

export function writeFormat<K extends FormatKey>(
  r: CellRange,
  key: K,
  value: (i: number, j: number) => FormatTypes[K] | undefined,
): void {
  const [r0, c0] = origin(r);
  layer(r, key).write(r0, c0, r.rect.numRows, r.rect.numCols, value);
}

export function fillFormat<K extends FormatKey>(r: CellRange, key: K, v: FormatTypes[K] | undefined): void {
  const [r0, c0] = origin(r);
  layer(r, key).fill(r0, c0, r.rect.numRows, r.rect.numCols, v);
}

/** clearFormat: every format but validations and notes. */
export function clearFormats(r: CellRange): void {
  for (const k of FORMAT_KEYS) if (k !== 'validation' && k !== 'note') fillFormat(r, k, undefined);
}

/** What each edge flag of setBorder does: true sets, false clears, null leaves as is. */
export interface BorderFlags {
  readonly top: boolean | null;
  readonly left: boolean | null;
  readonly bottom: boolean | null;
  readonly right: boolean | null;
  /** The lines between cells inside the range. */
  readonly vertical: boolean | null;
  readonly horizontal: boolean | null;
}

export function setBorders(r: CellRange, flags: BorderFlags, edge: Edge): void {
  const { numRows, numCols } = r.rect;
  const [r0, c0] = origin(r);
  const borders = r.sheet.formats.border;
  const pick = (flag: boolean | null, old: Edge | undefined) =>
    flag === null ? old : flag ? edge : undefined;
  borders.write(r0, c0, numRows, numCols, (i, j) => {
    const old: CellBorders = borders.get(r0 + i, c0 + j) ?? {};
    const next: CellBorders = {
      top: pick(i === 0 ? flags.top : flags.horizontal, old.top),
      bottom: pick(i === numRows - 1 ? flags.bottom : flags.horizontal, old.bottom),
      left: pick(j === 0 ? flags.left : flags.vertical, old.left),
      right: pick(j === numCols - 1 ? flags.right : flags.vertical, old.right),
    };
    const clean = Object.fromEntries(Object.entries(next).filter(([, e]) => e !== undefined)) as CellBorders;
    return Object.keys(clean).length > 0 ? clean : undefined;
  });
}

/**
 * A checkbox cell holds TRUE or FALSE: an empty cell that gets a checkbox rule becomes FALSE
 * (unchecked), as in Sheets (observed behaviour, assumed). Other values are left to the rule.
 */
export function uncheckEmptyCheckboxes(r: CellRange): void {
  const [r0, c0] = origin(r);
  const rules = r.sheet.formats.validation;
  const content = r.sheet.content;
  for (let i = 0; i < r.rect.numRows; i++) {
    for (let j = 0; j < r.rect.numCols; j++) {
      if (rules.get(r0 + i, c0 + j)?.criteria === 'CHECKBOX' && content.get(r0 + i, c0 + j) === undefined) {
        content.set(r0 + i, c0 + j, false);
      }
    }
  }
}
