import { isScaleId, SCALES } from '../../content/scales';
import type { ScaleId } from '../../content/types';
import { parseTimestamp } from './dates';
import { scaleMembership } from './match';
import { parseHeader, type ResponseTable } from './table';
import { isBlank, normalizeText } from './values';

/**
 * Which columns of ANY responses table are scale items, and which are metadata. Works from
 * the answers, not the question wording, so it reads Forms the add-on did not create.
 */

/** A column counts as an item when at least this share of its non-blank answers are labels of one scale. */
export const ITEM_SHARE = 0.8; // compared exactly, as part * 5 >= whole * 4

export type ColumnKind = 'item' | 'timestamp' | 'date' | 'email' | 'number' | 'text' | 'empty' | 'ignored';

export interface ColumnInfo {
  readonly column: number;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly nonBlank: number;
  /** Distinct non-blank values (text compared case- and space-insensitively): helps pick a group-by column. */
  readonly distinct: number;
}

/** What aggregation needs to know about an item column. */
export interface SurveyItem {
  readonly column: number;
  /** The (disambiguated) header; aggregation checks it still names `column`. */
  readonly header: string;
  readonly title: string;
  readonly grid: string | null;
  readonly scaleId: ScaleId;
}

export interface DetectedItem extends SurveyItem {
  /** Share of non-blank answers that are labels of the scale (0..1; 0 for a column with no answers). */
  readonly share: number;
  /** Other scales that fit exactly as well (an "Agree"/"Disagree"-only column fits three). */
  readonly alternatives: readonly ScaleId[];
  readonly source: 'detected' | 'override';
}

export interface Detection {
  readonly items: readonly DetectedItem[];
  readonly columns: readonly ColumnInfo[];
  /** The response time column ("Timestamp", else the first date column), or null. */
  readonly timestamp: number | null;
  /** The respondent e-mail column ("Email Address", else the first e-mail column), or null. */
  readonly email: number | null;
  readonly messages: readonly string[];
}

/** Per header: force a scale (also for a column with no answers yet) or leave the column out. */
export type Overrides = Readonly<Record<string, ScaleId | 'ignore'>>;

const TIMESTAMP_HEADERS = new Set(['timestamp', 'submitted at', 'submission time']);

/** Whether a header names the response time (as Forms' "Timestamp" does), case and spacing aside. */
export const isTimestampHeader = (header: string): boolean => TIMESTAMP_HEADERS.has(normalizeText(header));

