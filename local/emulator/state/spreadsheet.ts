/**
 * Spreadsheets and their tabs as plain data: cell layers, merges, sizes, frozen panes, rules,
 * charts, protections. Changing them the way Sheets does (inserting rows moves cells and merges,
 * a merge keeps the top-left value...) is behaviour/; reading and writing them through Apps
 * Script classes is facades/.
 */
import { type ConditionalRule, FORMAT_KEYS, type FormatKey, type FormatTypes, type Stored } from './cells';
import type { ChartModel } from './chart';
import { Layer } from './layer';
import type { Rect } from './rect';
import type { Runtime } from './runtime';

export type Formats = { [K in FormatKey]: Layer<FormatTypes[K]> };

export function emptyFormats(): Formats {
  return Object.fromEntries(FORMAT_KEYS.map((k) => [k, new Layer()])) as Formats;
}

export class SheetModel {
  content = new Layer<Stored>();
  formats: Formats = emptyFormats();
  merges: Rect[] = [];
  conditionalRules: ConditionalRule[] = [];
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
  /** Set when a formula is written: only such a tab is ever evaluated (behaviour/formulas.ts). */
  mayHaveFormulas = false;

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

  get index(): number {
    return this.parent.sheets.indexOf(this);
  }

  /** The content layer and every format layer. */
  allLayers(): Layer<unknown>[] {
    return [this.content, ...FORMAT_KEYS.map((k) => this.formats[k] as Layer<unknown>)];
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
  locale: string;
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
    this.locale = rt.locale;
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
