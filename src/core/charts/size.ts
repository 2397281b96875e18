/**
 * Chart sizes in pixels, large enough to read every category label. Sheets does not grow a
 * chart to fit its data, so the height follows the number of bars.
 */
export const CHART_WIDTH = 640;

/** Title, legend and axis take about 90 px; each category gets a band of bars. */
export function barChartHeight(categories: number, barsPerCategory = 1): number {
  const band = Math.max(28, 14 * barsPerCategory + 10);
  return 90 + Math.max(1, categories) * band;
}

/** Columns stand side by side: the width grows with the categories instead. */
export function columnChartWidth(categories: number, columnsPerCategory = 1): number {
  return Math.max(CHART_WIDTH, 120 + Math.max(1, categories) * Math.max(60, 24 * columnsPerCategory + 20));
}

export const COLUMN_CHART_HEIGHT = 380;
