/**
 * The `Sheets` advanced service (Sheets API v4), minimal: `Sheets.Spreadsheets.create`, `get` and
 * `batchUpdate` with exactly the request kinds the add-on sends (addSheet, deleteSheet,
 * updateSheetProperties, updateCells, mergeCells, updateDimensionProperties, updateBorders,
 * addProtectedRange, addChart). Requests are applied to the emulator's spreadsheet model through
 * its own SpreadsheetApp objects (not counted as add-on calls). A batch is all-or-nothing, as the
 * API documents: when any request fails, the spreadsheet is restored to what it was.
 * Counted under the service "sheets-api" as `Spreadsheets.create` / `.get` / `.batchUpdate`.
 */
import { instrument } from './counter';
import { FORMAT_KEYS, SheetModel, type SpreadsheetModel } from './model';
import type { Runtime } from './runtime';
import { checkSheetName, sheetOf } from './sheet';
import { spreadsheetOf } from './spreadsheet';
import { newSpreadsheet } from './spreadsheetApp';

type Json = Record<string, unknown>;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

/** A request the emulator cannot apply: reported as the API reports an invalid request. */
class InvalidRequest extends Error {}

/** The text Apps Script gives for an API error (assumed shape: "API call to … failed with error: …"). */
const apiError = (method: string, message: string) =>
  `API call to sheets.spreadsheets.${method} failed with error: ${message}`;

