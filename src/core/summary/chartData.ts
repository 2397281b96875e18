import type { ChartDraft } from '../charts/spec';
import type { RangeRef } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';

/** The number format of a chart's data cells: shares keep their sign in the sheet. */
const dataFormat = (draft: ChartDraft): string => (draft.axis.format === 'percent' ? '0%' : '0.##');

/** The "Chart data" section: heading, a note, then per chart a caption row and its data table. */
export function addChartDataSection(
  b: SheetBuilder,
  drafts: readonly ChartDraft[],
  width: number,
): { caption: number; range: RangeRef }[] {
  if (drafts.length === 0) return [];
  addHeading(b, 'Chart data', width);
  addNotes(b, [
    'The charts beside the tables read these cells. They are rebuilt with the summary: edits here are overwritten.',
  ]);
  return drafts.map((draft) => {
    b.addBlankRow();
    const caption = b.addRow([draft.title], { bold: true, wrap: false });
    const headerRow = addTableHeader(b, draft.header);
    const formats = draft.header.map(() => dataFormat(draft));
    draft.rows.forEach((row, i) => addDataRow(b, row, formats, i));
    borderFrom(b, headerRow, draft.header.length);
    return {
      caption,
      range: { row: headerRow, col: 1, rows: draft.rows.length + 1, cols: draft.header.length },
    };
  });
}
