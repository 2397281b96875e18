import {
  LEARNING_SYSTEM_TOOLS,
  STANDARDS_RESOURCES,
  STANDARDS_RESOURCES_ACCESS,
  STANDARDS_RESOURCES_INTRO,
} from '../../content';
import type { Cell, SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addMergedRow,
  addNotes,
  addSection,
  addTitle,
  band,
  borderTable,
  DATE_INPUT,
  protectTop,
  STYLE,
} from './common';

export const TOOL_HEADERS = ['Tool', 'Title', 'Purpose', 'How we will use it', 'Owner', 'By when'] as const;

const COLS = TOOL_HEADERS.length;
const WIDTHS = [70, 240, 380, 320, 130, 100];

/** How we will use it, Owner, By when. */
const PLAN_INPUTS: readonly CellStyle[] = [STYLE.input, STYLE.input, DATE_INPUT];

/** A section of the tab: a heading, a line about the source, a header, and its rows to plan. */
interface Block {
  readonly heading: string;
  readonly intro: string;
  /** A null second header cell makes the first column's text span A and B. */
  readonly header: readonly Cell[];
  /** Columns A to C of each row: Learning Forward's words. */
  readonly rows: readonly (readonly [Cell, Cell, Cell])[];
  readonly what: string;
}

function addBlock(b: SheetBuilder, block: Block): void {
  b.addBlankRow();
  const section = addSection(b, block.heading);
  addMergedRow(b, block.intro, STYLE.note);
  const header = b.addRow(block.header, STYLE.header);
  const spans = block.header[1] === null;
  if (spans) b.merge({ row: header, col: 1, rows: 1, cols: 2 });
  b.protect({ row: section, col: 1, rows: header - section + 1, cols: COLS }, `Resources: ${block.heading}.`);
  const first = b.rowCount + 1;
  block.rows.forEach((cells, i) => {
    const text: CellStyle = band(i);
    b.addRow([...cells], [{ ...text, bold: true }, { ...text, bold: true }, text, ...PLAN_INPUTS]);
  });
  if (spans) b.mergeAcross({ row: first, col: 1, rows: block.rows.length, cols: 2 });
  borderTable(b, header);
  b.protect({ row: first, col: 1, rows: block.rows.length, cols: 3 }, `Resources: ${block.what}.`);
}

/**
 * The resources tab: the tools of Learning Forward's learning-systems text (2.1–2.6) with their
 * purposes, then the resources for Standards for Professional Learning the superintendent action
 * guide points to; each with room to plan how the team will use it, who leads and by when.
 */
export function resourcesPlan(): SheetPlan {
  const b = new SheetBuilder('Resources', COLS);
  const title = addTitle(b, 'Resources: tools and guides for the work');
  const top = addNotes(b, [
    'The tools and resources Learning Forward points districts to, with their purposes in its own words. Note those the team will use, how, who leads and by when.',
    'This tab lists them; the tools and guides themselves are published by Learning Forward and are not part of this add-on.',
  ]);
  protectTop(b, top, 'Resources');
  b.freeze(title);

  addBlock(b, {
    heading: 'Tools for becoming a learning system (2.1–2.6)',
    intro:
      'From the tools index that closes Learning Forward\'s text on learning systems, the source of the "Where are we now?" survey and the learning-system reflection.',
    header: TOOL_HEADERS,
    rows: LEARNING_SYSTEM_TOOLS.map((t) => [t.number, t.title, t.purpose]),
    what: 'the tools as Learning Forward lists them',
  });
  addBlock(b, {
    heading: 'Resources for Standards for Professional Learning',
    intro: STANDARDS_RESOURCES_INTRO,
    header: ['Resource', null, 'What it offers', 'How we will use it', 'Owner', 'By when'],
    rows: STANDARDS_RESOURCES.map((r) => [r.title, null, r.description.join('\n\n')]),
    what: 'the resources as the action guide describes them',
  });
  addNotes(b, [STANDARDS_RESOURCES_ACCESS]);

  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
