import { toSheetValues } from '../../core/cellText';
import { planCols, planRows, type SheetPlan } from '../../core/plan';
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../../core/sheetName';
import { type FormatGrid, type TabShape, tabShape, tabUpdate } from '../../core/summary/shape';
import { ensureSize, fillSheet, widthRuns } from '../applySheetPlan';
import { insertCharts } from '../charts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A tab found, with its name now. */
export interface FoundTab {
  readonly sheet: Sheet;
  readonly name: string;
}

/**
 * Finds a tab by its id (one call). Its name is asked for only when `name` is not given: a refresh
 * that counts only new rows keeps the name the last full count found, so a tab renamed since is
 * called by its old name in the refresh's status line until then.
 */
export function findSheet(ss: Spreadsheet, id: number, name?: string): FoundTab | null {
  const sheet = ss.getSheetById(id);
  return sheet ? { sheet, name: name ?? sheet.getName() } : null;
}

/** How the summary reached its tab: a new tab, values into the tab there, or a rebuild of that tab. */
export type TabWrite = 'new' | 'values' | 'rebuilt';

export interface WrittenTab {
  readonly sheet: Sheet;
  readonly name: string;
  readonly shape: TabShape;
  readonly how: TabWrite;
}

/**
 * Puts a summary plan on its tab, doing the least that leaves the tab exactly as the plan says:
 *
 * - no tab yet: a new one, built completely under a temporary name first;
 * - the tab there has the plan's layout (`shape`): the values are written into it, with the
 *   format grids and chart titles that changed; charts read their ranges, so they follow;
 * - otherwise the same tab is rebuilt: same sheet, same name, same place, so formulas elsewhere
 *   that point at it keep working.
 *
 * Whatever fails leaves the last complete summary as it was (see `rebuildInPlace`).
 */
export function writeSummaryTab(
  ss: Spreadsheet,
  plan: SheetPlan,
  existing: (FoundTab & { readonly shape: TabShape | null }) | null,
  opts: {
    /** Look for charts removed by hand (one call); without it the charts are asked for only to retitle one. */
    readonly checkCharts: boolean;
  },
): WrittenTab {
  const shape = tabShape(plan);
  if (!existing) {
    return { ...newTab(ss, plan), shape, how: 'new' };
  }
  const { sheet, name } = existing;
  const update = tabUpdate(existing.shape, shape);
  if (update.kind === 'values') {
    const charts = opts.checkCharts || update.titles.length > 0 ? sheet.getCharts() : null;
    // A chart removed by hand: the tab no longer matches, so it is rebuilt.
    if (charts === null || charts.length === (plan.charts ?? []).length) {
      writeValues(sheet, plan, update.formats, update.titles, charts ?? []);
      return { sheet, name, shape, how: 'values' };
    }
  }
  rebuildInPlace(ss, sheet, plan, existing.shape);
  return { sheet, name, shape, how: 'rebuilt' };
}

/** Setters of the per-cell grids, by the plan's names. */
const SETTERS: { readonly [K in FormatGrid]: (r: Range, grid: never) => void } = {
  backgrounds: (r, g) => r.setBackgrounds(g),
  fontWeights: (r, g) => r.setFontWeights(g),
  fontStyles: (r, g) => r.setFontStyles(g),
  fontColors: (r, g) => r.setFontColors(g),
  fontSizes: (r, g) => r.setFontSizes(g),
  horizontalAlignments: (r, g) => r.setHorizontalAlignments(g),
  verticalAlignments: (r, g) => r.setVerticalAlignments(g),
  numberFormats: (r, g) => r.setNumberFormats(g),
  wraps: (r, g) => r.setWraps(g),
};

/**
 * Into the tab that is there: the format grids that changed (number formats first, so values are
 * read in them), all values in one call, and the titles of the charts whose title changed.
 * 2 calls plus one per changed grid, plus 4 per retitled chart.
 */
function writeValues(
  sheet: Sheet,
  plan: SheetPlan,
  formats: readonly FormatGrid[],
  titles: readonly number[],
  charts: readonly GoogleAppsScript.Spreadsheet.EmbeddedChart[],
): void {
  const all = sheet.getRange(1, 1, planRows(plan), planCols(plan));
  for (const key of formats) SETTERS[key](all, plan.formats[key] as never);
  all.setValues(toSheetValues(plan.values));
  const specs = plan.charts ?? [];
  for (const i of titles) {
    const spec = specs[i];
    const chart = charts[i];
    if (!spec || !chart) continue;
    sheet.updateChart(chart.modify().setOption('title', spec.title).build());
  }
}

