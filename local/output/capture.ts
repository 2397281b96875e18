import { PALETTE } from '../../src/core/sheetBuilder';
import { readConfigs } from '../../src/core/summaryConfig';
import type { Emulator } from '../emulator';
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

/** Every tab of the emulated spreadsheet as the writers need it, in tab order. */
export function captureWorkbook(emu: Emulator, opts: CaptureOptions = {}): WorkbookView {
  const ss = emu.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const summaries = summarySheetIds(emu);
  const limit = opts.responsesPreviewRows ?? RESPONSES_PREVIEW_ROWS;
  const sheets: SheetView[] = ss.getSheets().map((sheet) => {
    if (sheet.getFormUrl()) {
      const { source, omitted } = boundedResponses(sheet, limit);
      return sheetView(source, { timeZone, kind: 'responses', omittedRows: omitted });
    }
    const snap = emu.sheet(sheet.getName()).snapshot();
    const kind: TabKind = summaries.has(snap.sheetId)
      ? 'summary'
      : snap.tabColor?.toLowerCase() === ADDON_TAB_COLOR
        ? 'template'
        : 'other';
    return sheetView(snap, { timeZone, kind });
  });
  return { name: ss.getName(), timeZone, sheets };
}
