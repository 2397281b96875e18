/**
 * The data behind the facades: spreadsheets, sheets (one Layer per cell attribute), merges,
 * protections. Plain classes with no instrumentation: the facades are the API, this is state.
 */
import { contains, intersects, type Rect } from './a1';
import type { ConditionalFormatRule, DataValidation } from './builders';
import type { ChartModel } from './charts';
import { Layer } from './layer';
import type { Runtime } from './runtime';
import type { Stored } from './values';

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
  validation: DataValidation;
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

type Formats = { [K in FormatKey]: Layer<FormatTypes[K]> };

function emptyFormats(): Formats {
  return Object.fromEntries(FORMAT_KEYS.map((k) => [k, new Layer()])) as Formats;
}

export class SheetModel {
  content = new Layer<Stored>();
  formats: Formats = emptyFormats();
  merges: Rect[] = [];
  conditionalRules: ConditionalFormatRule[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  /** Calls that only change appearance in the UI (autoResizeColumns), kept for the record. */
  readonly autoResized: {
    readonly start: number;
    readonly count: number;
    readonly dimension: 'COLUMNS' | 'ROWS';
  }[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  hiddenGridlines = false;
  tabColor: string | null = null;
  deleted = false;
  /** Embedded charts, in insertion order. */
  charts: ChartModel[] = [];
  /** The URL of the form whose responses this tab receives (Sheet.getFormUrl), or null. */
  formUrl: string | null = null;

  constructor(
    readonly parent: SpreadsheetModel,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  get rt(): Runtime {
    return this.parent.rt;
  }

  /** A copy for `insertSheet({template})`: cells, formats, merges and sizes, not protections. */
  copyFrom(t: SheetModel): void {
    this.content = t.content.clone();
    this.formats = Object.fromEntries(FORMAT_KEYS.map((k) => [k, t.formats[k].clone()])) as Formats;
    this.merges = t.merges.map((m) => ({ ...m }));
    this.conditionalRules = t.conditionalRules.map((r) => r._moved(t, this));
    for (const [k, v] of t.columnWidths) this.columnWidths.set(k, v);
    for (const [k, v] of t.rowHeights) this.rowHeights.set(k, v);
    this.maxRows = t.maxRows;
    this.maxCols = t.maxCols;
    this.frozenRows = t.frozenRows;
    this.frozenColumns = t.frozenColumns;
    this.tabColor = t.tabColor;
  }

  allLayers(): Layer<unknown>[] {
    return [this.content, ...FORMAT_KEYS.map((k) => this.formats[k] as Layer<unknown>)];
  }

  /** Inserts `n` rows before 1-based row `before`, moving cells and merges down. */
  insertRows(before: number, n: number): void {
    for (const l of this.allLayers()) l.insertRows(before - 1, n);
    this.merges = this.merges.map((m) => (m.row >= before ? { ...m, row: m.row + n } : m));
    this.maxRows += n;
  }

  insertColumns(before: number, n: number): void {
    for (const l of this.allLayers()) l.insertCols(before - 1, n);
    this.merges = this.merges.map((m) => (m.col >= before ? { ...m, col: m.col + n } : m));
    this.maxCols += n;
  }

  /** Deletes rows [at, at+n), dropping merges that touch them. */
  deleteRows(at: number, n: number): void {
    for (const l of this.allLayers()) l.deleteRows(at - 1, n);
    const gone: Rect = { row: at, col: 1, numRows: n, numCols: this.maxCols };
    this.merges = this.merges
      .filter((m) => !intersects(m, gone))
      .map((m) => (m.row > at ? { ...m, row: m.row - n } : m));
    this.maxRows -= n;
  }

  deleteColumns(at: number, n: number): void {
    for (const l of this.allLayers()) l.deleteCols(at - 1, n);
    const gone: Rect = { row: 1, col: at, numRows: this.maxRows, numCols: n };
    this.merges = this.merges
      .filter((m) => !intersects(m, gone))
      .map((m) => (m.col > at ? { ...m, col: m.col - n } : m));
    this.maxCols -= n;
  }

  /** Merges overlapping `r` that are not wholly inside it: those block a merge or unmerge. */
  partialMerges(r: Rect): Rect[] {
    return this.merges.filter((m) => intersects(m, r) && !contains(r, m));
  }

  get index(): number {
    return this.parent.sheets.indexOf(this);
  }
}

export class ProtectionModel {
  description = '';
  warningOnly = false;
  removed = false;
  readonly editors: string[] = [];

  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: SheetModel,
    public rect: Rect | null,
  ) {}
}

export interface Selection {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  active: SheetModel;
  selection: Selection | null = null;
  readonly protections: ProtectionModel[] = [];
  locale = 'en_US';
  private idSeed: number;
  private chartSeq = 0;

  constructor(
    readonly rt: Runtime,
    readonly id: string,
    public name: string,
    public timeZone: string,
    rows = 1000,
    cols = 26,
  ) {
    this.idSeed = id.length * 7919;
    // The first tab of a new spreadsheet is "Sheet1" with gid 0, as in Sheets.
    const first = new SheetModel(this, 'Sheet1', 0, rows, cols);
    this.sheets.push(first);
    this.active = first;
  }

  /** Sheet ids after the first look random in Sheets; here they are deterministic. */
  newSheetId(): number {
    do {
      this.idSeed = (this.idSeed * 48271 + 12345) % 2147483647;
    } while (this.idSeed === 0 || this.sheets.some((s) => s.id === this.idSeed));
    return this.idSeed;
  }

  /** Chart ids are unique within the spreadsheet; real ones look random, these are deterministic. */
  newChartId(): number {
    return 1_000_000 + ++this.chartSeq;
  }

  /** Sheet names are unique ignoring case. */
  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
}
