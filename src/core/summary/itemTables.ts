import type { ScaleLabel } from '../../content/types';
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
  block.kind === 'ic'
    ? icTableCols(block.labels.length)
    : block.labels.length + (block.kind === 'scale' ? 4 : 2);

const labelList = (labels: readonly { label: string }[]): string => labels.map((l) => l.label).join(' + ');

/** How the figures were computed, in the scale's own words. */
function scaleNotes(labels: readonly ScaleLabel[]): string[] {
  const fav = labels.filter((l) => l.polarity === 'favorable');
  const scored = labels.filter((l) => l.score !== null);
  const unscored = labels.filter((l) => l.score === null);
  return [
    'Percents are of n, the valid answers (neutral ones included); blanks and answers not on the scale are left out.',
    `% favorable = ${labelList(fav)}. Mean of the scored answers: ${scored.map((l) => `${l.label} = ${l.score}`).join(', ')}` +
      (unscored.length > 0 ? ` (${unscored.map((l) => l.label).join(', ')} not scored).` : '.'),
    `${NO_FIGURE} means there are no answers to compute it from.`,
  ];
}

const OTHER_NOTE = '"Other" counts together every answer written in rather than chosen from the list.';

const choiceNotes = (other: boolean): string[] => [
  'Percents are of n, the respondents who answered; blanks are left out.',
  ...(other ? [OTHER_NOTE] : []),
  `${NO_FIGURE} means there are no answers to compute it from.`,
];

const CHECKBOX_NOTES = [
  'Each percent: the share of the n respondents who answered that ticked the choice. One person may tick',
  'several choices, so the percents need not add up to 100.',
  `${NO_FIGURE} means there are no answers to compute it from.`,
];

const pct = (item: ItemSummary, label: string): Cell =>
  item.percents ? (item.percents[label] ?? 0) / 100 : NO_FIGURE;
const orNone = (v: number | null): Cell => (v === null ? NO_FIGURE : v);

/** Item | n | one column per label | % favorable | Mean, one row per item. */
function scaleRow(labels: readonly string[], item: ItemSummary, hidden: boolean): Cell[] {
  if (hidden) return [item.title, HIDDEN, ...labels.map(() => HIDDEN), HIDDEN, HIDDEN];
  return [item.title, item.n, ...labels.map((l) => pct(item, l)), orNone(item.favorable), orNone(item.mean)];
}

/** Item | n | one column per choice (choice and checkbox questions). */
function choiceRow(labels: readonly string[], item: ItemSummary, hidden: boolean): Cell[] {
  if (hidden) return [item.title, HIDDEN, ...labels.map(() => HIDDEN)];
  return [item.title, item.n, ...labels.map((l) => pct(item, l))];
}

const TITLES = {
  choice: 'Answers by item (one choice each)',
  checkbox: 'Answers by item (checkboxes: each respondent may tick several)',
} as const;

/**
 * One table for the items of one scale (or kind and choices), in the instrument's order. IC
 * outcomes get their own tables (levels, median and descriptions, by frame: see icTables.ts).
 */
export function addItemTable(ctx: ItemTableContext, block: ScaleBlock, multiple: boolean): ItemTableBlock {
  if (block.kind === 'ic') return addIcTables(ctx, block);
  const { b, input, share, pf } = ctx;
  const { kind } = block;
  const labels = block.labels.map((l) => l.label);
  const title =
    kind === 'scale' ? `Answers by item${multiple ? ` (${block.name} scale)` : ''}` : TITLES[kind];
  const heading = addHeading(b, title, ctx.width);
  let header: string[];
  let formats: string[];
  let row: (labels: readonly string[], item: ItemSummary, hidden: boolean) => Cell[];
  let notes: string[];
  if (kind === 'scale') {
    header = ['Item', 'n', ...labels, '% favorable', 'Mean'];
    formats = ['General', '0', ...labels.map(() => pf), pf, '0.00'];
    row = scaleRow;
    notes = scaleNotes(block.labels);
  } else {
    header = ['Item', 'n', ...labels];
    formats = ['General', '0', ...labels.map(() => pf)];
    row = choiceRow;
    const other = block.items.some((i) => input.summary.items[i]!.other);
    notes = kind === 'checkbox' ? [...CHECKBOX_NOTES, ...(other ? [OTHER_NOTE] : [])] : choiceNotes(other);
  }
  const headerRow = addTableHeader(b, header);
  block.items.forEach((index, i) => {
    const item = input.summary.items[index]!;
    addDataRow(b, row(labels, item, overallHidden(input.summary, item, share)), formats, i);
  });
  const range = { row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols: header.length };
  borderFrom(b, headerRow, header.length);
  addNotes(b, notes);
  return { heading, range, kind, scaleId: block.scaleId, items: block.items };
}
