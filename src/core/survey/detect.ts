import { scaleTitle } from '../../content/scaleTitles';
import { linearScaleId, SCALES } from '../../content/scales';
import { headerTexts } from '../../content/languages';
import type { ScaleId } from '../../content/types';
import { analyzeChoices, atLeast80, type ChoiceFit, type KeyCount, MAX_OPTIONS } from './choices';
import { parseTimestamp } from './dates';
import { labelBit, scaleMembership } from './match';
import { type ColumnSetting, type ItemReading, isColumnSetting, type ReadingId } from './readings';
import { skipReason } from './skipped';
import { parseHeader, type ResponseTable } from './table';
import { isBlank, normalizeText } from './values';

/**
 * Which columns of ANY responses table are questions, of which kind, and which are not (each
 * with the reason). A linked Form's own question types and choices decide first (`declared`);
 * the answers decide for the rest, so it reads Forms the add-on did not create and CSVs.
 */

/** A column counts as a scale item when at least this share of its non-blank answers are labels of one scale. */
export const ITEM_SHARE = 0.8; // compared exactly, as part * 5 >= whole * 4

export type ColumnKind =
  | 'item'
  | 'timestamp'
  | 'date'
  | 'email'
  | 'score'
  | 'number'
  | 'text'
  | 'empty'
  | 'ignored'
  | 'group';

export interface ColumnInfo {
  readonly column: number;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly nonBlank: number;
  /** Distinct non-blank values (text compared case- and space-insensitively): helps pick a group-by column. */
  readonly distinct: number;
  /** Non-blank values given by one respondent only (names and comments are mostly these). */
  readonly unique: number;
  /** Why the column is not summarized, for people; null for a question column. */
  readonly reason: string | null;
}

/** Where a question column is and what it is called. */
export interface ItemPlace {
  readonly column: number;
  /** The (disambiguated) header; aggregation checks it still names `column`. */
  readonly header: string;
  readonly title: string;
  readonly grid: string | null;
}

/** What aggregation needs to know about a question column. */
export type SurveyItem = ItemPlace & ItemReading;

export type DetectedItem = SurveyItem & {
  /** Share of non-blank answers read (labels of the scale, or choices); 0 for a column with no answers. */
  readonly share: number;
  /** Other readings that fit exactly as well (an "Agree"/"Disagree"-only column fits four scales). */
  readonly alternatives: readonly ReadingId[];
  /** 'form': from the linked Form's question; 'override': a setting; 'detected': from the answers. */
  readonly source: 'detected' | 'override' | 'form';
};

export interface Detection {
  readonly items: readonly DetectedItem[];
  readonly columns: readonly ColumnInfo[];
  /** The response time column ("Timestamp" in any language, else the first date column), or null. */
  readonly timestamp: number | null;
  /** The respondent e-mail column ("Email Address" in any language, else the first e-mail column), or null. */
  readonly email: number | null;
  readonly messages: readonly string[];
  /** Every column that is not summarized, with why, in column order. */
  readonly skipped: readonly { readonly column: string; readonly reason: string }[];
  /** E-mail addresses given more than once (null without an e-mail column): see repeats.ts. */
  readonly repeats: { readonly addresses: number; readonly extra: number } | null;
}

/** Per header: force a scale or kind (also for a column with no answers yet) or leave the column out. */
export type Overrides = Readonly<Record<string, ColumnSetting>>;

/** What a linked Form says a column is: a question read its way, or not a question (and why). */
export type Declared = ItemReading | { readonly kind: 'skip'; readonly reason: string };

export interface DetectOptions {
  /** Per header, from the linked Form's items (see core/forms/formColumns.ts). */
  readonly declared?: Readonly<Record<string, Declared>>;
  /** The column the results are broken down by: never also a question. */
  readonly groupBy?: string | null;
}

const headerSet = (kind: 'timestamp' | 'email' | 'score') => new Set(headerTexts(kind).map(normalizeText));
const TIMESTAMP_HEADERS = headerSet('timestamp');
const EMAIL_HEADERS = headerSet('email');
const SCORE_HEADERS = headerSet('score');

/** Whether a header names the response time, as Forms writes it in any language it is read in. */
export const isTimestampHeader = (header: string): boolean => TIMESTAMP_HEADERS.has(normalizeText(header));

