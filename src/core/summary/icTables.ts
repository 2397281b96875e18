import { IC_LEVELS } from '../../content/icDescriptors';
import { LEVEL_LABELS, medianLevel } from '../ic/median';
import type { IcOutcome } from '../ic/outcomes';
import type { Cell } from '../plan';
import { type CellStyle, PALETTE } from '../sheetBuilder';
import type { ItemSummary } from '../survey/summary';
import { overallHidden, type ScaleBlock } from './blocks';
import type { ItemTableContext } from './itemTables';
import { numberedTitle } from './labels';
import { addDataRow, addHeading, addNotes, addTableHeader, borderFrom } from './rows';
import { favorableShare, share } from './shares';
import { HIDDEN, N_HEADER, NO_FIGURE, ROUNDING_NOTE } from './text';
import type { ItemTableBlock } from './types';

/**
 * The IC self-assessment in the summary: per outcome, grouped by standards frame, the share at
 * each level, the median level with what that level looks like, and the share at Level 1–2.
 * There is no mean level: on a scale where 1 is best, a mean invites reading "higher is
 * better", and the middle answer with its description says more.
 */

/**
 * Outcome | n | Median level | At Level 1–2 | What the median level looks like | Level 1 ..
 * Not sure: the headline beside the outcome, in view on a laptop; the distribution after it.
 */
export const icTableCols = (labels: number): number => labels + 5;

/** The column of the median level's description (1-based): the summary makes it wide. */
export const DESCRIPTION_COL = 5;

export const MEDIAN_HEADER = 'Median level';
export const SHARE_HEADER = 'At Level 1–2';
export const LOOKS_LIKE_HEADER = 'What the median level looks like';

const IC_NOTES = [
  'Each row: the share of respondents at each level for the outcome (percents of n, the valid answers; "Not sure" counts in n).',
  'Median level: the middle answer when everyone who chose a level is lined up from Level 1 to Level 4 ("Not sure" left out); ' +
    'when the two middle answers differ, the one nearer Level 4, so a median never claims more than half reach it.',
  `${SHARE_HEADER}: the share who chose Level 1 (Ideal) or Level 2, of n. Level 4 (Entry) is a starting point, not a failing.`,
  ROUNDING_NOTE,
  `${NO_FIGURE} means there are no answers to compute it from.`,
];

const pct = (item: ItemSummary, label: string): Cell => share(item.counts[label] ?? 0, item.n);

/** "Level 2", or the full name for Levels 1 and 4 ("Level 1 (Ideal)"), as the IC map writes it. */
const levelName = (level: number): string => IC_LEVELS[level - 1] ?? `Level ${level}`;

interface Row {
  readonly index: number;
  readonly item: ItemSummary;
  readonly outcome: IcOutcome | undefined;
}

/** Outcomes by frame, frames in order of their first outcome; outcomes without a frame form one group. */
function byFrame(rows: readonly Row[]): [string | null, Row[]][] {
  const groups = new Map<string | null, Row[]>();
  for (const row of rows) {
    const frame = row.outcome?.frame ?? row.item.grid ?? null;
    const list = groups.get(frame) ?? [];
    list.push(row);
    groups.set(frame, list);
  }
  return [...groups];
}

function overviewRow(labels: readonly string[], row: Row, hidden: boolean): Cell[] {
  const { item, outcome } = row;
  const title = numberedTitle(row.index, item.title);
  if (hidden) return [title, HIDDEN, HIDDEN, HIDDEN, HIDDEN, ...labels.map(() => HIDDEN)];
  const median = medianLevel(item.counts);
  const looksLike = median === null ? null : (outcome?.levels?.[median - 1] ?? null);
  return [
    title,
    item.n,
    median === null ? NO_FIGURE : levelName(median),
    favorableShare(item),
    looksLike ?? NO_FIGURE,
    ...labels.map((l) => pct(item, l)),
  ];
}

/** A frame's name over its outcomes, in the table's own columns (a merge would cost a call). */
function addFrameRow(ctx: ItemTableContext, name: string, cols: number): void {
  const styles = Array.from({ length: cols }, () => ({
    bold: true,
    background: PALETTE.sectionBg,
    wrap: false,
  }));
  ctx.b.addRow([name], styles);
}

