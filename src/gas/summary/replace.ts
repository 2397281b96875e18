import type { SheetPlan } from '../../core/plan';
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../../core/sheetName';
import { fillSheet } from '../applySheetPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Finds a tab by its remembered name, checked by id; a renamed tab is found by id (one scan). */
export function findSheet(ss: Spreadsheet, name: string, id: number): Sheet | null {
  const byName = ss.getSheetByName(name);
  if (byName && byName.getSheetId() === id) return byName;
  return ss.getSheets().find((s) => s.getSheetId() === id) ?? null;
}

/**
 * Builds the plan in a new tab and only then removes `old` and takes its name and place, so a
 * failure at any step leaves the previous summary as it was (and no half-made tab).
 */
export function replaceSheet(ss: Spreadsheet, plan: SheetPlan, old: Sheet | null): Sheet {
  const finalName = old ? old.getName() : uniqueSheetName(plan.title, (n) => ss.getSheetByName(n) !== null);
  // A build cut off by the execution time limit cannot clean up after itself: its temporary
  // tab has this same name, so the next build removes it first.
  const suffix = ' (updating)';
  const temp = `${cleanSheetName(plan.title)
    .slice(0, MAX_SHEET_NAME - suffix.length)
    .trimEnd()}${suffix}`;
  const leftover = ss.getSheetByName(temp);
  if (leftover) ss.deleteSheet(leftover);
  const fresh = ss.insertSheet(temp);
  try {
    fillSheet(fresh, plan);
  } catch (err) {
    try {
      ss.deleteSheet(fresh);
    } catch (_cleanupErr) {
      // The build error is the one to report.
    }
    throw err;
  }
  if (old) {
    const index = old.getIndex();
    ss.deleteSheet(old);
    fresh.setName(finalName);
    ss.setActiveSheet(fresh);
    ss.moveActiveSheet(index);
  } else {
    fresh.setName(finalName);
    fresh.activate();
  }
  return fresh;
}