/** Whether a header names the respondent's e-mail address (Forms' "Email Address" in any language, and variants). */
export const isEmailHeader = (header: string): boolean => EMAIL_HEADERS.has(normalizeText(header));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Linear scales in Forms run from 0 or 1 to at most 10. */
const LINEAR_MAX = 10;
/** The usual tops of a linear scale: an unusual highest answer is read up to the next of these. */
const LINEAR_TOPS = [5, 7, 10] as const;

interface Profile {
  nonBlank: number;
  distinct: number;
  unique: number;
  /** Non-blank answers that are labels of SCALES[s]. */
  matches: number[];
  /** Per SCALES[s]: bit set of its labels that some answer uses. */
  used: number[];
  dates: number;
  emails: number;
  numbers: number;
  /** Answers that are whole numbers 0..10 (typed numbers or number text), with their range. */
  whole: number;
  wholeValues: Set<number>;
  min: number;
  max: number;
  /** Normalized text answers with counts (only for a full profile). */
  keys: Map<string, KeyCount>;
  /** The text answers as written, with counts (only for a column known by its header). */
  written?: ReadonlyMap<string, { count: number }>;
}

function countNumber(p: Profile, n: number, count: number): void {
  p.numbers += count;
  if (Number.isInteger(n) && n >= 0 && n <= LINEAR_MAX) {
    p.whole += count;
    p.wholeValues.add(n);
    if (n < p.min) p.min = n;
    if (n > p.max) p.max = n;
  }
}

/**
 * One pass over a column, then each distinct text classified once. `full: false` (a column
 * already known by its header, such as an e-mail column, where every answer differs) only
 * counts: no answer is normalized or classified.
 */
function profile(table: ResponseTable, column: number, full: boolean): Profile {
  const texts = new Map<string, { count: number }>();
  const p: Profile = {
    nonBlank: 0,
    distinct: 0,
    unique: 0,
    matches: SCALES.map(() => 0),
    used: SCALES.map(() => 0),
    dates: 0,
    emails: 0,
    numbers: 0,
    whole: 0,
    wholeValues: new Set(),
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    keys: new Map(),
  };
  // Distinct non-text values, compared by value (a Date by its time), with how many gave each.
  const others = new Map<unknown, number>();
  for (const row of table.rows) {
    const v = row[column];
    if (typeof v === 'string') {
      const seen = texts.get(v);
      if (seen) seen.count++;
      else texts.set(v, { count: 1 });
      continue;
    }
    if (v === null || v === undefined) continue;
    p.nonBlank++;
    let key: unknown = v;
    if (v instanceof Date) {
      const t = v.getTime();
      if (!Number.isNaN(t)) p.dates++;
      key = t;
    } else if (typeof v === 'number') countNumber(p, v, 1);
    // How many gave each only matters for a column that may be broken down by (full).
    others.set(key, full ? (others.get(key) ?? 0) + 1 : 0);
  }
  if (!full) {
    for (const [raw, { count }] of texts) {
      if (isBlank(raw)) continue;
      p.nonBlank += count;
      p.distinct++;
      if (count === 1) p.unique++;
    }
    // Kept as written, by how many: enough to count repeated e-mail addresses.
    p.written = texts;
    p.distinct += others.size;
    return p;
  }
  for (const n of others.values()) if (n === 1) p.unique++;
  const bits = scaleMembership();
  for (const [raw, { count }] of texts) {
    if (isBlank(raw)) continue;
    p.nonBlank += count;
    const key = normalizeText(raw);
    const seen = p.keys.get(key);
    // The first spelling, tidied only when shown (a choice): most columns never need it.
    p.keys.set(key, seen ? { count: seen.count + count, display: seen.display } : { count, display: raw });
  }
  for (const [key, { count }] of p.keys) {
    if (count === 1) p.unique++;
    const mask = bits.get(key) ?? 0;
    if (mask !== 0) {
      for (let s = 0; s < SCALES.length; s++) {
        if (mask & (1 << s)) {
          p.matches[s]! += count;
          p.used[s]! |= labelBit(s, key);
        }
      }
      continue;
    }
    if (EMAIL.test(key)) p.emails += count;
    else if (NUMBER.test(key)) countNumber(p, Number(key), count);
    else if (parseTimestamp(key) !== null) p.dates += count;
  }
  p.distinct = p.keys.size + others.size;
  return p;
}

