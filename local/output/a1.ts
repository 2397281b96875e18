import { parseA1 } from '../emulator';

/** A closed A1 range ("B3:H9", optionally sheet-qualified) as a 1-based rectangle. */
export function rectOfA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const p = parseA1(a1);
  if (!p || p.r1 === null || p.c1 === null || p.r2 === null || p.c2 === null) {
    throw new Error(`${a1} is not a closed A1 range`);
  }
  const row = Math.min(p.r1, p.r2);
  const col = Math.min(p.c1, p.c2);
  return { row, col, rows: Math.abs(p.r2 - p.r1) + 1, cols: Math.abs(p.c2 - p.c1) + 1 };
}
