import type { ChartSpec } from '../../src/core/charts/spec';

/**
 * What a person sees of one tab, taken from the emulator: the writers of out/ (xlsx and
 * html) read only this, so they show exactly what the add-on wrote.
 */
export interface CellView {
  /**
   * The value as a spreadsheet file stores it (dates as serial numbers). A formula cell holds
   * whatever value the emulator computed for it (empty where it computed none), never its text.
   */
  readonly value: string | number | boolean | null;
  /** What Sheets shows: the value through its number format. */
  readonly text: string;
  readonly formula: string | null;
  /** True/false when the cell is a checkbox (a CHECKBOX rule), null otherwise. */
  readonly checkbox: boolean | null;
  readonly background: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string | null;
  /** Points, as Sheets sets font sizes. */
  readonly size: number;
  /** Resolved: a default alignment is where Sheets puts this value (numbers right, text left). */
  readonly hAlign: 'left' | 'center' | 'right';
  readonly vAlign: 'top' | 'middle' | 'bottom';
  /** null for Automatic. */
  readonly numberFormat: string | null;
  /** Sheets' text wrapping: spill into empty neighbours, wrap within the column, or cut off. */
  readonly flow: 'overflow' | 'wrap' | 'clip';
  /** Borders set on the cell, as CSS border values ("1px solid #b7c3d0"); null for none. */
  readonly borders: CellBorderView | null;
  /** Allowed values when the cell has a dropdown. */
  readonly list: readonly string[] | null;
  readonly dateRule: boolean;
}

export interface CellBorderView {
  readonly top?: string;
  readonly right?: string;
  readonly bottom?: string;
  readonly left?: string;
}

/** Which part of the report a tab belongs in. */
export type TabKind = 'summary' | 'template' | 'responses' | 'other';

export interface SheetView {
  readonly name: string;
  readonly kind: TabKind;
  /** The rows shown: every row, or the first ones of a bounded responses preview. */
  readonly rows: readonly (readonly CellView[])[];
  /** Rows of the tab left out of `rows` (a responses tab is shown as a bounded preview). */
  readonly omittedRows: number;
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Pixels per column (index 0 = column A). */
  readonly columnWidths: readonly number[];
  /** Pixels per row as set in the sheet (Sheets grows a row to fit wrapped text unless set). */
  readonly rowHeights: readonly number[];
  /** Rows hidden in the sheet (1-based): Sheets draws none of them, nor charts of them unless told to. */
  readonly hiddenRows: readonly number[];
  readonly tabColor: string | null;
  readonly conditionalFormats: readonly {
    ranges: readonly string[];
    formula: string;
    background: string | null;
  }[];
  readonly protections: readonly { range: string; description: string; warningOnly: boolean }[];
  /** The embedded charts, as inserted (type, range, options) and read back into specs. */
  readonly charts: readonly ChartSpec[];
}

export interface WorkbookView {
  readonly name: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetView[];
}