/** Addresses given more than once, and the responses beyond each one's first (case and spacing aside). */
function repeatsOf(p: Profile): { addresses: number; extra: number } {
  let addresses = 0;
  let extra = 0;
  let merged: Map<string, number> | null = null;
  const answers: ReadonlyMap<string, { count: number }> = p.written ?? p.keys;
  for (const [key, { count }] of answers) {
    if (isBlank(key)) continue;
    const address = key.trim().toLowerCase();
    if (merged === null && address === key) {
      if (count > 1) {
        addresses++;
        extra += count - 1;
      }
      continue;
    }
    // Some address written two ways ("A@x.org", "a@x.org "): merge them all, once.
    if (merged === null) {
      merged = new Map();
      for (const [k, c] of answers) {
        if (isBlank(k)) continue;
        const a = k.trim().toLowerCase();
        merged.set(a, (merged.get(a) ?? 0) + c.count);
      }
      addresses = 0;
      extra = 0;
      for (const c of merged.values()) {
        if (c > 1) {
          addresses++;
          extra += c - 1;
        }
      }
      break;
    }
  }
  return { addresses, extra };
}

/** The override for a header: written exactly, else matched case- and space-insensitively. */
function lookupOverride(overrides: Overrides, header: string): unknown {
  const keys = Object.keys(overrides);
  const key = keys.includes(header) ? header : keys.find((k) => normalizeText(k) === normalizeText(header));
  return key === undefined ? undefined : overrides[key];
}

/** A column read as a question, before scale ties are settled. */
interface Fit {
  readonly candidates: readonly ReadingId[];
  readonly share: number;
  readonly source: DetectedItem['source'];
  /** For choice and checkbox readings: the choices. */
  readonly choices?: ChoiceFit;
  /** Per candidate worded scale: bit set of its labels some answer uses, and how many answers it holds. */
  readonly used?: ReadonlyMap<ReadingId, number>;
  readonly answers?: number;
}

const popcount = (n: number): number => {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
};

/**
 * The linear scale a column of whole numbers fits, or null (README: "How each column is read"):
 * from its lowest answer (0 or 1) to the next of 5, 7 or 10 at or above its highest (2 to 10);
 * an unusual highest answer (4, 6, 8, 9) is itself offered as the other reading.
 */
function linearFit(p: Profile): { pick: ScaleId; alternatives: ScaleId[] } | null {
  if (!atLeast80(p.whole, p.nonBlank) || p.wholeValues.size < 2) return null;
  if ((p.min !== 0 && p.min !== 1) || p.max < 2) return null;
  const hi = LINEAR_TOPS.find((t) => t >= p.max);
  if (hi === undefined) return null;
  const pick = linearScaleId(p.min, hi);
  const alternatives = hi === p.max ? [] : [linearScaleId(p.min, p.max)];
  return { pick, alternatives };
}

/** Choices from the answers for a column set to 'choice' or 'checkbox' that detection did not read so. */
function forcedChoices(p: Profile, kind: 'choice' | 'checkbox'): ChoiceFit {
  const analysis = analyzeChoices(p.keys, p.nonBlank);
  const fit = kind === 'choice' ? analysis.choice : analysis.checkbox;
  if (fit) return fit;
  // Every answer (or ticked part) a choice, most frequent first, up to the limit; the rest "Other".
  const counts = new Map<string, KeyCount>();
  for (const [key, kc] of p.keys) {
    const parts = kind === 'checkbox' ? key.split(', ') : [key];
    const shown = kc.display.trim().replace(/\s+/g, ' ');
    const displays = kind === 'checkbox' ? shown.split(', ') : [shown];
    parts.forEach((part, i) => {
      const seen = counts.get(part);
      counts.set(part, {
        count: (seen?.count ?? 0) + kc.count,
        display: seen?.display ?? displays[i] ?? part,
      });
    });
  }
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count);
  return {
    options: sorted.slice(0, MAX_OPTIONS).map((k) => k.display),
    other: sorted.length > MAX_OPTIONS,
  };
}

