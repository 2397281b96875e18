/**
 * The Sheets API's view of a spreadsheet: the metadata resource `spreadsheets.get` returns (with
 * its field mask), colors as the API spells them, and a restorable copy of a spreadsheet, since a
 * batchUpdate is all-or-nothing.
 */
import type { SheetModel, SpreadsheetModel } from '../state/spreadsheet';
import { FORMAT_KEYS } from '../state/cells';

export type Json = Record<string, unknown>;

const hex = (c: unknown): string => {
  const o = (c ?? {}) as { red?: number; green?: number; blue?: number };
  const part = (v: number | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(o.red)}${part(o.green)}${part(o.blue)}`;
};

/** "#rrggbb" of a colorStyle (or a plain color), null when there is none. */
export const colorOf = (style: unknown, plain?: unknown): string | null => {
  const rgb = (style as { rgbColor?: unknown } | undefined)?.rgbColor ?? plain;
  return rgb ? hex(rgb) : null;
};

function rgbOf(h: string): Json {
  const n = (i: number) => Math.round((Number.parseInt(h.slice(i, i + 2), 16) / 255) * 10000) / 10000;
  return { red: n(1), green: n(3), blue: n(5) };
}

export function sheetProperties(m: SheetModel): Json {
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

export function spreadsheetResource(ss: SpreadsheetModel): Json {
  return {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
    sheets: ss.sheets.map((s) => ({ properties: sheetProperties(s) })),
    spreadsheetUrl: ss.url,
  };
}

/** A field mask of dotted paths ("sheets.properties", "spreadsheetId"), applied through arrays. */
export function pick(value: unknown, paths: string[][]): unknown {
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
  readonly hiddenRows: number[];
  readonly hiddenColumns: number[];
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
    hiddenRows: [...m.hiddenRows],
    hiddenColumns: [...m.hiddenColumns],
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
  m.hiddenRows.clear();
  for (const r of s.hiddenRows) m.hiddenRows.add(r);
  m.hiddenColumns.clear();
  for (const c of s.hiddenColumns) m.hiddenColumns.add(c);
  m.maxRows = s.maxRows;
  m.maxCols = s.maxCols;
  m.frozenRows = s.frozenRows;
  m.frozenColumns = s.frozenColumns;
  m.tabColor = s.tabColor;
  m.hidden = s.hidden;
  m.deleted = s.deleted;
  m.charts = s.charts;
}

/** Saves the whole spreadsheet; the function returned puts it back. */
export function save(ss: SpreadsheetModel): () => void {
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
