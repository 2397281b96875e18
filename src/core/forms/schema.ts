import { isRoleId, type RoleId } from '../../content';
import { isScaleId } from '../../content/scales';
import type { ScaleId } from '../../content/types';
import { UserError } from '../errors';
import { chunkKeys, decodeChunks, encodeChunks, MAX_STORE_BYTES, propsBytes } from './chunks';
import type { FormPlan } from './plan';
import { ROLE_KEY, SCHOOL_KEY } from './plan';
import { INSTRUMENTS, type InstrumentId, type SurveyRequest } from './request';

/**
 * What the add-on records in the document about a Form it made: the Form's item ids tie the
 * responses sheet's columns back to the instrument even after questions are renamed or moved.
 */
export interface SchemaItem {
  /** The Form item's id (`Item.getId()`), stable across renames and moves. */
  readonly itemId: number;
  readonly key: string;
  /** The title and rows as created ([] for a question that is not a grid). */
  readonly title: string;
  readonly rows: readonly string[];
  readonly scaleId: ScaleId;
  /**
   * For a multiple-choice question whose choices stand for labels of the scale (IC level
   * descriptions): each choice as created and its label. Absent for grids.
   */
  readonly answers?: readonly SchemaAnswer[];
}

export interface SchemaAnswer {
  readonly choice: string;
  readonly label: string;
}

export interface SurveySchema {
  readonly version: 1;
  readonly formId: string;
  readonly title: string;
  readonly instrument: InstrumentId;
  readonly role?: RoleId;
  readonly createdIso: string;
  /** The scale questions (grids, and choice questions with scored choices), in form order. */
  readonly items: readonly SchemaItem[];
  readonly meta: { readonly roleItemId?: number; readonly schoolItemId?: number };
}

export const SURVEYS_KEY = 'surveys';
export const SCHOOLS_KEY = 'schools';
export const schemaKey = (formId: string) => `survey:${formId}`;

/**
 * The schema of a Form just made from `plan`; `itemIds[i]` is the id of the item built from
 * `plan.items[i]`.
 */
export function schemaFromPlan(
  req: SurveyRequest,
  plan: FormPlan,
  formId: string,
  itemIds: readonly number[],
  createdIso: string,
): SurveySchema {
  if (itemIds.length !== plan.items.length) {
    throw new Error(`Expected ${plan.items.length} item ids, got ${itemIds.length}.`);
  }
  const items: SchemaItem[] = [];
  const meta: { roleItemId?: number; schoolItemId?: number } = {};
  plan.items.forEach((item, i) => {
    const itemId = itemIds[i]!;
    if (item.kind === 'grid') {
      items.push({ itemId, key: item.key, title: item.title, rows: [...item.rows], scaleId: item.scaleId });
    } else if (item.kind === 'choice' && item.scored) {
      const labels = item.scored.labels;
      const answers = item.choices.map((choice, k) => ({ choice, label: labels[k]! }));
      items.push({
        itemId,
        key: item.key,
        title: item.title,
        rows: [],
        scaleId: item.scored.scaleId,
        answers,
      });
    } else if (item.key === ROLE_KEY) meta.roleItemId = itemId;
    else if (item.key === SCHOOL_KEY) meta.schoolItemId = itemId;
  });
  const base = { version: 1 as const, formId, title: plan.title, instrument: req.instrument, createdIso };
  return req.instrument === 'ic-self-assessment'
    ? { ...base, role: req.role, items, meta }
    : { ...base, items, meta };
}