export function detectItems(
  table: ResponseTable,
  overrides: Overrides = {},
  options: DetectOptions = {},
): Detection {
  const messages: string[] = [];
  const columns: ColumnInfo[] = [];
  const fits = new Map<number, Fit>();
  let timestamp: number | null = null;
  let email: number | null = null;
  let firstDate: number | null = null;
  let firstEmail: number | null = null;
  const declared = new Map(Object.entries(options.declared ?? {}));
  const groupBy = options.groupBy ?? null;
  /** Profiles of the columns of e-mail addresses, to count repeats without reading them again. */
  const emailProfiles = new Map<number, Profile>();

  const known = new Set(table.headers.map(normalizeText));
  for (const k of Object.keys(overrides)) {
    if (!known.has(normalizeText(k)))
      messages.push(`No column is headed "${k}", so its setting was not used.`);
  }

  table.headers.forEach((header, column) => {
    const name = normalizeText(table.sources[column] ?? '');
    const byHeader = TIMESTAMP_HEADERS.has(name) || EMAIL_HEADERS.has(name);
    const override = lookupOverride(overrides, header);
    const said = declared.get(header);
    const p = profile(table, column, !byHeader || override !== undefined);
    if (EMAIL_HEADERS.has(name)) emailProfiles.set(column, p);
    const base = { column, header, nonBlank: p.nonBlank, distinct: p.distinct, unique: p.unique };
    const skip = (kind: ColumnKind, reason: string) => columns.push({ ...base, kind, reason });
    const item = (fit: Fit) => {
      fits.set(column, fit);
      columns.push({ ...base, kind: 'item', reason: null });
    };
    const shareOf = (part: number) => (p.nonBlank > 0 ? part / p.nonBlank : 0);

    if (override === 'ignore') {
      // Still the response time or the address (for waves and repeats), though not read.
      if (TIMESTAMP_HEADERS.has(name) && timestamp === null) timestamp = column;
      if (EMAIL_HEADERS.has(name) && email === null) email = column;
      skip('ignored', said?.kind === 'skip' ? said.reason : skipReason.setting);
      return;
    }
    if (header === groupBy && !byHeader) {
      skip('group', skipReason.groupBy);
      return;
    }
    if (override !== undefined && !isColumnSetting(override)) {
      messages.push(
        `The setting for "${header}" is "${String(override)}", which is not a known scale or kind ` +
          `(${SCALES.map((x) => x.id).join(', ')}, linear1-5 and the like, choice, checkbox or ignore); ` +
          'the column was read from its answers instead.',
      );
    } else if (override === 'choice' || override === 'checkbox') {
      const fromForm = said?.kind === override ? said : null;
      const choices = fromForm ?? forcedChoices(p, override);
      item({ candidates: [override], share: 1, source: 'override', choices });
      return;
    } else if (override !== undefined) {
      const s = SCALES.findIndex((x) => x.id === override);
      const share = s >= 0 ? shareOf(p.matches[s]!) : shareOf(p.whole);
      item({ candidates: [override as ReadingId], share, source: 'override' });
      return;
    }
    if (TIMESTAMP_HEADERS.has(name)) {
      skip('timestamp', skipReason.timestamp);
      if (timestamp === null) timestamp = column;
      return;
    }
    if (EMAIL_HEADERS.has(name)) {
      skip('email', skipReason.email);
      if (email === null) email = column;
      return;
    }
    if (said !== undefined) {
      if (said.kind === 'skip') skip('ignored', said.reason);
      else if (said.kind === 'scale') {
        const s = SCALES.findIndex((x) => x.id === said.scaleId);
        item({
          candidates: [said.scaleId],
          share: shareOf(s >= 0 ? p.matches[s]! : p.whole),
          source: 'form',
        });
      } else item({ candidates: [said.kind], share: 1, source: 'form', choices: said });
      return;
    }
    if (SCORE_HEADERS.has(name)) return skip('score', skipReason.score);
    if (p.nonBlank === 0) return skip('empty', skipReason.empty);

    const best = Math.max(0, ...p.matches);
    if (atLeast80(best, p.nonBlank)) {
      const candidates: ScaleId[] = [];
      const used = new Map<ReadingId, number>();
      p.matches.forEach((m, s) => {
        if (m !== best) return;
        candidates.push(SCALES[s]!.id);
        used.set(SCALES[s]!.id, p.used[s]!);
      });
      return item({ candidates, share: shareOf(best), source: 'detected', used, answers: best });
    }
    const linear = linearFit(p);
    if (linear) {
      return item({
        candidates: [linear.pick, ...linear.alternatives],
        share: shareOf(p.whole),
        source: 'detected',
      });
    }
    if (atLeast80(p.dates, p.nonBlank)) {
      skip('date', skipReason.dates);
      if (firstDate === null) firstDate = column;
      return;
    }
    if (atLeast80(p.emails, p.nonBlank)) {
      emailProfiles.set(column, p);
      skip('email', skipReason.email);
      if (firstEmail === null) firstEmail = column;
      return;
    }
    if (atLeast80(p.numbers, p.nonBlank)) return skip('number', skipReason.numbers);

    // Mostly labels of a scale, but too few: a scale question with too many other answers,
    // not a list of choices (its "Other:" answers would hide among them).
    const mostlyScale = best * 2 >= p.nonBlank;
    const choices = mostlyScale ? NO_CHOICES : analyzeChoices(p.keys, p.nonBlank);
    if (choices.choice || choices.checkbox) {
      // Both fit: a choice ticked alone by some and with others by others says checkboxes.
      const checkboxFirst = choices.checkbox !== null && (choices.choice === null || choices.combined);
      const kinds: ('choice' | 'checkbox')[] = checkboxFirst
        ? ['checkbox', 'choice']
        : ['choice', 'checkbox'];
      const fitting = kinds.filter((k) => choices[k] !== null);
      const picked = choices[fitting[0]!]!;
      const covered = picked.other ? coveredShare(p, picked) : 1;
      return item({ candidates: fitting, share: covered, source: 'detected', choices: picked });
    }
    skip('text', textReason(p, best));
  });

  // The response time: a column so headed, else the first column of dates (not one broken down by).
  if (timestamp === null && firstDate !== null) {
    timestamp = firstDate;
    const c = columns[firstDate]!;
    columns[firstDate] = { ...c, kind: 'timestamp', reason: skipReason.timestamp };
  }
  if (email === null) email = firstEmail;

  const items = resolve(table, fits, messages);
  if (table.rows.length === 0) messages.push('No responses yet.');
  else if (items.length === 0) {
    messages.push(
      'No column has answers from a known scale (agreement, satisfaction, frequency or IC levels), numbers ' +
        'from a linear scale, or a short list of choices, so there is nothing to summarize. ' +
        'Choose how to read a question column to include it.',
    );
  }
  const skipped = columns
    .filter((c) => c.reason !== null)
    .map((c) => ({ column: c.header, reason: c.reason! }));
  const emailProfile = email === null ? undefined : emailProfiles.get(email);
  const repeats = emailProfile ? repeatsOf(emailProfile) : null;
  return { items, columns, timestamp, email, messages, skipped, repeats };
}

