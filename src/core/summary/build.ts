import { placeChart, rowsForChart } from '../charts/place';
import type { ChartSpec } from '../charts/spec';
import type { SheetPlan } from '../plan';
import { PALETTE, SheetBuilder } from '../sheetBuilder';
import { STYLE } from '../templates/common';
import { addAbout } from './about';
import { overallHidden, scaleBlocks, scaleItems } from './blocks';
import { addBreakdown, breakdownCols } from './breakdown';
import { addChartDataSection } from './chartData';
import { chartDrafts, type PendingChart } from './chartDrafts';
import { addDataQuality, dataQualityCols } from './dataQuality';
import { addIcDetail, DESCRIPTION_COL, hasIcDescriptions } from './icTables';
import { addItemTable, itemTableCols } from './itemTables';
import { defaultGroupLabel, WAVE_LABEL } from './labels';
import { addNotes } from './rows';
import { hiddenFootnote, percentFormat } from './text';
import type { ItemTableBlock, SummaryInput, SummaryLayout, SummaryOptions, TableBlock } from './types';

/** Item text: wide enough for a statement in three lines or so. */
const ITEM_COL_PX = 290;
/**
 * Figures and the labels of a scale: narrow, so that an item's text, n, % favorable, mean and
 * a 5-point scale's shares (290 + 8 × 88 = 994 px) are all in view on a 1366 px laptop screen
 * with the sidebar open (about 1,000 px of columns).
 */
const FIGURE_COL_PX = 88;
/** The IC table's description of the median level: wide enough to read as prose. */
const DESCRIPTION_COL_PX = 380;

/**
 * A copy for sharing names no hidden group at all (not even as a column of `*`): the groups go,
 * and a note says how many were left out, without naming them.
 */
function withoutHiddenGroups(input: SummaryInput): SummaryInput {
  const hidden = input.summary.groups.filter((g) => g.suppressed).length;
  if (hidden === 0) return input;
  const note = `${hidden} ${hidden === 1 ? 'group is' : 'groups are'} left out of this copy: fewer than ${input.summary.minGroupSize} respondents, or hidden so that a small group cannot be worked out from the others.`;
  return {
    ...input,
    summary: {
      ...input.summary,
      groups: input.summary.groups.filter((g) => !g.suppressed),
      messages: [...input.summary.messages, note],
    },
  };
}

/** The breakdown's display name: the user's, else derived from the column; null without one. */
function groupName(input: SummaryInput): string | null {
  const s = input.summary;
  if (s.groupBy === null) return null;
  const given = input.groupLabel?.trim();
  if (given) return given;
  return s.cutoffs ? WAVE_LABEL : defaultGroupLabel(s.groupBy);
}

/** Leaves blank rows for a chart to float over, below what was added last; returns its anchor row. */
function chartSlot(b: SheetBuilder, height: number): number {
  b.addBlankRow();
  const anchor = b.rowCount + 1;
  for (let i = rowsForChart(height); i > 0; i--) b.addBlankRow();
  return anchor;
}

/**
 * The summary tab, top to bottom: about; per scale (or kind of question) its table, then its
 * chart on blank rows right below it, in view at the left edge of the tab; the breakdown by
 * group and its charts; the IC level descriptions; data quality; and last, in hidden rows under a
 * visible label, the chart data the charts read. Rows and columns follow the shape of the
 * summary (its items, scales, groups, notes and whether anything is hidden), not its figures,
 * so a refresh with the same shape finds everything where it was.
 */
