import { clusteredChart } from '../charts/clustered';
import { distributionChart, divergingChart } from '../charts/distribution';
import { choiceColors } from '../charts/palette';
import type { ChartDraft } from '../charts/spec';
import { BLANK_GROUP, NOT_A_DATE_GROUP } from '../survey/groups';
import type { GroupSummary } from '../survey/summary';
import { overallHidden, type ScaleBlock, scaleItems } from './blocks';
import { groupFavorable, groupHeader } from './breakdown';
import { shortLabel } from './text';
import type { SummaryInput } from './types';

/** Which table a chart sits beside: an item table (by index) or the breakdown. */
export type Beside = { readonly block: number } | 'breakdown';

export interface PendingChart {
  readonly draft: ChartDraft;
  readonly beside: Beside;
}

/** A figure for a chart cell: a hidden or missing one stays blank, which Sheets does not plot. */
const plotted = (f: number | string | null): number | null => (typeof f === 'number' ? f : null);

function blockChart(input: SummaryInput, block: ScaleBlock, b: number, share: boolean): ChartDraft {
  const s = input.summary;
  const shown = block.items.map((i) => {
    const item = s.items[i]!;
    return { item, hidden: overallHidden(s, item, share) };
  });
  const rows = shown.map(({ item, hidden }) => ({
    category: item.title,
    percents: hidden ? null : item.percents,
  }));
  const n = `n = ${s.responses}`;
  if (block.kind === 'checkbox') {
    // One bar per choice (shares of who answered, not adding to 100), one series per question.
    return clusteredChart({
      id: `choices-${b + 1}`,
      title: `${input.survey} — share of respondents ticking each choice (${n})`,
      categoryHeading: 'Choice',
      categories: block.labels.map((l) => l.label),
      series: shown.map(({ item, hidden }, k) => ({
        name: shortLabel(k, item.title),
        values: block.labels.map((l) =>
          hidden || !item.percents ? null : (item.percents[l.label] ?? 0) / 100,
        ),
      })),
      horizontal: true,
    });
  }
  if (block.kind === 'ic' || block.kind === 'choice') {
    const ic = block.kind === 'ic';
    const labels = block.labels.map((l) => l.label);
    const other = shown.some(({ item }) => item.other);
    return distributionChart({
      id: `${ic ? 'levels' : 'choices'}-${b + 1}`,
      title: ic
        ? `${input.survey} — level per outcome (${n})`
        : `${input.survey} — answers per question (${n})`,
      categoryHeading: ic ? 'Outcome' : 'Item',
      scale: block,
      rows,
      ...(ic ? {} : { colors: choiceColors(labels, other) }),
    });
  }
  return divergingChart({
    id: `answers-${b + 1}`,
    title: `${input.survey} — ${block.name} by item (${n})`,
    categoryHeading: 'Item',
    scale: block,
    rows,
  });
}

const favorableSeries = (input: SummaryInput, g: GroupSummary) => ({
  name: groupHeader(g),
  values: scaleItems(input.summary).map((item) => plotted(groupFavorable(g, item.column))),
});

/** Percent favorable per item, one series per group that is shown; hidden groups are not plotted. */
function byGroupChart(input: SummaryInput): ChartDraft | null {
  const s = input.summary;
  const shown = s.groups.filter((g) => !g.suppressed);
  if (shown.length === 0 || scaleItems(s).length === 0) return null;
  const hidden = s.groups.length - shown.length;
  const by = s.cutoffs ? 'wave' : s.groupBy;
  return clusteredChart({
    id: 'favorable-by-group',
    title:
      `${input.survey} — percent favorable by ${by} (n = ${s.responses}` +
      `${hidden > 0 ? `; ${hidden} hidden group${hidden === 1 ? '' : 's'} not shown` : ''})`,
    categoryHeading: 'Item',
    categories: scaleItems(s).map((i) => i.title),
    series: shown.map((g) => favorableSeries(input, g)),
    horizontal: true,
  });
}

/** First vs last shown wave, when responses are grouped into at least two waves. */
function waveChangeChart(input: SummaryInput): ChartDraft | null {
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
    title: `${input.survey} — percent favorable, first and last wave (n = ${first.respondents}, ${last.respondents})`,
    categoryHeading: 'Item',
    categories: scaleItems(s).map((i, k) => shortLabel(k, i.title)),
    series: [favorableSeries(input, first), favorableSeries(input, last)],
    horizontal: false,
  });
}

/** Every chart of the summary, each with the table it belongs beside, in tab order. */
export function chartDrafts(
  input: SummaryInput,
  blocks: readonly ScaleBlock[],
  share: boolean,
): PendingChart[] {
  if (input.summary.items.length === 0) return [];
  const out: PendingChart[] = blocks.map((block, b) => ({
    draft: blockChart(input, block, b, share),
    beside: { block: b },
  }));
  if (input.summary.groupBy !== null) {
    for (const draft of [byGroupChart(input), waveChangeChart(input)]) {
      if (draft) out.push({ draft, beside: 'breakdown' });
    }
  }
  return out;
}
