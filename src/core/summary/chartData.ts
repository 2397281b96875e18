import type { ChartDraft } from '../charts/spec';
import type { RangeRef, RowSpan } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';

/** The number format of a chart's data cells: the tab's percent format, so labels match the tables. */
const dataFormat = (draft: ChartDraft, pf: string): string => (draft.axis.format === 'percent' ? pf : '0.##');

export interface ChartDataSection {
  /** Per draft, in order: its caption row and its range (header row, then one row per category). */
  readonly blocks: readonly { readonly caption: number; readonly range: RangeRef }[];
  /** The visible label row, and the hidden rows below it; null without charts. */
  readonly rows: { readonly label: number; readonly hidden: RowSpan } | null;
}

/**
 * The data the charts read, out of the reader's way: the last rows of the tab, hidden, under
 * one visible heading that says what they are and how to show them. Every figure is a share
 * from 0 to 1 in the tables' percent format: nothing here reads as a finding of its own.
 */
export function addChartDataSection(
  b: SheetBuilder,
  drafts: readonly ChartDraft[],
  width: number,
  pf: string,
): ChartDataSection {
  if (drafts.length === 0) return { blocks: [], rows: null };
  b.addBlankRow();
  const label = addHeading(b, 'Chart data', width);
  addNotes(b, [
    'The charts above read these hidden rows; the summary rebuilds them. To see them, click the arrow in the row numbers just below.',
  ]);
  const blocks = drafts.map((draft, i) => {
    if (i > 0) b.addBlankRow();
    const caption = b.addRow([draft.title], { bold: true, wrap: false });
    const headerRow = addTableHeader(b, draft.header);
    const formats = draft.header.map(() => dataFormat(draft, pf));
    draft.rows.forEach((row, k) => addDataRow(b, row, formats, k));
    borderFrom(b, headerRow, draft.header.length);
    return {
      caption,
      range: { row: headerRow, col: 1, rows: draft.rows.length + 1, cols: draft.header.length },
    };
  });
  const first = label + 2;
  b.setCell(label, 1, `Chart data (rows ${first}–${b.rowCount}, hidden)`);
  return { blocks, rows: { label, hidden: { row: first, rows: b.rowCount - first + 1 } } };
}
