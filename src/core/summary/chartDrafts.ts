import { clusteredChart } from '../charts/clustered';
import { distributionChart } from '../charts/distribution';
import { choiceColors } from '../charts/palette';
import type { ChartDraft } from '../charts/spec';
import { BLANK_GROUP, NOT_A_DATE_GROUP } from '../survey/groups';
import type { GroupSummary, ItemSummary } from '../survey/summary';
import { overallHidden, type ScaleBlock, scaleItems } from './blocks';
import { groupFavorable, groupHeader } from './breakdown';
import { chartCategory, distinctShort, inSentence } from './labels';
import { labelShares } from './shares';
import type { SummaryInput } from './types';

/** Which table a chart sits below: an item table (by index) or the breakdown. */
export type Below = { readonly block: number } | 'breakdown';

export interface PendingChart {
  readonly draft: ChartDraft;
  readonly below: Below;
}

/** A figure for a chart cell: a hidden or missing one stays blank, which Sheets does not plot. */
const plotted = (f: number | string | null): number | null => (typeof f === 'number' ? f : null);

/**
 * How many answered an item, in its category: counts live in the chart's cells, not its title, so
 * a refresh that writes new values brings them up to date without touching the chart, and a chart
 * copied into a slide still says how many each bar stands for.
 */
const answered = (item: ItemSummary): string => (item.n === 0 ? ' (no answers)' : ` (n=${item.n})`);

/** An item's bar: its count, or why it is empty, said in its category. */
function itemRow(s: SummaryInput['summary'], item: ItemSummary, hidden: boolean) {
  const index = s.items.indexOf(item);
  const note = hidden ? ' (hidden)' : answered(item);
  return { category: chartCategory(index, item.title, note), shares: hidden ? null : labelShares(item) };
}

function blockChart(input: SummaryInput, block: ScaleBlock, b: number, share: boolean): ChartDraft {
  const s = input.summary;
  const shown = block.items.map((i) => {
    const item = s.items[i]!;
    return { item, hidden: overallHidden(s, item, share) };
  });
  if (block.kind === 'checkbox') {
    // One bar per choice (shares of who answered, not adding to 100), one series per question.
    return clusteredChart({
      id: `choices-${b + 1}`,
      title: `${input.survey}: share ticking each choice`,
      categoryHeading: 'Choice',
      categories: distinctShort(block.labels.map((l) => l.label)),
      series: shown.map(({ item, hidden }) => {
        const shares = hidden ? null : labelShares(item);
        return {
          name: chartCategory(s.items.indexOf(item), item.title, hidden ? ' (hidden)' : answered(item)),
          values: block.labels.map((l) => (shares ? (shares[l.label] ?? 0) : null)),
        };
      }),
      horizontal: true,
    });
  }
  const rows = shown.map(({ item, hidden }) => itemRow(s, item, hidden));
  if (block.kind === 'ic' || block.kind === 'choice') {
    const ic = block.kind === 'ic';
    const labels = block.labels.map((l) => l.label);
    const other = shown.some(({ item }) => item.other);
    return distributionChart({
      id: `${ic ? 'levels' : 'choices'}-${b + 1}`,
      title: ic ? `${input.survey}: level chosen per outcome` : `${input.survey}: answers per question`,
      categoryHeading: ic ? 'Outcome' : 'Item',
      scale: block,
      rows,
      ...(ic ? {} : { colors: choiceColors(labels, other) }),
    });
  }
  return distributionChart({
    id: `answers-${b + 1}`,
    title: `${input.survey}: answers per item, ${block.name} scale`,
    categoryHeading: 'Item',
    scale: block,
    rows,
  });
}

const favorableSeries = (input: SummaryInput, g: GroupSummary) => ({
  name: groupHeader(g),
  values: scaleItems(input.summary).map((item) => plotted(groupFavorable(g, item.column))),
});

const itemCategories = (input: SummaryInput): string[] =>
  scaleItems(input.summary).map((item) => chartCategory(input.summary.items.indexOf(item), item.title));

/** Percent favorable per item, one series per group that is shown; hidden groups are not plotted. */
function byGroupChart(input: SummaryInput, group: string): ChartDraft | null {
  const s = input.summary;
  const shown = s.groups.filter((g) => !g.suppressed);
  if (shown.length === 0 || scaleItems(s).length === 0) return null;
  const hidden = s.groups.length - shown.length;
  return clusteredChart({
    id: 'favorable-by-group',
    // Each series says its group's n (its header cell); which groups are hidden changes the series.
    title:
      `${input.survey}: percent favorable by ${inSentence(group)}` +
      `${hidden > 0 ? ` (${hidden} hidden group${hidden === 1 ? '' : 's'} not shown)` : ''}`,
    categoryHeading: 'Item',
    categories: itemCategories(input),
    series: shown.map((g) => favorableSeries(input, g)),
    horizontal: true,
  });
}

/** First vs last shown wave, when responses are grouped into at least two waves. */
function waveChangeChart(input: SummaryInput, group: string): ChartDraft | null {
  const s = input.summary;
  if (!s.cutoffs) return null;
  const waves = s.groups.filter(
    (g) => !g.suppressed && g.value !== BLANK_GROUP && g.value !== NOT_A_DATE_GROUP,
  );
  const first = waves[0];
  const last = waves[waves.length - 1];
  if (!first || !last || first === last || scaleItems(s).length === 0) return null;
  return clusteredChart({
    id: 'wave-change',
    title: `${input.survey}: percent favorable, first and last ${inSentence(group)}`,
    categoryHeading: 'Item',
    categories: itemCategories(input),
    series: [favorableSeries(input, first), favorableSeries(input, last)],
    horizontal: true,
  });
}

/** Every chart of the summary, each with the table it goes below, in tab order. */
export function chartDrafts(
  input: SummaryInput,
  blocks: readonly ScaleBlock[],
  share: boolean,
  group: string | null,
): PendingChart[] {
  if (input.summary.items.length === 0) return [];
  const out: PendingChart[] = blocks.map((block, b) => ({
    draft: blockChart(input, block, b, share),
    below: { block: b },
  }));
  if (group !== null) {
    for (const draft of [byGroupChart(input, group), waveChangeChart(input, group)]) {
      if (draft) out.push({ draft, below: 'breakdown' });
    }
  }
  return out;
}