const NO_CHOICES = { choice: null, checkbox: null, combined: false } as const;

/** The share of answers that are one of the choices (the rest are "Other"). */
function coveredShare(p: Profile, fit: ChoiceFit): number {
  const chosen = new Set(fit.options.map(normalizeText));
  let covered = 0;
  for (const [key, { count }] of p.keys) {
    if (chosen.has(key) || key.split(', ').every((t) => chosen.has(t))) covered += count;
  }
  return p.nonBlank > 0 ? covered / p.nonBlank : 0;
}

/** Why a text column is not a question: mostly different answers, or a scale with too many others. */
function textReason(p: Profile, best: number): string {
  if (best * 2 >= p.nonBlank) {
    const s = p.matches.indexOf(best);
    const fit = Math.round((best / p.nonBlank) * 100);
    return skipReason.partialFit(100 - fit, fit, scaleTitle(SCALES[s]!.id));
  }
  if (p.distinct === 1) return skipReason.sameAnswer;
  return p.unique * 2 > p.nonBlank ? skipReason.freeText : skipReason.fewRepeats;
}

/** Answers a question needs before the labels it never uses count as evidence of a smaller scale. */
export const EVIDENCE_ANSWERS = 20;

/**
 * Ties between readings that fit a column equally well, decided in this order: the reading
 * that fits the most rows of the same grid question; then a smaller scale whose every label the
 * question's answers use (its grid's, or the column's) once they number at least
 * EVIDENCE_ANSWERS (a 4-point agreement question answered 30 times, never in the middle, is not
 * read as a 5-point one); then the reading that fits the most columns of the whole table; then
 * the order of SCALES (the add-on's own 5-point agreement scale first). Ties that the column's
 * own grid does not settle are reported, since the user may know better.
 */
