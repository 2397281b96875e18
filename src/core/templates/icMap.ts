import { type FrameId, getFrame, responsibilitiesFor, type RoleId } from '../../content';
import { IC_LEVEL_MEANINGS, IC_LEVELS } from '../../content/icDescriptors';
import {
  type LevelDescriptions,
  levelDescriptionsFor,
  OWN_OUTCOME_PROMPT_NOTE,
  OWN_OUTCOME_PROMPTS,
} from '../../content/icLevels';
import { UserError } from '../errors';
import { type Cell, columnLetter, type RangeRef, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  band,
  borderTable,
  column,
  DATE_INPUT,
  normalizeFrames,
  requireRole,
  STYLE,
} from './common';

/** The headers "Update IC map from survey" looks for (in maps of every version). */
export const OUTCOME_HEADER = 'Desired outcome';
export const NOW_HEADER = 'Where we are now';

/**
 * Column headers of every IC map, left to right. The outcome and "Where we are now" come first
 * and are frozen, so a person reading the level descriptions across the row always sees what
 * they are rating and where the rating goes. `Gap` is a live formula column.
 */
export const IC_MAP_HEADERS = [
  OUTCOME_HEADER,
  NOW_HEADER,
  ...IC_LEVELS,
  'Target',
  'Gap',
  'Evidence',
  'Next step',
  'Owner',
  'By when',
] as const;

/** 1-based column of each field. */
export const IC_COL = {
  outcome: 1,
  now: 2,
  level1: 3,
  level4: 6,
  target: 7,
  gap: 8,
  evidence: 9,
  nextStep: 10,
  owner: 11,
  byWhen: 12,
} as const;

/** The outcome and "Where we are now" columns stay in view while the levels scroll past. */
export const IC_FROZEN_COLUMNS = IC_COL.now;

const COLS = IC_MAP_HEADERS.length;
/**
 * Widths for a 1366 px laptop with the add-on's sidebar open (300 px) and Sheets' row headers
 * and margins (about 50 px): about 1,016 px of grid. The frozen outcome and rating columns take
 * 350 px; the rest shows the first two level columns whole. 280 px gives level text lines of
 * about 40 characters, which read as prose rather than a ribbon.
 */
export const IC_WIDTHS = [232, 118, 280, 280, 280, 280, 118, 60, 220, 220, 120, 100];

/** Limits for "IC map from my own outcomes". */
export const MAX_OUTCOMES = 500;
export const MAX_OUTCOME_LENGTH = 1000;
export const MAX_TITLE_LENGTH = 100;

/** Colours of the gap shading: blue for "target reached", oranges for a gap (readable without red/green). */
export const GAP_COLORS = { met: '#cfe2f3', one: '#fce5cd', more: '#f6b26b' } as const;

/** The first cell of the guide row of an IC map of a team's own outcomes. */
export const PROMPT_ROW_LABEL = 'Prompts for writing each level (not descriptions)';

/** Where Learning Forward publishes its own IC maps, to compare with ours. */
export const LEARNING_FORWARD_MAPS =
  'Learning Forward publishes IC maps for the coach, system/central office, principal and external ' +
  'partner roles: see standards.learningforward.org, the "Action Guides" tab.';

interface Outcome {
  readonly text: string;
  /** The four authored level descriptions, or null for an outcome the team wrote. */
  readonly levels: LevelDescriptions | null;
}

interface Section {
  /** Section header text, or null for no section row. */
  readonly name: string | null;
  readonly outcomes: readonly Outcome[];
}

interface MapText {
  readonly tab: string;
  readonly title: string;
  /** The line beside the title: what the rows are and whose words the levels are. */
  readonly key: string;
  /** Label and text pairs for the "About this map" block under the table. */
  readonly about: readonly (readonly [string, string])[];
  /** Prompts shown once, in a guide row under the header, when the team writes the levels. */
  readonly prompts: LevelDescriptions | null;
}

const levelValidation = (help: string): CellStyle => ({
  ...STYLE.input,
  align: 'center',
  validation: { kind: 'list', values: [...IC_LEVELS], allowInvalid: false, help },
});
const NOW_INPUT = levelValidation(
  'Choose the level whose description matches practice now: Level 1 (Ideal) is the full practice, Level 4 (Entry) a starting point.',
);
const TARGET_INPUT = levelValidation('Choose the level you aim to reach.');

/** The level number in a level cell: "Level 3" -> 3 (the digit is the 7th character of every level). */
const levelNumber = (ref: string): string => `VALUE(MID(${ref},7,1))`;

