/**
 * DataValidation and its builder. Built rules are immutable (state/cells.ts ValidationRule), as in
 * Apps Script (`copy()` gives a builder back); ranges among criteria values are kept as data.
 */
import { copyValues } from '../behaviour/rules';
import { CellRangeValue, type ValidationRule } from '../state/cells';
import { DataValidationCriteria, type DataValidationCriteriaName } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { make, modelOf, provide } from './factory';
import { instrument } from './instrument';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** A rule being built: criteria may still be missing. */
interface ValidationDraft {
  criteria: DataValidationCriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Ranges among criteria values are kept as data, and handed back as Range objects. */
const toData = (values: readonly unknown[]): unknown[] =>
  copyValues(values).map((v) => {
    const r = modelOf.range(v);
    return r ? new CellRangeValue(r.sheet, r.rect) : v;
  });
const toFacades = (rt: Runtime, values: readonly unknown[]): unknown[] =>
  copyValues(values).map((v) => (v instanceof CellRangeValue ? make.range(rt, v) : v));

export class DataValidation implements Partial<GDataValidation> {
  constructor(
    readonly rt: Runtime,
    readonly data: ValidationRule,
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
    return toFacades(this.rt, this.data.values);
  }
  getHelpText(): string {
    return this.data.helpText ?? '';
  }
}

export class DataValidationBuilder implements Partial<GDataValidationBuilder> {
  constructor(
    readonly rt: Runtime,
    // New rules allow invalid input (show a warning) unless told otherwise, as documented.
    private data: ValidationDraft = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {}

  build(): GDataValidation {
    if (this.data.criteria === null) {
      // Message unconfirmed: the real builder's text for a rule without criteria was not found.
      throw this.rt.error('The data validation rule has no criteria.');
    }
    const rule: ValidationRule = {
      ...this.data,
      criteria: this.data.criteria,
      values: copyValues(this.data.values),
    };
    return validationOf(this.rt, rule);
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
    return toFacades(this.rt, this.data.values);
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
    this.data.values = toData(values);
    return this._self();
  }
  _self(): GDataValidationBuilder {
    return this as unknown as GDataValidationBuilder;
  }
}

instrument(DataValidation, 'DataValidation', 'spreadsheet');
instrument(DataValidationBuilder, 'DataValidationBuilder', 'spreadsheet');

/** One facade per built rule, so a rule read back from a cell is the object that was set. */
const facades = new WeakMap<ValidationRule, DataValidation>();
function validationOf(rt: Runtime, rule: ValidationRule): GDataValidation {
  let f = facades.get(rule);
  if (!f) {
    f = new DataValidation(rt, rule);
    facades.set(rule, f);
  }
  return f as unknown as GDataValidation;
}

provide(
  { dataValidation: validationOf, dataValidationBuilder: (rt) => new DataValidationBuilder(rt)._self() },
  { dataValidation: (v) => (v instanceof DataValidation ? v.data : null) },
);
