import type { Cell } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import { addHeading } from './rows';
import { updatedText } from './text';
import type { SummaryInput, TableBlock } from './types';

/** What a reader needs before the figures: which survey, how many, how fresh, what is hidden. */
export function addAbout(
  b: SheetBuilder,
  input: SummaryInput,
  width: number,
  group: string | null,
): TableBlock {
  const s = input.summary;
  const heading = addHeading(b, 'About this summary', width);
  const lines: [string, Cell][] = [
    ['Survey', input.survey],
    ['Responses counted', s.responses],
    ['Last updated', updatedText(input.updatedIso, input.timeZoneLabel)],
    ['Minimum group size', s.minGroupSize],
    ['Source tab', input.sourceTab],
  ];
  if (s.groupBy !== null && group !== null) {
    // The display name, and the column it stands for when they differ.
    const column = group === s.groupBy ? '' : ` (column "${s.groupBy}")`;
    lines.push([
      'Broken down by',
      s.cutoffs ? `${group} (${s.groupBy} split at ${s.cutoffs.join(', ')})` : `${group}${column}`,
    ]);
  }
  s.messages.forEach((m, i) => lines.push([i === 0 ? 'Notes' : '', m]));
  const first = b.rowCount + 1;
  for (const [label, value] of lines) {
    b.addRow([label, value], [{ bold: true }, { wrap: false, align: 'left' }]);
  }
  return { heading, range: { row: first, col: 1, rows: lines.length, cols: 2 } };
}