const hex = (c: unknown): string => {
  const o = (c ?? {}) as { red?: number; green?: number; blue?: number };
  const part = (v: number | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(o.red)}${part(o.green)}${part(o.blue)}`;
};
const colorOf = (style: unknown, plain?: unknown): string | null => {
  const rgb = (style as { rgbColor?: unknown } | undefined)?.rgbColor ?? plain;
  return rgb ? hex(rgb) : null;
};

function sheetProperties(m: SheetModel): Json {
  return {
    sheetId: m.id,
    title: m.name,
    index: m.index,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: m.maxRows,
      columnCount: m.maxCols,
      ...(m.frozenRows ? { frozenRowCount: m.frozenRows } : {}),
      ...(m.frozenColumns ? { frozenColumnCount: m.frozenColumns } : {}),
    },
    ...(m.hidden ? { hidden: true } : {}),
    ...(m.tabColor ? { tabColorStyle: { rgbColor: rgbOf(m.tabColor) } } : {}),
  };
}

function rgbOf(h: string): Json {
  const n = (i: number) => Math.round((Number.parseInt(h.slice(i, i + 2), 16) / 255) * 10000) / 10000;
  return { red: n(1), green: n(3), blue: n(5) };
}

function spreadsheetResource(ss: SpreadsheetModel): Json {
  return {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
    sheets: ss.sheets.map((s) => ({ properties: sheetProperties(s) })),
    spreadsheetUrl: ss.url,
  };
}

/** A field mask of dotted paths ("sheets.properties", "spreadsheetId"), applied through arrays. */
function pick(value: unknown, paths: string[][]): unknown {
  if (paths.some((p) => p.length === 0)) return value;
  if (Array.isArray(value)) return value.map((v) => pick(v, paths));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    const sub = paths.filter((p) => p[0] === k).map((p) => p.slice(1));
    if (sub.length > 0) out[k] = pick(v, sub);
  }
  return out;
}

/** What one sheet looked like, to put back if a batch fails. */
interface SheetState {
  readonly model: SheetModel;
  readonly name: string;
  readonly content: SheetModel['content'];
  readonly formats: SheetModel['formats'];
  readonly merges: SheetModel['merges'];
  readonly conditionalRules: SheetModel['conditionalRules'];
  readonly columnWidths: [number, number][];
  readonly rowHeights: [number, number][];
  readonly maxRows: number;
  readonly maxCols: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly tabColor: string | null;
  readonly hidden: boolean;
  readonly deleted: boolean;
  readonly charts: SheetModel['charts'];
}

function saveSheet(m: SheetModel): SheetState {
  return {
    model: m,
    name: m.name,
    content: m.content.clone(),
    formats: Object.fromEntries(FORMAT_KEYS.map((k) => [k, m.formats[k].clone()])) as SheetModel['formats'],
    merges: m.merges.map((r) => ({ ...r })),
    conditionalRules: m.conditionalRules.slice(),
    columnWidths: [...m.columnWidths],
    rowHeights: [...m.rowHeights],
    maxRows: m.maxRows,
    maxCols: m.maxCols,
    frozenRows: m.frozenRows,
    frozenColumns: m.frozenColumns,
    tabColor: m.tabColor,
    hidden: m.hidden,
    deleted: m.deleted,
    charts: m.charts.slice(),
  };
}

function restoreSheet(s: SheetState): void {
  const m = s.model;
  m.name = s.name;
  m.content = s.content;
  m.formats = s.formats;
  m.merges = s.merges;
  m.conditionalRules = s.conditionalRules;
  m.columnWidths.clear();
  for (const [k, v] of s.columnWidths) m.columnWidths.set(k, v);
  m.rowHeights.clear();
  for (const [k, v] of s.rowHeights) m.rowHeights.set(k, v);
  m.maxRows = s.maxRows;
  m.maxCols = s.maxCols;
  m.frozenRows = s.frozenRows;
  m.frozenColumns = s.frozenColumns;
  m.tabColor = s.tabColor;
  m.hidden = s.hidden;
  m.deleted = s.deleted;
  m.charts = s.charts;
}

/** The whole spreadsheet's restorable state. */
function save(ss: SpreadsheetModel): () => void {
  const sheets = ss.sheets.slice();
  const states = sheets.map(saveSheet);
  const protections = ss.protections.slice();
  const active = ss.active;
  const selection = ss.selection;
  const name = ss.name;
  return () => {
    for (const s of states) restoreSheet(s);
    ss.sheets.splice(0, ss.sheets.length, ...sheets);
    ss.protections.splice(0, ss.protections.length, ...protections);
    ss.active = active;
    ss.selection = selection;
    ss.name = name;
  };
}

const H_ALIGN: Record<string, 'left' | 'center' | 'right'> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
};
const V_ALIGN: Record<string, 'top' | 'middle' | 'bottom'> = {
  TOP: 'top',
  MIDDLE: 'middle',
  BOTTOM: 'bottom',
};
const LEGEND: Record<string, string> = {
  TOP_LEGEND: 'top',
  BOTTOM_LEGEND: 'bottom',
  RIGHT_LEGEND: 'right',
  LEFT_LEGEND: 'left',
  NO_LEGEND: 'none',
};

/** Applies one batch's requests to a spreadsheet model. */
class Batch {
  constructor(
    readonly rt: Runtime,
    readonly ss: SpreadsheetModel,
  ) {}

  sheet(id: unknown): SheetModel {
    const m = this.ss.sheets.find((s) => s.id === Number(id));
    if (!m) throw new InvalidRequest(`No grid with id: ${String(id)}`);
    return m;
  }

  /** The facade range of a GridRange (0-based, end-exclusive; unbounded ends reach the sheet's edge). */
  range(g: GridRange | undefined): GoogleAppsScript.Spreadsheet.Range {
    if (!g) throw new InvalidRequest('range is required');
    const m = this.sheet(g.sheetId ?? 0);
    const r0 = g.startRowIndex ?? 0;
    const c0 = g.startColumnIndex ?? 0;
    const r1 = g.endRowIndex ?? m.maxRows;
    const c1 = g.endColumnIndex ?? m.maxCols;
    if (r0 < 0 || c0 < 0 || r1 <= r0 || c1 <= c0 || r1 > m.maxRows || c1 > m.maxCols) {
      throw new InvalidRequest(`Range (${m.name}!R${r0 + 1}C${c0 + 1}:R${r1}C${c1}) exceeds grid limits.`);
    }
    return sheetOf(m).getRange(r0 + 1, c0 + 1, r1 - r0, c1 - c0);
  }

  apply(req: Json): Json {
    const kinds = Object.keys(req);
    if (kinds.length !== 1) throw new InvalidRequest('a request must set exactly one kind');
    const kind = kinds[0] as string;
    const body = (req[kind] ?? {}) as Json;
    switch (kind) {
      case 'addSheet':
        return { addSheet: { properties: this.addSheet((body.properties ?? {}) as Json) } };
      case 'deleteSheet':
        this.deleteSheet(body.sheetId);
        return {};
      case 'updateSheetProperties':
        this.updateSheetProperties((body.properties ?? {}) as Json, String(body.fields ?? ''));
        return {};
      case 'updateCells':
        this.updateCells(body);
        return {};
      case 'mergeCells':
        if ((body.mergeType ?? 'MERGE_ALL') !== 'MERGE_ALL')
          throw new InvalidRequest('only MERGE_ALL is emulated');
        this.range(body.range as GridRange).merge();
        return {};
      case 'updateDimensionProperties':
        this.updateDimension(body);
        return {};
      case 'updateBorders':
        this.updateBorders(body);
        return {};
      case 'addProtectedRange': {
        const p = (body.protectedRange ?? {}) as Json;
        const prot = this.range(p.range as GridRange).protect();
        prot.setDescription(String(p.description ?? ''));
        prot.setWarningOnly(p.warningOnly === true);
        return { addProtectedRange: { protectedRange: p } };
      }
      case 'addChart':
        return { addChart: { chart: { chartId: this.addChart((body.chart ?? {}) as Json) } } };
      default:
        throw new InvalidRequest(`the emulator does not support the request kind "${kind}"`);
    }
  }

  addSheet(props: Json): Json {
    const ss = this.ss;
    const title = props.title === undefined ? `Sheet${ss.sheets.length + 1}` : String(props.title);
    try {
      checkSheetName(this.rt, ss, title);
    } catch (e) {
      throw new InvalidRequest((e as Error).message);
    }
    let id: number;
    if (props.sheetId === undefined) id = ss.newSheetId();
    else {
      id = Number(props.sheetId);
      if (!Number.isInteger(id) || id < 0)
        throw new InvalidRequest(`invalid sheetId ${String(props.sheetId)}`);
      if (ss.sheets.some((s) => s.id === id)) {
        throw new InvalidRequest(`A sheet with the id ${id} already exists.`);
      }
    }
    const grid = (props.gridProperties ?? {}) as Json;
    const m = new SheetModel(ss, title, id, Number(grid.rowCount ?? 1000), Number(grid.columnCount ?? 26));
    const at = props.index === undefined ? ss.sheets.length : Math.min(Number(props.index), ss.sheets.length);
    ss.sheets.splice(at, 0, m);
    return sheetProperties(m);
  }

  deleteSheet(id: unknown): void {
    const m = this.sheet(id);
    try {
      spreadsheetOf(this.ss).deleteSheet(sheetOf(m));
    } catch (e) {
      throw new InvalidRequest((e as Error).message);
    }
  }

  updateSheetProperties(props: Json, fields: string): void {
    const m = this.sheet(props.sheetId);
    const sheet: GSheet = sheetOf(m);
    const grid = (props.gridProperties ?? {}) as Json;
    for (const f of fields.split(',').map((s) => s.trim())) {
      switch (f) {
        case 'title':
          try {
            sheet.setName(String(props.title));
          } catch (e) {
            throw new InvalidRequest((e as Error).message);
          }
          break;
        case 'gridProperties.rowCount': {
          const n = Number(grid.rowCount);
          if (n > m.maxRows) sheet.insertRowsAfter(m.maxRows, n - m.maxRows);
          else if (n < m.maxRows) sheet.deleteRows(n + 1, m.maxRows - n);
          break;
        }
        case 'gridProperties.columnCount': {
          const n = Number(grid.columnCount);
          if (n > m.maxCols) sheet.insertColumnsAfter(m.maxCols, n - m.maxCols);
          else if (n < m.maxCols) sheet.deleteColumns(n + 1, m.maxCols - n);
          break;
        }
        case 'gridProperties.frozenRowCount':
          sheet.setFrozenRows(Number(grid.frozenRowCount ?? 0));
          break;
        case 'gridProperties.frozenColumnCount':
          sheet.setFrozenColumns(Number(grid.frozenColumnCount ?? 0));
          break;
        case 'tabColorStyle':
          sheet.setTabColor(colorOf(props.tabColorStyle) as string);
          break;
        default:
          throw new InvalidRequest(`the emulator does not support the field "${f}" of updateSheetProperties`);
      }
    }
  }

  /** Values as literal text/numbers/booleans (a stringValue is never parsed), then formats. */
  updateCells(body: Json): void {
    if (body.fields !== 'userEnteredValue,userEnteredFormat') {
      throw new InvalidRequest(
        'the emulator supports updateCells with fields "userEnteredValue,userEnteredFormat"',
      );
    }
    const rows = (body.rows ?? []) as { values?: Json[] }[];
    const nc = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
    if (rows.length === 0 || nc === 0) return;
    const g = body.range as GridRange;
    const range = this.range({
      ...g,
      endRowIndex: (g.startRowIndex ?? 0) + rows.length,
      endColumnIndex: (g.startColumnIndex ?? 0) + nc,
    });
    const cell = (i: number, j: number): Json => rows[i]?.values?.[j] ?? {};
    const grid = <T>(f: (c: Json) => T): T[][] =>
      rows.map((_r, i) => Array.from({ length: nc }, (_x, j) => f(cell(i, j))));
    const fmt = (c: Json) => (c.userEnteredFormat ?? {}) as Json;
    const text = (c: Json) => (fmt(c).textFormat ?? {}) as Json;
    range.setValues(
      grid((c) => {
        const v = (c.userEnteredValue ?? {}) as Json;
        if (typeof v.stringValue === 'string') return v.stringValue === '' ? '' : `'${v.stringValue}`;
        if (typeof v.numberValue === 'number') return v.numberValue;
        if (typeof v.boolValue === 'boolean') return v.boolValue;
        if (typeof v.formulaValue === 'string') return v.formulaValue;
        return '';
      }),
    );
    range.setBackgrounds(grid((c) => colorOf(fmt(c).backgroundStyle, fmt(c).backgroundColor)) as string[][]);
    range.setFontWeights(grid((c) => (text(c).bold ? 'bold' : 'normal')));
    range.setFontStyles(grid((c) => (text(c).italic ? 'italic' : 'normal')));
    range.setFontColors(
      grid((c) => colorOf(text(c).foregroundColorStyle, text(c).foregroundColor) ?? '#000000'),
    );
    range.setFontSizes(grid((c) => Number(text(c).fontSize ?? 10)));
    range.setHorizontalAlignments(grid((c) => H_ALIGN[String(fmt(c).horizontalAlignment)] ?? null));
    range.setVerticalAlignments(grid((c) => V_ALIGN[String(fmt(c).verticalAlignment)] ?? 'bottom'));
    range.setNumberFormats(
      grid((c) => String(((fmt(c).numberFormat ?? {}) as Json).pattern ?? '0.###############')),
    );
    range.setWrapStrategies(
      grid((c) => {
        const w = String(fmt(c).wrapStrategy ?? 'OVERFLOW_CELL');
        return (w === 'OVERFLOW_CELL'
          ? 'OVERFLOW'
          : w) as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
      }),
    );
  }

  updateDimension(body: Json): void {
    const r = (body.range ?? {}) as Json;
    const m = this.sheet(r.sheetId);
    const start = Number(r.startIndex ?? 0);
    const end = Number(r.endIndex);
    const px = Number(((body.properties ?? {}) as Json).pixelSize);
    if (body.fields !== 'pixelSize')
      throw new InvalidRequest('the emulator supports fields "pixelSize" only');
    const sheet = sheetOf(m);
    if (r.dimension === 'COLUMNS') {
      if (end > m.maxCols || end <= start) throw new InvalidRequest('column range exceeds grid limits');
      sheet.setColumnWidths(start + 1, end - start, px);
    } else if (r.dimension === 'ROWS') {
      if (end > m.maxRows || end <= start) throw new InvalidRequest('row range exceeds grid limits');
      sheet.setRowHeights(start + 1, end - start, px);
    } else throw new InvalidRequest(`invalid dimension ${String(r.dimension)}`);
  }

  updateBorders(body: Json): void {
    const range = this.range(body.range as GridRange);
    const sides = ['top', 'left', 'bottom', 'right', 'innerVertical', 'innerHorizontal'] as const;
    const set = sides.map((s) => body[s] as Json | undefined);
    const first = set.find((b) => b !== undefined);
    if (!first) return;
    const style = String(first.style ?? 'SOLID');
    const color = colorOf(first.colorStyle, first.color) ?? '#000000';
    const on = set.map((b) => (b === undefined ? null : b.style !== 'NONE'));
    range.setBorder(
      on[0] ?? null,
      on[1] ?? null,
      on[2] ?? null,
      on[3] ?? null,
      on[4] ?? null,
      on[5] ?? null,
      color,
      style as unknown as GoogleAppsScript.Spreadsheet.BorderStyle,
    );
  }

  /** A basicChart as an embedded chart over the bounding range of its domain and series. */
  addChart(chart: Json): number {
    const spec = (chart.spec ?? {}) as Json;
    const basic = spec.basicChart as Json | undefined;
    if (!basic) throw new InvalidRequest('the emulator supports basicChart charts only');
    const over = (((chart.position ?? {}) as Json).overlayPosition ?? {}) as Json;
    const anchor = (over.anchorCell ?? {}) as Json;
    const m = this.sheet(anchor.sheetId);
    const sourceOf = (d: unknown): GridRange => {
      const sources = ((((d ?? {}) as Json).sourceRange ?? {}) as Json).sources as GridRange[] | undefined;
      const first = sources?.[0];
      if (!first || sources?.length !== 1) throw new InvalidRequest('a chart source needs exactly one range');
      return first;
    };
    const domains = (basic.domains ?? []) as Json[];
    const series = (basic.series ?? []) as Json[];
    const all = [...domains.map((d) => sourceOf(d.domain)), ...series.map((s) => sourceOf(s.series))];
    if (all.length === 0) throw new InvalidRequest('a chart needs data');
    if (all.some((g) => g.sheetId !== m.id))
      throw new InvalidRequest('the emulator charts data from the same sheet');
    const box: GridRange = {
      sheetId: m.id,
      startRowIndex: Math.min(...all.map((g) => g.startRowIndex ?? 0)),
      endRowIndex: Math.max(...all.map((g) => g.endRowIndex ?? m.maxRows)),
      startColumnIndex: Math.min(...all.map((g) => g.startColumnIndex ?? 0)),
      endColumnIndex: Math.max(...all.map((g) => g.endColumnIndex ?? m.maxCols)),
    };
    const type = String(basic.chartType ?? '');
    if (!['BAR', 'COLUMN', 'LINE', 'AREA'].includes(type)) throw new InvalidRequest(`chart type ${type}`);
    const horizontal = type === 'BAR';
    const colors: Record<number, { color: string }> = {};
    const first = box.startColumnIndex ?? 0;
    for (const s of series) {
      const c = colorOf(s.colorStyle, s.color);
      const col = (sourceOf(s.series).startColumnIndex ?? 0) - first - 1;
      if (c) colors[col] = { color: c };
    }
    const axis = ((basic.axis ?? []) as Json[]).find(
      (a) => a.position === (horizontal ? 'BOTTOM_AXIS' : 'LEFT_AXIS'),
    );
    const view = (axis?.viewWindowOptions ?? {}) as Json;
    const axisOptions = {
      ...(axis?.title ? { title: axis.title } : {}),
      viewWindow: {
        ...(view.viewWindowMin === undefined ? {} : { min: view.viewWindowMin }),
        ...(view.viewWindowMax === undefined ? {} : { max: view.viewWindowMax }),
      },
    };
    const options: Json = {
      title: spec.title ?? '',
      width: Number(over.widthPixels ?? 600),
      height: Number(over.heightPixels ?? 371),
      isStacked: basic.stackedType === 'STACKED',
      legend: { position: LEGEND[String(basic.legendPosition ?? 'RIGHT_LEGEND')] ?? 'right' },
      series: colors,
      useFirstColumnAsDomain: true,
      [horizontal ? 'hAxis' : 'vAxis']: axisOptions,
    };
    const sheet = sheetOf(m);
    let b = sheet
      .newChart()
      .setChartType(type as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(this.range(box))
      .setNumHeaders(Number(basic.headerCount ?? 0))
      .setMergeStrategy('MERGE_COLUMNS' as unknown as GoogleAppsScript.Charts.ChartMergeStrategy)
      .setPosition(
        Number(anchor.rowIndex ?? 0) + 1,
        Number(anchor.columnIndex ?? 0) + 1,
        Number(over.offsetXPixels ?? 0),
        Number(over.offsetYPixels ?? 0),
      );
    for (const [k, v] of Object.entries(options)) b = b.setOption(k, v);
    sheet.insertChart(b.build());
    const charts = sheet.getCharts();
    return charts[charts.length - 1]?.getChartId() ?? 0;
  }
}

