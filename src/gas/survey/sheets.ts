import { formIdFromUrl } from '../../core/forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The id of the Form a tab receives responses from, or null for a tab no Form is linked to.
 * Read from the URL Sheets records on the tab; when that URL does not carry the id (a responder
 * link `/forms/d/e/<key>/viewform`, or any other shape), the Form is opened by the URL itself and
 * asked (one more call). A Form that cannot be opened that way gives null.
 */
export const formIdOfSheet = (sheet: Sheet): string | null => formIdOfLink(sheet.getFormUrl());

/** The same for a link already read (`Sheet.getFormUrl()`). */
export function formIdOfLink(url: string | null): string | null {
  if (!url) return null;
  return formIdFromUrl(url) ?? formIdByOpening(url);
}

function formIdByOpening(url: string): string | null {
  try {
    return FormApp.openByUrl(url).getId();
  } catch (e) {
    console.warn(`The form at ${url} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/**
 * The tab that receives a Form's responses, found by the form link Sheets records on it, never
 * by its name ("Form Responses 1" may be renamed, and another tab may take that name).
 * One getSheets, then one getFormUrl per tab (and an openByUrl for a link without the id).
 */
export function findLinkedSheet(
  ss: Spreadsheet,
  formId: string,
  extraUrls: readonly string[] = [],
): Sheet | null {
  const urls = new Set(extraUrls.map(stripUrl));
  const unknownShape: { sheet: Sheet; url: string }[] = [];
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (!url) continue;
    const id = formIdFromUrl(url);
    if (id === formId || urls.has(stripUrl(url))) return sheet;
    if (id === null) unknownShape.push({ sheet, url });
  }
  // Only when no link names the id: open the Forms behind the other links to ask theirs.
  for (const { sheet, url } of unknownShape) if (formIdByOpening(url) === formId) return sheet;
  return null;
}

/** A URL without query, fragment or the last path part (/edit, /viewform), for comparing links. */
function stripUrl(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/\/(edit|viewform)$/, '');
}
