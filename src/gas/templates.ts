import type { InsertResult, TemplatePreview } from '../core/api';
import { UserError } from '../core/errors';
import { planRows } from '../core/plan';
import { parseTemplateRequest, planTemplate, templateSummary } from '../core/templates';
import { insertPlannedSheet } from './applySheetPlan';
import { withDocumentLock } from './lock';

/** Inserts any template the sidebar or the menu dialog asks for (the request is checked first). */
export function insertTemplate(raw: unknown): InsertResult {
  const plan = planTemplate(parseTemplateRequest(raw));
  return withDocumentLock('Inserting the template', () => {
    const sheet = insertPlannedSheet(SpreadsheetApp.getActiveSpreadsheet(), plan);
    return { sheetName: sheet.getName(), rows: planRows(plan) };
  });
}

/** What a request would make, for the sidebar's "this will add..." line. No service calls. */
export function previewTemplate(raw: unknown): TemplatePreview {
  return templateSummary(parseTemplateRequest(raw));
}

/** Reads the outcomes from the user's selection: the first column, one outcome per cell. */
export function selectedOutcomes(): { outcomes: string[]; from: string } {
  const range = SpreadsheetApp.getActiveRange();
  if (!range)
    throw new UserError('Select the cells that hold your desired outcomes (one per row), then try again.');
  const from = `${range.getSheet().getName()}!${range.getA1Notation()}`;
  const outcomes = range
    .getDisplayValues()
    .map((row) => row[0] ?? '')
    .filter((v) => v.trim() !== '');
  if (outcomes.length === 0)
    throw new UserError(`The selection ${from} is empty: select a column of desired outcomes.`);
  return { outcomes, from };
}

/** IC map from the outcomes in the selected column (one read of the selection). */
export function insertIcMapFromSelection(title?: string): InsertResult {
  const { outcomes } = selectedOutcomes();
  return insertTemplate({ kind: 'ic-map-outcomes', outcomes, title });
}
