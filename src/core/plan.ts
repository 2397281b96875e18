import type { ChartSpec } from './charts/spec';

/**
 * Plans are the contract between the pure core and the Apps Script shell: plain data
 * that `src/gas/` applies with a fixed number of batched service calls, whatever the
 * number of rows. Every grid is rectangular (rows x cols of the plan).
 */

/** A formula the add-on itself wrote. Only this type ever reaches a sheet as a formula. */
export interface Formula {
  readonly formula: string;
}

/**
 * One cell's content. Strings are always text: the shell writes a string that starts with
 * `=`, `+`, `-` or `@` so that Sheets keeps it as text (see `toSheetValue`).
 */
export type Cell = string | number | boolean | Formula | null;

export const isFormula = (c: Cell): c is Formula => typeof c === 'object' && c !== null;

/** A 1-based rectangle, as in `Sheet.getRange(row, column, numRows, numColumns)`. */
export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Whole rows: the 1-based first row and how many. */
export interface RowSpan {
  readonly row: number;
  readonly rows: number;
}

export type FontWeight = 'bold' | 'normal';
export type FontStyle = 'italic' | 'normal';
export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export type ValidationRule =
  | {
      readonly kind: 'list';
      readonly values: readonly string[];
      readonly allowInvalid: boolean;
      readonly help?: string;
    }
  | { readonly kind: 'date'; readonly help?: string }
  | { readonly kind: 'checkbox' };

/** A conditional format whose custom formula is written relative to the range's top-left cell. */
export interface ConditionalFormat {
  readonly ranges: readonly RangeRef[];
  readonly formula: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** A warning-only protection: people may still edit after confirming. */
export interface Protection {
  readonly range: RangeRef;
  readonly description: string;
}

/** Per-cell formats, each a full grid the size of `values`. */
export interface CellFormats {
  readonly backgrounds: (string | null)[][];
  readonly fontWeights: FontWeight[][];
  readonly fontStyles: FontStyle[][];
  readonly fontColors: string[][];
  readonly fontSizes: number[][];
  readonly horizontalAlignments: HAlign[][];
  readonly verticalAlignments: VAlign[][];
  readonly numberFormats: string[][];
  readonly wraps: boolean[][];
  readonly validations: (ValidationRule | null)[][];
}

export interface SheetPlan {
  /** The tab name wanted; the shell makes it unique in the spreadsheet. */
  readonly title: string;
  readonly values: Cell[][];
  readonly formats: CellFormats;
  readonly merges: readonly RangeRef[];
  /**
   * Blocks whose every row is merged across the block's columns (`Range.mergeAcross`): one
   * call for a block of rows, where `merges` costs one per merged rectangle.
   */
  readonly mergesAcross?: readonly RangeRef[];
  /** Ranges that get a thin solid border on all sides (one RangeList call). */
  readonly borders: readonly RangeRef[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly protections: readonly Protection[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /**
   * Rows hidden from view (`Sheet.hideRows`, one call per span): data that charts read but
   * readers need not see. Absent: none.
   */
  readonly hiddenRows?: readonly RowSpan[];
  /** Heights in pixels of rows that need one (merged paragraphs, which Sheets does not grow). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Width in pixels of each column, left to right. */
  readonly columnWidths: readonly number[];
  readonly tabColor: string | null;
  /** Native charts drawn on the tab after its cells are written; each reads a range of this plan. */
  readonly charts?: readonly ChartSpec[];
}

export const planRows = (p: SheetPlan): number => p.values.length;
export const planCols = (p: SheetPlan): number => p.values[0]?.length ?? 0;

/** Column letters for a 1-based column index (1 -> A, 27 -> AA). */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 notation of a range (a single cell when it is 1x1). */
export function a1(r: RangeRef): string {
  const tl = `${columnLetter(r.col)}${r.row}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}
