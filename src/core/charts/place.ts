import type { RangeRef } from '../plan';
import type { ChartDraft, ChartSpec } from './spec';

/** The smallest row height Sheets uses (px): estimating with it never lets charts overlap. */
export const MIN_ROW_PX = 21;
/** Room left between charts stacked in one column. */
const GAP_PX = 16;

/** Turns a draft into a spec reading `range`, anchored at a cell. */
export function placeChart(
  draft: ChartDraft,
  range: RangeRef,
  anchorRow: number,
  anchorCol: number,
): ChartSpec {
  const { header: _header, rows: _rows, ...chart } = draft;
  return {
    ...chart,
    range,
    headerRows: 1,
    position: { anchorRow, anchorCol, offsetX: 0, offsetY: 0 },
  };
}

/**
 * Stacks charts in one column: each starts at the row it belongs beside, or just below the
 * previous chart when that one is still in the way. Rows may be taller than `MIN_ROW_PX`
 * (wrapped text), which only widens the gaps.
 */
export function stackRows(wanted: readonly { row: number; height: number }[]): number[] {
  let free = 1;
  return wanted.map((w) => {
    const row = Math.max(w.row, free);
    free = row + Math.ceil((w.height + GAP_PX) / MIN_ROW_PX);
    return row;
  });
}