export function buildSummary(
  input: SummaryInput,
  options: SummaryOptions = {},
): { plan: SheetPlan; layout: SummaryLayout } {
  const share = options.forSharing === true;
  if (share) input = withoutHiddenGroups(input);
  const s = input.summary;
  const group = groupName(input);
  const blocks = scaleBlocks(input);
  const pending = chartDrafts(input, blocks, share, group);
  const width = Math.max(
    3,
    dataQualityCols(share),
    ...blocks.map(itemTableCols),
    s.groupBy !== null ? breakdownCols(s) : 0,
    ...pending.map((p) => p.draft.header.length),
  );
  const b = new SheetBuilder(`Summary - ${input.survey}`, width);
  const pf = percentFormat(s.items.map((i) => i.percents));

  const title = b.addRow([`Summary: ${input.survey}${share ? ' (copy for sharing)' : ''}`], {
    ...STYLE.title,
    wrap: false,
  });
  b.freeze(title);
  b.addBlankRow();
  const about = addAbout(b, input, width, group);

  const anchors = new Map<PendingChart, number>();
  const placeBelow = (below: (p: PendingChart) => boolean) => {
    for (const p of pending) if (below(p)) anchors.set(p, chartSlot(b, p.draft.height));
  };

  const itemTables: ItemTableBlock[] = [];
  const ctx = { b, input, share, width, pf };
  blocks.forEach((block, k) => {
    b.addBlankRow();
    itemTables.push(addItemTable(ctx, block, blocks.length > 1));
    placeBelow((p) => p.below !== 'breakdown' && p.below.block === k);
  });
  if (s.items.length === 0) addNotes(b, ['No items to summarize yet.']);
  let hidesSomething = s.items.some((item) => overallHidden(s, item, share));

  let breakdown: TableBlock | null = null;
  let footnote: number | null = null;
  if (group !== null && s.groups.length > 0 && scaleItems(s).length > 0) {
    b.addBlankRow();
    const hasIc = blocks.some((bl) => bl.scaleId === 'ic-levels');
    const result = addBreakdown(b, s, width, pf, { group, hasIc });
    breakdown = result.block;
    hidesSomething ||= result.hidesSomething;
    if (hidesSomething) footnote = addNotes(b, [hiddenFootnote(s.minGroupSize)]);
    placeBelow((p) => p.below === 'breakdown');
  }
  if (hidesSomething && footnote === null) footnote = addNotes(b, [hiddenFootnote(s.minGroupSize)]);

  // What each IC level looks like and who chose it: long, so after the tables people scan.
  for (const block of blocks) if (block.kind === 'ic') addIcDetail(ctx, block);

  b.addBlankRow();
  const dataQuality = addDataQuality(b, s, share, width);

  const chartData = addChartDataSection(
    b,
    pending.map((p) => p.draft),
    width,
    pf,
  );
  const charts: ChartSpec[] = pending.map((p, i) =>
    placeChart(p.draft, chartData.blocks[i]!.range, { row: anchors.get(p)!, col: 1 }),
  );

  const widths = [ITEM_COL_PX];
  for (let c = 2; c <= width; c++) widths.push(FIGURE_COL_PX);
  if (blocks.some((bl) => bl.kind === 'ic') && hasIcDescriptions(ctx)) {
    widths[DESCRIPTION_COL - 1] = DESCRIPTION_COL_PX;
  }
  b.columnWidths(widths);
  b.protect(
    { row: 1, col: 1, rows: b.rowCount, cols: width },
    'Summary (built by the add-on): it is rebuilt on refresh, so edits here are overwritten.',
  );
  b.tabColor(PALETTE.headerBg);

  const layout: SummaryLayout = {
    title,
    about,
    itemTables,
    breakdown,
    footnote,
    dataQuality,
    chartData: pending.map((p, i) => ({ chartId: p.draft.id, ...chartData.blocks[i]! })),
    chartDataRows: chartData.rows,
    tableCols: width,
    respondentText: dataQuality.respondentText ? [dataQuality.respondentText] : [],
    skipped: dataQuality.skipped,
  };
  const hiddenRows = chartData.rows ? [chartData.rows.hidden] : [];
  return { plan: { ...b.build(), charts, hiddenRows }, layout };
}

/** The summary tab for the spreadsheet's own users. */
export const summaryPlan = (input: SummaryInput, options: SummaryOptions = {}): SheetPlan =>
  buildSummary(input, options).plan;

/** The summary tab for a copy shared with colleagues: no respondent text, no hidden figure. */
export const shareablePlan = (input: SummaryInput): SheetPlan =>
  buildSummary(input, { forSharing: true }).plan;
