/**
 * Validation and conditional-format rules as data: copies (built rules are immutable, criteria
 * values are handed back as copies), moves to a copied sheet, and their plain description.
 */
import { formatA1 } from './a1';
import { CellRangeValue, type ConditionalRule, type ValidationRule } from '../state/cells';
import type { SheetModel } from '../state/spreadsheet';
import { isDate } from './dates';

/** Criteria values as Apps Script hands them back: dates and arrays copied, ranges kept. */
export function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? v.slice() : isDate(v) ? new Date(v.getTime()) : v));
}

export const copyRule = (d: ConditionalRule): ConditionalRule => ({
  condition: { ...d.condition, values: copyValues(d.condition.values) },
  ranges: d.ranges.slice(),
});

/** The same rule with ranges on `from` moved to `to`, for sheets copied from a template. */
export function moveRule(d: ConditionalRule, from: SheetModel, to: SheetModel): ConditionalRule {
  const copy = copyRule(d);
  copy.ranges = copy.ranges.map((r) => (r.sheet === from ? { sheet: to, rect: r.rect } : r));
  return copy;
}

/** Plain data for snapshots (ranges as A1 with sheet name). */
export function describeValidation(v: ValidationRule): {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
} {
  return {
    criteria: v.criteria,
    values: v.values.map((x) => (x instanceof CellRangeValue ? `${x.sheet.name}!${formatA1(x.rect)}` : x)),
    allowInvalid: v.allowInvalid,
    helpText: v.helpText ?? '',
  };
}

export function describeConditional(d: ConditionalRule) {
  const { criteria, values, ...format } = d.condition;
  return {
    ranges: d.ranges.map((r) => formatA1(r.rect)),
    criteria: criteria ?? '',
    values: copyValues(values),
    ...format,
  };
}
