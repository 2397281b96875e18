/**
 * What a person sees of one tab, taken from the emulator: the writers of out/ (xlsx and
 * html) read only this, so they show exactly what the add-on wrote.
 */
export interface CellView {
  /** Shown text/number; a formula cell shows its formula text when it cannot be evaluated locally. */
  readonly value: string | number | boolean | null;
  readonly formula: string | null;
  readonly background: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string | null;
  readonly size: number | null;
  readonly hAlign: string | null;
  readonly vAlign: string | null;
  readonly numberFormat: string | null;
  readonly wrap: boolean;
  /** Allowed values when the cell has a dropdown. */
  readonly list: readonly string[] | null;
  readonly dateRule: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly rows: readonly (readonly CellView[])[];
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Pixels per column (index 0 = column A). */
  readonly columnWidths: readonly number[];
  readonly tabColor: string | null;
  readonly conditionalFormats: readonly {
    ranges: readonly string[];
    formula: string;
    background: string | null;
  }[];
  readonly protections: readonly { range: string; description: string; warningOnly: boolean }[];
  readonly charts: readonly unknown[];
}

export interface WorkbookView {
  readonly name: string;
  readonly sheets: readonly SheetView[];
}
