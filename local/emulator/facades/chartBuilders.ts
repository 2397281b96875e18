/**
 * Sheet.newChart() builders. A chart is data, not a picture: its type, ranges, position and Google
 * Charts options (state/chart.ts). Built charts are immutable copies of the builder, as in Apps
 * Script; `modify()` gives a builder back.
 *
 * The typed builders (asBarChart()...) are separate classes with exactly the methods of their
 * `@types/google-apps-script` interface, so a call the real builder lacks (e.g. setTitle on the
 * plain EmbeddedChartBuilder) fails here too. Methods common to every builder return the builder
 * they were called on. Options set by the typed methods use Google Charts option names:
 * setTitle → "title", setXAxisTitle → "hAxis.title", setStacked → "isStacked", setLegendPosition →
 * "legend.position" (lower case, e.g. "bottom"), setColors → "colors", setRange → "vAxis.viewWindow"
 * ("hAxis" for bar charts), useLogScale → "vAxis.logScale" ("hAxis" for bar charts).
 * `getOptions().get(key)` reads dotted paths ("legend.position") and whole objects ("legend").
 */
import { categoryAxis, setPath, valueAxis } from '../behaviour/charts';
import { type ChartModel, type ChartRangeRef, copyChart } from '../state/chart';
import * as E from '../state/enums';
import type { Runtime } from '../state/runtime';
import { make, modelOf, provide } from './factory';
import { instrument } from './instrument';

type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GTextStyle = GoogleAppsScript.Charts.TextStyle;

const lower = (v: unknown) => String(v).toLowerCase();

