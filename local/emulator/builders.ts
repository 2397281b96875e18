/**
 * Data validation and conditional format rules with their builders. Built rules are immutable
 * snapshots of the builder, as in Apps Script (`copy()` gives a builder back).
 */
import type { Rect } from './a1';
import { instrument } from './counter';
import { isDate } from './dates';
import {
  BooleanCriteria,
  type BooleanCriteriaName,
  DataValidationCriteria,
  type DataValidationCriteriaName,
} from './enums';
import type { SheetModel } from './model';
import { Range } from './range';
import type { Runtime } from './runtime';
import { normalizeColor } from './colors';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

// ---- data validation

interface ValidationData {
  criteria: DataValidationCriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Criteria values as Apps Script hands them back: ranges and dates copied, arrays copied. */
function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? v.slice() : isDate(v) ? new Date(v.getTime()) : v));
}

export class DataValidation
  implements
    Pick<
      GDataValidation,
      'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
    >
{
  constructor(
    readonly rt: Runtime,
    private readonly data: Readonly<ValidationData>,
  ) {}

  copy(): GDataValidationBuilder {
    return new DataValidationBuilder(this.rt, { ...this.data, values: copyValues(this.data.values) })._self();
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this.data.values);
  }
  getHelpText(): string {
    return this.data.helpText ?? '';
  }

  /** Plain data for snapshots (ranges as A1 with sheet name). */
  _describe(): { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } {
    return {
      criteria: this.data.criteria ?? '',
      values: this.data.values.map((v) => (v instanceof Range ? `${v.model.name}!${v.getA1Notation()}` : v)),
      allowInvalid: this.data.allowInvalid,
      helpText: this.data.helpText ?? '',
    };
  }
}

