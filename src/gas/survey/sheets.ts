import { formIdFromUrl } from '../../core/forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tab that receives a Form's responses, found by the form URL Sheets records on it, never
 * by its name ("Form Responses 1" may be renamed, and another tab may take that name).
 * One getSheets, then one getFormUrl per tab.
 */
export function findLinkedSheet(
  ss: Spreadsheet,
  formId: string,
  extraUrls: readonly string[] = [],
): Sheet | null {
  const urls = new Set(extraUrls.map(stripUrl));
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (!url) continue;
    if (formIdFromUrl(url) === formId || urls.has(stripUrl(url))) return sheet;
  }
  return null;
}

/** A URL without query, fragment or the last path part (/edit, /viewform), for comparing links. */
function stripUrl(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/\/(edit|viewform)$/, '');
}
