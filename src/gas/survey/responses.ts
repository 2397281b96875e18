import type { ResponseTabDto } from '../../core/api';
import { UserError } from '../../core/errors';
import { decodeSchema, parseResponsesRef, type ResponsesRef } from '../../core/forms';
import { type EncodedTable, isTimestampHeader, type Result, TableEncoder } from '../../core/survey';
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

/** A responses tab found: the sheet, the Form it receives (if any) and its name now. */
export interface FoundResponses {
  readonly sheet: Sheet;
  readonly formId: string | null;
  readonly name: string;
}

/**
 * The tab a reference names. A Form id is looked up by the tabs' form links, never by tab names
 * alone, except by a refresh that counts only new rows: it passes `tab`, the name the tab had at
 * the last full count, and takes the tab of that name as it is (one call, where looking through
 * every tab asks each for its link). That refresh checks the tab's header row against the one it
 * counted, and the next full count (a build, the hourly check) finds the tab by its link again.
 */
export function findResponsesSheet(
  ref: ResponsesRef,
  known: { readonly ss?: GoogleAppsScript.Spreadsheet.Spreadsheet; readonly tab?: string } = {},
): FoundResponses {
  const ss = known.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  if ('formId' in ref) {
    const hinted = known.tab === undefined ? null : ss.getSheetByName(known.tab);
    if (hinted) return { sheet: hinted, formId: ref.formId, name: known.tab! };
    const sheet = findLinkedSheet(ss, ref.formId);
    if (!sheet) {
      throw new UserError(
        'No tab of this spreadsheet receives that form’s responses any more. In the form, open ' +
          'Responses and choose "Link to Sheets" to link it to this spreadsheet again, or choose a tab.',
      );
    }
    return { sheet, formId: ref.formId, name: sheet.getName() };
  }
  const sheet = ss.getSheetByName(ref.tab);
  if (!sheet) throw new UserError(`There is no tab named "${ref.tab}" any more. Choose another tab.`);
  return { sheet, formId: formIdOfSheet(sheet), name: ref.tab };
}

/** A tab of up to this many rows (50,000 responses and the header) is read in one call. */
export const ONE_READ_ROWS = 50_001;
/** A larger tab is read in blocks of about this many cells (some 20 MB of values in Apps Script)... */
export const BLOCK_CELLS = 500_000;
/** ...the first of this many rows, which also tells how wide the tab is. */
export const FIRST_BLOCK_ROWS = 10_000;

/**
 * Reads rows `from`..`to` (1-based, inclusive) of a tab, as wide as its widest row with data,
 * handing each block to `each` with the row number it starts at. A block is dropped once
 * handed on, so memory holds one block, not the tab: calls grow by one per block.
 */
export function readBlocks(
  sheet: Sheet,
  from: number,
  to: number,
  each: (rows: unknown[][], firstRow: number) => void,
): void {
  let rows = to - from + 1 <= ONE_READ_ROWS ? to - from + 1 : FIRST_BLOCK_ROWS;
  for (let start = from; start <= to; ) {
    const n = Math.min(rows, to - start + 1);
    const block = sheet.getSheetValues(start, 1, n, -1);
    each(block, start);
    start += n;
    rows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, block[0]?.length ?? 1)));
  }
}

/** A responses tab read and coded (see core/survey/encode.ts), with what it was read from. */
export interface ReadResponses {
  readonly tab: string;
  readonly formId: string | null;
  /** The header row as read. */
  readonly header: readonly unknown[];
  /** Rows below the header in the tab's data range, blank ones included. */
  readonly dataRows: number;
  readonly table: Result<EncodedTable>;
}

/**
 * Reads a responses tab: its size (one call), then its rows in as few blocks as keep memory to
 * a block (one call each: a tab of up to 50,000 responses is one). Each block is coded and
 * dropped. Never writes, sorts or formats the tab: it belongs to Forms.
 */
export function readResponses(raw: unknown): ReadResponses {
  const { sheet, formId, name } = findResponsesSheet(parseResponsesRef(raw));
  const lastRow = sheet.getLastRow();
  let header: readonly unknown[] = [];
  let encoder: TableEncoder | null = null;
  readBlocks(sheet, 1, lastRow, (rows, first) => {
    if (first === 1) {
      header = rows[0] ?? [];
      encoder = new TableEncoder(header, Math.max(0, lastRow - 1));
    }
    encoder!.add(rows, first === 1 ? 1 : 0);
  });
  const table = (encoder as TableEncoder | null)?.finish() ?? new TableEncoder(undefined).finish();
  return { tab: name, formId, header, dataRows: Math.max(0, lastRow - 1), table };
}
