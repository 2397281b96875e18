import ExcelJS from 'exceljs';
import type { SheetView, WorkbookView } from './view';

/** Excel caps tab names at 31 characters and bans a few characters Sheets allows. */
export function excelSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(0, 6)}`;

/** Sheets measures widths in pixels; Excel in characters of the default font (about 7 px). */
const pxToChars = (px: number): number => Math.max(2, Math.round((px / 7) * 10) / 10);

function addSheet(wb: ExcelJS.Workbook, view: SheetView, name: string): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: view.frozenColumns, ySplit: view.frozenRows }],
    properties: view.tabColor ? { tabColor: { argb: argb(view.tabColor) } } : {},
  });
  view.columnWidths.forEach((px, i) => {
    ws.getColumn(i + 1).width = pxToChars(px);
  });
  view.rows.forEach((row, r) => {
    row.forEach((c, col) => {
      const cell = ws.getCell(r + 1, col + 1);
      if (c.formula) {
        // The emulator's result goes with the formula, so a reader that does not recompute shows it.
        const result = c.value === null ? undefined : c.value;
        cell.value = { formula: c.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
      } else if (c.value !== null && c.value !== '') cell.value = c.value;
      cell.font = {
        bold: c.bold,
        italic: c.italic,
        ...(c.size ? { size: c.size } : {}),
        ...(c.color ? { color: { argb: argb(c.color) } } : {}),
      };
      if (c.background)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.background) } };
      cell.alignment = {
        wrapText: c.wrap,
        ...(c.hAlign ? { horizontal: c.hAlign as ExcelJS.Alignment['horizontal'] } : {}),
        ...(c.vAlign ? { vertical: c.vAlign as ExcelJS.Alignment['vertical'] } : {}),
      };
      if (c.numberFormat && c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
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
    });
  });
  for (const m of view.merges) ws.mergeCells(m);
  for (const cf of view.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [cf.formula.replace(/^=/, '')],
          style: cf.background
            ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.background) } } }
            : {},
        },
      ],
    });
  }
}

/** Writes every tab's values and basic formats to an .xlsx file. */
export async function writeXlsx(book: WorkbookView, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PL Standards add-on (local emulator)';
  const taken = new Set<string>();
  for (const sheet of book.sheets) addSheet(wb, sheet, excelSheetName(sheet.name, taken));
  await wb.xlsx.writeFile(file);
}