/** Option values as plain data: built text styles become their fields. */
function plain(v: unknown): unknown {
  const style = modelOf.textStyle(v);
  if (style) return style;
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/** Methods every embedded chart builder has. */
const COMMON = [
  'addRange',
  'asAreaChart',
  'asBarChart',
  'asColumnChart',
  'asComboChart',
  'asHistogramChart',
  'asLineChart',
  'asPieChart',
  'asScatterChart',
  'asTableChart',
  'build',
  'clearRanges',
  'getChartType',
  'getContainer',
  'getRanges',
  'removeRange',
  'setChartType',
  'setHiddenDimensionStrategy',
  'setMergeStrategy',
  'setNumHeaders',
  'setOption',
  'setPosition',
  'setTransposeRowsAndColumns',
] as const;

const AXES = [
  'reverseCategories',
  'setBackgroundColor',
  'setColors',
  'setLegendPosition',
  'setLegendTextStyle',
  'setRange',
  'setTitle',
  'setTitleTextStyle',
  'setXAxisTextStyle',
  'setXAxisTitle',
  'setXAxisTitleTextStyle',
  'setYAxisTextStyle',
  'setYAxisTitle',
  'setYAxisTitleTextStyle',
  'useLogScale',
] as const;

/** The extra methods of each typed builder, from `google-apps-script.spreadsheet.d.ts`. */
const TYPED: Record<string, readonly string[]> = {
  EmbeddedAreaChartBuilder: [...AXES, 'setPointStyle', 'setStacked'],
  EmbeddedBarChartBuilder: [...AXES, 'reverseDirection', 'setStacked'],
  EmbeddedColumnChartBuilder: [...AXES, 'setStacked'],
  EmbeddedComboChartBuilder: [...AXES, 'setStacked'],
  EmbeddedHistogramChartBuilder: [...AXES, 'setStacked'],
  EmbeddedLineChartBuilder: [...AXES, 'setCurveStyle', 'setPointStyle'],
  EmbeddedPieChartBuilder: [
    'reverseCategories',
    'set3D',
    'setBackgroundColor',
    'setColors',
    'setLegendPosition',
    'setLegendTextStyle',
    'setTitle',
    'setTitleTextStyle',
  ],
  EmbeddedScatterChartBuilder: [
    'setBackgroundColor',
    'setColors',
    'setLegendPosition',
    'setLegendTextStyle',
    'setPointStyle',
    'setTitle',
    'setTitleTextStyle',
    'setXAxisLogScale',
    'setXAxisRange',
    'setXAxisTextStyle',
    'setXAxisTitle',
    'setXAxisTitleTextStyle',
    'setYAxisLogScale',
    'setYAxisRange',
    'setYAxisTextStyle',
    'setYAxisTitle',
    'setYAxisTitleTextStyle',
  ],
  EmbeddedTableChartBuilder: [
    'enablePaging',
    'enableRtlTable',
    'enableSorting',
    'setFirstRowNumber',
    'setInitialSortingAscending',
    'setInitialSortingDescending',
    'showRowNumberColumn',
    'useAlternatingRowStyle',
  ],
};

const BUILDER_FOR_TYPE: Partial<Record<E.ChartTypeName, string>> = {
  AREA: 'EmbeddedAreaChartBuilder',
  BAR: 'EmbeddedBarChartBuilder',
  COLUMN: 'EmbeddedColumnChartBuilder',
  COMBO: 'EmbeddedComboChartBuilder',
  HISTOGRAM: 'EmbeddedHistogramChartBuilder',
  LINE: 'EmbeddedLineChartBuilder',
  PIE: 'EmbeddedPieChartBuilder',
  SCATTER: 'EmbeddedScatterChartBuilder',
  TABLE: 'EmbeddedTableChartBuilder',
};

/** Base of every builder class: the data being built. */
class ChartBuilderBase {
  constructor(
    readonly rt: Runtime,
    public data: ChartModel,
  ) {}
}

/**
 * Every builder method, implemented once. The exported builder classes copy the subset their
 * real interface has onto their own prototype (so `instrument` counts them under their name).
 */
class ChartBuilderMethods extends ChartBuilderBase {
  // ---- common

  addRange(range: GRange): this {
    this.data.ranges.push(this._ref(range, 'addRange'));
    return this;
  }
  removeRange(range: GRange): this {
    const ref = this._ref(range, 'removeRange');
    this.data.ranges = this.data.ranges.filter(
      (r) =>
        !(
          r.sheet === ref.sheet &&
          r.rect.row === ref.rect.row &&
          r.rect.col === ref.rect.col &&
          r.rect.numRows === ref.rect.numRows &&
          r.rect.numCols === ref.rect.numCols
        ),
    );
    return this;
  }
  clearRanges(): this {
    this.data.ranges = [];
    return this;
  }
  getRanges(): GRange[] {
    return this.data.ranges.map((r) => make.range(this.rt, r));
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.data.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return make.containerInfo(this.rt, { ...this.data });
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    const t = String(type);
    if (!(t in E.ChartType)) throw this.rt.error('Invalid argument: type');
    this.data.type = t as E.ChartTypeName;
    return this.constructor === EmbeddedChartBuilder
      ? (this as unknown as GBuilder)
      : builderFor(this.rt, this.data, 'EmbeddedChartBuilder');
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    const s = String(strategy);
    if (!(s in E.ChartHiddenDimensionStrategy)) throw this.rt.error('Invalid argument: strategy');
    this.data.hiddenDimensionStrategy = s as ChartModel['hiddenDimensionStrategy'];
    return this;
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    const s = String(mergeStrategy);
    if (!(s in E.ChartMergeStrategy)) throw this.rt.error('Invalid argument: mergeStrategy');
    this.data.mergeStrategy = s as ChartModel['mergeStrategy'];
    return this;
  }
  setNumHeaders(headers: number): this {
    this.data.numHeaders = Math.trunc(Number(headers));
    return this;
  }
  setOption(option: string, value: unknown): this {
    setPath(this.data.options, String(option), plain(value));
    return this;
  }
  /** Anchor cell (1-based row and column) and pixel offsets from its top left corner. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const [r, c, x, y] = [anchorRowPos, anchorColPos, offsetX, offsetY].map((n) => Math.trunc(Number(n)));
    // Message unconfirmed.
    if (!((r ?? 0) >= 1 && (c ?? 0) >= 1)) throw this.rt.error('Invalid argument: anchor position');
    Object.assign(this.data, { anchorRow: r, anchorColumn: c, offsetX: x, offsetY: y });
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.data.transpose = Boolean(transpose);
    return this;
  }
  build(): GChart {
    return make.embeddedChart(this.rt, copyChart(this.data));
  }
  asAreaChart(): unknown {
    return this._as('AREA');
  }
  asBarChart(): unknown {
    return this._as('BAR');
  }
  asColumnChart(): unknown {
    return this._as('COLUMN');
  }
  asComboChart(): unknown {
    return this._as('COMBO');
  }
  asHistogramChart(): unknown {
    return this._as('HISTOGRAM');
  }
  asLineChart(): unknown {
    return this._as('LINE');
  }
  asPieChart(): unknown {
    return this._as('PIE');
  }
  asScatterChart(): unknown {
    return this._as('SCATTER');
  }
  asTableChart(): unknown {
    return this._as('TABLE');
  }

  // ---- typed (only on the builders whose interface has them)

  reverseCategories(): this {
    if (this.data.type === 'PIE') return this.setOption('reverseCategories', true);
    return this.setOption(categoryAxis(this.data, 'direction'), -1);
  }
  reverseDirection(): this {
    return this.setOption(valueAxis(this.data, 'direction'), -1);
  }
  setBackgroundColor(cssValue: string): this {
    return this.setOption('backgroundColor', String(cssValue));
  }
  setColors(cssValues: string[]): this {
    return this.setOption('colors', Array.from(cssValues, String));
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    const p = String(position);
    if (!(p in E.Position)) throw this.rt.error('Invalid argument: position');
    return this.setOption('legend.position', lower(p));
  }
  setLegendTextStyle(textStyle: GTextStyle): this {
    return this.setOption('legend.textStyle', textStyle);
  }
  setPointStyle(style: GoogleAppsScript.Charts.PointStyle): this {
    return this.setOption('pointStyle', String(style));
  }
  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): this {
    return this.setOption('curveType', String(style) === 'SMOOTH' ? 'function' : 'none');
  }
  /** The value axis' visible range. */
  setRange(start: number, end: number): this {
    this.setOption(valueAxis(this.data, 'viewWindow.min'), Number(start));
    return this.setOption(valueAxis(this.data, 'viewWindow.max'), Number(end));
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  set3D(): this {
    return this.setOption('is3D', true);
  }
  setTitle(chartTitle: string): this {
    return this.setOption('title', String(chartTitle));
  }
  setTitleTextStyle(textStyle: GTextStyle): this {
    return this.setOption('titleTextStyle', textStyle);
  }
  setXAxisTextStyle(textStyle: GTextStyle): this {
    return this.setOption('hAxis.textStyle', textStyle);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', String(title));
  }
  setXAxisTitleTextStyle(textStyle: GTextStyle): this {
    return this.setOption('hAxis.titleTextStyle', textStyle);
  }
  setYAxisTextStyle(textStyle: GTextStyle): this {
    return this.setOption('vAxis.textStyle', textStyle);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', String(title));
  }
  setYAxisTitleTextStyle(textStyle: GTextStyle): this {
    return this.setOption('vAxis.titleTextStyle', textStyle);
  }
  useLogScale(): this {
    return this.setOption(valueAxis(this.data, 'logScale'), true);
  }
  setXAxisLogScale(): this {
    return this.setOption('hAxis.logScale', true);
  }
  setYAxisLogScale(): this {
    return this.setOption('vAxis.logScale', true);
  }
  setXAxisRange(start: number, end: number): this {
    this.setOption('hAxis.viewWindow.min', Number(start));
    return this.setOption('hAxis.viewWindow.max', Number(end));
  }
  setYAxisRange(start: number, end: number): this {
    this.setOption('vAxis.viewWindow.min', Number(start));
    return this.setOption('vAxis.viewWindow.max', Number(end));
  }
  enablePaging(a: boolean | number, startPage?: number): this {
    if (typeof a === 'boolean') return this.setOption('page', a ? 'enable' : 'disable');
    this.setOption('page', 'enable');
    this.setOption('pageSize', Number(a));
    return startPage === undefined ? this : this.setOption('startPage', Number(startPage));
  }
  enableRtlTable(rtlEnabled: boolean): this {
    return this.setOption('rtlTable', Boolean(rtlEnabled));
  }
  enableSorting(enableSorting: boolean): this {
    return this.setOption('sort', enableSorting ? 'enable' : 'disable');
  }
  setFirstRowNumber(number: number): this {
    return this.setOption('firstRowNumber', Number(number));
  }
  setInitialSortingAscending(column: number): this {
    this.setOption('sortColumn', Number(column));
    return this.setOption('sortAscending', true);
  }
  setInitialSortingDescending(column: number): this {
    this.setOption('sortColumn', Number(column));
    return this.setOption('sortAscending', false);
  }
  showRowNumberColumn(showRowNumber: boolean): this {
    return this.setOption('showRowNumber', Boolean(showRowNumber));
  }
  useAlternatingRowStyle(alternate: boolean): this {
    return this.setOption('alternatingRowStyle', Boolean(alternate));
  }

  // ---- internals

  _ref(range: GRange, method: string): ChartRangeRef {
    const r = modelOf.range(range);
    if (!r) {
      throw this.rt.error(
        `The parameters (${range === null ? 'null' : typeof range}) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.${method}.`,
      );
    }
    return { sheet: r.sheet, rect: { ...r.rect } };
  }
  _as(type: E.ChartTypeName): unknown {
    this.data.type = type;
    return builderFor(this.rt, this.data, BUILDER_FOR_TYPE[type] ?? 'EmbeddedChartBuilder');
  }
}

type BuilderClass = new (rt: Runtime, data: ChartModel) => ChartBuilderBase;

function defineBuilder(name: string, methods: readonly string[]): BuilderClass {
  const cls = class extends ChartBuilderBase {};
  Object.defineProperty(cls, 'name', { value: name });
  const source = ChartBuilderMethods.prototype as unknown as Record<string, unknown>;
  const internals = Object.getOwnPropertyNames(source).filter((k) => k.startsWith('_'));
  for (const key of [...COMMON, ...methods, ...internals]) {
    const fn = source[key];
    if (typeof fn !== 'function') throw new Error(`charts: no implementation of ${name}.${key}`);
    Object.defineProperty(cls.prototype, key, { value: fn, writable: true, configurable: true });
  }
  instrument(cls, name, 'spreadsheet');
  return cls;
}

export const EmbeddedChartBuilder = defineBuilder('EmbeddedChartBuilder', []);
const BUILDERS: Record<string, BuilderClass> = { EmbeddedChartBuilder };
for (const [name, methods] of Object.entries(TYPED)) BUILDERS[name] = defineBuilder(name, methods);

/** A builder of the named class over `data` (shared, not copied). */
function builderFor(rt: Runtime, data: ChartModel, name: string | null): GBuilder {
  const cls = BUILDERS[name ?? 'EmbeddedChartBuilder'] ?? EmbeddedChartBuilder;
  return new cls(rt, data) as unknown as GBuilder;
}

provide({ chartBuilder: (rt, m) => builderFor(rt, m, null) });
