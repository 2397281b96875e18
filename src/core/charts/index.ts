/** Native chart specs: plain data the shell draws with EmbeddedChartBuilder and `local/` with echarts. */
export { clusteredChart } from './clustered';
export type { ClusterSeries } from './clustered';
export { distributionChart } from './distribution';
export type { DistributionRow } from './distribution';
export { choiceColors, GROUP_COLORS, groupColor, labelColors, NEUTRAL_COLOR } from './palette';
export { BLANK_ROW_PX, placeChart, rowsForChart } from './place';
export { barChartHeight, CHART_WIDTH, COLUMN_CHART_HEIGHT, columnChartWidth } from './size';
export { axisNumberFormat, formatAxisValue } from './spec';
export type { ChartAxis, ChartDraft, ChartKind, ChartPosition, ChartSeries, ChartSpec } from './spec';
