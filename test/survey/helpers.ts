import { detectItems, readTable, type ResponseTable, type Result } from '../../src/core/survey';

/** Unwraps a Result in tests, failing loudly with its message. */
export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.problem.code}: ${r.problem.message}`);
  return r.value;
}

export const table = (grid: readonly (readonly unknown[])[]): ResponseTable => must(readTable(grid));

export const itemsOf = (t: ResponseTable) => detectItems(t).items;

/** A local-time Date, as Apps Script's getValues gives one in the script's time zone. */
export const at = (y: number, m: number, d: number, h = 9): Date => new Date(y, m - 1, d, h, 0, 0);

export const S1 = 'Our school district has adopted a formal definition of professional learning.';
export const S2 =
  'Every educator in our district engages in effective professional learning every day so that every student achieves.';
