import { UserError } from '../errors';
import { MAX_GROUP_LABEL } from '../summary/labels';

/** Which responses to read: a tab by name, or the tab linked to a Form (found by its link). */
export type ResponsesRef = { readonly tab: string } | { readonly formId: string };

/** What the sidebar asks to summarize, checked. */
export interface SummarizeRequest {
  readonly ref: ResponsesRef;
  /** A column to break down by; with `waves`, the date column (the timestamp when null). */
  readonly groupBy: string | null;
  readonly minGroupSize?: number;
  /** Per header: a scale id, 'choice', 'checkbox' or 'ignore'; wins over the survey's record and the Form. */
  readonly overrides: Readonly<Record<string, string>>;
  /** Wave cutoff dates (YYYY-MM-DD); null for no waves. */
  readonly waves: readonly string[] | null;
  /** Count only each e-mail address's latest response (repeats are reported either way); absent: off. */
  readonly onePerPerson?: true;
  /**
   * The breakdown's name on the summary tab ("Role" for the column "Your role"), trimmed, at
   * most `MAX_GROUP_LABEL` characters; absent: derived from the column (`defaultGroupLabel`).
   */
  readonly groupLabel?: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A tab name (a string), or `{ tab }` / `{ formId }`. @throws UserError */
export function parseResponsesRef(x: unknown): ResponsesRef {
  if (typeof x === 'string') x = { tab: x };
  if (!isRecord(x)) throw new UserError('Choose the tab that holds the responses.');
  const formId = text(x.formId);
  if (formId !== null) return { formId: formId.trim() };
  const tab = text(x.tab);
  if (tab !== null) return { tab };
  throw new UserError('Choose the tab that holds the responses.');
}

/** The breakdown's display name as typed: trimmed, inner spaces collapsed; null when empty. @throws UserError */
function parseGroupLabel(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new UserError('The name of the breakdown must be text, such as "Role".');
  const label = v.trim().replace(/\s+/g, ' ');
  if (label.length > MAX_GROUP_LABEL) {
    throw new UserError(
      `The name of the breakdown is ${label.length} characters long; shorten it to ${MAX_GROUP_LABEL} or fewer.`,
    );
  }
  return label === '' ? null : label;
}

/** @throws UserError naming what to fix. */
export function parseSummarizeRequest(x: unknown): SummarizeRequest {
  const ref = parseResponsesRef(x);
  const r = x as Record<string, unknown>;
  let groupBy: string | null = null;
  if (r.groupBy !== undefined && r.groupBy !== null && r.groupBy !== '') {
    if (typeof r.groupBy !== 'string') throw new UserError('Choose a column to break the results down by.');
    groupBy = r.groupBy;
  }
  let minGroupSize: number | undefined;
  if (r.minGroupSize !== undefined && r.minGroupSize !== null) {
    if (typeof r.minGroupSize !== 'number') {
      throw new UserError('The minimum group size must be a whole number of at least 1.');
    }
    minGroupSize = r.minGroupSize; // its range is checked where it is used
  }
  const overrides = new Map<string, string>(); // a header may be "__proto__"
  if (r.overrides !== undefined && r.overrides !== null) {
    if (!isRecord(r.overrides)) throw new UserError('Column settings must map column headers to scales.');
    for (const [header, value] of Object.entries(r.overrides)) {
      if (typeof value !== 'string') {
        throw new UserError(`The setting for "${header}" must be a scale, "choice", "checkbox" or "ignore".`);
      }
      overrides.set(header, value);
    }
  }
  let waves: string[] | null = null;
  if (r.waves !== undefined && r.waves !== null) {
    if (!Array.isArray(r.waves) || r.waves.some((w) => typeof w !== 'string')) {
      throw new UserError('Wave cutoffs must be a list of dates such as 2025-01-15.');
    }
    const dates = (r.waves as string[]).map((w) => w.trim()).filter((w) => w !== '');
    waves = dates.length > 0 ? dates : null;
  }
  if (r.onePerPerson !== undefined && r.onePerPerson !== null && typeof r.onePerPerson !== 'boolean') {
    throw new UserError('"One response per person" must be on or off (true or false).');
  }
  const groupLabel = parseGroupLabel(r.groupLabel);
  const base = {
    ref,
    groupBy,
    overrides: Object.fromEntries(overrides),
    waves,
    ...(r.onePerPerson === true ? { onePerPerson: true as const } : {}),
    ...(groupLabel === null ? {} : { groupLabel }),
  };
  return minGroupSize === undefined ? base : { ...base, minGroupSize };
}
