import { sheetWrite } from '../core/cellText';
import { a1, planCols, planRows, type RangeRef, type SheetPlan, type ValidationRule } from '../core/plan';
import { uniqueSheetName } from '../core/sheetName';
import { insertCharts } from './charts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const rangeOf = (sheet: Sheet, r: RangeRef) => sheet.getRange(r.row, r.col, r.rows, r.cols);

/** Builds each distinct rule once: the number of builder calls depends on the template, not on its rows. */
function validationGrid(
  grid: (ValidationRule | null)[][],
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const build = (rule: ValidationRule) => {
    const key = JSON.stringify(rule);
    const cached = built.get(key);
    if (cached) return cached;
    const b = SpreadsheetApp.newDataValidation();
    switch (rule.kind) {
      case 'list':
        b.requireValueInList([...rule.values], true).setAllowInvalid(rule.allowInvalid);
        break;
      case 'date':
        b.requireDate().setAllowInvalid(false);
        break;
      case 'checkbox':
        b.requireCheckbox();
        break;
    }
    if (rule.kind !== 'checkbox' && rule.help) b.setHelpText(rule.help);
    const v = b.build();
    built.set(key, v);
    return v;
  };
  return grid.map((row) => row.map((rule) => (rule ? build(rule) : null)));
}

/** Fills a sheet from a plan: a fixed number of batched calls, independent of the plan's rows. */
export function fillSheet(sheet: Sheet, plan: SheetPlan): void {
  const rows = planRows(plan);
  const cols = planCols(plan);
  const f = plan.formats;
  ensureSize(sheet, rows, cols);
  const all = sheet.getRange(1, 1, rows, cols);
  all.setBackgrounds(f.backgrounds as string[][]);
  all.setFontWeights(f.fontWeights);
  all.setFontStyles(f.fontStyles);
  all.setFontColors(f.fontColors);
  all.setFontSizes(f.fontSizes);
  all.setHorizontalAlignments(f.horizontalAlignments);
  all.setVerticalAlignments(f.verticalAlignments);
  // Formats before values: every string goes into a plain-text (@) cell, which keeps it as
  // written, where Sheets would otherwise read "9-12" as a date or "007" as the number 7.
  const written = sheetWrite(plan.values, f.numberFormats);
  all.setNumberFormats(written.numberFormats);
  all.setValues(written.values);
  all.setWraps(f.wraps);
  if (f.validations.some((r) => r.some((v) => v !== null))) {
    all.setDataValidations(validationGrid(f.validations));
  }
  for (const m of plan.merges) rangeOf(sheet, m).merge();
  for (const m of plan.mergesAcross ?? []) rangeOf(sheet, m).mergeAcross();
  if (plan.borders.length > 0) {
    sheet
      .getRangeList(plan.borders.map(a1))
      .setBorder(true, true, true, true, true, true, '#b7c3d0', SpreadsheetApp.BorderStyle.SOLID);
  }
  if (plan.conditionalFormats.length > 0) {
    const rules = plan.conditionalFormats.map((cf) => {
      const b = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(cf.formula)
        .setRanges(cf.ranges.map((r) => rangeOf(sheet, r)));
      if (cf.background) b.setBackground(cf.background);
      if (cf.fontColor) b.setFontColor(cf.fontColor);
      if (cf.bold) b.setBold(true);
      return b.build();
    });
    sheet.setConditionalFormatRules(rules);
  }
  for (const p of plan.protections) {
    rangeOf(sheet, p.range).protect().setDescription(p.description).setWarningOnly(true);
  }
  widthRuns(plan.columnWidths).forEach((run) => sheet.setColumnWidths(run.start, run.count, run.width));
  for (const h of plan.rowHeights) sheet.setRowHeights(h.row, 1, h.height);
  for (const h of plan.hiddenRows ?? []) sheet.hideRows(h.row, h.rows);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  if (plan.tabColor) sheet.setTabColor(plan.tabColor);
  if (plan.charts && plan.charts.length > 0) insertCharts(sheet, plan.charts);
}

/** A new tab has 1000 x 26 cells; a bigger plan needs room first (two reads, at most two inserts). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Consecutive columns of equal width share one `setColumnWidths` call. */
export function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((w, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === w) last.count++;
    else runs.push({ start: i + 1, count: 1, width: w });
  });
  return runs;
}

/**
 * Inserts a new tab built from the plan, or nothing: if any step fails the half-made tab is
 * deleted and the error is rethrown for the caller to report.
 */
export function insertPlannedSheet(ss: Spreadsheet, plan: SheetPlan): Sheet {
  const name = uniqueSheetName(plan.title, (candidate) => ss.getSheetByName(candidate) !== null);
  const sheet = ss.insertSheet(name);
  try {
    fillSheet(sheet, plan);
    sheet.activate();
    return sheet;
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch (_cleanupErr) {
      // The original error is what the user needs to see; a failed cleanup adds nothing they can act on.
    }
    throw err;
  }
}
