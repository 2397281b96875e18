import type { ScaleLabel } from '../../content/types';
import { labelColors } from './palette';
import { barChartHeight, CHART_WIDTH } from './size';
import type { ChartDraft } from './spec';

/** One bar of a distribution chart. */
export interface DistributionRow {
  readonly category: string;
  /**
   * Each label's share of the row's n as a fraction (count / n, so that equal counts of equal
   * totals are equal numbers everywhere); null when hidden or when nobody answered.
   */
  readonly shares: Readonly<Record<string, number>> | null;
}

/** What a chart needs of a scale: its labels, with polarity for the colours. */
export interface Labelled {
  readonly labels: readonly ScaleLabel[];
}

/**
 * A 100% stacked bar per category, its segments in scale order (Strongly agree first; Level 1
 * first; choices in the question's order), so the legend reads in scale order too: Sheets lists
 * a legend in series order, which is also the stacking order. Every value is a share from 0 to
 * 1: there is no negative figure in the chart data to be misread.
 */
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
    rows: args.rows.map((r) => [r.category, ...labels.map((l) => (r.shares ? (r.shares[l] ?? 0) : null))]),
    series: labels.map((l, i) => ({ name: l, color: colors[l]!, column: i + 1, inLegend: true })),
    width: CHART_WIDTH,
    height: barChartHeight(args.rows.length),
    axis: { min: 0, max: 1, format: 'percent', absolute: false },
    legend: 'top',
    stacked: true,
    horizontal: true,
    // The table above the chart gives every share; labels on thin segments would only crowd it.
    dataLabels: false,
  };
}
