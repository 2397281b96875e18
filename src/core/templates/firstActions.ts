import {
  FRAMES,
  getReflectionSet,
  isLeaderRole,
  LEADER_ACTION_AREAS,
  LEADER_ACTIONS_INTRO,
  type ReflectionSetId,
  type Role,
  type RoleId,
  responsibilitiesFor,
} from '../../content';
import { a1, type Formula, type RangeRef, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addMergedRow,
  addNoteParagraphs,
  addParagraph,
  addSection,
  addTitle,
  band,
  borderTable,
  protectTop,
  requireRole,
  splitSentences,
  STYLE,
} from './common';
import {
  addQuestionBlock,
  addRatingRow,
  addTally,
  REFLECTION_COL,
  REFLECTION_COLS,
  REFLECTION_WIDTH_PX,
  REFLECTION_WIDTHS,
  shadeRatings,
} from './reflection';

/** The header of the responsibilities table (columns A to C). */
export const SELECTION_HEADERS = [
  'Key responsibility',
  'Selected for action',
  'Notes: why this one, what it will take',
] as const;

const SELECTION_COLS = SELECTION_HEADERS.length;

/** A selected responsibility's row is shaded light green (the tick says the same). */
export const SELECTED_COLOR = '#d9ead3';

const TICK: CellStyle = { ...STYLE.input, align: 'center', validation: { kind: 'checkbox' } };
const COUNT_STYLE: CellStyle = { bold: true, background: PALETTE.sectionBg };
const AREA_NAME: CellStyle = { bold: true, background: PALETTE.bandBg };

/**
 * The reflection sets of a role's "Identifying first actions" template, in order.
 *
 * Every role gets the general set ("first-actions"), except the superintendent, who gets the
 * superintendent action guide's own set instead: that set already holds the four general
 * questions (in the guide's wording) followed by five more, so adding the general set as
 * well would ask three questions twice, word for word. To show both, return both ids here:
 * the template adds a section row per set when there is more than one.
 */
export function firstActionsSetIds(roleId: RoleId): readonly ReflectionSetId[] {
  return roleId === 'superintendent' ? ['superintendent-first-actions'] : ['first-actions'];
}

/** "3 of 16", live: ticked boxes over responsibilities, across the frames' blocks. */
export function selectedCountFormula(blocks: readonly { tick: RangeRef; text: RangeRef }[]): Formula {
  const ticked = blocks.map((bl) => `COUNTIF(${a1(bl.tick)},TRUE)`).join('+');
  const all = blocks.map((bl) => `COUNTA(${a1(bl.text)})`).join('+');
  return { formula: `=(${ticked})&" of "&(${all})` };
}

/**
 * The role's key responsibilities by frame, each with a "Selected for action" tick and notes,
 * and a live count of those selected.
 */
function addResponsibilities(b: SheetBuilder, role: Role, heading: string): void {
  const section = addSection(b, heading);
  addParagraph(b, role.description, REFLECTION_WIDTH_PX);
  const header = b.addRow(SELECTION_HEADERS, [STYLE.header, STYLE.header, STYLE.header]);
  b.protect(
    { row: section, col: 1, rows: header - section + 1, cols: REFLECTION_COLS },
    "First actions: the role's description and the table header.",
  );

  const blocks: { tick: RangeRef; text: RangeRef }[] = [];
  for (const frame of FRAMES) {
    const items = responsibilitiesFor(role.id, [frame.id]);
    if (items.length === 0) continue;
    const frameRow = b.addRow([frame.name], [STYLE.section, STYLE.section, STYLE.section]);
    b.merge({ row: frameRow, col: 1, rows: 1, cols: SELECTION_COLS });
    const first = b.rowCount + 1;
    items.forEach((r, i) => b.addRow([r.text, false], [band(i), TICK, STYLE.input]));
    const rows = items.length;
    blocks.push({
      tick: { row: first, col: REFLECTION_COL.mark, rows, cols: 1 },
      text: { row: first, col: REFLECTION_COL.item, rows, cols: 1 },
    });
  }
  const count = b.addRow(['Selected for action', selectedCountFormula(blocks)], [COUNT_STYLE, COUNT_STYLE]);
  b.protect({ row: count, col: 1, rows: 1, cols: REFLECTION_COLS }, 'Counted from the ticks above.');
  borderTable(b, header, SELECTION_COLS);

  b.conditional({
    ranges: blocks.map((bl) => ({ row: bl.tick.row, col: 1, rows: bl.tick.rows, cols: SELECTION_COLS })),
    formula: `=$B${blocks[0]!.tick.row}=TRUE`,
    background: SELECTED_COLOR,
  });
}

