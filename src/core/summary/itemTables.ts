import type { ScaleLabel } from '../../content/types';
import type { Cell } from '../plan';
import type { SheetBuilder } from '../sheetBuilder';
import type { ItemSummary } from '../survey/summary';
import { overallHidden, type ScaleBlock } from './blocks';
import { addIcTables, icTableCols } from './icTables';
import { numberedTitle } from './labels';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { favorableShare, share } from './shares';
import { HIDDEN, N_HEADER, NO_FIGURE, ROUNDING_NOTE } from './text';
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

/** "Strongly agree or Agree"; "Strongly agree, Agree or Somewhat agree". */
function orList(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** "% favorable (Strongly agree or Agree)": what counts, in the header beside the figure. */
export const favorableHeader = (labels: readonly ScaleLabel[]): string =>
  `% favorable (${orList(labels.filter((l) => l.polarity === 'favorable').map((l) => l.label))})`;

/**
 * "Mean (1–5, No opinion left out)": the range of the scores and which answers the mean leaves
 * out, in the header, so that a mean read beside "% favorable" (whose n counts those answers)
 * is not taken for the same people's figure.
 */
export function meanHeader(labels: readonly ScaleLabel[]): string {
  const scores = labels.flatMap((l) => (l.score === null ? [] : [l.score]));
  const unscored = labels.filter((l) => l.score === null).map((l) => l.label);
  const range = scores.length > 0 ? `${Math.min(...scores)}–${Math.max(...scores)}` : '';
  const parts = [range, ...(unscored.length > 0 ? [`${orList(unscored)} left out`] : [])].filter((p) => p);
  return parts.length > 0 ? `Mean (${parts.join(', ')})` : 'Mean';
}

/** How the figures were computed, in the scale's own words. */
function scaleNotes(labels: readonly ScaleLabel[]): string[] {
  const scored = labels.filter((l) => l.score !== null);
  return [
    'Percents are of n, the valid answers (neutral ones included); blanks and answers not on the scale are left out.',
    `Mean: the average score of the scored answers, ${scored.map((l) => `${l.label} = ${l.score}`).join(', ')}.`,
    ROUNDING_NOTE,
    `${NO_FIGURE} means there are no answers to compute it from.`,
  ];
}

const OTHER_NOTE = '"Other" counts together every answer written in rather than chosen from the list.';

const choiceNotes = (other: boolean): string[] => [
  'Percents are of n, the respondents who answered; blanks are left out.',
  ...(other ? [OTHER_NOTE] : []),
  ROUNDING_NOTE,
  `${NO_FIGURE} means there are no answers to compute it from.`,
];

const CHECKBOX_NOTES = [
  'Each percent: the share of the n respondents who answered that ticked the choice. One person may tick',
  'several choices, so the percents need not add up to 100.',
  `${NO_FIGURE} means there are no answers to compute it from.`,
];

const labelCells = (labels: readonly string[], item: ItemSummary): Cell[] =>
  labels.map((l) => share(item.counts[l] ?? 0, item.n));
const orNone = (v: number | null): Cell => (v === null ? NO_FIGURE : v);

/** Item | n | % favorable | Mean | one column per label: the figures compared side by side first. */
function scaleRow(labels: readonly string[], item: ItemSummary, hidden: boolean, title: string): Cell[] {
  if (hidden) return [title, HIDDEN, HIDDEN, HIDDEN, ...labels.map(() => HIDDEN)];
  return [title, item.n, favorableShare(item), orNone(item.mean), ...labelCells(labels, item)];
}

/** Item | n | one column per choice (choice and checkbox questions). */
function choiceRow(labels: readonly string[], item: ItemSummary, hidden: boolean, title: string): Cell[] {
  if (hidden) return [title, HIDDEN, ...labels.map(() => HIDDEN)];
  return [title, item.n, ...labelCells(labels, item)];
}

const TITLES = {
  choice: 'Answers by item (one choice each)',
  checkbox: 'Answers by item (checkboxes: each respondent may tick several)',
} as const;

/**
 * One table for the items of one scale (or kind and choices), in the instrument's order, each
 * item numbered as in the survey. IC outcomes get their own tables (levels, median and
 * descriptions, by frame: see icTables.ts).
 */
export function addItemTable(ctx: ItemTableContext, block: ScaleBlock, multiple: boolean): ItemTableBlock {
  if (block.kind === 'ic') return addIcTables(ctx, block);
  const { b, input, share: forSharing, pf } = ctx;
  const { kind } = block;
  const labels = block.labels.map((l) => l.label);
  const title =
    kind === 'scale' ? `Answers by item${multiple ? ` (${block.name} scale)` : ''}` : TITLES[kind];
  const heading = addHeading(b, title, ctx.width);
  let header: string[];
  let formats: string[];
  let row: typeof scaleRow;
  let notes: string[];
  if (kind === 'scale') {
    header = ['Item', N_HEADER, favorableHeader(block.labels), meanHeader(block.labels), ...labels];
    formats = ['General', '0', pf, '0.00', ...labels.map(() => pf)];
    row = scaleRow;
    notes = scaleNotes(block.labels);
  } else {
    header = ['Item', N_HEADER, ...labels];
    formats = ['General', '0', ...labels.map(() => pf)];
    row = choiceRow;
    const other = block.items.some((i) => input.summary.items[i]!.other);
    notes = kind === 'checkbox' ? [...CHECKBOX_NOTES, ...(other ? [OTHER_NOTE] : [])] : choiceNotes(other);
  }
  const headerRow = addTableHeader(b, header);
  block.items.forEach((index, i) => {
    const item = input.summary.items[index]!;
    const hidden = overallHidden(input.summary, item, forSharing);
    addDataRow(b, row(labels, item, hidden, numberedTitle(index, item.title)), formats, i);
  });
  const range = { row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols: header.length };
  borderFrom(b, headerRow, header.length);
  addNotes(b, notes);
  return { heading, range, kind, scaleId: block.scaleId, items: block.items };
}
