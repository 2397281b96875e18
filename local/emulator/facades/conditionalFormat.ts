/**
 * Conditional format rules (boolean conditions) with their builder. Built rules are immutable
 * data (state/cells.ts ConditionalRule), as in Apps Script (`copy()` gives a builder back).
 */
import { copyRule, copyValues } from '../behaviour/rules';
import { isDate } from '../behaviour/dates';
import { normalizeColor } from '../behaviour/colors';
import type { CellRange, ConditionData, ConditionalRule } from '../state/cells';
import { BooleanCriteria, type BooleanCriteriaName } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { make, modelOf, provide } from './factory';
import { instrument } from './instrument';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

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

function rangesOf(rt: Runtime, d: ConditionalRule): GRange[] {
  return d.ranges.map((r) => make.range(rt, r));
}

export class ConditionalFormatRule implements Partial<GRule> {
  constructor(
    readonly rt: Runtime,
    readonly data: ConditionalRule,
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
}

export class ConditionalFormatRuleBuilder implements Partial<GRuleBuilder> {
  constructor(
    readonly rt: Runtime,
    private data: ConditionalRule = { condition: emptyCondition(), ranges: [] },
  ) {}

  build(): GRule {
    if (this.data.condition.criteria === null) {
      // Message unconfirmed: the real text for a rule without a condition was not found.
      throw this.rt.error('The conditional format rule has no condition.');
    }
    return ruleOf(this.rt, copyRule(this.data));
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
    const refs = Array.isArray(ranges) ? ranges.map((r) => modelOf.range(r)) : [null];
    if (refs.some((r) => r === null)) {
      throw this.rt.error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    this.data.ranges = refs as CellRange[];
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

/** One facade per rule, so getConditionalFormatRules gives back the objects that were set. */
const facades = new WeakMap<ConditionalRule, ConditionalFormatRule>();
function ruleOf(rt: Runtime, rule: ConditionalRule): GRule {
  let f = facades.get(rule);
  if (!f) {
    f = new ConditionalFormatRule(rt, rule);
    facades.set(rule, f);
  }
  return f as unknown as GRule;
}

provide(
  { conditionalRule: ruleOf, conditionalRuleBuilder: (rt) => new ConditionalFormatRuleBuilder(rt)._self() },
  { conditionalRule: (v) => (v instanceof ConditionalFormatRule ? v.data : null) },
);