/** The four areas where leaders take action, each to rate with evidence and a first step. */
function addLeaderActions(b: SheetBuilder, heading: string): RangeRef[] {
  const section = addSection(b, heading);
  for (const line of LEADER_ACTIONS_INTRO) addMergedRow(b, line, {});
  addNoteParagraphs(b, [
    'Rate each area for your school or system (In place, Partly or Not yet), note the evidence, and name a first step where the area needs one.',
  ]);
  const header = b.addRow(
    ['Action area: what it asks of leaders', 'Where we are', 'Evidence', 'First step', 'Owner', 'By when'],
    STYLE.header,
  );
  b.protect(
    { row: section, col: 1, rows: header - section + 1, cols: REFLECTION_COLS },
    "First actions: the leaders' action areas.",
  );
  const ratings = LEADER_ACTION_AREAS.map((area) => {
    b.addRow([area.name], AREA_NAME);
    return addRatingRow(b, area.paragraphs.join('\n\n'));
  });
  borderTable(b, header);
  addTally(b, ratings);
  return ratings;
}

/**
 * "Identifying first actions" for a role, top to bottom: the instructions; the role's key
 * responsibilities by frame, to select for action; for the leaders the article on leaders'
 * roles addresses, the four areas where leaders take action, to rate; then the reflection
 * questions with Reflections, First steps, Owner and By when. The questions refer to "the
 * responsibilities above", which are on the tab (the printed guides point to their pages).
 * @throws UserError for an unknown role.
 */
export function firstActionsPlan(roleId: RoleId): SheetPlan {
  const role = requireRole(roleId);
  const sets = firstActionsSetIds(role.id).map((id) => getReflectionSet(id));
  const first = sets[0]!;
  const title =
    sets.length === 1 && first.id !== 'first-actions' ? first.title : `${first.title}: ${role.name}`;
  const b = new SheetBuilder(`First actions - ${role.name}`, REFLECTION_COLS);
  b.columnWidths(REFLECTION_WIDTHS);
  const titleRow = addTitle(b, title);
  for (const line of splitSentences(first.instructions)) addMergedRow(b, line, {});
  const top = addNoteParagraphs(b, [
    "Start with your role's key responsibilities and tick those you will act on first. Then answer the questions together: Reflections for what we notice and believe, First steps for the actions we will prioritize, each with an owner and a date.",
    'The responsibilities are not meant to be used as an all-inclusive checklist, but rather to drive critical actions to achieve system goals and priorities.',
  ]);
  protectTop(b, top, 'First actions');
  b.freeze(titleRow);

  let n = 0;
  b.addBlankRow();
  addResponsibilities(b, role, `${++n}. Key responsibilities: ${role.heading}`);
  if (isLeaderRole(role.id)) {
    b.addBlankRow();
    shadeRatings(b, addLeaderActions(b, `${++n}. Where leaders take action`));
  }
  b.addBlankRow();
  addSection(b, `${++n}. Reflection questions`);
  for (const set of sets) {
    if (sets.length > 1) addSection(b, set.title);
    addQuestionBlock(
      b,
      set.questions.map((q) => q.text),
    );
  }

  b.tabColor(PALETTE.headerBg);
  return b.build();
}