/** A temporary name for building `title` next to it. A build cut off by the time limit leaves it: the next removes it. */
function tempName(title: string): string {
  const suffix = ' (updating)';
  return `${cleanSheetName(title)
    .slice(0, MAX_SHEET_NAME - suffix.length)
    .trimEnd()}${suffix}`;
}

/** A tab built completely from the plan under a temporary name, or nothing (it is removed on failure). */
function buildTemp(ss: Spreadsheet, plan: SheetPlan, name: string): Sheet {
  const leftover = ss.getSheetByName(name);
  if (leftover) ss.deleteSheet(leftover);
  const temp = ss.insertSheet(name);
  try {
    fillSheet(temp, plan);
  } catch (err) {
    try {
      ss.deleteSheet(temp);
    } catch (_cleanupErr) {
      // The build error is the one to report.
    }
    throw err;
  }
  return temp;
}

/** The first summary of a source: built under a temporary name, then given its own. */
function newTab(ss: Spreadsheet, plan: SheetPlan): FoundTab {
  const name = uniqueSheetName(plan.title, (n) => ss.getSheetByName(n) !== null);
  const fresh = buildTemp(ss, plan, tempName(plan.title));
  fresh.setName(name);
  fresh.activate();
  return { sheet: fresh, name };
}

/**
 * Rebuilds `sheet` from the plan and keeps it (its id, name and place): formulas in other tabs
 * that point at it still compute, where deleting it would turn them into #REF! for good.
 *
 * 1. The new summary is built completely in a temporary tab (charts included): a failure there
 *    removes that tab and leaves the old summary untouched.
 * 2. The new charts are added to the tab: a failure removes the ones added, and the old summary
 *    is as it was.
 * 3. Every cell of the new summary (values, formats, merges, validation) is copied over the old
 *    one in a single `copyTo`: it happens entirely or not at all.
 * 4. The old charts go; widths, hidden rows, frozen rows, protection and tab color follow; the
 *    temporary tab goes. A failure here leaves the new figures with their charts in place and the config's
 *    old shape, so the next refresh rebuilds again and finishes the job.
 *
 * Summary plans have no conditional formats, so none are cleared or rewritten here.
 */
function rebuildInPlace(ss: Spreadsheet, sheet: Sheet, plan: SheetPlan, before: TabShape | null): void {
  const temp = buildTemp(ss, plan, tempName(sheet.getName()));
  const rows = Math.max(planRows(plan), before?.rows ?? sheet.getLastRow());
  const cols = Math.max(planCols(plan), before?.cols ?? sheet.getLastColumn());
  const oldCharts = sheet.getCharts();
  const oldIds = new Set(oldCharts.map((c) => c.getChartId()));
  try {
    ensureSize(temp, rows, cols);
    ensureSize(sheet, rows, cols);
    try {
      insertCharts(sheet, plan.charts ?? []);
      temp.getRange(1, 1, rows, cols).copyTo(sheet.getRange(1, 1));
    } catch (err) {
      for (const c of sheet.getCharts()) if (!oldIds.has(c.getChartId())) sheet.removeChart(c);
      throw err;
    }
  } catch (err) {
    ss.deleteSheet(temp);
    throw err;
  }
  for (const c of oldCharts) sheet.removeChart(c);
  widthRuns(plan.columnWidths).forEach((run) => sheet.setColumnWidths(run.start, run.count, run.width));
  for (const h of plan.rowHeights) sheet.setRowHeights(h.row, 1, h.height);
  // copyTo carries cells, not whether rows are hidden: the old summary's hidden rows (its chart
  // data) are shown again, then the new one's hidden.
  sheet.showRows(1, rows);
  for (const h of plan.hiddenRows ?? []) sheet.hideRows(h.row, h.rows);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  // The add-on's own protections go; any a person added stay.
  const ours = new Set(plan.protections.map((p) => p.description));
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (ours.has(p.getDescription())) p.remove();
  }
  for (const p of plan.protections) {
    sheet
      .getRange(p.range.row, p.range.col, p.range.rows, p.range.cols)
      .protect()
      .setDescription(p.description)
      .setWarningOnly(true);
  }
  sheet.setTabColor(plan.tabColor);
  ss.deleteSheet(temp);
}
