import type { RangeRef } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import type { SurveySummary } from '../survey/summary';
import { repeatsMessage } from '../survey/repeats';
import { numberedTitle } from './labels';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { invalidValuesText } from './text';
import type { TableBlock } from './types';

export const dataQualityCols = (share: boolean): number => (share ? 3 : 4);

/**
 * Per item: blanks, answers not on the scale and, except in a copy for sharing, which answers
 * those were. They are respondents' own text: written as plain text ('@') and unwrapped.
 */
export function addDataQuality(
  b: SheetBuilder,
  summary: SurveySummary,
  share: boolean,
  width: number,
): TableBlock & { respondentText: RangeRef | null; skipped: RangeRef | null } {
  const heading = addHeading(b, 'Data quality: blank answers and answers not on the scale', width);
  const header = ['Item', 'Blank', 'Not on the scale'];
  if (!share) header.push('Answers not on the scale (most frequent first)');
  const headerRow = addTableHeader(b, header);
  const formats = ['General', '0', '0', '@'];
  const text = { wrap: false, align: 'left' } as const;
  summary.items.forEach((item, i) => {
    const cells = share
      ? [numberedTitle(i, item.title), item.blank, item.invalid]
      : [numberedTitle(i, item.title), item.blank, item.invalid, invalidValuesText(item) || null];
    addDataRow(b, cells, formats, i, [undefined, undefined, undefined, text]);
  });
  const cols = header.length;
  borderFrom(b, headerRow, cols);
  addNotes(b, [
    'Answers not on the scale are counted here and left out of n; they are never dropped silently.',
  ]);
  const repeats = summary.repeats ? repeatsMessage(summary.repeats) : null;
  if (repeats !== null) addNotes(b, [repeats]);
  const rows = summary.items.length;
  return {
    heading,
    range: { row: headerRow, col: 1, rows: rows + 1, cols },
    respondentText: share || rows === 0 ? null : { row: headerRow + 1, col: 4, rows, cols: 1 },
    skipped: addSkipped(b, summary),
  };
}

/** Column | Why: every column that is not summarized, so that none is dropped without a word. */
function addSkipped(b: SheetBuilder, summary: SurveySummary): RangeRef | null {
  if (summary.skipped.length === 0) return null;
  b.addBlankRow();
  const headerRow = addTableHeader(b, ['Column not summarized', 'Why']);
  const text = { wrap: false, align: 'left' } as const;
  summary.skipped.forEach((s, i) => {
    addDataRow(b, [s.column, s.reason], ['General', 'General'], i, [undefined, text]);
  });
  borderFrom(b, headerRow, 2);
  return { row: headerRow, col: 1, rows: summary.skipped.length + 1, cols: 2 };
}
