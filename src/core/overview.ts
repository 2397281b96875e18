import { FRAMES, STANDARDS } from '../content';
import type { Frame, Standard } from '../content/types';
import type { SheetPlan } from './plan';
import { PALETTE, SheetBuilder } from './sheetBuilder';

const COLS = 4;
const STEM =
  'Professional learning results in equitable and excellent outcomes for all students when educators ...';

/**
 * The "Standards overview" tab: the 11 standards grouped under their frame, each with its
 * three constructs side by side so a team can read across a row.
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
  const header = b.addRow(['Standard', 'Construct 1', 'Construct 2', 'Construct 3'], {
    bold: true,
    background: PALETTE.headerBg,
    color: PALETTE.headerFg,
    valign: 'middle',
  });
  b.freeze(header);

  for (const frame of frames) {
    const section = b.addRow([`${frame.name}: ${frame.description}`], {
      bold: true,
      background: PALETTE.sectionBg,
    });
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
  b.protect(
    { row: 1, col: 1, rows: b.rowCount, cols: COLS },
    'Standards overview (from the catalog): edits here are overwritten if you insert it again.',
  );
  b.columnWidths([200, 280, 280, 280]);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
