import type { RangeRef } from '../plan';
import type { ChartDraft, ChartSpec } from './spec';

/**
 * The row height (px) of the blank rows a chart is floated over: Sheets' default, which it
 * keeps for a row with nothing to wrap.
 */
export const BLANK_ROW_PX = 21;
/** Room left below a chart before the next block. */
const GAP_PX = 16;

/** Turns a draft into a spec reading `range` (which may be in hidden rows), anchored at a cell. */
export function placeChart(
  draft: ChartDraft,
  range: RangeRef,
  anchor: { readonly row: number; readonly col: number; readonly offsetX?: number },
): ChartSpec {
  const { header: _header, rows: _rows, ...chart } = draft;
  return {
    ...chart,
    range,
    headerRows: 1,
    plotsHiddenRows: true,
    position: { anchorRow: anchor.row, anchorCol: anchor.col, offsetX: anchor.offsetX ?? 0, offsetY: 0 },
  };
}

/** Blank rows to leave for a chart of `height` px floated over them, a gap below it included. */
export const rowsForChart = (height: number): number => Math.ceil((height + GAP_PX) / BLANK_ROW_PX);
