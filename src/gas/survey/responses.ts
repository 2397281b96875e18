import type { ResponseTabDto } from '../../core/api';
import { UserError } from '../../core/errors';
import { decodeSchema, parseResponsesRef, type ResponsesRef } from '../../core/forms';
import { isTimestampHeader } from '../../core/survey';
import { findLinkedSheet, formIdOfLink, formIdOfSheet } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab for the sidebar's "which responses?" picker. */
/** A tab that can be summarized: the shape the sidebar receives (see core/api.ts). */
export type { ResponseTabDto };

/**
 * Every tab, with what the picker needs. Per tab: name, form link and last row (plus one cell
 * read for unlinked tabs with data); one read of the document properties for survey titles.
 */
export function listResponseTabs(): ResponseTabDto[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties().getProperties();
  return ss.getSheets().map((sheet) => {
    const url = sheet.getFormUrl();
    const formId = formIdOfLink(url);
    const rows = Math.max(0, sheet.getLastRow() - 1);
    const linked = Boolean(url);
    const looksLikeResponses =
      linked || (rows > 0 && isTimestampHeader(sheet.getRange(1, 1).getDisplayValue()));
    return {
      name: sheet.getName(),
      formId,
      linked,
      rows,
      surveyTitle: recordedSurveyTitle(props, formId),
      looksLikeResponses,
    };
  });
}

/** The title the add-on recorded for a Form it made, or null (not ours, or the record is damaged). */
export function recordedSurveyTitle(props: Record<string, string>, formId: string | null): string | null {
  if (formId === null) return null;
  try {
    return decodeSchema(props, formId)?.title ?? null;
  } catch {
    return null; // a damaged record is reported when the survey is summarized
  }
}

/** The raw responses: the tab's whole data range, its name, and the Form linked to it (if any). */
export interface ResponsesGrid {
  readonly tab: string;
  readonly formId: string | null;
  readonly grid: unknown[][];
}

/** The tab a reference names. A Form id is looked up by the tabs' form links, never by tab names. */
export function findResponsesSheet(ref: ResponsesRef): { sheet: Sheet; formId: string | null } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if ('formId' in ref) {
    const sheet = findLinkedSheet(ss, ref.formId);
    if (!sheet) {
      throw new UserError(
        'No tab of this spreadsheet receives that form’s responses any more. In the form, open ' +
          'Responses and choose "Link to Sheets" to link it to this spreadsheet again, or choose a tab.',
      );
    }
    return { sheet, formId: ref.formId };
  }
  const sheet = ss.getSheetByName(ref.tab);
  if (!sheet) throw new UserError(`There is no tab named "${ref.tab}" any more. Choose another tab.`);
  return { sheet, formId: formIdOfSheet(sheet) };
}

/**
 * Reads a responses tab with one getDataRange().getValues(); the number of calls does not depend
 * on the number of responses. Never writes, sorts or formats the tab: it belongs to Forms.
 */
export function readResponses(raw: unknown): ResponsesGrid {
  const { sheet, formId } = findResponsesSheet(parseResponsesRef(raw));
  const grid = sheet.getDataRange().getValues();
  return { tab: sheet.getName(), formId, grid };
}
