/**
 * A respondent's submission as Google Forms checks and stores it: validated against the items,
 * recorded on the form, and written as a row of the linked responses tab (world/forms.ts then
 * fires the triggers). Nothing here is counted as an add-on call.
 *
 * Answers are keyed by item title or item id: text for text, paragraph, list, multiple choice,
 * scale and date items; a string[] (or one string) for checkboxes; { row: column } for grids
 * ({ row: column[] } for checkbox grids). Choices must be among the item's choices unless the item
 * shows an "Other" option; grid rows and columns must exist; required items must be answered.
 */
import {
  type Answer,
  type FormModel,
  isGrid,
  isQuestion,
  type ItemModel,
  type ResponseModel,
} from '../state/forms';
import type { Runtime } from '../state/runtime';
import type { ExecutionRecord } from '../state/triggers';
import { toDisplay } from './display';
import { writeResponseRow } from './forms';

export type FormAnswerValue = string | number | string[] | Record<string, string | string[]>;
/** Answers by item title or item id. */
export type FormAnswers = Record<string, FormAnswerValue>;

export interface SubmitOptions {
  /** The respondent's address, recorded when the form collects emails (default: the emulated user). */
  email?: string;
  /** Default: the emulated clock's now. */
  timestamp?: Date | number;
}

export interface SubmitResult {
  readonly responseId: string;
  /** The 1-based row written on the responses tab; null when the form has no live destination. */
  readonly row: number | null;
  readonly sheetName: string | null;
  /** The new row as displayed (what the event's `values` holds). */
  readonly values: string[];
  readonly namedValues: Record<string, string[]>;
  /** The trigger runs this submission caused, in order. */
  readonly executions: ExecutionRecord[];
}

/** Plain data about a form, for `emu.forms.list()`. */
export interface FormInfo {
  readonly id: string;
  readonly title: string;
  readonly editUrl: string;
  readonly publishedUrl: string;
  readonly collectsEmail: boolean;
  readonly acceptingResponses: boolean;
  readonly published: boolean;
  readonly destinationId: string | null;
  readonly responseSheet: string | null;
  readonly items: { id: number; index: number; type: string; title: string }[];
  readonly responses: number;
}

export function formInfo(f: FormModel): FormInfo {
  const d = f.liveDestination();
  return {
    id: f.id,
    title: f.title,
    editUrl: f.editUrl,
    publishedUrl: f.publishedUrl,
    collectsEmail: f.collectEmail,
    acceptingResponses: f.acceptingResponses,
    published: f.published,
    destinationId: f.destination?.spreadsheet.id ?? null,
    responseSheet: d?.sheet.name ?? null,
    items: f.items.map((i) => ({ id: i.id, index: i.index, type: i.type, title: i.title })),
    responses: f.responses.length,
  };
}

function fail(form: FormModel, message: string): never {
  throw new Error(`emu.forms.submit("${form.title}"): ${message}`);
}

function resolveItem(form: FormModel, key: string): ItemModel {
  const byId = /^\d+$/.test(key) ? form.items.find((i) => i.id === Number(key)) : undefined;
  if (byId) return byId;
  const byTitle = form.items.filter((i) => i.title === key);
  if (byTitle.length > 1) fail(form, `several items are titled "${key}"; answer by item id`);
  const item = byTitle[0];
  if (!item) fail(form, `no item titled or numbered "${key}"`);
  return item;
}

function choiceOk(item: ItemModel, v: string, allowOther: boolean): boolean {
  return item.choices.some((c) => c.value === v) || (allowOther && item.otherOption);
}

