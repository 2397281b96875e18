import {
  CHAIN_MONITORING,
  CHAIN_SENTENCE,
  CHAIN_STEPS,
  CHAIN_TITLE,
  FOUNDATIONS,
  FOUNDATIONS_TITLE,
  FRAMES,
  STANDARDS,
} from '../content';
import type { Frame, Standard } from '../content/types';
import type { SheetPlan } from './plan';
import { type CellStyle, PALETTE, SheetBuilder } from './sheetBuilder';
import { addParagraph } from './templates/common';

const COLS = 4;
const WIDTHS = [200, 280, 280, 280];
const WIDTH_PX = WIDTHS.reduce((a, w) => a + w, 0);
const STEM =
  'Professional learning results in equitable and excellent outcomes for all students when educators ...';

const SECTION: CellStyle = { bold: true, background: PALETTE.sectionBg, valign: 'middle' };
const HEADER: CellStyle = {
  bold: true,
  background: PALETTE.headerBg,
  color: PALETTE.headerFg,
  valign: 'middle',
};

/** The chain as one line: "Standards for Professional Learning → High-quality ... → Student results". */
export const CHAIN_LINE = CHAIN_STEPS.map((s) => s.name).join('  →  ');

const paragraph = (b: SheetBuilder, text: string, style: CellStyle = {}): number =>
  addParagraph(b, text, WIDTH_PX, style);

/**
 * The "Standards overview" tab: the 11 standards grouped under their frame, each with its
 * three constructs side by side so a team can read across a row; then how standards lead to
 * improvement for all learners (the chain from standards to student results) and the seven
 * foundations that underlie the standards, as the superintendent action guide prints them.
 */
export function standardsOverviewPlan(
  frames: readonly Frame[] = FRAMES,
  standards: readonly Standard[] = STANDARDS,
): SheetPlan {
  const b = new SheetBuilder('Standards overview', COLS);
  const title = b.addRow(['Standards for Professional Learning'], {
    bold: true,
    size: 14,
    color: PALETTE.titleFg,
    wrap: false,
  });
  b.merge({ row: title, col: 1, rows: 1, cols: COLS });
  const stem = b.addRow([STEM], { italic: true, color: PALETTE.noteFg });
  b.merge({ row: stem, col: 1, rows: 1, cols: COLS });
  const header = b.addRow(['Standard', 'Construct 1', 'Construct 2', 'Construct 3'], HEADER);
  b.freeze(header);

  for (const frame of frames) {
    const section = b.addRow([`${frame.name}: ${frame.description}`], SECTION);
    b.merge({ row: section, col: 1, rows: 1, cols: COLS });
    const inFrame = standards.filter((s) => s.frame === frame.id);
    inFrame.forEach((s, i) => {
      const band = i % 2 === 1 ? PALETTE.bandBg : null;
      b.addRow(
        [s.name, ...s.constructs],
        [{ bold: true, background: band }, ...s.constructs.map(() => ({ background: band }))],
      );
    });
  }
  b.border({ row: header, col: 1, rows: b.rowCount - header + 1, cols: COLS });

  b.addBlankRow();
  paragraph(b, CHAIN_TITLE, HEADER);
  paragraph(b, CHAIN_LINE, { bold: true, color: PALETTE.titleFg, background: PALETTE.sectionBg });
  paragraph(b, CHAIN_SENTENCE);
  paragraph(b, CHAIN_MONITORING);

  b.addBlankRow();
  const foundations = paragraph(b, FOUNDATIONS_TITLE, HEADER);
  paragraph(b, FOUNDATIONS.lead, { italic: true, color: PALETTE.noteFg });
  const first = b.rowCount + 1;
  FOUNDATIONS.items.forEach((f, i) => {
    b.addRow([f.text], { background: i % 2 === 1 ? PALETTE.bandBg : null });
  });
  b.mergeAcross({ row: first, col: 1, rows: FOUNDATIONS.items.length, cols: COLS });
  b.border({ row: foundations, col: 1, rows: b.rowCount - foundations + 1, cols: COLS });

  b.protect(
    { row: 1, col: 1, rows: b.rowCount, cols: COLS },
    'Standards overview (from the catalog): edits here are overwritten if you insert it again.',
  );
  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
