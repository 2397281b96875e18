/**
 * What a cell gives back: getValues (values, dates as fresh copies), getFormulas, and
 * getDisplayValues (the value through the cell's number format, common formats only).
 */
import { Formula, type FormulaResult, type Stored } from '../state/cells';
import { formatDate } from './dates';

/** A formula cell's value: its last result (behaviour/formulas.ts); an error as Sheets shows it. */
function resultValue(r: FormulaResult | undefined): string | number | boolean | Date {
  if (r === undefined) return '';
  return typeof r === 'object' && !(r instanceof Date) ? r.error : r;
}

/** What getValues returns for a stored cell; dates are fresh copies, made by `DateCtor`. */
export function toValue(
  s: Stored | undefined,
  DateCtor: DateConstructor = Date,
): string | number | boolean | Date {
  if (s === undefined) return '';
  if (s instanceof Formula) return toValue(resultValue(s.result), DateCtor);
  if (s instanceof Date) return new DateCtor(s.getTime());
  return s;
}

export const toFormula = (s: Stored | undefined): string => (s instanceof Formula ? s.text : '');

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Numbers shown through the common number formats; anything exotic falls back to plain. */
function formatNumber(n: number, fmt: string): string {
  const m = /^(\$)?(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt);
  if (!m) return String(n);
  const decimals = m[3]?.length ?? 0;
  const scaled = m[4] ? n * 100 : n;
  let text = Math.abs(scaled).toFixed(decimals);
  if (m[2]) {
    const [int, frac] = text.split('.');
    text = groupThousands(int ?? '') + (frac ? `.${frac}` : '');
  }
  return (scaled < 0 ? '-' : '') + (m[1] ?? '') + text + (m[4] ? '%' : '');
}

const DATE_FORMAT = /[yMdHhms]/;

/** What getDisplayValues shows: the value through the cell's number format (common cases only). */
export function toDisplay(s: Stored | undefined, numberFormat: string | undefined, timeZone: string): string {
  if (s === undefined) return '';
  if (s instanceof Formula) return toDisplay(resultValue(s.result), numberFormat, timeZone);
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  if (typeof s === 'string') return s;
  if (s instanceof Date) {
    const pattern = numberFormat && DATE_FORMAT.test(numberFormat) ? numberFormat : 'M/d/yyyy';
    return formatDate(s, timeZone, pattern.replace(/am\/pm/i, 'a'));
  }
  return numberFormat && numberFormat !== '@' ? formatNumber(s, numberFormat) : String(s);
}
