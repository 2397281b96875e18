/**
 * What Google Forms does with its data: new forms and items, and the linked responses tab
 * ("Form Responses <n>", inserted as the first tab) with a header row of "Timestamp", "Email
 * Address" (when the form collects emails), then one column per question in form order; a grid
 * contributes one column per row titled "Title [Row]"; section headers, page breaks, images and
 * videos contribute none. Columns are keyed by item (and grid row index):
 * - a question added after linking gets a new column at the end;
 * - renaming a question (or a grid row) renames its header;
 * - deleting a question keeps its column (Forms keeps old columns); it is left blank from then on;
 * - turning email collection on after linking appends "Email Address" at the end.
 * These writes are Forms', never counted as the add-on's calls.
 */
import type { ItemTypeName } from '../state/enums';
import {
  type Destination,
  FormModel,
  isGrid,
  isQuestion,
  ItemModel,
  type ResponseModel,
  TIMESTAMP_FORMAT,
} from '../state/forms';
import type { Runtime } from '../state/runtime';
import type { SpreadsheetModel } from '../state/spreadsheet';
import { ownFile } from './sharing';
import { addSheet, ensureSize, insertColumns } from './structure';

/** The real message of FormApp.openById/openByUrl for a form that does not exist. */
export const FORM_NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

/** The real message for changes Forms refuses (which changes exactly is partly assumed). */
export const INVALID_FORM_DATA = 'Invalid data updating form.';

export function newForm(rt: Runtime, title: string): FormModel {
  const n = String(rt.next()).padStart(4, '0');
  const model = new FormModel(rt, `emu-form-${n}`, `1FAIpQLSemu-${n}`, title, rt.user);
  rt.forms.set(model.id, model);
  ownFile(rt, model.id);
  return model;
}

export function addItem(form: FormModel, type: ItemTypeName): ItemModel {
  // Real item ids are large stable integers; these are deterministic.
  const item = new ItemModel(form, 100_000_000 + form.rt.next(), type);
  form.items.push(item);
  formChanged(form);
  return item;
}

/**
 * The metadata headers Forms writes, in the form owner's language: "Timestamp" and "Email
 * Address" in English, "Marca temporal" and "Dirección de correo electrónico" in Spanish (as a
 * Spanish-speaking district's responses sheets show them).
 */
export const METADATA_HEADERS = {
  en: { timestamp: 'Timestamp', email: 'Email Address' },
  es: { timestamp: 'Marca temporal', email: 'Dirección de correo electrónico' },
} as const;

/** The columns the form's current items call for, in form order, with their headers. */
export function wantedColumns(form: FormModel): { key: string; header: string }[] {
  const names = METADATA_HEADERS[form.rt.formsLanguage];
  const out: { key: string; header: string }[] = [{ key: 'timestamp', header: names.timestamp }];
  if (form.collectEmail) out.push({ key: 'email', header: names.email });
  for (const item of form.items) {
    if (!isQuestion(item.type)) continue;
    if (isGrid(item.type)) {
      item.rows.forEach((row, r) =>
        out.push({ key: `item:${item.id}:row:${r}`, header: `${item.title} [${row}]` }),
      );
    } else {
      out.push({ key: `item:${item.id}`, header: item.title });
    }
  }
  return out;
}

/** Keeps the responses tab's header row in step with the items (see the file comment). */
export function formChanged(form: FormModel): void {
  const d = form.liveDestination();
  if (!d) return;
  const wanted = wantedColumns(form);
  for (const w of wanted) if (!d.columns.some((c) => c.key === w.key)) d.columns.push({ key: w.key });
  const header = new Map(wanted.map((w) => [w.key, w.header]));
  const sheet = d.sheet;
  if (d.columns.length > sheet.maxCols)
    insertColumns(sheet, sheet.maxCols + 1, d.columns.length - sheet.maxCols);
  d.columns.forEach((c, i) => {
    const text = header.get(c.key);
    if (text !== undefined) sheet.content.set(0, i, text === '' ? undefined : text);
  });
}

/** Links to a new "Form Responses <n>" tab at the front of `ss`, copying stored responses. */
export function linkForm(form: FormModel, ss: SpreadsheetModel): Destination {
  unlinkForm(form);
  let n = 1;
  while (ss.findSheet(`Form Responses ${n}`)) n++;
  const sheet = addSheet(ss, `Form Responses ${n}`, 0);
  sheet.formUrl = form.linkUrl;
  const destination: Destination = { spreadsheet: ss, sheet, columns: [] };
  form.destination = destination;
  formChanged(form);
  for (const r of form.responses) writeResponseRow(form, r);
  return destination;
}

/** The tab stays, with its data; it just stops receiving responses. */
export function unlinkForm(form: FormModel): void {
  const d = form.destination;
  if (d) d.sheet.formUrl = null;
  form.destination = null;
}

/** Appends a response below the last row with values; returns its 1-based row, or null if unlinked. */
export function writeResponseRow(form: FormModel, r: ResponseModel): number | null {
  const d = form.liveDestination();
  if (!d) return null;
  const sheet = d.sheet;
  const row = Math.max(2, sheet.content.lastRow() + 1);
  ensureSize(sheet, row, 0);
  d.columns.forEach((c, i) => {
    sheet.content.set(row - 1, i, cellValue(r, c.key));
    if (c.key === 'timestamp') sheet.formats.numberFormat.set(row - 1, i, TIMESTAMP_FORMAT);
  });
  return row;
}

function cellValue(r: ResponseModel, key: string): string | number | Date | undefined {
  if (key === 'timestamp') return new Date(r.timestamp.getTime());
  if (key === 'email') return r.email === '' ? undefined : r.email;
  const m = /^item:(\d+)(?::row:(\d+))?$/.exec(key);
  if (!m) return undefined;
  const answer = r.answers.get(Number(m[1]));
  if (answer === undefined) return undefined;
  let cell: string | string[] | null | undefined;
  if (m[2] !== undefined) cell = (answer as (string | string[] | null)[])[Number(m[2])];
  else cell = answer as string | string[];
  if (cell === null || cell === undefined) return undefined;
  const text = Array.isArray(cell) ? cell.join(', ') : cell;
  if (text === '') return undefined;
  // Answers that are plain numbers land as numbers; other text is literal (never a formula).
  return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : text;
}

/**
 * The form a URL names: its edit or `…/viewform` URL (by id), or its responder link
 * `…/forms/d/e/<key>/viewform` (by that key), as FormApp.openByUrl accepts; null for any other.
 */
export function formByUrl(rt: Runtime, url: string): FormModel | null {
  const text = String(url);
  const responder = /\/forms\/d\/e\/([^/?#]+)/.exec(text);
  if (responder) {
    for (const f of rt.forms.values()) if (f.publishedId === responder[1]) return f;
    return null;
  }
  const m = /\/forms\/d\/([^/?#]+)/.exec(text);
  return (m && rt.forms.get(m[1]!)) ?? null;
}
