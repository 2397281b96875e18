import type { Cell } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import type { GroupItem, GroupSummary, SurveySummary } from '../survey/summary';
import { scaleItems } from './blocks';
import { inSentence, numberedTitle } from './labels';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { favorableShare } from './shares';
import { HIDDEN, type NO_FIGURE } from './text';
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

/**
 * A shown figure (favorable count / the group's n), or null when hidden; `NO_FIGURE` is not
 * hidden (nobody there answered).
 */
export function groupFavorable(g: GroupSummary, column: string): number | null | typeof NO_FIGURE {
  if (g.suppressed) return null;
  const item = groupItem(g, column);
  if (!item || item.suppressed) return null;
  return favorableShare(item);
}

/** "Percent favorable by role": the breakdown's display name, as the tab's headings say it. */
export const breakdownTitle = (label: string): string => `Percent favorable by ${inSentence(label)}`;

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
  labels: { readonly group: string; readonly hasIc: boolean },
): BreakdownResult {
  const heading = addHeading(b, breakdownTitle(labels.group), width);
  const headerRow = addTableHeader(b, ['Item', ...summary.groups.map((g) => groupHeader(g))]);
  let hidesSomething = false;
  const items = scaleItems(summary);
  items.forEach((item, i) => {
    const cells: Cell[] = [numberedTitle(summary.items.indexOf(item), item.title)];
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
  if (labels.hasIc) notes.push('For IC outcomes, favorable means Level 1 or Level 2 (at or near the ideal).');
  addNotes(b, notes);
  return {
    block: { heading, range: { row: headerRow, col: 1, rows: items.length + 1, cols } },
    hidesSomething,
  };
}