/** `Sheets.Spreadsheets`. */
export class Spreadsheets {
  constructor(readonly rt: Runtime) {}

  /** A new spreadsheet with the given title and sheets (one "Sheet1" when none are given). */
  create(resource: Json): Json {
    this.rt.requireAuth('Sheets.Spreadsheets.create', 'FULL');
    const props = (resource?.properties ?? {}) as Json;
    const ss = newSpreadsheet(this.rt, String(props.title ?? 'Untitled spreadsheet'));
    const sheets = (resource?.sheets ?? []) as Json[];
    if (sheets.length > 0) {
      const batch = new Batch(this.rt, ss);
      const blank = ss.sheets[0] as SheetModel;
      try {
        for (const s of sheets) batch.addSheet((s.properties ?? {}) as Json);
        ss.sheets.splice(ss.sheets.indexOf(blank), 1);
        blank.deleted = true;
        ss.active = ss.sheets[0] as SheetModel;
      } catch (e) {
        this.rt.spreadsheets.delete(ss.id);
        throw this.rt.error(apiError('create', (e as Error).message));
      }
    }
    return spreadsheetResource(ss);
  }

  /** Metadata only (no grid data); `optionalArgs.fields` narrows it like a field mask. */
  get(spreadsheetId: string, optionalArgs?: Json): Json {
    this.rt.requireAuth('Sheets.Spreadsheets.get', 'FULL');
    const ss = this._find('get', spreadsheetId);
    const res = spreadsheetResource(ss);
    const fields = optionalArgs?.fields;
    if (typeof fields !== 'string' || fields.trim() === '') return res;
    return pick(
      res,
      fields.split(',').map((f) => f.trim().split('.')),
    ) as Json;
  }

