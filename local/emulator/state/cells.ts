/**
 * What a sheet stores per cell: its content (a value or a formula) and its formats, one sparse
 * Layer per attribute (see layer.ts), plus the plain data of validation and conditional-format
 * rules. Nothing here knows how Sheets reads input or shows values: that is behaviour/.
 */
import type { BooleanCriteriaName, DataValidationCriteriaName } from './enums';
import type { Rect } from './rect';
import type { SheetModel } from './spreadsheet';

/** A formula cell. `result` is its last computed value (behaviour/formulas.ts), absent until read. */
export class Formula {
  result: FormulaResult | undefined = undefined;
  constructor(readonly text: string) {}
}

/** What a formula evaluates to: a value, or an error shown as Sheets shows it ("#REF!"...). */
export type FormulaResult = string | number | boolean | Date | { readonly error: string };

/** A cell's content: a value written to it, or a formula. */
export type Stored = string | number | boolean | Date | Formula;

/** A block of cells on one sheet: what a Range stands for. */
export interface CellRange {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** A value inside rule criteria that refers to cells (requireValueInRange), kept apart from plain values. */
export class CellRangeValue implements CellRange {
  constructor(
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}
}

export interface Edge {
  readonly color: string;
  readonly style: string;
}

export interface CellBorders {
  readonly top?: Edge;
  readonly left?: Edge;
  readonly bottom?: Edge;
  readonly right?: Edge;
}

/** A built data-validation rule (immutable once built, as in Apps Script). */
export interface ValidationRule {
  readonly criteria: DataValidationCriteriaName;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** The condition and format of a conditional-format rule. */
export interface ConditionData {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface ConditionalRule {
  condition: ConditionData;
  ranges: CellRange[];
}

/** The per-cell formats, by the name the snapshot uses. */
export interface FormatTypes {
  background: string;
  fontWeight: string;
  fontStyle: string;
  fontColor: string;
  fontSize: number;
  fontFamily: string;
  fontLine: string;
  hAlign: string;
  vAlign: string;
  numberFormat: string;
  /** A WrapStrategy name. */
  wrap: string;
  note: string;
  validation: ValidationRule;
  border: CellBorders;
}
export type FormatKey = keyof FormatTypes;

/**
 * What the getters return for an unformatted cell. numberFormat is what Sheets reports for the
 * "Automatic" format; hAlign "general" is the emulator's name for "not set" (unconfirmed).
 */
export const FORMAT_DEFAULTS: {
  readonly [K in Exclude<FormatKey, 'validation' | 'border'>]: FormatTypes[K];
} = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  hAlign: 'general',
  vAlign: 'bottom',
  numberFormat: '0.###############',
  wrap: 'OVERFLOW',
  note: '',
};

export const FORMAT_KEYS: readonly FormatKey[] = [
  'background',
  'fontWeight',
  'fontStyle',
  'fontColor',
  'fontSize',
  'fontFamily',
  'fontLine',
  'hAlign',
  'vAlign',
  'numberFormat',
  'wrap',
  'note',
  'validation',
  'border',
];

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
