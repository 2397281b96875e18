import ExcelJS from 'exceljs';
import { fittedRowHeights } from './rowHeights';
import type { CellBorderView, CellView, SheetView, WorkbookView } from './view';

const EXCEL_NAME_MAX = 31;

/**
 * A tab name Excel accepts, unique in the workbook (ignoring case, as Excel compares them):
 * at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe and
 * not "History". A shortened name ends in "…"; a clash gets " (2)", " (3)"… within the limit.
 */
export function excelSheetName(name: string, taken: Set<string>): string {
  let clean = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean === '' || clean.toLowerCase() === 'history') clean = `${clean || 'Sheet'} tab`;
  const shorten = (s: string, room: number): string =>
    s.length <= room ? s : `${s.slice(0, room - 1).replace(/[\s\-–—,(]+$/, '')}…`;
  let candidate = shorten(clean, EXCEL_NAME_MAX);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${shorten(clean, EXCEL_NAME_MAX - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(0, 6)}`;

/** Sheets measures widths in pixels; Excel in characters of the default font (about 7 px). */
const pxToChars = (px: number): number => Math.max(2, Math.round((px / 7) * 10) / 10);
/** Excel row heights are in points. */
const pxToPoints = (px: number): number => Math.round(px * 0.75 * 100) / 100;

const EXCEL_BORDER: Record<string, ExcelJS.BorderStyle> = {
  '1px solid': 'thin',
  '2px solid': 'medium',
  '3px solid': 'thick',
  '1px dashed': 'dashed',
  '1px dotted': 'dotted',
  '3px double': 'double',
};

function excelBorders(b: CellBorderView): Partial<ExcelJS.Borders> {
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const css = b[side];
    const m = css ? /^(\S+ \S+) (#[0-9a-f]{6})$/i.exec(css) : null;
    const style = m ? EXCEL_BORDER[m[1]!] : undefined;
    if (m && style) out[side] = { style, color: { argb: argb(m[2]!) } };
  }
  return out;
}

/** A formula keeps its text (Excel recalculates it) and carries the value computed here, if any. */
function cellValue(c: CellView): ExcelJS.CellValue {
  if (c.formula) {
    const formula = c.formula.replace(/^=/, '');
    return (c.value === null ? { formula } : { formula, result: c.value }) as ExcelJS.CellFormulaValue;
  }
  return c.value;
}

function writeCell(cell: ExcelJS.Cell, c: CellView): void {
  const value = cellValue(c);
  if (value !== null && value !== '') cell.value = value;
  cell.font = {
    name: 'Arial',
    size: c.size,
    bold: c.bold,
    italic: c.italic,
    ...(c.color ? { color: { argb: argb(c.color) } } : {}),
  };
  if (c.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.background) } };
  cell.alignment = {
    wrapText: c.flow === 'wrap',
    horizontal: c.hAlign,
    vertical: c.vAlign === 'middle' ? 'middle' : c.vAlign,
  };
  if (c.borders) cell.border = excelBorders(c.borders);
  if (c.numberFormat) cell.numFmt = c.numberFormat;
  if (c.list) {
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.list.join(',')}"`] };
  } else if (c.dateRule) {
    cell.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(0)],
    };
  }
}

function addSheet(wb: ExcelJS.Workbook, view: SheetView, name: string): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: view.frozenColumns, ySplit: view.frozenRows }],
    properties: view.tabColor ? { tabColor: { argb: argb(view.tabColor) } } : {},
  });
  view.columnWidths.forEach((px, i) => {
    ws.getColumn(i + 1).width = pxToChars(px);
  });
  const heights = fittedRowHeights(view);
  const hidden = new Set(view.hiddenRows);
  view.rows.forEach((row, r) => {
    ws.getRow(r + 1).height = pxToPoints(heights[r]!);
    if (hidden.has(r + 1)) ws.getRow(r + 1).hidden = true;
    row.forEach((c, col) => writeCell(ws.getCell(r + 1, col + 1), c));
  });
  for (const m of view.merges) ws.mergeCells(m);
  // Each rule its own priority, in the sheet's order (the first that matches wins, as in Sheets).
  view.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, '')],
          style: cf.background
            ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.background) } } }
            : {},
        },
      ],
    });
  });
  if (view.omittedRows > 0) {
    // A bounded preview says so under its last row, where a reader scrolling down reaches it.
    const note = ws.getCell(view.rows.length + 2, 1);
    note.value =
      `The first ${view.rows.length - 1} responses of ${view.rows.length - 1 + view.omittedRows}: ` +
      `${view.omittedRows} more rows stay in the spreadsheet's "${view.name}" tab.`;
    note.font = { name: 'Arial', italic: true, color: { argb: 'FF5F6368' } };
  }
}

/** Writes every tab's values and formats to an .xlsx file; returns each tab's name in it. */
export async function writeXlsx(book: WorkbookView, file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PL Standards add-on (local emulator)';
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const sheet of book.sheets) {
    const name = excelSheetName(sheet.name, taken);
    names.set(sheet.name, name);
    addSheet(wb, sheet, name);
  }
  await wb.xlsx.writeFile(file);
  return names;
}
