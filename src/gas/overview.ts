import type { InsertResult } from '../core/api';
import { standardsOverviewPlan } from '../core/overview';
import { planRows } from '../core/plan';
import { insertPlannedSheet } from './applySheetPlan';
import { withDocumentLock } from './lock';

export function insertStandardsOverview(): InsertResult {
  const plan = standardsOverviewPlan();
  return withDocumentLock('Inserting the standards overview', () => {
    const sheet = insertPlannedSheet(SpreadsheetApp.getActiveSpreadsheet(), plan);
    return { sheetName: sheet.getName(), rows: planRows(plan) };
  });
}
