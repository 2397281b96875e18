import { placeChart, stackRows } from '../charts/place';
import type { ChartSpec } from '../charts/spec';
import type { SheetPlan } from '../plan';
import { PALETTE, SheetBuilder } from '../sheetBuilder';
import { STYLE } from '../templates/common';
import { addAbout } from './about';
import { overallHidden, scaleBlocks, scaleItems } from './blocks';
import { addBreakdown, breakdownCols } from './breakdown';
import { addChartDataSection } from './chartData';
import { chartDrafts } from './chartDrafts';
import { addDataQuality, dataQualityCols } from './dataQuality';
import { addIcDetail, DESCRIPTION_COL, hasIcDescriptions } from './icTables';
import { addItemTable, itemTableCols } from './itemTables';
import { addNotes } from './rows';
import { hiddenFootnote, percentFormat } from './text';
import type { ItemTableBlock, SummaryInput, SummaryLayout, SummaryOptions, TableBlock } from './types';

const ITEM_COL_PX = 340;
const FIGURE_COL_PX = 96;
const SPACER_PX = 24;
const ANCHOR_COL_PX = 120;
/** The IC table's last column holds a level description: wide enough to read as prose. */
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

/**
 * The summary tab: about, item tables (one per scale), breakdown by group, data quality, and
 * the chart data, top to bottom in the table columns; charts stacked in a column to their right
 * so that they never cover a cell of any table.
 */
export function buildSummary(
  input: SummaryInput,
  options: SummaryOptions = {},
): { plan: SheetPlan; layout: SummaryLayout } {
  const share = options.forSharing === true;
  if (share) input = withoutHiddenGroups(input);
  const s = input.summary;
  const blocks = scaleBlocks(input);
  const pending = chartDrafts(input, blocks, share);
  const width = Math.max(
    3,
    dataQualityCols(share),
    ...blocks.map(itemTableCols),
    s.groupBy !== null ? breakdownCols(s) : 0,
    ...pending.map((p) => p.draft.header.length),
  );
  const chartColumn = width + 2;
  const b = new SheetBuilder(`Summary - ${input.survey}`, chartColumn);
  const pf = percentFormat(s.items.map((i) => i.percents));

  const title = b.addRow([`Summary: ${input.survey}${share ? ' (copy for sharing)' : ''}`], {
    ...STYLE.title,
    wrap: false,
  });
  b.freeze(title);
  b.addBlankRow();
  const about = addAbout(b, input, width);

  const itemTables: ItemTableBlock[] = [];
  const ctx = { b, input, share, width, pf };
  for (const block of blocks) {
    b.addBlankRow();
    itemTables.push(addItemTable(ctx, block, blocks.length > 1));
  }
  if (s.items.length === 0) addNotes(b, ['No items to summarize yet.']);
  let hidesSomething = s.items.some((item) => overallHidden(s, item, share));

  let breakdown: TableBlock | null = null;
  if (s.groupBy !== null && s.groups.length > 0 && scaleItems(s).length > 0) {
    b.addBlankRow();
    const hasIc = blocks.some((bl) => bl.scaleId === 'ic-levels');
    const result = addBreakdown(b, s, width, pf, hasIc);
    breakdown = result.block;
    hidesSomething ||= result.hidesSomething;
  }
  const footnote = hidesSomething ? addNotes(b, [hiddenFootnote(s.minGroupSize)]) : null;

  // What each IC level looks like and who chose it: long, so after the tables people scan.
  for (const block of blocks) if (block.kind === 'ic') addIcDetail(ctx, block);

  b.addBlankRow();
  const dataQuality = addDataQuality(b, s, share, width);

  b.addBlankRow();
  const placed = addChartDataSection(
    b,
    pending.map((p) => p.draft),
    width,
  );

  const anchors = stackRows(
    pending.map((p) => ({
      row: p.beside === 'breakdown' ? (breakdown?.heading ?? 1) : itemTables[p.beside.block]!.heading,
      height: p.draft.height,
    })),
  );
  // A chart's anchor cell must exist on the tab.
  while (b.rowCount < Math.max(0, ...anchors)) b.addBlankRow();
  const charts: ChartSpec[] = pending.map((p, i) =>
    placeChart(p.draft, placed[i]!.range, anchors[i]!, chartColumn),
  );

  const widths = [ITEM_COL_PX];
  for (let c = 2; c <= width; c++) widths.push(FIGURE_COL_PX);
  if (blocks.some((bl) => bl.kind === 'ic') && hasIcDescriptions(ctx)) {
    widths[DESCRIPTION_COL - 1] = DESCRIPTION_COL_PX;
  }
  b.columnWidths([...widths, SPACER_PX, ANCHOR_COL_PX]);
  b.protect(
    { row: 1, col: 1, rows: b.rowCount, cols: chartColumn },
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
    chartData: pending.map((p, i) => ({ chartId: p.draft.id, ...placed[i]! })),
    tableCols: width,
    chartColumn,
    respondentText: dataQuality.respondentText ? [dataQuality.respondentText] : [],
    skipped: dataQuality.skipped,
  };
  return { plan: { ...b.build(), charts }, layout };
}

/** The summary tab for the spreadsheet's own users. */
export const summaryPlan = (input: SummaryInput, options: SummaryOptions = {}): SheetPlan =>
  buildSummary(input, options).plan;

/** The summary tab for a copy shared with colleagues: no respondent text, no hidden figure. */
export const shareablePlan = (input: SummaryInput): SheetPlan =>
  buildSummary(input, { forSharing: true }).plan;
