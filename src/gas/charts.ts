import { axisNumberFormat, type ChartSpec } from '../core/charts/spec';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Google Charts options for a spec. Series are keyed by their index among the data columns
 * (the category column is the domain, not a series).
 */
export function chartOptions(spec: ChartSpec): Record<string, unknown> {
  const series: Record<number, Record<string, unknown>> = {};
  for (const s of spec.series) {
    series[s.column - 1] = {
      color: s.color,
      visibleInLegend: s.inLegend,
      // Sheets' own series options: the value, in its cell's number format, past the bar's end.
      ...(spec.dataLabels ? { dataLabel: 'value', dataLabelPlacement: 'outsideEnd' } : {}),
    };
  }
  const axis = {
    format: axisNumberFormat(spec.axis),
    ...(spec.axis.title ? { title: spec.axis.title } : {}),
    viewWindow: {
      ...(spec.axis.min === undefined ? {} : { min: spec.axis.min }),
      ...(spec.axis.max === undefined ? {} : { max: spec.axis.max }),
    },
  };
  return {
    title: spec.title,
    width: spec.width,
    height: spec.height,
    isStacked: spec.stacked,
    legend: { position: spec.legend },
    series,
    useFirstColumnAsDomain: true,
    // Bars run along the horizontal axis; columns and lines along the vertical one.
    [spec.horizontal ? 'hAxis' : 'vAxis']: axis,
  };
}

function chartType(spec: ChartSpec): GoogleAppsScript.Charts.ChartType {
  if (spec.kind === 'line') return Charts.ChartType.LINE;
  return spec.horizontal ? Charts.ChartType.BAR : Charts.ChartType.COLUMN;
}

/**
 * Inserts one native chart per spec: a fixed number of calls per chart (the number of charts
 * follows the survey's scales and breakdowns, never its rows).
 */
export function insertCharts(sheet: Sheet, specs: readonly ChartSpec[]): void {
  for (const spec of specs) {
    const r = spec.range;
    let b = sheet
      .newChart()
      .setChartType(chartType(spec))
      .addRange(sheet.getRange(r.row, r.col, r.rows, r.cols))
      .setNumHeaders(spec.headerRows)
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
      .setHiddenDimensionStrategy(
        spec.plotsHiddenRows
          ? Charts.ChartHiddenDimensionStrategy.SHOW_BOTH
          : Charts.ChartHiddenDimensionStrategy.IGNORE_BOTH,
      )
      .setPosition(
        spec.position.anchorRow,
        spec.position.anchorCol,
        spec.position.offsetX,
        spec.position.offsetY,
      );
    for (const [key, value] of Object.entries(chartOptions(spec))) b = b.setOption(key, value);
    sheet.insertChart(b.build());
  }
}
