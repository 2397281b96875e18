/** A 1-based rectangle of cells. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}