/** Whether a header names the respondent's e-mail address (Forms' "Email Address" and its variants). */
export const isEmailHeader = (header: string): boolean => EMAIL_HEADERS.has(normalizeText(header));
const EMAIL_HEADERS = new Set(['email address', 'email', 'e-mail', 'e-mail address']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

interface Profile {
  nonBlank: number;
  distinct: number;
  /** Non-blank answers that are labels of SCALES[s]. */
  matches: number[];
  dates: number;
  emails: number;
  numbers: number;
}

/**
 * One pass over a column, then each distinct text classified once. `full: false` (a column
 * already known by its header) skips the classification: an e-mail column is all distinct.
 */
function profile(table: ResponseTable, column: number, full: boolean): Profile {
  const texts = new Map<string, { count: number }>();
  const p: Profile = {
    nonBlank: 0,
    distinct: 0,
    matches: SCALES.map(() => 0),
    dates: 0,
    emails: 0,
    numbers: 0,
  };
  // Distinct non-text values, compared by value (a Date by its time): only a hint for the UI.
  const others = new Set<unknown>();
  for (const row of table.rows) {
    const v = row[column];
    if (typeof v === 'string') {
      const seen = texts.get(v);
      if (seen) seen.count++;
      else texts.set(v, { count: 1 });
    } else if (v instanceof Date) {
      p.nonBlank++;
      const t = v.getTime();
      if (!Number.isNaN(t)) p.dates++;
      others.add(t);
    } else if (v !== null && v !== undefined) {
      p.nonBlank++;
      if (typeof v === 'number') p.numbers++;
      others.add(v);
    }
  }
  const bits = scaleMembership();
  const distinctTexts = new Set<string>();
  for (const [raw, { count }] of texts) {
    if (isBlank(raw)) continue;
    p.nonBlank += count;
    if (!full) {
      distinctTexts.add(raw);
      continue;
    }
    const key = normalizeText(raw);
    distinctTexts.add(key);
    const mask = bits.get(key) ?? 0;
    for (let s = 0; s < SCALES.length; s++) if (mask & (1 << s)) p.matches[s]! += count;
    if (mask !== 0) continue;
    if (EMAIL.test(key)) p.emails += count;
    else if (NUMBER.test(key)) p.numbers += count;
    else if (parseTimestamp(raw) !== null) p.dates += count;
  }
  p.distinct = distinctTexts.size + others.size;
  return p;
}

/** part / whole >= 80%, in integers: 0.8 * 15 is 12.000000000000002 in floating point. */
const atLeast = (part: number, whole: number): boolean => whole > 0 && part * 5 >= whole * 4;

/** The override for a header: written exactly, else matched case- and space-insensitively. */
function lookupOverride(overrides: Overrides, header: string): unknown {
  const keys = Object.keys(overrides);
  const key = keys.includes(header) ? header : keys.find((k) => normalizeText(k) === normalizeText(header));
  return key === undefined ? undefined : overrides[key];
}

export function detectItems(table: ResponseTable, overrides: Overrides = {}): Detection {
  const messages: string[] = [];
  const columns: ColumnInfo[] = [];
  /** Per item column: the scales (positions in SCALES) that fit best, or the forced scale. */
  const fits = new Map<number, { candidates: number[]; share: number; forced: boolean }>();
  let timestamp: number | null = null;
  let email: number | null = null;
  let firstDate: number | null = null;
  let firstEmail: number | null = null;

  const known = new Set(table.headers.map(normalizeText));
  for (const k of Object.keys(overrides)) {
    if (!known.has(normalizeText(k)))
      messages.push(`No column is headed "${k}", so its setting was not used.`);
  }

  table.headers.forEach((header, column) => {
    const name = normalizeText(table.sources[column] ?? '');
    const metadata = TIMESTAMP_HEADERS.has(name) || EMAIL_HEADERS.has(name);
    const override = lookupOverride(overrides, header);
    const p = profile(table, column, !metadata || override !== undefined);
    const base = { column, header, nonBlank: p.nonBlank, distinct: p.distinct };
    const best = Math.max(0, ...p.matches);
    const share = p.nonBlank > 0 ? best / p.nonBlank : 0;

    if (override === 'ignore') {
      columns.push({ ...base, kind: 'ignored' });
      return;
    }
    if (override !== undefined) {
      if (isScaleId(override)) {
        const s = SCALES.findIndex((x) => x.id === override);
        const forcedShare = p.nonBlank > 0 ? p.matches[s]! / p.nonBlank : 0;
        fits.set(column, { candidates: [s], share: forcedShare, forced: true });
        columns.push({ ...base, kind: 'item' });
        return;
      }
      messages.push(
        `The setting for "${header}" is "${String(override)}", which is not a known scale ` +
          `(${SCALES.map((x) => x.id).join(', ')} or ignore); the column was detected instead.`,
      );
    }

    let kind: ColumnKind;
    if (TIMESTAMP_HEADERS.has(name)) {
      kind = 'timestamp';
      if (timestamp === null) timestamp = column;
    } else if (EMAIL_HEADERS.has(name)) {
      kind = 'email';
      if (email === null) email = column;
    } else if (p.nonBlank === 0) kind = 'empty';
    else if (atLeast(best, p.nonBlank)) {
      const candidates: number[] = [];
      p.matches.forEach((m, s) => {
        if (m === best) candidates.push(s);
      });
      fits.set(column, { candidates, share, forced: false });
      kind = 'item';
    } else if (atLeast(p.dates, p.nonBlank)) {
      kind = 'date';
      if (firstDate === null) firstDate = column;
    } else if (atLeast(p.emails, p.nonBlank)) {
      kind = 'email';
      if (firstEmail === null) firstEmail = column;
    } else if (atLeast(p.numbers, p.nonBlank)) kind = 'number';
    else kind = 'text';
    columns.push({ ...base, kind });
  });

  const items = resolveScales(table, fits);
  if (table.rows.length === 0) messages.push('No responses yet.');
  else if (items.length === 0) {
    messages.push(
      'No column has answers from a known scale (agreement, frequency or IC levels), so there is nothing to summarize. ' +
        'Choose a scale for a question column to include it.',
    );
  }
  return {
    items,
    columns,
    timestamp: timestamp ?? firstDate,
    email: email ?? firstEmail,
    messages,
  };
}

/**
 * Ties between scales (a column that fits several equally well) go, in order, to the scale
 * most used by the unambiguous columns of the same grid question, then of the whole table,
 * then to the first in SCALES order (the add-on's own 5-point agreement scale).
 */
function resolveScales(
  table: ResponseTable,
  fits: ReadonlyMap<number, { candidates: number[]; share: number; forced: boolean }>,
): DetectedItem[] {
  const grids = new Map<number, string | null>();
  const tableVotes = SCALES.map(() => 0);
  const gridVotes = new Map<string, number[]>();
  for (const [column, fit] of fits) {
    const grid = parseHeader(table.sources[column] ?? '').grid;
    grids.set(column, grid);
    if (fit.candidates.length !== 1) continue;
    const s = fit.candidates[0]!;
    tableVotes[s]!++;
    if (grid !== null) {
      const votes = gridVotes.get(grid) ?? SCALES.map(() => 0);
      votes[s]!++;
      gridVotes.set(grid, votes);
    }
  }
  const items: DetectedItem[] = [];
  for (const [column, fit] of [...fits].sort((a, b) => a[0] - b[0])) {
    const grid = grids.get(column) ?? null;
    const votes = grid === null ? undefined : gridVotes.get(grid);
    let pick = fit.candidates[0]!;
    for (const s of fit.candidates) {
      const better =
        (votes?.[s] ?? 0) - (votes?.[pick] ?? 0) || (tableVotes[s] ?? 0) - (tableVotes[pick] ?? 0);
      if (better > 0) pick = s;
    }
    const source = table.sources[column] ?? '';
    const parsed = source === '' ? { title: table.headers[column]!, grid: null } : parseHeader(source);
    const scaleId = SCALES[pick]!.id;
    items.push({
      column,
      header: table.headers[column]!,
      title: parsed.title,
      grid: parsed.grid,
      scaleId,
      share: fit.share,
      alternatives: fit.candidates.filter((s) => s !== pick).map((s) => SCALES[s]!.id),
      source: fit.forced ? 'override' : 'detected',
    });
  }
  return items;
}