/** The stored answer, or null for "not answered". */
function normalize(form: FormModel, item: ItemModel, value: FormAnswerValue): Answer | null {
  const label = `"${item.title}" (${item.type})`;
  if (!isQuestion(item.type)) fail(form, `${label} is not a question`);
  if (isGrid(item.type)) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      fail(form, `${label} takes { row: column }`);
    const out: (string | string[] | null)[] = item.rows.map(() => null);
    for (const [row, col] of Object.entries(value)) {
      const r = item.rows.indexOf(row);
      if (r < 0) fail(form, `${label} has no row "${row}"`);
      const cols = Array.isArray(col) ? col.map(String) : [String(col)];
      if (item.type === 'GRID' && cols.length > 1) fail(form, `${label} takes one column per row`);
      for (const c of cols) if (!item.columns.includes(c)) fail(form, `${label} has no column "${c}"`);
      out[r] = item.type === 'GRID' ? (cols[0] ?? null) : cols;
    }
    return out.every((x) => x === null) ? null : out;
  }
  if (typeof value === 'object' && !Array.isArray(value))
    fail(form, `${label} does not take { row: column }`);
  if (item.type === 'CHECKBOX') {
    const list = (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
    for (const v of list) if (!choiceOk(item, v, true)) fail(form, `${label} has no choice "${v}"`);
    return list.length === 0 ? null : list;
  }
  if (Array.isArray(value)) fail(form, `${label} takes one answer`);
  const text = String(value);
  if (text === '') return null;
  if (item.type === 'LIST' && !choiceOk(item, text, false)) fail(form, `${label} has no choice "${text}"`);
  if (item.type === 'MULTIPLE_CHOICE' && !choiceOk(item, text, true))
    fail(form, `${label} has no choice "${text}"`);
  if (item.type === 'SCALE') {
    const n = Number(text);
    if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) {
      fail(form, `${label} takes a whole number from ${item.lowerBound} to ${item.upperBound}`);
    }
  }
  return text;
}

export function buildResponse(
  rt: Runtime,
  form: FormModel,
  answers: FormAnswers,
  opts: SubmitOptions,
): ResponseModel {
  if (!form.published) fail(form, 'the form is not published');
  if (!form.acceptingResponses) fail(form, 'the form is not accepting responses');
  const normalized = new Map<number, Answer>();
  for (const [key, value] of Object.entries(answers)) {
    const item = resolveItem(form, key);
    const a = normalize(form, item, value);
    if (a !== null) normalized.set(item.id, a);
  }
  for (const item of form.items) {
    if (!item.required || !isQuestion(item.type)) continue;
    const a = normalized.get(item.id);
    const missing = a === undefined || (isGrid(item.type) && (a as unknown[]).some((x) => x === null));
    if (missing) fail(form, `the required item "${item.title}" is not answered`);
  }
  const email = form.collectEmail ? (opts.email ?? rt.user) : '';
  if (form.limitOneResponsePerUser && form.responses.some((r) => r.email === (opts.email ?? rt.user))) {
    fail(form, `${opts.email ?? rt.user} has already responded (limit one response per user)`);
  }
  const ts = opts.timestamp === undefined ? rt.now() : new Date(opts.timestamp).getTime();
  return { id: `emu-response-${rt.next()}`, timestamp: new Date(ts), email, answers: normalized };
}

export interface Written {
  readonly response: ResponseModel;
  readonly row: number | null;
  readonly values: string[];
  readonly namedValues: Record<string, string[]>;
}

/** Stores the response and writes its row; the row as displayed feeds the trigger event. */
export function recordResponse(form: FormModel, r: ResponseModel): Written {
  form.responses.push(r);
  const row = writeResponseRow(form, r);
  const d = form.liveDestination();
  if (row === null || !d) return { response: r, row: null, values: [], namedValues: {} };
  const sheet = d.sheet;
  const tz = d.spreadsheet.timeZone;
  const values = d.columns.map((_, i) =>
    toDisplay(sheet.content.get(row - 1, i), sheet.formats.numberFormat.get(row - 1, i), tz),
  );
  const namedValues: Record<string, string[]> = {};
  d.columns.forEach((_, i) => {
    const header = toDisplay(sheet.content.get(0, i), undefined, tz);
    const list = namedValues[header] ?? [];
    list.push(values[i] ?? '');
    namedValues[header] = list;
  });
  return { response: r, row, values, namedValues };
}

export function formFor(rt: Runtime, formId: string): FormModel {
  const form = rt.forms.get(String(formId));
  if (!form) throw new Error(`emu.forms: no form with id "${formId}"`);
  return form;
}

export function submitResult(w: Written, form: FormModel, executions: ExecutionRecord[]): SubmitResult {
  return {
    responseId: w.response.id,
    row: w.row,
    sheetName: w.row === null ? null : (form.liveDestination()?.sheet.name ?? null),
    values: w.values,
    namedValues: w.namedValues,
    executions,
  };
}
