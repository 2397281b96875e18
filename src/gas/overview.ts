import type { InsertResult } from '../core/api';
import { standardsOverviewPlan } from '../core/overview';
import { planRows } from '../core/plan';
import { insertPlannedSheet } from './applySheetPlan';

export function insertStandardsOverview(): InsertResult {
  const plan = standardsOverviewPlan();
  const sheet = insertPlannedSheet(SpreadsheetApp.getActiveSpreadsheet(), plan);
  return { sheetName: sheet.getName(), rows: planRows(plan) };
}
