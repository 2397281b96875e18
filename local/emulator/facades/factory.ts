/**
 * How facades reach one another without importing each other's modules: each facade module
 * provides its makers here when it loads (facades/index.ts loads them all), and asks here for the
 * others. `make` turns state into facades; `modelOf` takes an argument the add-on passed back to
 * the data behind it (null when it is not an emulator object of that kind).
 */
import type { CellRange, ConditionalRule, ValidationRule } from '../state/cells';
import type { ChartModel } from '../state/chart';
import type { FormModel, ItemModel, ResponseModel } from '../state/forms';
import type { Runtime } from '../state/runtime';
import type { ProtectionModel, SheetModel, SpreadsheetModel } from '../state/spreadsheet';

export interface Makers {
  range(rt: Runtime, r: CellRange): GoogleAppsScript.Spreadsheet.Range;
  rangeList(rt: Runtime, ranges: readonly CellRange[]): GoogleAppsScript.Spreadsheet.RangeList;
  sheet(m: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet(m: SpreadsheetModel): GoogleAppsScript.Spreadsheet.Spreadsheet;
  protection(m: ProtectionModel): GoogleAppsScript.Spreadsheet.Protection;
  dataValidation(rt: Runtime, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation;
  dataValidationBuilder(rt: Runtime): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  conditionalRule(rt: Runtime, rule: ConditionalRule): GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  conditionalRuleBuilder(rt: Runtime): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  /** A builder over `m` (shared, not copied): Sheet.newChart() and EmbeddedChart.modify(). */
  chartBuilder(rt: Runtime, m: ChartModel): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  embeddedChart(rt: Runtime, m: ChartModel): GoogleAppsScript.Spreadsheet.EmbeddedChart;
  /** A chart's position (a copy of it). */
  containerInfo(
    rt: Runtime,
    m: Pick<ChartModel, 'anchorRow' | 'anchorColumn' | 'offsetX' | 'offsetY'>,
  ): GoogleAppsScript.Spreadsheet.ContainerInfo;
  ui(rt: Runtime): GoogleAppsScript.Base.Ui;
  user(rt: Runtime, email: string): GoogleAppsScript.Base.User;
  form(m: FormModel): GoogleAppsScript.Forms.Form;
  formResponse(rt: Runtime, form: FormModel, r: ResponseModel): GoogleAppsScript.Forms.FormResponse;
  item(rt: Runtime, m: ItemModel): GoogleAppsScript.Forms.Item;
  /** The typed item (GridItem...) of Form.addGridItem() and the like. */
  typedItem<T>(rt: Runtime, m: ItemModel): T;
}

export interface Models {
  range(v: unknown): CellRange | null;
  sheet(v: unknown): SheetModel | null;
  spreadsheet(v: unknown): SpreadsheetModel | null;
  dataValidation(v: unknown): ValidationRule | null;
  conditionalRule(v: unknown): ConditionalRule | null;
  chart(v: unknown): ChartModel | null;
  /** A built Charts TextStyle as plain option data. */
  textStyle(v: unknown): Record<string, unknown> | null;
  item(v: unknown): ItemModel | null;
}

/** Filled by the facade modules as they load; complete once facades/index.ts has loaded. */
export const make = {} as Makers;
export const modelOf = {} as Models;

export function provide(makers: Partial<Makers>, models: Partial<Models> = {}): void {
  Object.assign(make, makers);
  Object.assign(modelOf, models);
}

const MAKERS: readonly (keyof Makers)[] = [
  'range',
  'rangeList',
  'sheet',
  'spreadsheet',
  'protection',
  'dataValidation',
  'dataValidationBuilder',
  'conditionalRule',
  'conditionalRuleBuilder',
  'chartBuilder',
  'embeddedChart',
  'containerInfo',
  'ui',
  'user',
  'form',
  'formResponse',
  'item',
  'typedItem',
];
const MODELS: readonly (keyof Models)[] = [
  'range',
  'sheet',
  'spreadsheet',
  'dataValidation',
  'conditionalRule',
  'chart',
  'textStyle',
  'item',
];

/** Throws when a facade module was not loaded (a maker missing would fail far from its cause). */
export function checkProvided(): void {
  const missing = [
    ...MAKERS.filter((k) => typeof make[k] !== 'function').map((k) => `make.${k}`),
    ...MODELS.filter((k) => typeof modelOf[k] !== 'function').map((k) => `modelOf.${k}`),
  ];
  if (missing.length > 0) throw new Error(`emulator facades not loaded: ${missing.join(', ')}`);
}
