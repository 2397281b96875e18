/** EmbeddedChart (a built or inserted chart), its ContainerInfo and ChartOptions. */
import { getPath } from '../behaviour/charts';
import { type ChartModel, copyChart, deepCopy } from '../state/chart';
import type { Runtime } from '../state/runtime';
import { make, provide } from './factory';
import { instrument } from './instrument';

type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export class ContainerInfo implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(
    readonly rt: Runtime,
    private readonly m: Pick<ChartModel, 'anchorRow' | 'anchorColumn' | 'offsetX' | 'offsetY'>,
  ) {}
  getAnchorColumn(): number {
    return this.m.anchorColumn;
  }
  getAnchorRow(): number {
    return this.m.anchorRow;
  }
  getOffsetX(): number {
    return this.m.offsetX;
  }
  getOffsetY(): number {
    return this.m.offsetY;
  }
}

export class ChartOptions implements GoogleAppsScript.Charts.ChartOptions {
  constructor(
    readonly rt: Runtime,
    private readonly options: Record<string, unknown>,
  ) {}
  /** A copy of the option, null when unset. */
  get(option: string): unknown {
    const v = getPath(this.options, option);
    return v === undefined ? null : deepCopy(v);
  }
}

export class EmbeddedChart implements Partial<GChart> {
  constructor(
    readonly rt: Runtime,
    readonly model: ChartModel,
  ) {}

  getChartId(): number | null {
    return this.model.id;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new ContainerInfo(this.rt, { ...this.model });
  }
  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.model
      .hiddenDimensionStrategy as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.model.mergeStrategy as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }
  getNumHeaders(): number {
    return this.model.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new ChartOptions(this.rt, deepCopy(this.model.options));
  }
  getRanges(): GRange[] {
    return this.model.ranges.map((r) => make.range(this.rt, r));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.model.transpose;
  }
  /** A builder holding a copy of this chart (same id), for Sheet.updateChart. */
  modify(): GBuilder {
    return make.chartBuilder(this.rt, copyChart(this.model));
  }
}

instrument(ChartOptions, 'ChartOptions', 'charts');
instrument(ContainerInfo, 'ContainerInfo', 'spreadsheet');
instrument(EmbeddedChart, 'EmbeddedChart', 'spreadsheet');

provide(
  {
    embeddedChart: (rt, m) => new EmbeddedChart(rt, m) as unknown as GChart,
    containerInfo: (rt, m) => new ContainerInfo(rt, m),
  },
  { chart: (v) => (v instanceof EmbeddedChart ? v.model : null) },
);
