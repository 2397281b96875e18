/**
 * The Sheets API v4 request semantics the add-on relies on: `spreadsheets.create` with sheets,
 * and `batchUpdate` with exactly the request kinds the add-on sends (addSheet, deleteSheet,
 * updateSheetProperties, updateCells, mergeCells, updateDimensionProperties (sizes, hidden rows
 * and columns), updateBorders,
 * addProtectedRange, addChart), applied to the spreadsheet's data. A batch is all-or-nothing, as
 * the API documents: when any request fails, the spreadsheet is restored to what it was.
 */
import { type CellRange, type FormatKey, type FormatTypes, Formula, type Stored } from '../state/cells';
import { type ChartModel, newChartModel } from '../state/chart';
import { type ChartTypeName, WrapStrategy } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { ProtectionModel, type SheetModel, type SpreadsheetModel } from '../state/spreadsheet';
import { writeFormat, writeStored, setBorders } from './cells';
import { insertChart, setPath } from './charts';
import { normalizeColor } from './colors';
import { merge } from './merges';
import { type Json, colorOf, save, sheetProperties, spreadsheetResource } from './sheetsResource';
import {
  addSheet,
  checkSheetName,
  deleteColumns,
  deleteRows,
  deleteSheet,
  freezeColumns,
  freezeRows,
  insertColumns,
  insertRows,
  newSpreadsheet,
  renameSheet,
  setColumnWidths,
  setRowHeights,
} from './structure';

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
export const apiError = (method: string, message: string) =>
  `API call to sheets.spreadsheets.${method} failed with error: ${message}`;

/** Runs `fn`, reporting a refusal of the emulator's rules as an invalid request. */
function invalid<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new InvalidRequest((e as Error).message);
  }
}

const H_ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right' };
const V_ALIGN: Record<string, string> = { TOP: 'top', MIDDLE: 'middle', BOTTOM: 'bottom' };
const LEGEND: Record<string, string> = {
  TOP_LEGEND: 'top',
  BOTTOM_LEGEND: 'bottom',
  RIGHT_LEGEND: 'right',
  LEFT_LEGEND: 'left',
  NO_LEGEND: 'none',
};

/** ChartHiddenDimensionStrategy of the API as Apps Script's; unspecified skips hidden rows and columns. */
const HIDDEN_DIMENSIONS: Record<string, ChartModel['hiddenDimensionStrategy']> = {
  SKIP_HIDDEN_ROWS_AND_COLUMNS: 'IGNORE_BOTH',
  SKIP_HIDDEN_ROWS: 'IGNORE_ROWS',
  SKIP_HIDDEN_COLUMNS: 'IGNORE_COLUMNS',
  SHOW_ALL: 'SHOW_BOTH',
};

/** DataLabelPlacement of the API as the chart option's words. */
const DATA_LABEL_PLACEMENT: Record<string, string> = {
  CENTER: 'center',
  INSIDE_END: 'insideEnd',
  INSIDE_BASE: 'insideBase',
  OUTSIDE_END: 'outsideEnd',
};

