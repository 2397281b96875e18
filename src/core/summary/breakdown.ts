import type { Cell } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import type { GroupItem, GroupSummary, SurveySummary } from '../survey/summary';
import { scaleItems } from './blocks';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { HIDDEN, NO_FIGURE } from './text';
import type { TableBlock } from './types';

export const breakdownCols = (summary: SurveySummary): number => 1 + summary.groups.length;

/** "Teacher (n=12)", or "Coach (n=2) *" when hidden (a copy for sharing has no hidden groups at all). */
export function groupHeader(g: GroupSummary): string {
  return `${g.value} (n=${g.respondents})${g.suppressed ? ` ${HIDDEN}` : ''}`;
}

/** Group items are listed in `summary.items` order; matched by column, which is unique. */
export function groupItem(g: GroupSummary, column: string): GroupItem | undefined {
  return g.items.find((i) => i.column === column);
}

/** A shown figure, or null when hidden; `NO_FIGURE` is not hidden (nobody there answered). */
export function groupFavorable(g: GroupSummary, column: string): number | null | typeof NO_FIGURE {
  if (g.suppressed) return null;
  const item = groupItem(g, column);
  if (!item || item.suppressed) return null;
  return item.favorable === null ? NO_FIGURE : item.favorable;
}

export interface BreakdownResult {
  readonly block: TableBlock;
  /** Whether any cell or header shows the hidden marker. */
  readonly hidesSomething: boolean;
}

/** Rows = scale items, columns = groups, cells = percent favorable or the hidden marker. */
export function addBreakdown(
  b: SheetBuilder,
  summary: SurveySummary,
  width: number,
  pf: string,
  hasIc: boolean,
): BreakdownResult {
  const by = summary.cutoffs ? `wave (${summary.groupBy})` : summary.groupBy;
  const heading = addHeading(b, `Percent favorable by ${by}`, width);
  const headerRow = addTableHeader(b, ['Item', ...summary.groups.map((g) => groupHeader(g))]);
  let hidesSomething = false;
  const items = scaleItems(summary);
  items.forEach((item, i) => {
    const cells: Cell[] = [item.title];
    for (const g of summary.groups) {
      const f = groupFavorable(g, item.column);
      if (f === null) hidesSomething = true;
      cells.push(f === null ? HIDDEN : f);
    }
    addDataRow(
      b,
      cells,
      cells.map(() => pf),
      i,
    );
  });
  const cols = breakdownCols(summary);
  borderFrom(b, headerRow, cols);
  const notes = ["Each cell: the share of the group's valid answers to the item that are favorable."];
  if (hasIc) notes.push('For IC outcomes, favorable means Level 1 or Level 2 (at or near the ideal).');
  addNotes(b, notes);
  return {
    block: { heading, range: { row: headerRow, col: 1, rows: summary.items.length + 1, cols } },
    hidesSomething,
  };
}
