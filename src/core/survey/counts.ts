import type { EncodedColumn } from './encode';

/**
 * A column reduced to what every figure is computed from: its distinct values and how many
 * responses gave each, in all and per group. Detection reads `total`; counting reads `byGroup`.
 * Counts add up, so rows read later (a new response) are counted into the same shape.
 */
export interface CountedColumn {
  /** Per id, the value as first met (id 0: blank), as in an EncodedColumn. */
  readonly values: readonly unknown[];
  /** Per id: responses that gave it. */
  readonly total: Int32Array;
  /** Per group and id, `[g * values.length + id]`: responses of the group that gave it. */
  readonly byGroup: Int32Array;
  /** How many groups `byGroup` counts (1 without a breakdown). */
  readonly groups: number;
}

/** How many responses give each id of a column (as the coder counted them, when it did). */
export function countIds(column: EncodedColumn): Int32Array {
  if (column.counts) return column.counts;
  const counts = new Int32Array(column.values.length);
  const ids = column.ids;
  for (let r = 0; r < ids.length; r++) counts[ids[r]!]!++;
  return counts;
}

/**
 * Counts a coded column per group (`rowGroups[r]`, null for one group) in one pass over its
 * ids; `total` may be given when already counted.
 */
export function countColumn(
  column: EncodedColumn,
  rowGroups: Int32Array | null,
  groups: number,
  total?: Int32Array,
): CountedColumn {
  const { values, ids } = column;
  if (rowGroups === null || groups === 1) {
    const all = total ?? countIds(column);
    return { values, total: all, byGroup: all, groups: 1 };
  }
  const n = values.length;
  const byGroup = new Int32Array(groups * n);
  for (let r = 0; r < ids.length; r++) byGroup[rowGroups[r]! * n + ids[r]!]!++;
  let all = total;
  if (!all) {
    all = new Int32Array(n);
    for (let g = 0; g < groups; g++) for (let id = 0; id < n; id++) all[id]! += byGroup[g * n + id]!;
  }
  return { values, total: all, byGroup, groups };
}