  /** All requests or none: any failure restores the spreadsheet and throws. */
  batchUpdate(resource: Json, spreadsheetId: string): Json {
    this.rt.requireAuth('Sheets.Spreadsheets.batchUpdate', 'FULL');
    const ss = this._find('batchUpdate', spreadsheetId);
    const requests = (resource?.requests ?? []) as Json[];
    if (!Array.isArray(requests)) throw this.rt.error(apiError('batchUpdate', 'requests must be a list'));
    const restore = save(ss);
    const batch = new Batch(this.rt, ss);
    const replies: Json[] = [];
    requests.forEach((req, i) => {
      try {
        replies.push(batch.apply(req));
      } catch (e) {
        restore();
        const kind = Object.keys(req ?? {})[0] ?? 'request';
        const msg = (e as Error).message.replace(/^Exception:\s*/, '');
        throw this.rt.error(apiError('batchUpdate', `Invalid requests[${i}].${kind}: ${msg}`));
      }
    });
    return { spreadsheetId: ss.id, replies };
  }

  /** Files the emulator made and that were not removed (`emu.drive.remove`). */
  _find(method: string, id: string): SpreadsheetModel {
    const ss = this.rt.spreadsheets.get(String(id));
    if (!ss) throw this.rt.error(apiError(method, 'Requested entity was not found.'));
    return ss;
  }
}

/** The `Sheets` global. */
export class SheetsAdvanced {
  readonly Spreadsheets: Spreadsheets;
  constructor(readonly rt: Runtime) {
    this.Spreadsheets = new Spreadsheets(rt);
  }
}

instrument(Spreadsheets, 'Spreadsheets', 'sheets-api');
