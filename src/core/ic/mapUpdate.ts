import { FRAMES } from '../../content';
import { IC_LEVELS, type IcLevel } from '../../content/icDescriptors';
import { UserError } from '../errors';
import type { GroupItem, ItemFigures, SurveySummary } from '../survey/summary';
import { displayValue, isBlank, normalizeText } from '../survey/values';
import { NOW_HEADER, OUTCOME_HEADER, PROMPT_ROW_LABEL } from '../templates/icMap';
import { medianLevel } from './median';
import type { IcOutcomes } from './outcomes';

/**
 * "Update IC map from survey", as pure data: read an IC map tab's cells, find each outcome's
 * row, and work out the one column to write (Where we are now) from a survey summary. The
 * map is found by its headers, not by fixed positions, so maps from earlier versions (other
 * column orders) and maps whose columns a team moved are read alike.
 */

/** How far down the header row may be. */
const HEADER_SEARCH_ROWS = 30;

export interface IcMapLayout {
  /** 1-based rows and columns on the tab. */
  readonly headerRow: number;
  readonly outcomeCol: number;
  readonly nowCol: number;
  /** The map's outcome rows: 1-based row and the outcome as written. */
  readonly outcomes: readonly { readonly row: number; readonly text: string }[];
}

/**
 * Where the outcomes and the "Where we are now" column are on an IC map tab (`values` from one
 * `getDataRange().getValues()`). The table ends at the first empty row under the header; frame
 * rows and the prompt row are not outcomes.
 * @throws UserError when the tab has no IC map header.
 */
export function readIcMapLayout(tab: string, values: readonly (readonly unknown[])[]): IcMapLayout {
  const text = (v: unknown) => normalizeText(displayValue(v));
  const headerIndex = values
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(
      (row) =>
        row.some((v) => text(v) === normalizeText(OUTCOME_HEADER)) &&
        row.some((v) => text(v) === normalizeText(NOW_HEADER)),
    );
  if (headerIndex < 0) {
    throw new UserError(
      `"${tab}" is not an IC map: it has no header row with "${OUTCOME_HEADER}" and "${NOW_HEADER}". ` +
        'Open an IC map tab (Insert template…, Innovation Configuration map) and try again.',
    );
  }
  const header = values[headerIndex]!;
  const outcomeCol = header.findIndex((v) => text(v) === normalizeText(OUTCOME_HEADER)) + 1;
  const nowCol = header.findIndex((v) => text(v) === normalizeText(NOW_HEADER)) + 1;
  const notOutcomes = new Set([...FRAMES.map((f) => normalizeText(f.name)), normalizeText(PROMPT_ROW_LABEL)]);
  const outcomes: { row: number; text: string }[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r]!;
    if (row.every(isBlank)) break;
    const cell = row[outcomeCol - 1];
    if (typeof cell !== 'string' || isBlank(cell) || notOutcomes.has(normalizeText(cell))) continue;
    outcomes.push({ row: r + 1, text: cell.trim() });
  }
  return { headerRow: headerIndex + 1, outcomeCol, nowCol, outcomes };
}

/** One cell to write: the map row and the level. */
export interface IcMapWrite {
  readonly row: number;
  readonly level: IcLevel;
}

export interface IcMapUpdate {
  readonly writes: readonly IcMapWrite[];
  /** Outcomes of the map that the survey has. */
  readonly matched: number;
  /** Map outcomes left as they were, and why. */
  readonly noAnswers: number;
  readonly hidden: number;
  readonly notInSurvey: number;
  /** Whose figures: "everyone" or the group's name. */
  readonly who: string;
}

/** The figures for an item, overall or within the chosen group; 'hidden' when suppressed there. */
type Figures = Pick<ItemFigures, 'counts'> | 'hidden';

