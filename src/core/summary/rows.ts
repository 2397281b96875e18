import type { Cell } from '../plan';
import { type CellStyle, PALETTE, type SheetBuilder } from '../sheetBuilder';
import { STYLE } from '../templates/common';

/**
 * Row writers shared by the summary's blocks. Nothing is merged: a merge is one service call
 * per range, so long text is left unwrapped to overflow into the empty cells beside it.
 */

/** A bold section heading whose band spans the tables' width. */
export function addHeading(b: SheetBuilder, text: string, width: number): number {
  const styles: CellStyle[] = [];
  for (let c = 0; c < width; c++) styles.push({ ...STYLE.section, wrap: false });
  return b.addRow([text], styles);
}

/** One italic line per note, unwrapped. */
export function addNotes(b: SheetBuilder, lines: readonly string[]): number {
  let last = b.rowCount;
  for (const line of lines) last = b.addRow([line], { ...STYLE.note, wrap: false });
  return last;
}

/** A table's header row: the dark band over the table's own columns only. */
export const addTableHeader = (b: SheetBuilder, labels: readonly string[]): number =>
  b.addRow(
    labels,
    labels.map(() => ({ ...STYLE.header, wrap: true, align: 'center' }) as const),
  );

/** A data row: text first (wrapped), then figures centred; each cell's number format given. */
export function addDataRow(
  b: SheetBuilder,
  cells: readonly Cell[],
  formats: readonly string[],
  index: number,
  extra: readonly (CellStyle | undefined)[] = [],
): number {
  const background = index % 2 === 1 ? PALETTE.bandBg : null;
  const styles: CellStyle[] = cells.map((_, c) =>
    c === 0
      ? { background, wrap: true, ...extra[c] }
      : { background, align: 'center', numberFormat: formats[c] ?? 'General', ...extra[c] },
  );
  return b.addRow(cells, styles);
}

/** A thin border around a table, header row to last data row. */
export function borderFrom(b: SheetBuilder, headerRow: number, cols: number): void {
  b.border({ row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols });
}