/** The Gap cell's formula for one data row: levels still to climb, blank until both are chosen. */
export function gapFormula(row: number): string {
  const now = `${columnLetter(IC_COL.now)}${row}`;
  const target = `${columnLetter(IC_COL.target)}${row}`;
  return `=IF(OR(${now}="",${target}=""),"",IFERROR(MAX(0,${levelNumber(now)}-${levelNumber(target)}),""))`;
}

/**
 * Conditional-format formulas for the gap shading, relative to the first data row (`row`):
 * they read the row's Where-we-are-now and Target cells (columns anchored) and are false while
 * either is blank.
 */
export function gapRuleFormulas(row: number): { met: string; one: string; more: string } {
  const now = `$${columnLetter(IC_COL.now)}${row}`;
  const target = `$${columnLetter(IC_COL.target)}${row}`;
  const gap = `${levelNumber(now)}-${levelNumber(target)}`;
  const rule = (test: string) => `=AND(${now}<>"",${target}<>"",IFERROR(${gap}${test},FALSE))`;
  return { met: rule('<=0'), one: rule('=1'), more: rule('>=2') };
}

/** Pixels per character and per line of 10 pt Arial (14 pt for the title): enough to size a row. */
const CHAR_PX = 7;
const TITLE_CHAR_PX = 10;
const LINE_PX = 17;
const TITLE_LINE_PX = 23;

const span = (from: number, to: number): number => IC_WIDTHS.slice(from - 1, to).reduce((a, w) => a + w, 0);
/** Merged text blocks never cross the frozen columns (Sheets refuses to freeze through a merge). */
const LEFT = { col: 1, cols: IC_FROZEN_COLUMNS, px: span(1, IC_FROZEN_COLUMNS) };
/** Two level columns wide: wholly in view beside the frozen columns on a laptop screen. */
const RIGHT = { col: IC_COL.level1, cols: 2, px: span(IC_COL.level1, IC_COL.level1 + 1) };

const lines = (text: string, px: number, charPx: number) =>
  Math.max(1, Math.ceil(text.length / Math.max(10, Math.floor((px - 12) / charPx))));

/**
 * The title (merged across the frozen columns) and, beside it, the key (merged over the first
 * two level columns, wholly in view on a laptop). Sheets does not grow a row to fit merged
 * text, so the row's height is set from the longer of the two.
 */
function addTitleRow(b: SheetBuilder, title: string, key: string): number {
  const cells: Cell[] = Array(COLS).fill(null);
  cells[LEFT.col - 1] = title;
  cells[RIGHT.col - 1] = key;
  const titleStyle: CellStyle = { ...STYLE.title, wrap: true };
  const keyStyle: CellStyle = { ...STYLE.note, valign: 'middle' };
  const row = b.addRow(
    cells,
    cells.map((_, i) => (i < LEFT.cols ? titleStyle : keyStyle)),
  );
  b.merge({ row, col: LEFT.col, rows: 1, cols: LEFT.cols });
  b.merge({ row, col: RIGHT.col, rows: 1, cols: RIGHT.cols });
  const height = Math.max(
    lines(title, LEFT.px, TITLE_CHAR_PX) * TITLE_LINE_PX,
    lines(key, RIGHT.px, CHAR_PX) * LINE_PX,
  );
  b.rowHeight(row, height + 8);
  return row;
}

const LEVEL_KEY = IC_LEVELS.map((l) => `${l}: ${IC_LEVEL_MEANINGS[l]}.`).join(' ');
const HOW_TO_USE =
  'Read across a row and choose the level whose description matches practice now in "Where we are now" ' +
  '(column B), then a Target. Gap counts the levels between them and is shaded: blue = target reached, ' +
  'light orange = 1 level, dark orange = 2 or more. Then note the evidence behind the rating, the next ' +
  'step, its owner and a date.';
const FROM_SURVEY =
  '"Update IC map from survey" (add-on menu or sidebar) fills "Where we are now" with each outcome\'s median ' +
  'level from the latest IC self-assessment summary, and changes no other column.';

