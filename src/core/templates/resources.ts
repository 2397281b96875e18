import {
  LEARNING_SYSTEM_TOOLS,
  STANDARDS_RESOURCES,
  STANDARDS_RESOURCES_ACCESS,
  STANDARDS_RESOURCES_INTRO,
} from '../../content';
import type { SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
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

  b.addBlankRow();
  const toolsSection = addSection(b, 'Tools for becoming a learning system (2.1–2.6)');
  addMergedRow(
    b,
    'From the tools index that closes Learning Forward\'s text on learning systems, the source of the "Where are we now?" survey and the learning-system reflection.',
    STYLE.note,
  );
  const toolHeader = addHeader(b, TOOL_HEADERS);
  b.protect(
    { row: toolsSection, col: 1, rows: toolHeader - toolsSection + 1, cols: COLS },
    'Resources: the tools heading.',
  );
  const firstTool = b.rowCount + 1;
  LEARNING_SYSTEM_TOOLS.forEach((t, i) => {
    const text: CellStyle = band(i);
    b.addRow(
      [t.number, t.title, t.purpose],
      [{ ...text, bold: true }, { ...text, bold: true }, text, ...PLAN_INPUTS],
    );
  });
  borderTable(b, toolHeader);
  b.protect(
    { row: firstTool, col: 1, rows: LEARNING_SYSTEM_TOOLS.length, cols: 3 },
    'Resources: tools as Learning Forward lists them.',
  );

  b.addBlankRow();
  const guideSection = addSection(b, 'Resources for Standards for Professional Learning');
  addMergedRow(b, STANDARDS_RESOURCES_INTRO, {});
  const guideHeader = b.addRow(
    ['Resource', null, 'What it offers', 'How we will use it', 'Owner', 'By when'],
    STYLE.header,
  );
  b.merge({ row: guideHeader, col: 1, rows: 1, cols: 2 });
  b.protect(
    { row: guideSection, col: 1, rows: guideHeader - guideSection + 1, cols: COLS },
    'Resources: the standards resources heading.',
  );
  const firstGuide = b.rowCount + 1;
  STANDARDS_RESOURCES.forEach((r, i) => {
    const text: CellStyle = band(i);
    b.addRow(
      [r.title, null, r.description.join('\n\n')],
      [{ ...text, bold: true }, { ...text, bold: true }, text, ...PLAN_INPUTS],
    );
  });
  b.mergeAcross({ row: firstGuide, col: 1, rows: STANDARDS_RESOURCES.length, cols: 2 });
  borderTable(b, guideHeader);
  b.protect(
    { row: firstGuide, col: 1, rows: STANDARDS_RESOURCES.length, cols: 3 },
    'Resources: as the action guide describes them.',
  );
  addNotes(b, [STANDARDS_RESOURCES_ACCESS]);

  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