export class DataValidationBuilder
  implements
    Pick<
      GDataValidationBuilder,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireCheckbox'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateBetween'
      | 'requireDateEqualTo'
      | 'requireDateNotBetween'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireFormulaSatisfied'
      | 'requireNumberBetween'
      | 'requireNumberEqualTo'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberNotBetween'
      | 'requireNumberNotEqualTo'
      | 'requireTextContains'
      | 'requireTextDoesNotContain'
      | 'requireTextEqualTo'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
    >
{
  constructor(
    readonly rt: Runtime,
    // New rules allow invalid input (show a warning) unless told otherwise, as documented.
    private data: ValidationData = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {}

  build(): GDataValidation {
    if (this.data.criteria === null) {
      // Message unconfirmed: the real builder's text for a rule without criteria was not found.
      throw this.rt.error('The data validation rule has no criteria.');
    }
    return new DataValidation(this.rt, {
      ...this.data,
      values: copyValues(this.data.values),
    }) as unknown as GDataValidation;
  }
  copy(): GDataValidationBuilder {
    return new DataValidationBuilder(this.rt, { ...this.data, values: copyValues(this.data.values) })._self();
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this.data.values);
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this.data.allowInvalid = Boolean(allowInvalidData);
    return this._self();
  }
  setHelpText(helpText: string): GDataValidationBuilder {
    this.data.helpText = String(helpText);
    return this._self();
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GDataValidationBuilder {
    return this._set(String(criteria) as DataValidationCriteriaName, Array.isArray(args) ? args : []);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GDataValidationBuilder {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this._set('CHECKBOX', values);
  }
  requireDate(): GDataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): GDataValidationBuilder {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): GDataValidationBuilder {
    return this._set('DATE_EQUAL_TO', [date]);
  }
  requireDateNotBetween(start: Date, end: Date): GDataValidationBuilder {
    return this._set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberNotEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): GDataValidationBuilder {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): GDataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  /** Criteria values are `[list, showDropdown]`, the dropdown shown unless told otherwise. */
  requireValueInList(values: string[], showDropdown?: boolean): GDataValidationBuilder {
    if (!Array.isArray(values)) {
      throw this.rt.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GRange, showDropdown?: boolean): GDataValidationBuilder {
    return this._set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }

  _set(criteria: DataValidationCriteriaName, values: unknown[]): GDataValidationBuilder {
    if (!(criteria in DataValidationCriteria)) throw this.rt.error(`Invalid argument: criteria`);
    this.data.criteria = criteria;
    this.data.values = copyValues(values);
    return this._self();
  }
  _self(): GDataValidationBuilder {
    return this as unknown as GDataValidationBuilder;
  }
}

instrument(DataValidation, 'DataValidation', 'spreadsheet');
instrument(DataValidationBuilder, 'DataValidationBuilder', 'spreadsheet');

export const newDataValidation = (rt: Runtime): GDataValidationBuilder =>
  new DataValidationBuilder(rt)._self();

// ---- conditional formats

interface ConditionData {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

interface RuleData {
  condition: ConditionData;
  ranges: { sheet: SheetModel; rect: Rect }[];
}

const emptyCondition = (): ConditionData => ({
  criteria: null,
  values: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
});

const copyRule = (d: RuleData): RuleData => ({
  condition: { ...d.condition, values: copyValues(d.condition.values) },
  ranges: d.ranges.slice(),
});

export class BooleanCondition implements GoogleAppsScript.Spreadsheet.BooleanCondition {
  constructor(
    readonly rt: Runtime,
    private readonly data: Readonly<ConditionData>,
  ) {}
  getBackground(): string | null {
    return this.data.background;
  }
  getBold(): boolean | null {
    return this.data.bold;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return copyValues(this.data.values);
  }
  getFontColor(): string | null {
    return this.data.fontColor;
  }
  getItalic(): boolean | null {
    return this.data.italic;
  }
  getStrikethrough(): boolean | null {
    return this.data.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.data.underline;
  }
}

instrument(BooleanCondition, 'BooleanCondition', 'spreadsheet');

function rangesOf(rt: Runtime, d: RuleData): GRange[] {
  return d.ranges.map((r) => new Range(rt, r.sheet, r.rect) as unknown as GRange);
}

export class ConditionalFormatRule
  implements Pick<GRule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'>
{
  constructor(
    readonly rt: Runtime,
    private readonly data: RuleData,
  ) {}
  copy(): GRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rt, copyRule(this.data))._self();
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return new BooleanCondition(this.rt, { ...this.data.condition });
  }
  /** Gradient rules are not emulated. */
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return rangesOf(this.rt, this.data);
  }

  /** Plain data for snapshots. */
  _describe(): { ranges: string[]; criteria: string; values: unknown[] } & Omit<
    ConditionData,
    'criteria' | 'values'
  > {
    const { criteria, values, ...format } = this.data.condition;
    return {
      ranges: this.data.ranges.map((r) => new Range(this.rt, r.sheet, r.rect).getA1Notation()),
      criteria: criteria ?? '',
      values: copyValues(values),
      ...format,
    };
  }
  /** The same rule with ranges on `from` moved to `to`, for sheets copied from a template. */
  _moved(from: SheetModel, to: SheetModel): ConditionalFormatRule {
    const d = copyRule(this.data);
    d.ranges = d.ranges.map((r) => (r.sheet === from ? { sheet: to, rect: r.rect } : r));
    return new ConditionalFormatRule(this.rt, d);
  }
}