function figuresFor(
  summary: SurveySummary,
  group: string | null,
): { who: string; of: (column: string) => Figures | undefined } {
  if (group === null) {
    const byColumn = new Map(summary.items.map((i) => [i.column, i]));
    return { who: 'everyone', of: (column) => byColumn.get(column) };
  }
  if (summary.groupBy === null) {
    throw new UserError(
      'The IC self-assessment summary has no breakdown, so there are no groups to choose from. ' +
        'Build the summary broken down by role or school first, or update the map for everyone.',
    );
  }
  const g = summary.groups.find((x) => normalizeText(x.value) === normalizeText(group));
  if (!g) {
    const shown = summary.groups.filter((x) => !x.suppressed).map((x) => `"${x.value}"`);
    throw new UserError(
      `No group "${group}" in the breakdown by ${summary.groupBy}.` +
        (shown.length > 0 ? ` Choose one of: ${shown.join(', ')}.` : ''),
    );
  }
  if (g.suppressed) {
    throw new UserError(
      `"${g.value}" has too few respondents to show (fewer than ${summary.minGroupSize}, or hidden so that a ` +
        'small group cannot be worked out from the others), so the map cannot be filled from it.',
    );
  }
  const byColumn = new Map<string, GroupItem>(g.items.map((i) => [i.column, i]));
  return {
    who: g.value,
    of: (column) => {
      const item = byColumn.get(column);
      if (!item) return undefined;
      return item.suppressed ? 'hidden' : item;
    },
  };
}

/**
 * The writes that put each outcome's median level into "Where we are now". Outcomes the
 * survey lacks, outcomes no one gave a level, and (with a group) outcomes hidden in that group
 * are left as they are. `outcomes` describes the summary's IC items (by column).
 * @throws UserError for a group that is not there or is hidden, or when no outcome matches.
 */
export function planIcMapUpdate(
  layout: IcMapLayout,
  summary: SurveySummary,
  outcomes: IcOutcomes,
  group: string | null,
): IcMapUpdate {
  const figures = figuresFor(summary, group);
  const columnOf = new Map<string, string>();
  for (const [column, o] of Object.entries(outcomes)) {
    for (const w of o.wordings) if (!columnOf.has(normalizeText(w))) columnOf.set(normalizeText(w), column);
  }
  const writes: IcMapWrite[] = [];
  let matched = 0;
  let noAnswers = 0;
  let hidden = 0;
  let notInSurvey = 0;
  for (const { row, text } of layout.outcomes) {
    const column = columnOf.get(normalizeText(text));
    const f = column === undefined ? undefined : figures.of(column);
    if (f === undefined) {
      notInSurvey++;
      continue;
    }
    matched++;
    if (f === 'hidden') {
      hidden++;
      continue;
    }
    const level = medianLevel(f.counts);
    if (level === null) noAnswers++;
    else writes.push({ row, level: IC_LEVELS[level - 1]! });
  }
  if (matched === 0) {
    throw new UserError(
      'None of the outcomes in this map is a question of the IC self-assessment. Choose the IC map for the ' +
        "same role as the survey (the map's outcomes must read as the survey's questions).",
    );
  }
  return { writes, matched, noAnswers, hidden, notInSurvey, who: figures.who };
}

/** The writes grouped by level, each as A1 ranges of consecutive rows (one RangeList per level). */
export function writesByLevel(writes: readonly IcMapWrite[], col: string): Map<IcLevel, string[]> {
  const out = new Map<IcLevel, string[]>();
  const sorted = [...writes].sort((a, b) => a.row - b.row);
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let end = start.row;
    while (i + 1 < sorted.length && sorted[i + 1]!.level === start.level && sorted[i + 1]!.row === end + 1) {
      i++;
      end = sorted[i]!.row;
    }
    const list = out.get(start.level) ?? [];
    list.push(end === start.row ? `${col}${start.row}` : `${col}${start.row}:${col}${end}`);
    out.set(start.level, list);
    i++;
  }
  return out;
}

/** What "Update IC map from survey" was asked: which map tab (else the active one) and whose figures. */
export interface IcMapUpdateRequest {
  readonly tab: string | null;
  /** A group of the summary's breakdown, or null for everyone. */
  readonly group: string | null;
}

/**
 * Checks a request from the sidebar or the menu (nothing, or `{ tab?, group? }`).
 * @throws UserError naming what to fix.
 */
export function parseIcMapUpdateRequest(x: unknown): IcMapUpdateRequest {
  if (x === undefined || x === null) return { tab: null, group: null };
  if (typeof x !== 'object' || Array.isArray(x)) throw new UserError('Choose the IC map to update.');
  const r = x as Record<string, unknown>;
  const text = (v: unknown, what: string): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new UserError(`The ${what} must be text.`);
    const t = v.replace(/\s+/g, ' ').trim();
    return t === '' ? null : t;
  };
  return { tab: text(r.tab, 'tab name'), group: text(r.group, 'group') };
}
