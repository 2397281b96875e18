import type { Scale } from '../../content/types';
import type { Cell } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import type { ItemSummary } from '../survey/summary';
import { overallHidden, type ScaleBlock } from './blocks';
import { addIcTables, icTableCols } from './icTables';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { HIDDEN, NO_FIGURE } from './text';
import type { ItemTableBlock, SummaryInput } from './types';

export interface ItemTableContext {
  readonly b: SheetBuilder;
  readonly input: SummaryInput;
  readonly share: boolean;
  readonly width: number;
  /** Number format of every percent cell. */
  readonly pf: string;
}

/** Columns of one item table. */
export const itemTableCols = (block: ScaleBlock): number =>
  block.kind === 'ic' ? icTableCols(block.scale.labels.length) : block.scale.labels.length + 4;

const labelList = (labels: readonly { label: string }[]): string => labels.map((l) => l.label).join(' + ');

/** How the figures were computed, in the scale's own words. */
function scaleNotes(scale: Scale): string[] {
  const fav = scale.labels.filter((l) => l.polarity === 'favorable');
  const scored = scale.labels.filter((l) => l.score !== null);
  const unscored = scale.labels.filter((l) => l.score === null);
  return [
    'Percents are of n, the valid answers (neutral ones included); blanks and answers not on the scale are left out.',
    `% favorable = ${labelList(fav)}. Mean of the scored answers: ${scored.map((l) => `${l.label} = ${l.score}`).join(', ')}` +
      (unscored.length > 0 ? ` (${unscored.map((l) => l.label).join(', ')} not scored).` : '.'),
    `${NO_FIGURE} means there are no answers to compute it from.`,
  ];
}

const pct = (item: ItemSummary, label: string): Cell =>
  item.percents ? (item.percents[label] ?? 0) / 100 : NO_FIGURE;
const orNone = (v: number | null): Cell => (v === null ? NO_FIGURE : v);

/** Item | n | one column per label | % favorable | Mean, one row per item. */
function scaleRow(scale: Scale, item: ItemSummary, hidden: boolean): Cell[] {
  const labels = scale.labels.map((l) => l.label);
  if (hidden) return [item.title, HIDDEN, ...labels.map(() => HIDDEN), HIDDEN, HIDDEN];
  return [item.title, item.n, ...labels.map((l) => pct(item, l)), orNone(item.favorable), orNone(item.mean)];
}

/**
 * One table for the items of one scale, in the instrument's order. IC outcomes get their own
 * tables (levels, median and descriptions, by frame: see icTables.ts).
 */
export function addItemTable(ctx: ItemTableContext, block: ScaleBlock, multiple: boolean): ItemTableBlock {
  if (block.kind === 'ic') return addIcTables(ctx, block);
  const { b, input, share, pf } = ctx;
  const { scale, kind } = block;
  const labels = scale.labels.map((l) => l.label);
  const heading = addHeading(b, `Answers by item${multiple ? ` (${scale.name} scale)` : ''}`, ctx.width);
  const header = ['Item', 'n', ...labels, '% favorable', 'Mean'];
  const formats = ['General', '0', ...labels.map(() => pf), pf, '0.00'];
  const headerRow = addTableHeader(b, header);
  block.items.forEach((index, i) => {
    const item = input.summary.items[index]!;
    addDataRow(b, scaleRow(scale, item, overallHidden(input.summary, item, share)), formats, i);
  });
  const range = { row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols: header.length };
  borderFrom(b, headerRow, header.length);
  addNotes(b, scaleNotes(scale));
  return { heading, range, kind, scaleId: scale.id, items: block.items };
}
