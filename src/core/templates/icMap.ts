import { type FrameId, getFrame, responsibilitiesFor, type RoleId } from '../../content';
import { IC_LEVELS, starterDescriptors } from '../../content/icDescriptors';
import { UserError } from '../errors';
import { columnLetter, type RangeRef, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addNotes,
  addSection,
  addTitle,
  band,
  borderTable,
  column,
  DATE_INPUT,
  normalizeFrames,
  protectTop,
  requireRole,
  STYLE,
} from './common';

/** Column headers of every IC map, left to right. `Gap` is a live formula column. */
export const IC_MAP_HEADERS = [
  'Desired outcome',
  ...IC_LEVELS,
  'Where we are now',
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
  level1: 2,
  level4: 5,
  now: 6,
  target: 7,
  gap: 8,
  evidence: 9,
  nextStep: 10,
  owner: 11,
  byWhen: 12,
} as const;

const COLS = IC_MAP_HEADERS.length;
const WIDTHS = [280, 210, 210, 210, 210, 130, 130, 60, 220, 220, 120, 100];

/** Limits for "IC map from my own outcomes". */
export const MAX_OUTCOMES = 500;
export const MAX_OUTCOME_LENGTH = 1000;
export const MAX_TITLE_LENGTH = 100;

/** Colours of the gap shading: blue for "target reached", oranges for a gap (readable without red/green). */
export const GAP_COLORS = { met: '#cfe2f3', one: '#fce5cd', more: '#f6b26b' } as const;

interface Section {
  /** Section header text, or null for no section row. */
  readonly name: string | null;
  readonly outcomes: readonly string[];
}

const levelValidation = (help: string): CellStyle => ({
  ...STYLE.input,
  align: 'center',
  validation: { kind: 'list', values: [...IC_LEVELS], allowInvalid: false, help },
});
const NOW_INPUT = levelValidation(
  'Choose the level that best describes practice now: Level 1 (Ideal) is the most complete, Level 4 (Entry) is getting started.',
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

function buildIcMap(
  tab: string,
  title: string,
  intro: readonly string[],
  sections: readonly Section[],
): SheetPlan {
  const b = new SheetBuilder(tab, COLS);
  addTitle(b, title);
  addNotes(b, [
    ...intro,
    'Levels: Level 1 (Ideal), on the left, is the full, most complete practice; Levels 2 and 3 are steps on the way; Level 4 (Entry) is getting started.',
    'Use: each person or team picks Where we are now and a Target from the drop-downs. Gap counts the levels between them and is shaded: blue = target reached, light orange = 1 level, dark orange = 2 or more.',
    'Then note the evidence behind the rating, the next step, its owner and a date. The grey italic level descriptions are starter text written for this add-on: rewrite them as a team.',
  ]);
  const header = addHeader(b, IC_MAP_HEADERS);
  protectTop(b, header, 'Innovation Configuration map');
  b.freeze(header);

  const blocks: RangeRef[] = [];
  for (const section of sections) {
    if (section.name !== null) addSection(b, section.name);
    const first = b.rowCount + 1;
    section.outcomes.forEach((outcome, i) => {
      const row = b.rowCount + 1;
      const shade = band(i);
      const descriptorStyle: CellStyle = { ...shade, ...STYLE.starter };
      b.addRow(
        [
          outcome,
          ...starterDescriptors(outcome),
          null,
          null,
          { formula: gapFormula(row) },
          null,
          null,
          null,
          null,
        ],
        [
          { ...shade, bold: true },
          descriptorStyle,
          descriptorStyle,
          descriptorStyle,
          descriptorStyle,
          NOW_INPUT,
          TARGET_INPUT,
          { ...shade, ...STYLE.computed, numberFormat: '0' },
          STYLE.input,
          STYLE.input,
          STYLE.input,
          DATE_INPUT,
        ],
      );
    });
    const last = b.rowCount;
    if (last >= first) {
      blocks.push({ row: first, col: IC_COL.now, rows: last - first + 1, cols: IC_COL.gap - IC_COL.now + 1 });
      b.protect(
        column(IC_COL.gap, first, last),
        'Gap is calculated from Where we are now and Target: choose those instead.',
      );
    }
  }

  const firstBlock = blocks[0];
  if (firstBlock) {
    const f = gapRuleFormulas(firstBlock.row);
    b.conditional({ ranges: blocks, formula: f.met, background: GAP_COLORS.met });
    b.conditional({ ranges: blocks, formula: f.one, background: GAP_COLORS.one });
    b.conditional({ ranges: blocks, formula: f.more, background: GAP_COLORS.more, bold: true });
  }
  borderTable(b, header);
  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}

/**
 * An Innovation Configuration map for a role: one section per chosen frame (catalog order),
 * one row per key responsibility of the role in that frame.
 * @throws UserError for an unknown role, no frames or an unknown frame.
 */
export function icMapPlan(roleId: RoleId, frames: readonly FrameId[]): SheetPlan {
  const role = requireRole(roleId);
  const chosen = normalizeFrames(frames);
  const single = chosen.length === 1 ? getFrame(chosen[0]!).name : null;
  const tab = `IC map - ${role.name}${single ? ` - ${single}` : ''}`;
  const title = `Innovation Configuration map: ${role.name}${single ? ` (${single})` : ''}`;
  const who = role.heading.charAt(0).toLowerCase() + role.heading.slice(1);
  const sections: Section[] = chosen.map((frameId) => ({
    name: getFrame(frameId).name,
    outcomes: responsibilitiesFor(role.id, [frameId]).map((r) => r.text),
  }));
  return buildIcMap(
    tab,
    title,
    [
      `Each row is a desired outcome: a key responsibility for ${who} from Learning Forward's action guides ("What's your role in implementing standards?"), by standards frame.`,
    ],
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
 * sections. `title` names the tab and heads the sheet; blank means the default.
 * @throws UserError for no outcomes, too many, one too long, or a title over 100 characters.
 */
export function icMapFromOutcomesPlan(outcomes: readonly string[], title?: string): SheetPlan {
  const clean = cleanOutcomes(outcomes);
  const given = (title ?? '').replace(/\s+/g, ' ').trim();
  if (given.length > MAX_TITLE_LENGTH) {
    throw new UserError(`Shorten the title to ${MAX_TITLE_LENGTH} characters or fewer.`);
  }
  return buildIcMap(
    given || OWN_OUTCOMES_TAB,
    given || 'Innovation Configuration map: our desired outcomes',
    ['Each row is a desired outcome your team wrote.'],
    [{ name: null, outcomes: clean }],
  );
}
