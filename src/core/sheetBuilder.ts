import type {
  Cell,
  CellFormats,
  ConditionalFormat,
  FontStyle,
  FontWeight,
  HAlign,
  Protection,
  RangeRef,
  SheetPlan,
  VAlign,
  ValidationRule,
} from './plan';

/** The look of one cell; anything left out takes the sheet default. */
export interface CellStyle {
  readonly background?: string | null;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly align?: HAlign;
  readonly valign?: VAlign;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly validation?: ValidationRule | null;
}

/** Google's default text colour and a readable default size. */
export const DEFAULT_STYLE = {
  background: null,
  bold: false,
  italic: false,
  color: '#202124',
  size: 10,
  align: 'left',
  valign: 'top',
  numberFormat: 'General',
  wrap: true,
  validation: null,
} as const satisfies Required<CellStyle>;

/** Shared palette: high contrast, distinguishable for colour-blind readers. */
export const PALETTE = {
  headerBg: '#1f4e79',
  headerFg: '#ffffff',
  sectionBg: '#dbe7f3',
  bandBg: '#f3f6fa',
  noteFg: '#5f6368',
  inputBg: '#fffbe6',
  titleFg: '#1f4e79',
} as const;

type RowStyle = CellStyle | readonly (CellStyle | undefined)[];

/**
 * Accumulates rows and their styles into a `SheetPlan`. Rows are 1-based in everything it
 * returns, matching `Sheet.getRange`.
 */
export class SheetBuilder {
  private readonly rows: Cell[][] = [];
  private readonly styles: Required<CellStyle>[][] = [];
  private readonly merges: RangeRef[] = [];
  private readonly mergesAcross: RangeRef[] = [];
  private readonly borders: RangeRef[] = [];
  private readonly conditionals: ConditionalFormat[] = [];
  private readonly protections: Protection[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private frozen = { rows: 0, cols: 0 };
  private colWidths: number[];
  private tab: string | null = null;

  constructor(
    private readonly title: string,
    readonly cols: number,
    private readonly base: CellStyle = {},
  ) {
    if (cols < 1) throw new Error('A sheet plan needs at least one column.');
    this.colWidths = new Array<number>(cols).fill(120);
  }

  /** Number of rows added so far (also the 1-based index of the last row). */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Adds a row (padded with blanks to the sheet width) and returns its 1-based index. */
  addRow(cells: readonly Cell[], style: RowStyle = {}): number {
    if (cells.length > this.cols) {
      throw new Error(`Row has ${cells.length} cells but the sheet has ${this.cols} columns.`);
    }
    const row: Cell[] = [...cells];
    while (row.length < this.cols) row.push(null);
    const styleRow: Required<CellStyle>[] = [];
    for (let c = 0; c < this.cols; c++) {
      const s = Array.isArray(style)
        ? (style as readonly (CellStyle | undefined)[])[c]
        : (style as CellStyle);
      styleRow.push({ ...DEFAULT_STYLE, ...this.base, ...(s ?? {}) });
    }
    this.rows.push(row);
    this.styles.push(styleRow);
    return this.rows.length;
  }

  addBlankRow(): number {
    return this.addRow([]);
  }

  /** Fills one cell of a row already added: a formula that refers to rows added after it, say. */
  setCell(row: number, col: number, value: Cell): void {
    this.check({ row, col, rows: 1, cols: 1 });
    this.rows[row - 1]![col - 1] = value;
  }

  /** Restyles cells already added (e.g. to give input columns their look). */
  styleRange(r: RangeRef, style: CellStyle): void {
    this.check(r);
    for (let i = r.row; i < r.row + r.rows; i++) {
      const styleRow = this.styles[i - 1]!;
      for (let j = r.col; j < r.col + r.cols; j++) styleRow[j - 1] = { ...styleRow[j - 1]!, ...style };
    }
  }

  merge(r: RangeRef): void {
    this.check(r);
    this.merges.push(r);
  }

  /** Merges each row of the block across its columns, in one call however many rows it has. */
  mergeAcross(r: RangeRef): void {
    this.check(r);
    this.mergesAcross.push(r);
  }

  border(r: RangeRef): void {
    this.check(r);
    this.borders.push(r);
  }

  conditional(cf: ConditionalFormat): void {
    cf.ranges.forEach((r) => this.check(r));
    this.conditionals.push(cf);
  }

  protect(r: RangeRef, description: string): void {
    this.check(r);
    this.protections.push({ range: r, description });
  }

  /** Fixes a row's height: a fixed number of calls per template, never one per data row. */
  rowHeight(row: number, height: number): void {
    this.check({ row, col: 1, rows: 1, cols: 1 });
    this.heights.push({ row, height });
  }

  /** Current column widths in pixels (for estimating how text wraps). */
  get widths(): readonly number[] {
    return this.colWidths;
  }

  freeze(rows: number, cols = 0): void {
    this.frozen = { rows, cols };
  }

  columnWidths(widths: readonly number[]): void {
    if (widths.length !== this.cols)
      throw new Error(`Expected ${this.cols} column widths, got ${widths.length}.`);
    this.colWidths = [...widths];
  }

  tabColor(color: string): void {
    this.tab = color;
  }

  build(): SheetPlan {
    if (this.rows.length === 0) throw new Error('A sheet plan needs at least one row.');
    const grid = <T>(f: (s: Required<CellStyle>) => T): T[][] => this.styles.map((r) => r.map(f));
    const formats: CellFormats = {
      backgrounds: grid((s) => s.background),
      fontWeights: grid((s): FontWeight => (s.bold ? 'bold' : 'normal')),
      fontStyles: grid((s): FontStyle => (s.italic ? 'italic' : 'normal')),
      fontColors: grid((s) => s.color),
      fontSizes: grid((s) => s.size),
      horizontalAlignments: grid((s) => s.align),
      verticalAlignments: grid((s) => s.valign),
      numberFormats: grid((s) => s.numberFormat),
      wraps: grid((s) => s.wrap),
      validations: grid((s) => s.validation),
    };
    return {
      title: this.title,
      values: this.rows.map((r) => [...r]),
      formats,
      merges: [...this.merges],
      ...(this.mergesAcross.length > 0 ? { mergesAcross: [...this.mergesAcross] } : {}),
      borders: [...this.borders],
      conditionalFormats: [...this.conditionals],
      protections: [...this.protections],
      frozenRows: this.frozen.rows,
      frozenColumns: this.frozen.cols,
      rowHeights: [...this.heights],
      columnWidths: [...this.colWidths],
      tabColor: this.tab,
    };
  }

  private check(r: RangeRef): void {
    const ok =
      r.row >= 1 &&
      r.col >= 1 &&
      r.rows >= 1 &&
      r.cols >= 1 &&
      r.row + r.rows - 1 <= this.rows.length &&
      r.col + r.cols - 1 <= this.cols;
    if (!ok)
      throw new Error(`Range ${JSON.stringify(r)} is outside the ${this.rows.length}x${this.cols} plan.`);
  }
}