/** Applies one batch's requests to a spreadsheet. */
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

  /** The cells of a GridRange (0-based, end-exclusive; unbounded ends reach the sheet's edge). */
  range(g: GridRange | undefined): CellRange {
    if (!g) throw new InvalidRequest('range is required');
    const m = this.sheet(g.sheetId ?? 0);
    const r0 = g.startRowIndex ?? 0;
    const c0 = g.startColumnIndex ?? 0;
    const r1 = g.endRowIndex ?? m.maxRows;
    const c1 = g.endColumnIndex ?? m.maxCols;
    if (r0 < 0 || c0 < 0 || r1 <= r0 || c1 <= c0 || r1 > m.maxRows || c1 > m.maxCols) {
      throw new InvalidRequest(`Range (${m.name}!R${r0 + 1}C${c0 + 1}:R${r1}C${c1}) exceeds grid limits.`);
    }
    return { sheet: m, rect: { row: r0 + 1, col: c0 + 1, numRows: r1 - r0, numCols: c1 - c0 } };
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
        invalid(() => deleteSheet(this.rt, this.ss, this.sheet(body.sheetId)));
        return {};
      case 'updateSheetProperties':
        this.updateSheetProperties((body.properties ?? {}) as Json, String(body.fields ?? ''));
        return {};
      case 'updateCells':
        this.updateCells(body);
        return {};
      case 'mergeCells': {
        if ((body.mergeType ?? 'MERGE_ALL') !== 'MERGE_ALL')
          throw new InvalidRequest('only MERGE_ALL is emulated');
        const r = this.range(body.range as GridRange);
        merge(r.sheet, [r.rect]);
        return {};
      }
      case 'updateDimensionProperties':
        this.updateDimension(body);
        return {};
      case 'updateBorders':
        this.updateBorders(body);
        return {};
      case 'addProtectedRange': {
        const p = (body.protectedRange ?? {}) as Json;
        const r = this.range(p.range as GridRange);
        const prot = new ProtectionModel('RANGE', r.sheet, r.rect);
        this.ss.protections.push(prot);
        prot.description = String(p.description ?? '');
        prot.warningOnly = p.warningOnly === true;
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
    invalid(() => checkSheetName(this.rt, ss, title));
    let id: number;
    if (props.sheetId === undefined) id = ss.newSheetId();
    else {
      id = Number(props.sheetId);
      if (!Number.isInteger(id) || id < 0)
        throw new InvalidRequest(`invalid sheetId ${String(props.sheetId)}`);
      if (ss.sheets.some((s) => s.id === id))
        throw new InvalidRequest(`A sheet with the id ${id} already exists.`);
    }
    const grid = (props.gridProperties ?? {}) as Json;
    const at = props.index === undefined ? ss.sheets.length : Math.min(Number(props.index), ss.sheets.length);
    const rows = Number(grid.rowCount ?? 1000);
    const cols = Number(grid.columnCount ?? 26);
    return sheetProperties(addSheet(ss, title, at, { id, rows, cols }));
  }

  updateSheetProperties(props: Json, fields: string): void {
    const m = this.sheet(props.sheetId);
    const grid = (props.gridProperties ?? {}) as Json;
    for (const f of fields.split(',').map((s) => s.trim())) {
      switch (f) {
        case 'title':
          invalid(() => renameSheet(m, String(props.title)));
          break;
        case 'gridProperties.rowCount': {
          const n = Number(grid.rowCount);
          if (n > m.maxRows) insertRows(m, m.maxRows + 1, n - m.maxRows);
          else if (n < m.maxRows) deleteRows(m, n + 1, m.maxRows - n);
          break;
        }
        case 'gridProperties.columnCount': {
          const n = Number(grid.columnCount);
          if (n > m.maxCols) insertColumns(m, m.maxCols + 1, n - m.maxCols);
          else if (n < m.maxCols) deleteColumns(m, n + 1, m.maxCols - n);
          break;
        }
        case 'gridProperties.frozenRowCount':
          freezeRows(m, Number(grid.frozenRowCount ?? 0));
          break;
        case 'gridProperties.frozenColumnCount':
          freezeColumns(m, Number(grid.frozenColumnCount ?? 0));
          break;
        case 'tabColorStyle': {
          const color = colorOf(props.tabColorStyle);
          m.tabColor = color ? normalizeColor(color) : null;
          break;
        }
        default:
          throw new InvalidRequest(`the emulator does not support the field "${f}" of updateSheetProperties`);
      }
    }
  }

  /** Values as typed (a stringValue is literal text, a formulaValue a formula, never parsed), then formats. */
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
    const r = this.range({
      ...g,
      endRowIndex: (g.startRowIndex ?? 0) + rows.length,
      endColumnIndex: (g.startColumnIndex ?? 0) + nc,
    });
    const cell = (i: number, j: number): Json => rows[i]?.values?.[j] ?? {};
    const fmt = (i: number, j: number) => (cell(i, j).userEnteredFormat ?? {}) as Json;
    const text = (i: number, j: number) => (fmt(i, j).textFormat ?? {}) as Json;
    writeStored(r, (i, j): Stored | undefined => {
      const v = (cell(i, j).userEnteredValue ?? {}) as Json;
      if (typeof v.stringValue === 'string') return v.stringValue === '' ? undefined : v.stringValue;
      if (typeof v.numberValue === 'number') return v.numberValue;
      if (typeof v.boolValue === 'boolean') return v.boolValue;
      if (typeof v.formulaValue === 'string')
        return v.formulaValue.length > 1 ? new Formula(v.formulaValue) : undefined;
      return undefined;
    });
    const set = <K extends FormatKey>(key: K, f: (i: number, j: number) => FormatTypes[K] | undefined) =>
      writeFormat(r, key, f);
    set('background', (i, j) => {
      const c = colorOf(fmt(i, j).backgroundStyle, fmt(i, j).backgroundColor);
      return c ? normalizeColor(c) : undefined;
    });
    set('fontWeight', (i, j) => (text(i, j).bold ? 'bold' : 'normal'));
    set('fontStyle', (i, j) => (text(i, j).italic ? 'italic' : 'normal'));
    set('fontColor', (i, j) =>
      normalizeColor(colorOf(text(i, j).foregroundColorStyle, text(i, j).foregroundColor) ?? '#000000'),
    );
    set('fontSize', (i, j) => Number(text(i, j).fontSize ?? 10));
    set('hAlign', (i, j) => H_ALIGN[String(fmt(i, j).horizontalAlignment)]);
    set('vAlign', (i, j) => V_ALIGN[String(fmt(i, j).verticalAlignment)] ?? 'bottom');
    set('numberFormat', (i, j) =>
      String(((fmt(i, j).numberFormat ?? {}) as Json).pattern ?? '0.###############'),
    );
    set('wrap', (i, j) => {
      const w = String(fmt(i, j).wrapStrategy ?? 'OVERFLOW_CELL');
      const s = w === 'OVERFLOW_CELL' ? 'OVERFLOW' : w;
      if (!(s in WrapStrategy)) throw this.rt.error('Invalid argument: strategy');
      return s;
    });
  }

  updateDimension(body: Json): void {
    const r = (body.range ?? {}) as Json;
    const m = this.sheet(r.sheetId);
    const start = Number(r.startIndex ?? 0);
    const end = Number(r.endIndex);
    const props = (body.properties ?? {}) as Json;
    const px = Number(props.pixelSize);
    if (body.fields === 'hiddenByUser') {
      const rows = r.dimension === 'ROWS';
      if (!rows && r.dimension !== 'COLUMNS')
        throw new InvalidRequest(`invalid dimension ${String(r.dimension)}`);
      if (end > (rows ? m.maxRows : m.maxCols) || end <= start)
        throw new InvalidRequest(`${rows ? 'row' : 'column'} range exceeds grid limits`);
      const set = rows ? m.hiddenRows : m.hiddenColumns;
      for (let i = start + 1; i <= end; i++) {
        if (props.hiddenByUser === true) set.add(i);
        else set.delete(i);
      }
      return;
    }
    if (body.fields !== 'pixelSize')
      throw new InvalidRequest('the emulator supports fields "pixelSize" or "hiddenByUser"');
    if (r.dimension === 'COLUMNS') {
      if (end > m.maxCols || end <= start) throw new InvalidRequest('column range exceeds grid limits');
      setColumnWidths(m, start + 1, end - start, px);
    } else if (r.dimension === 'ROWS') {
      if (end > m.maxRows || end <= start) throw new InvalidRequest('row range exceeds grid limits');
      setRowHeights(m, start + 1, end - start, px);
    } else throw new InvalidRequest(`invalid dimension ${String(r.dimension)}`);
  }

  updateBorders(body: Json): void {
    const r = this.range(body.range as GridRange);
    const sides = ['top', 'left', 'bottom', 'right', 'innerVertical', 'innerHorizontal'] as const;
    const set = sides.map((s) => body[s] as Json | undefined);
    const first = set.find((b) => b !== undefined);
    if (!first) return;
    const style = String(first.style ?? 'SOLID');
    const color = colorOf(first.colorStyle, first.color) ?? '#000000';
    const on = set.map((b) => (b === undefined ? null : b.style !== 'NONE'));
    setBorders(
      r,
      {
        top: on[0] ?? null,
        left: on[1] ?? null,
        bottom: on[2] ?? null,
        right: on[3] ?? null,
        vertical: on[4] ?? null,
        horizontal: on[5] ?? null,
      },
      { color: normalizeColor(color), style },
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
    const colors: Record<number, { color?: string; dataLabel?: string; dataLabelPlacement?: string }> = {};
    const first = box.startColumnIndex ?? 0;
    for (const s of series) {
      const c = colorOf(s.colorStyle, s.color);
      const col = (sourceOf(s.series).startColumnIndex ?? 0) - first - 1;
      const label = (s.dataLabel ?? {}) as Json;
      colors[col] = {
        ...(c ? { color: c } : {}),
        // As the Apps Script options of a chart with value labels read.
        ...(label.type === 'DATA'
          ? {
              dataLabel: 'value',
              dataLabelPlacement: DATA_LABEL_PLACEMENT[String(label.placement)] ?? 'center',
            }
          : {}),
      };
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
    const model = newChartModel();
    model.type = type as ChartTypeName;
    model.ranges.push(this.range(box));
    model.numHeaders = Math.trunc(Number(basic.headerCount ?? 0));
    model.mergeStrategy = 'MERGE_COLUMNS';
    model.hiddenDimensionStrategy = HIDDEN_DIMENSIONS[String(spec.hiddenDimensionStrategy)] ?? 'IGNORE_BOTH';
    const [row, col, x, y] = [
      Number(anchor.rowIndex ?? 0) + 1,
      Number(anchor.columnIndex ?? 0) + 1,
      Number(over.offsetXPixels ?? 0),
      Number(over.offsetYPixels ?? 0),
    ].map(Math.trunc) as [number, number, number, number];
    // Message unconfirmed (as EmbeddedChartBuilder.setPosition words it).
    if (!(row >= 1 && col >= 1)) throw this.rt.error('Invalid argument: anchor position');
    Object.assign(model, { anchorRow: row, anchorColumn: col, offsetX: x, offsetY: y });
    for (const [k, v] of Object.entries(options)) setPath(model.options, k, v);
    return insertChart(m, model);
  }
}

/** spreadsheets.create: the title and the sheets asked for, else one "Sheet1". */
export function createSpreadsheet(rt: Runtime, resource: Json): Json {
  const props = (resource?.properties ?? {}) as Json;
  const ss = newSpreadsheet(rt, String(props.title ?? 'Untitled spreadsheet'));
  const sheets = (resource?.sheets ?? []) as Json[];
  if (sheets.length > 0) {
    const batch = new Batch(rt, ss);
    const blank = ss.sheets[0] as SheetModel;
    try {
      for (const s of sheets) batch.addSheet((s.properties ?? {}) as Json);
      ss.sheets.splice(ss.sheets.indexOf(blank), 1);
      blank.deleted = true;
      ss.active = ss.sheets[0] as SheetModel;
    } catch (e) {
      rt.spreadsheets.delete(ss.id);
      throw rt.error(apiError('create', (e as Error).message));
    }
  }
  return spreadsheetResource(ss);
}

/** batchUpdate: all requests or none; any failure restores the spreadsheet and throws. */
export function batchUpdate(rt: Runtime, ss: SpreadsheetModel, resource: Json): Json {
  const requests = (resource?.requests ?? []) as Json[];
  if (!Array.isArray(requests)) throw rt.error(apiError('batchUpdate', 'requests must be a list'));
  const restore = save(ss);
  const batch = new Batch(rt, ss);
  const replies: Json[] = [];
  requests.forEach((req, i) => {
    try {
      replies.push(batch.apply(req));
    } catch (e) {
      restore();
      const kind = Object.keys(req ?? {})[0] ?? 'request';
      const msg = (e as Error).message.replace(/^Exception:\s*/, '');
      throw rt.error(apiError('batchUpdate', `Invalid requests[${i}].${kind}: ${msg}`));
    }
  });
  return { spreadsheetId: ss.id, replies };
}
