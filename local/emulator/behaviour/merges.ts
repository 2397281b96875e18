/** Merged cells: merging keeps only the top-left value; a merge cannot be cut by another or unmerged in part. */
import type { CellRange } from '../state/cells';
import type { Rect } from '../state/rect';
import type { SheetModel } from '../state/spreadsheet';
import { contains, intersects } from './a1';

export const MERGE_PARTIAL = 'You must select all cells in a merged range to merge or unmerge them.';

/** Merges overlapping `r` that are not wholly inside it: those block a merge or unmerge. */
export function partialMerges(m: SheetModel, r: Rect): Rect[] {
  return m.merges.filter((x) => intersects(x, r) && !contains(r, x));
}

/** Merges each rect (single cells are left alone); all are checked before any is merged. */
export function merge(m: SheetModel, rects: readonly Rect[]): void {
  for (const r of rects) if (partialMerges(m, r).length > 0) throw m.rt.error(MERGE_PARTIAL);
  for (const r of rects) {
    if (r.numRows === 1 && r.numCols === 1) continue;
    m.merges = m.merges.filter((x) => !contains(r, x));
    m.merges.push(r);
    // A merge keeps only the top-left value.
    const top = m.content.get(r.row - 1, r.col - 1);
    m.content.fill(r.row - 1, r.col - 1, r.numRows, r.numCols, undefined);
    m.content.set(r.row - 1, r.col - 1, top);
  }
}

/** Each row of the block merged on its own (mergeAcross) or each column (mergeVertically). */
export function lines(rect: Rect, across: boolean): Rect[] {
  const { row, col, numRows, numCols } = rect;
  return across
    ? Array.from({ length: numRows }, (_, i) => ({ row: row + i, col, numRows: 1, numCols }))
    : Array.from({ length: numCols }, (_, j) => ({ row, col: col + j, numRows, numCols: 1 }));
}

export function breakApart(r: CellRange): void {
  const m = r.sheet;
  if (partialMerges(m, r.rect).length > 0) throw m.rt.error(MERGE_PARTIAL);
  m.merges = m.merges.filter((x) => !contains(r.rect, x));
}

export const mergesIn = (r: CellRange): Rect[] => r.sheet.merges.filter((x) => intersects(x, r.rect));