/** The document properties that record `schema` (index key plus chunks of at most 8 KB). */
export function encodeSchema(schema: SurveySchema): Record<string, string> {
  return encodeChunks(schemaKey(schema.formId), JSON.stringify(schema));
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isAnswers = (x: unknown): boolean =>
  Array.isArray(x) &&
  x.every((a) => isRecord(a) && typeof a.choice === 'string' && typeof a.label === 'string');

/** Why `x` is not a schema for `formId`, or null when it is one. */
function invalid(x: unknown, formId: string): string | null {
  if (!isRecord(x)) return 'it is not a record';
  if (x.version !== 1) return `version ${JSON.stringify(x.version)} is not known`;
  if (x.formId !== formId) return 'it names another form';
  if (typeof x.title !== 'string') return 'the title is missing';
  if (!(INSTRUMENTS as readonly unknown[]).includes(x.instrument)) return 'the instrument is not known';
  if (x.role !== undefined && !isRoleId(x.role)) return 'the role is not known';
  if (typeof x.createdIso !== 'string') return 'the creation date is missing';
  if (!Array.isArray(x.items)) return 'the questions are missing';
  for (const item of x.items) {
    if (
      !isRecord(item) ||
      !isId(item.itemId) ||
      typeof item.key !== 'string' ||
      typeof item.title !== 'string' ||
      !isStrings(item.rows) ||
      !isScaleId(item.scaleId) ||
      (item.answers !== undefined && !isAnswers(item.answers))
    ) {
      return 'a question is not readable';
    }
  }
  if (!isRecord(x.meta)) return 'the role and school questions are missing';
  for (const k of ['roleItemId', 'schoolItemId']) {
    if (x.meta[k] !== undefined && !isId(x.meta[k])) return 'the role and school questions are not readable';
  }
  return null;
}

function damaged(formId: string, reason: string): UserError {
  return new UserError(
    `The add-on's record of the survey form ${formId} is damaged (${reason}). ` +
      "Its responses can still be summarized: choose a scale for each question column if one isn't found.",
  );
}

/**
 * The schema recorded for `formId`, or null when the add-on recorded none.
 * @throws UserError when the record is damaged (a part missing, unreadable, or not a schema).
 */
export function decodeSchema(props: Readonly<Record<string, string>>, formId: string): SurveySchema | null {
  const decoded = decodeChunks(props, schemaKey(formId));
  if (decoded === null) return null;
  if (!decoded.ok) throw damaged(formId, decoded.reason);
  let x: unknown;
  try {
    x = JSON.parse(decoded.json);
  } catch {
    throw damaged(formId, 'it is not readable');
  }
  const why = invalid(x, formId);
  if (why !== null) throw damaged(formId, why);
  return x as SurveySchema;
}

/** The form ids of every recorded survey (an unreadable index reads as none: the schemas remain). */
export function decodeSurveyIndex(value: string | undefined | null): string[] {
  if (!value) return [];
  try {
    const list: unknown = JSON.parse(value);
    return isStrings(list) ? list : [];
  } catch {
    return [];
  }
}

/** The index with `formId` added (once). */
export function encodeSurveyIndex(value: string | undefined | null, formId: string): string {
  const ids = decodeSurveyIndex(value);
  if (!ids.includes(formId)) ids.push(formId);
  return JSON.stringify(ids);
}

/** The schools list, "typed once, kept in the document"; chunked like schemas (300 names can pass 9 KB). */
export function encodeSchools(schools: readonly string[]): Record<string, string> {
  return encodeChunks(SCHOOLS_KEY, JSON.stringify(schools));
}

/** The saved schools list; [] when none is saved or it cannot be read (it is only a convenience). */
export function decodeSchools(props: Readonly<Record<string, string>>): string[] {
  const decoded = decodeChunks(props, SCHOOLS_KEY);
  if (decoded === null || !decoded.ok) return [];
  try {
    const list: unknown = JSON.parse(decoded.json);
    return isStrings(list) ? list : [];
  } catch {
    return [];
  }
}

/**
 * Everything to write, in one `setProperties` call, to record a new survey: its schema, the
 * index of surveys, and the schools list when one was given. Chunks left over from a longer
 * earlier schools list are blanked (decoding reads only as many as the index says).
 * @throws UserError when the document's storage (500 KB) would overflow.
 */
export function surveyRecord(
  props: Readonly<Record<string, string>>,
  schema: SurveySchema,
  schools: readonly string[] | null,
): Record<string, string> {
  const out: Record<string, string> = {
    ...encodeSchema(schema),
    [SURVEYS_KEY]: encodeSurveyIndex(props[SURVEYS_KEY], schema.formId),
  };
  if (schools !== null) {
    const encoded = encodeSchools(schools);
    for (const k of chunkKeys(props, SCHOOLS_KEY)) if (!(k in encoded)) out[k] = '';
    Object.assign(out, encoded);
  }
  if (propsBytes({ ...props, ...out }) > MAX_STORE_BYTES) {
    throw new UserError(
      "The add-on's storage in this spreadsheet is full, so the new survey could not be recorded. " +
        'Start new surveys in another spreadsheet.',
    );
  }
  return out;
}