function resolve(table: ResponseTable, fits: ReadonlyMap<number, Fit>, messages: string[]): DetectedItem[] {
  const gridOf = new Map<number, string | null>();
  const tableVotes = new Map<ReadingId, number>();
  const gridVotes = new Map<string, Map<ReadingId, number>>();
  /** Per grid question: labels used per scale (union over its rows) and answers. */
  const gridUse = new Map<string, { used: Map<ReadingId, number>; answers: number }>();
  const vote = (votes: Map<ReadingId, number>, r: ReadingId) => votes.set(r, (votes.get(r) ?? 0) + 1);
  for (const [column, fit] of fits) {
    const grid = parseHeader(table.sources[column] ?? '').grid;
    gridOf.set(column, grid);
    for (const r of fit.candidates) {
      vote(tableVotes, r);
      if (grid !== null) {
        const votes = gridVotes.get(grid) ?? new Map<ReadingId, number>();
        vote(votes, r);
        gridVotes.set(grid, votes);
      }
    }
    if (grid !== null && fit.used) {
      const use = gridUse.get(grid) ?? { used: new Map<ReadingId, number>(), answers: 0 };
      for (const [r, bits] of fit.used) use.used.set(r, (use.used.get(r) ?? 0) | bits);
      use.answers += fit.answers ?? 0;
      gridUse.set(grid, use);
    }
  }
  const order = (r: ReadingId) => {
    const s = SCALES.findIndex((x) => x.id === r);
    return s < 0 ? SCALES.length : s;
  };
  const items: DetectedItem[] = [];
  const unsettled = new Map<string, { pick: ReadingId; alternatives: ReadingId[]; headers: string[] }>();
  for (const [column, fit] of [...fits].sort((a, b) => a[0] - b[0])) {
    const grid = gridOf.get(column) ?? null;
    const gv = grid === null ? undefined : gridVotes.get(grid);
    const use = (grid === null ? undefined : gridUse.get(grid)) ?? {
      used: fit.used ?? new Map<ReadingId, number>(),
      answers: fit.answers ?? 0,
    };
    const complete = (r: ReadingId): number => {
      const scale = SCALES[order(r)];
      if (!scale || use.answers < EVIDENCE_ANSWERS) return 0;
      return popcount(use.used.get(r) ?? 0) === scale.labels.length ? 1 : 0;
    };
    const key = (r: ReadingId): number[] => [gv?.get(r) ?? 0, complete(r), tableVotes.get(r) ?? 0, -order(r)];
    let pick = fit.candidates[0]!;
    // Detected kinds and linear scales come ranked already; worded scale ties are ranked here.
    if (fit.used) {
      for (const r of fit.candidates) if (compare(key(r), key(pick)) > 0) pick = r;
    }
    const alternatives = fit.candidates.filter((r) => r !== pick);
    if (fit.source === 'detected' && alternatives.length > 0) {
      // Settled by the other rows of its own question: nothing to report.
      const gridDecides = fit.used !== undefined && alternatives.every((a) => key(pick)[0]! > key(a)[0]!);
      if (!gridDecides) {
        const k = `${pick}|${alternatives.join(',')}`;
        const entry = unsettled.get(k) ?? { pick, alternatives, headers: [] };
        entry.headers.push(table.headers[column]!);
        unsettled.set(k, entry);
      }
    }
    const source = table.sources[column] ?? '';
    const parsed = source === '' ? { title: table.headers[column]!, grid: null } : parseHeader(source);
    const place = { column, header: table.headers[column]!, title: parsed.title, grid: parsed.grid };
    const detected = { share: fit.share, alternatives, source: fit.source };
    if (pick === 'choice' || pick === 'checkbox') {
      const choices = fit.choices ?? { options: [], other: true };
      items.push({
        ...place,
        kind: pick,
        scaleId: null,
        options: choices.options,
        other: choices.other,
        ...detected,
      });
    } else items.push({ ...place, kind: 'scale', scaleId: pick, ...detected });
  }
  for (const { pick, alternatives, headers } of unsettled.values())
    messages.push(ambiguityMessage(pick, alternatives, headers));
  return items;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** A reading's name for people: the scale's title (never its id), or "single choice" / "checkboxes". */
export function readingName(r: ReadingId): string {
  if (r === 'choice') return 'single choice';
  if (r === 'checkbox') return 'checkboxes';
  return scaleTitle(r);
}

function ambiguityMessage(
  pick: ReadingId,
  alternatives: readonly ReadingId[],
  headers: readonly string[],
): string {
  const shown = headers.slice(0, 3).map((h) => `"${h}"`);
  if (headers.length > 3) shown.push(`and ${headers.length - 3} more`);
  const names = alternatives.map(readingName);
  const also =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
  return (
    `${shown.join(', ')} ${headers.length === 1 ? 'fits' : 'fit'} more than one reading: read as ${readingName(pick)} ` +
    `(the answers also fit ${also}). If that is wrong, choose how to read it in the column settings.`
  );
}
