import { PALETTE } from '../../src/core/sheetBuilder';
import { readConfigs } from '../../src/core/summaryConfig';
import { type Emulator, snapshotOf } from '../emulator';
import { type GridSource, sheetView } from './fromSnapshot';
import type { SheetView, TabKind, WorkbookView } from './view';

/**
 * Responses rows a report or workbook shows of a raw responses tab. The full responses stay in
 * the spreadsheet; at 250,000 rows writing them all would make a file nobody opens.
 */
export const RESPONSES_PREVIEW_ROWS = 100;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The first `limit` responses of a tab (and its header), read through the Range API so a big tab
 * is never copied whole. Forms writes no merges, rules or charts into a responses tab.
 */
function boundedResponses(sheet: Sheet, limit: number): { source: GridSource; omitted: number } {
  const lastRow = sheet.getLastRow();
  const cols = Math.max(1, sheet.getLastColumn());
  const rows = Math.min(lastRow, limit + 1); // the header row and `limit` responses
  const range = rows > 0 ? sheet.getRange(1, 1, rows, cols) : null;
  const grid = <T>(read: (r: GoogleAppsScript.Spreadsheet.Range) => T[][]): T[][] =>
    range ? read(range) : [];
  const source: GridSource = {
    name: sheet.getName(),
    values: grid((r) => r.getValues()),
    formulas: grid((r) => r.getFormulas()),
    backgrounds: grid((r) => r.getBackgrounds()),
    fontWeights: grid((r) => r.getFontWeights()),
    fontStyles: grid((r) => r.getFontStyles()),
    fontColors: grid((r) => r.getFontColors()),
    fontSizes: grid((r) => r.getFontSizes()),
    hAligns: grid((r) => r.getHorizontalAlignments()),
    vAligns: grid((r) => r.getVerticalAlignments()),
    numberFormats: grid((r) => r.getNumberFormats()),
    wrapStrategies: grid((r) => r.getWrapStrategies().map((row) => row.map(String))),
    validations: [],
    borders: [],
    merges: [],
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    columnWidths: Array.from({ length: range ? cols : 0 }, (_, i) => sheet.getColumnWidth(i + 1)),
    rowHeights: Array.from({ length: rows }, (_, i) => sheet.getRowHeight(i + 1)),
    // Forms appends rows and never hides one.
    hiddenRows: [],
    tabColor: sheet.getTabColor(),
    conditionalFormats: [],
    protections: [],
    charts: [],
  };
  return { source, omitted: Math.max(0, lastRow - rows) };
}

/** Every tab the add-on inserts carries its tab color; a summary is also remembered by id. */
const ADDON_TAB_COLOR = PALETTE.headerBg.toLowerCase();

/** Summary tabs are the ones the add-on remembers building (by sheet id, so a renamed one still counts). */
function summarySheetIds(emu: Emulator): Set<number> {
  return new Set(readConfigs(emu.properties.document).map((c) => c.sheetId));
}

export interface CaptureOptions {
  /** Responses rows to show of each raw responses tab (default RESPONSES_PREVIEW_ROWS). */
  readonly responsesPreviewRows?: number;
}

function kindOf(sheet: Sheet, summaries: ReadonlySet<number>): TabKind {
  if (sheet.getFormUrl()) return 'responses';
  if (summaries.has(sheet.getSheetId())) return 'summary';
  return sheet.getTabColor()?.toLowerCase() === ADDON_TAB_COLOR ? 'template' : 'other';
}

/** Every tab's name and kind, in tab order, without reading any cells. */
export function tabKinds(emu: Emulator): { name: string; kind: TabKind }[] {
  const summaries = summarySheetIds(emu);
  return emu.spreadsheet.getSheets().map((s) => ({ name: s.getName(), kind: kindOf(s, summaries) }));
}

function viewOf(sheet: Sheet, kind: TabKind, timeZone: string, opts: CaptureOptions): SheetView {
  if (kind === 'responses') {
    const { source, omitted } = boundedResponses(sheet, opts.responsesPreviewRows ?? RESPONSES_PREVIEW_ROWS);
    return sheetView(source, { timeZone, kind, omittedRows: omitted });
  }
  return sheetView(snapshotOf(sheet), { timeZone, kind });
}

/** One tab (found ignoring case, as Sheets does), or null when there is none by that name. */
export function captureSheet(emu: Emulator, name: string, opts: CaptureOptions = {}): SheetView | null {
  const ss = emu.spreadsheet;
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  return viewOf(sheet, kindOf(sheet, summarySheetIds(emu)), ss.getSpreadsheetTimeZone(), opts);
}

/**
 * Every tab of a spreadsheet as the writers need it, in tab order. `summaries` names the
 * summary tabs by id; `kind` files every tab under one kind instead (a summary-only copy).
 */
export function captureSpreadsheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  opts: CaptureOptions & { summaries?: ReadonlySet<number>; kind?: TabKind } = {},
): WorkbookView {
  const timeZone = ss.getSpreadsheetTimeZone();
  const summaries = opts.summaries ?? new Set<number>();
  const sheets = ss
    .getSheets()
    .map((sheet) => viewOf(sheet, opts.kind ?? kindOf(sheet, summaries), timeZone, opts));
  return { name: ss.getName(), timeZone, sheets };
}

/** Every tab of the emulated spreadsheet the add-on runs in. */
export function captureWorkbook(emu: Emulator, opts: CaptureOptions = {}): WorkbookView {
  return captureSpreadsheet(emu.spreadsheet, { ...opts, summaries: summarySheetIds(emu) });
}