/** The overview: one row per outcome under its frame. */
function addOverview(ctx: ItemTableContext, block: ScaleBlock, rows: readonly Row[]): ItemTableBlock {
  const { b, input, share: forSharing, pf } = ctx;
  const labels = block.labels.map((l) => l.label);
  const heading = addHeading(b, 'Levels per outcome (Innovation Configuration self-assessment)', ctx.width);
  const header = ['Outcome', N_HEADER, MEDIAN_HEADER, SHARE_HEADER, LOOKS_LIKE_HEADER, ...labels];
  const formats = ['General', '0', 'General', pf, 'General', ...labels.map(() => pf)];
  const headerRow = addTableHeader(b, header);
  // The description reads as text: left-aligned and wrapped in its wide column.
  const describedColumn: (CellStyle | undefined)[] = header.map(() => undefined);
  describedColumn[DESCRIPTION_COL - 1] = { wrap: true, align: 'left' };
  const groups = byFrame(rows);
  const order: number[] = [];
  for (const [frame, list] of groups) {
    if (frame !== null && groups.length > 1) addFrameRow(ctx, frame, header.length);
    list.forEach((row, i) => {
      order.push(row.index);
      const hidden = overallHidden(input.summary, row.item, forSharing);
      addDataRow(b, overviewRow(labels, row, hidden), formats, i, describedColumn);
    });
  }
  const range = { row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols: header.length };
  borderFrom(b, headerRow, header.length);
  addNotes(b, IC_NOTES);
  return { heading, range, kind: 'ic', scaleId: block.scaleId, items: order };
}

/**
 * The detail: per outcome, each level's description with how many chose it; the median
 * marked. Nothing when no outcome has descriptions (IC columns of a Form the add-on did not make).
 */
export function addIcDetail(ctx: ItemTableContext, block: ScaleBlock): void {
  const { b, input, share: forSharing, pf } = ctx;
  const described = rowsOf(ctx, block).filter((r) => r.outcome?.levels);
  if (described.length === 0) return;
  b.addBlankRow();
  addHeading(b, 'What each level looks like, and who chose it', ctx.width);
  const header = ['Level description', 'Level', 'Share of n', 'Chose it', ''];
  const headerRow = addTableHeader(b, header);
  const formats = ['General', 'General', pf, '0', 'General'];
  const groups = byFrame(described);
  for (const [frame, list] of groups) {
    if (frame !== null && groups.length > 1) addFrameRow(ctx, frame, header.length);
    for (const { index, item, outcome } of list) {
      const hidden = overallHidden(input.summary, item, forSharing);
      const median = hidden ? null : medianLevel(item.counts);
      // No percent in this text: every percent on the tab is a number cell (see shares.ts).
      const summaryLine = hidden
        ? HIDDEN
        : `n = ${item.n}; median: ${median === null ? NO_FIGURE : levelName(median)}`;
      b.addRow(
        [numberedTitle(index, item.title), summaryLine],
        [
          { bold: true, background: PALETTE.bandBg },
          ...Array.from({ length: header.length - 1 }, () => ({ background: PALETTE.bandBg, wrap: false })),
        ],
      );
      const levels = outcome!.levels!;
      LEVEL_LABELS.forEach((label, k) => {
        const isMedian = median === k + 1;
        addDataRow(
          b,
          [
            levels[k]!,
            levelName(k + 1),
            hidden ? HIDDEN : pct(item, label),
            hidden ? HIDDEN : (item.counts[label] ?? 0),
            isMedian ? 'Median' : null,
          ],
          formats,
          0,
          isMedian ? [{ bold: true }, { bold: true }, { bold: true }, { bold: true }, { bold: true }] : [],
        );
      });
      addDataRow(
        b,
        [
          'Not sure',
          '',
          hidden ? HIDDEN : pct(item, 'Not sure'),
          hidden ? HIDDEN : (item.counts['Not sure'] ?? 0),
          null,
        ],
        formats,
        0,
      );
    }
  }
  borderFrom(b, headerRow, header.length);
  const notes = [
    "The descriptions were written for this add-on; they are not Learning Forward's own IC maps.",
  ];
  if (described.some((r) => !r.outcome!.chosenFrom)) {
    notes.unshift(
      "This survey asked respondents for level numbers, without descriptions: the descriptions here are the add-on's words for those levels, to help read the figures.",
    );
  }
  addNotes(b, notes);
}

function rowsOf(ctx: ItemTableContext, block: ScaleBlock): Row[] {
  return block.items.map((index) => {
    const item = ctx.input.summary.items[index]!;
    return { index, item, outcome: ctx.input.ic?.[item.column] };
  });
}

/** The IC overview table of one block (the detail follows later on the tab: `addIcDetail`). */
export const addIcTables = (ctx: ItemTableContext, block: ScaleBlock): ItemTableBlock =>
  addOverview(ctx, block, rowsOf(ctx, block));

/** Whether the IC tables carry descriptions (the summary then widens their last column). */
export const hasIcDescriptions = (ctx: { input: { ic?: Readonly<Record<string, IcOutcome>> } }): boolean =>
  Object.values(ctx.input.ic ?? {}).some((o) => o.levels !== null);
