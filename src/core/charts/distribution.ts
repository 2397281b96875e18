import type { ScaleLabel } from '../../content/types';
import { labelColors } from './palette';
import { barChartHeight, CHART_WIDTH } from './size';
import type { ChartDraft, ChartSeries } from './spec';

/** One bar of a distribution chart: whole (or one-decimal) percents per label, null when hidden or n = 0. */
export interface DistributionRow {
  readonly category: string;
  readonly percents: Readonly<Record<string, number>> | null;
}

interface Column {
  readonly name: string;
  readonly label: string;
  /** Multiplies the label's share: -1 left of the centre, 0.5 / -0.5 for a neutral half. */
  readonly factor: number;
  readonly inLegend: boolean;
}

/**
 * Stacking order for Sheets: negative values stack leftwards and positive ones rightwards,
 * each in series order, so each side lists its inner-most label first. A neutral label is
 * split in two halves that straddle the centre line; only the left half is in the legend.
 */
function divergingColumns(scale: Labelled): Column[] {
  const neutral = scale.labels.filter((l) => l.polarity === 'neutral');
  const unfav = scale.labels.filter((l) => l.polarity === 'unfavorable'); // listed inner first
  const fav = scale.labels.filter((l) => l.polarity === 'favorable').reverse(); // listed outer first
  return [
    ...neutral.map((l) => ({ name: l.label, label: l.label, factor: -0.5, inLegend: true })),
    ...unfav.map((l) => ({ name: l.label, label: l.label, factor: -1, inLegend: true })),
    ...neutral.map((l) => ({
      name: `${l.label} (right half)`,
      label: l.label,
      factor: 0.5,
      inLegend: false,
    })),
    ...fav.map((l) => ({ name: l.label, label: l.label, factor: 1, inLegend: true })),
  ];
}

/** What a chart needs of a scale: its labels, with polarity for the colours. */
export interface Labelled {
  readonly labels: readonly ScaleLabel[];
}

/** A share as a fraction; never -0, which Sheets would show as "-0%". */
const share = (percent: number, factor: number): number => (percent === 0 ? 0 : (percent * factor) / 100);

/**
 * A diverging stacked bar: unfavorable answers left of the centre, favorable right, neutral
 * straddling it. Each row's absolute values add up to 1 (the shares of n).
 */
export function divergingChart(args: {
  readonly id: string;
  readonly title: string;
  readonly categoryHeading: string;
  readonly scale: Labelled;
  readonly rows: readonly DistributionRow[];
}): ChartDraft {
  const columns = divergingColumns(args.scale);
  const colors = labelColors(args.scale);
  const series: ChartSeries[] = columns.map((c, i) => ({
    name: c.name,
    color: colors[c.label]!,
    column: i + 1,
    inLegend: c.inLegend,
  }));
  return {
    id: args.id,
    kind: 'bar-stacked-diverging',
    title: args.title,
    header: [args.categoryHeading, ...columns.map((c) => c.name)],
    rows: args.rows.map((r) => [
      r.category,
      ...columns.map((c) => (r.percents ? share(r.percents[c.label] ?? 0, c.factor) : null)),
    ]),
    series,
    width: CHART_WIDTH,
    height: barChartHeight(args.rows.length),
    axis: { min: -1, max: 1, format: 'percent', absolute: true },
    legend: 'top',
    stacked: true,
    horizontal: true,
  };
}

/** A stacked bar of every label in order (IC levels: Level 1 ... Not sure; choices), 0..100%. */
export function distributionChart(args: {
  readonly id: string;
  readonly title: string;
  readonly categoryHeading: string;
  readonly scale: Labelled;
  readonly rows: readonly DistributionRow[];
  /** Colours per label; by polarity (labelColors) when left out. */
  readonly colors?: Readonly<Record<string, string>>;
}): ChartDraft {
  const colors = args.colors ?? labelColors(args.scale);
  const labels = args.scale.labels.map((l) => l.label);
  return {
    id: args.id,
    kind: 'bar-stacked',
    title: args.title,
    header: [args.categoryHeading, ...labels],
    rows: args.rows.map((r) => [
      r.category,
      ...labels.map((l) => (r.percents ? share(r.percents[l] ?? 0, 1) : null)),
    ]),
    series: labels.map((l, i) => ({ name: l, color: colors[l]!, column: i + 1, inLegend: true })),
    width: CHART_WIDTH,
    height: barChartHeight(args.rows.length),
    axis: { min: 0, max: 1, format: 'percent', absolute: false },
    legend: 'top',
    stacked: true,
    horizontal: true,
  };
}