function buildIcMap(text: MapText, sections: readonly Section[]): SheetPlan {
  const b = new SheetBuilder(text.tab, COLS);
  b.columnWidths(IC_WIDTHS);
  addTitleRow(b, text.title, text.key);
  const header = addHeader(b, IC_MAP_HEADERS);
  b.protect(
    { row: 1, col: 1, rows: header, cols: COLS },
    'Innovation Configuration map: title and headers. Edit with care; the rows below are yours to fill in.',
  );
  b.freeze(header, IC_FROZEN_COLUMNS);

  if (text.prompts) addPromptRow(b, text.prompts);

  let first = 0;
  for (const section of sections) {
    if (section.name !== null) addSectionRow(b, section.name);
    if (first === 0) first = b.rowCount + 1;
    section.outcomes.forEach((outcome, i) => addOutcomeRow(b, outcome, band(i)));
  }
  // One range per column group over every outcome row: frame rows between them hold no level,
  // so the rules are false there, and the calls do not grow with the number of frames.
  const last = b.rowCount;
  const rows = last - first + 1;
  b.protect(
    column(IC_COL.gap, first, last),
    'Gap is calculated from Where we are now and Target: choose those instead.',
  );
  const ranges: RangeRef[] = [
    { row: first, col: IC_COL.now, rows, cols: 1 },
    { row: first, col: IC_COL.target, rows, cols: IC_COL.gap - IC_COL.target + 1 },
  ];
  const f = gapRuleFormulas(first);
  b.conditional({ ranges, formula: f.met, background: GAP_COLORS.met });
  b.conditional({ ranges, formula: f.one, background: GAP_COLORS.one });
  b.conditional({ ranges, formula: f.more, background: GAP_COLORS.more, bold: true });
  borderTable(b, header);

  b.addBlankRow();
  const aboutFirst = b.addRow(['About this map'], { ...STYLE.section, wrap: true });
  // Label and text in single wrapped cells: Sheets fits their rows itself (a merge would need a
  // fixed height and two more calls per row); the text sits in the first level column's width.
  for (const [label, body] of text.about) {
    const cells: Cell[] = Array(COLS).fill(null);
    cells[0] = label;
    cells[IC_COL.level1 - 1] = body;
    b.addRow(
      cells,
      cells.map((_, i) => (i === 0 ? { bold: true } : {})),
    );
  }
  b.protect(
    { row: aboutFirst, col: 1, rows: b.rowCount - aboutFirst + 1, cols: COLS },
    'Innovation Configuration map: notes on reading and using the map.',
  );
  b.tabColor(PALETTE.headerBg);
  return b.build();
}

/** A frame's name over its rows: merged within the frozen columns, the band across the rest. */
function addSectionRow(b: SheetBuilder, name: string): void {
  const row = b.addRow([name], STYLE.section);
  b.merge({ row, col: 1, rows: 1, cols: IC_FROZEN_COLUMNS });
}

/** The team's guide to writing levels: shown once, styled as prompts, never as content. */
function addPromptRow(b: SheetBuilder, prompts: LevelDescriptions): void {
  const prompt: CellStyle = { ...STYLE.starter, background: PALETTE.bandBg };
  const cells: Cell[] = [PROMPT_ROW_LABEL, null, ...prompts];
  while (cells.length < COLS) cells.push(null);
  b.addRow(
    cells,
    cells.map((_, i) => (i === 0 ? { ...prompt, bold: true } : prompt)),
  );
  b.merge({ row: b.rowCount, col: 1, rows: 1, cols: IC_FROZEN_COLUMNS });
}

function addOutcomeRow(b: SheetBuilder, outcome: Outcome, shade: CellStyle): void {
  const row = b.rowCount + 1;
  // Authored descriptions are content people read; a team's own level cells are theirs to write.
  const levelStyle: CellStyle = outcome.levels ? shade : STYLE.input;
  b.addRow(
    [
      outcome.text,
      null,
      ...(outcome.levels ?? [null, null, null, null]),
      null,
      { formula: gapFormula(row) },
      null,
      null,
      null,
      null,
    ],
    [
      { ...shade, bold: true },
      NOW_INPUT,
      levelStyle,
      levelStyle,
      levelStyle,
      levelStyle,
      TARGET_INPUT,
      { ...shade, ...STYLE.computed, numberFormat: '0' },
      STYLE.input,
      STYLE.input,
      STYLE.input,
      DATE_INPUT,
    ],
  );
}

/**
 * An Innovation Configuration map for a role: one section per chosen frame (catalog order),
 * one row per key responsibility of the role in that frame, each with its four authored level
 * descriptions.
 * @throws UserError for an unknown role, no frames or an unknown frame.
 */