export class ConditionalFormatRuleBuilder
  implements
    Pick<
      GRuleBuilder,
      | 'build'
      | 'copy'
      | 'getBooleanCondition'
      | 'getGradientCondition'
      | 'getRanges'
      | 'setBackground'
      | 'setBold'
      | 'setFontColor'
      | 'setItalic'
      | 'setRanges'
      | 'setStrikethrough'
      | 'setUnderline'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenDateAfter'
      | 'whenDateBefore'
      | 'whenDateEqualTo'
      | 'whenFormulaSatisfied'
      | 'whenNumberBetween'
      | 'whenNumberEqualTo'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberNotBetween'
      | 'whenNumberNotEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextEndsWith'
      | 'whenTextEqualTo'
      | 'whenTextStartsWith'
      | 'withCriteria'
    >
{
  constructor(
    readonly rt: Runtime,
    private data: RuleData = { condition: emptyCondition(), ranges: [] },
  ) {}

  build(): GRule {
    if (this.data.condition.criteria === null) {
      // Message unconfirmed: the real text for a rule without a condition was not found.
      throw this.rt.error('The conditional format rule has no condition.');
    }
    return new ConditionalFormatRule(this.rt, copyRule(this.data)) as unknown as GRule;
  }
  copy(): GRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rt, copyRule(this.data))._self();
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.data.condition.criteria === null
      ? null
      : new BooleanCondition(this.rt, { ...this.data.condition });
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return rangesOf(this.rt, this.data);
  }
  setRanges(ranges: GRange[]): GRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    this.data.ranges = (ranges as unknown as Range[]).map((r) => ({ sheet: r.model, rect: r.rect }));
    return this._self();
  }
  setBackground(color: string | null): GRuleBuilder {
    this.data.condition.background = color ? normalizeColor(color) : null;
    return this._self();
  }
  setFontColor(color: string | null): GRuleBuilder {
    this.data.condition.fontColor = color ? normalizeColor(color) : null;
    return this._self();
  }
  setBold(bold: boolean | null): GRuleBuilder {
    this.data.condition.bold = bold;
    return this._self();
  }
  setItalic(italic: boolean | null): GRuleBuilder {
    this.data.condition.italic = italic;
    return this._self();
  }
  setStrikethrough(strikethrough: boolean | null): GRuleBuilder {
    this.data.condition.strikethrough = strikethrough;
    return this._self();
  }
  setUnderline(underline: boolean | null): GRuleBuilder {
    this.data.condition.underline = underline;
    return this._self();
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): GRuleBuilder {
    return this._when(String(criteria) as BooleanCriteriaName, Array.isArray(args) ? args : []);
  }
  whenCellEmpty(): GRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): GRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  /** A Date compares absolutely; a RelativeDate selects the *_RELATIVE criteria. */
  whenDateAfter(date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate): GRuleBuilder {
    return this._when(isDate(date) ? 'DATE_AFTER' : 'DATE_AFTER_RELATIVE', [date]);
  }
  whenDateBefore(date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate): GRuleBuilder {
    return this._when(isDate(date) ? 'DATE_BEFORE' : 'DATE_BEFORE_RELATIVE', [date]);
  }
  whenDateEqualTo(
    date: GoogleAppsScript.Base.Date | GoogleAppsScript.Spreadsheet.RelativeDate,
  ): GRuleBuilder {
    return this._when(isDate(date) ? 'DATE_EQUAL_TO' : 'DATE_EQUAL_TO_RELATIVE', [date]);
  }
  whenFormulaSatisfied(formula: string): GRuleBuilder {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): GRuleBuilder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): GRuleBuilder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): GRuleBuilder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GRuleBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): GRuleBuilder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): GRuleBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberNotBetween(start: number, end: number): GRuleBuilder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(number: number): GRuleBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): GRuleBuilder {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): GRuleBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEndsWith(text: string): GRuleBuilder {
    return this._when('TEXT_ENDS_WITH', [text]);
  }
  whenTextEqualTo(text: string): GRuleBuilder {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): GRuleBuilder {
    return this._when('TEXT_STARTS_WITH', [text]);
  }

  _when(criteria: BooleanCriteriaName, values: unknown[]): GRuleBuilder {
    if (!(criteria in BooleanCriteria)) throw this.rt.error('Invalid argument: criteria');
    this.data.condition.criteria = criteria;
    this.data.condition.values = copyValues(values);
    return this._self();
  }
  _self(): GRuleBuilder {
    return this as unknown as GRuleBuilder;
  }
}

instrument(ConditionalFormatRule, 'ConditionalFormatRule', 'spreadsheet');
instrument(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', 'spreadsheet');

export const newConditionalFormatRule = (rt: Runtime): GRuleBuilder =>
  new ConditionalFormatRuleBuilder(rt)._self();