export function icMapPlan(roleId: RoleId, frames: readonly FrameId[]): SheetPlan {
  const role = requireRole(roleId);
  const chosen = normalizeFrames(frames);
  const single = chosen.length === 1 ? getFrame(chosen[0]!).name : null;
  const who = role.heading.charAt(0).toLowerCase() + role.heading.slice(1);
  const sections: Section[] = chosen.map((frameId) => ({
    name: getFrame(frameId).name,
    outcomes: responsibilitiesFor(role.id, [frameId]).map((r) => ({
      text: r.text,
      levels: levelDescriptionsFor(r.id),
    })),
  }));
  return buildIcMap(
    {
      tab: `IC map - ${role.name}${single ? ` - ${single}` : ''}`,
      title: `Innovation Configuration map: ${role.name}${single ? ` (${single})` : ''}`,
      key:
        'Level 1 (Ideal) is the full practice; Level 4 (Entry) a real starting point. Descriptions written for ' +
        "this add-on, not Learning Forward's own IC maps: see About this map, below the table.",
      about: [
        [
          'Outcomes',
          `Each row is a key responsibility for ${who} from Learning Forward's action guides ("What's your role in implementing standards?"), grouped by standards frame.`,
        ],
        ['Levels', LEVEL_KEY],
        [
          'Whose words',
          "The level descriptions were written for this add-on from the action guides' responsibilities and the standards' terms; they are not Learning Forward's own IC maps. " +
            `${LEARNING_FORWARD_MAPS} Rewrite any cell so that it describes practice in your district.`,
        ],
        ['Using the map', HOW_TO_USE],
        ['From a survey', FROM_SURVEY],
      ],
      prompts: null,
    },
    sections,
  );
}

/**
 * Cleans outcomes typed by a person: trims each, drops blanks and exact duplicates (after
 * trimming; the first stays), keeps the order.
 * @throws UserError when none remain, when more than 500 remain, or when one is too long.
 */
export function cleanOutcomes(outcomes: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const raw of outcomes) {
    const text = raw.trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    clean.push(text);
  }
  if (clean.length === 0) {
    throw new UserError('Enter at least one desired outcome (one per line).');
  }
  if (clean.length > MAX_OUTCOMES) {
    throw new UserError(
      `That is ${clean.length} different outcomes; an IC map takes at most ${MAX_OUTCOMES}. Split them into several maps.`,
    );
  }
  const tooLong = clean.findIndex((o) => o.length > MAX_OUTCOME_LENGTH);
  if (tooLong >= 0) {
    throw new UserError(
      `Outcome ${tooLong + 1} is ${clean[tooLong]!.length} characters long; shorten it to ${MAX_OUTCOME_LENGTH} or fewer.`,
    );
  }
  return clean;
}

/** The default tab name of an IC map built from a team's own outcomes. */
export const OWN_OUTCOMES_TAB = 'IC map - Our outcomes';

/**
 * An IC map of a team's own desired outcomes (cleaned with `cleanOutcomes`), without frame
 * sections. The add-on has never seen these outcomes, so it writes no level descriptions: the
 * level cells are left for the team, with one row of prompts under the header. `title` names
 * the tab and heads the sheet; blank means the default.
 * @throws UserError for no outcomes, too many, one too long, or a title over 100 characters.
 */
export function icMapFromOutcomesPlan(outcomes: readonly string[], title?: string): SheetPlan {
  const clean = cleanOutcomes(outcomes);
  const given = (title ?? '').replace(/\s+/g, ' ').trim();
  if (given.length > MAX_TITLE_LENGTH) {
    throw new UserError(`Shorten the title to ${MAX_TITLE_LENGTH} characters or fewer.`);
  }
  return buildIcMap(
    {
      tab: given || OWN_OUTCOMES_TAB,
      title: given || 'Innovation Configuration map: our desired outcomes',
      key:
        'Write what each outcome looks like at each level in its yellow level cells; the grey italic row under ' +
        'the header holds prompts. See About this map, below the table.',
      about: [
        ['Outcomes', 'Each row is a desired outcome your team wrote.'],
        ['Levels', LEVEL_KEY],
        [
          'Writing the levels',
          `The add-on cannot describe outcomes it has never seen, so the four level cells of each row are yours to write. ${OWN_OUTCOME_PROMPT_NOTE}`,
        ],
        [
          'Examples',
          `For outcomes from the action guides, insert an IC map for a role. ${LEARNING_FORWARD_MAPS}`,
        ],
        ['Using the map', HOW_TO_USE],
      ],
      prompts: OWN_OUTCOME_PROMPTS,
    },
    [{ name: null, outcomes: clean.map((text) => ({ text, levels: null })) }],
  );
}
