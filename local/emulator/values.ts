/**
 * What a cell stores for a value handed to setValue(s), and what getValues/getDisplayValues give
 * back. Strings are read the way Sheets reads typed input (setValues is USER_ENTERED), kept simple:
 * - "" and null clear the cell;
 * - "'text" stores "text" as literal text (the apostrophe is not part of the value);
 * - "=..." is a formula; "+x"/"-x" that is not a number becomes the formula "=+x"/"=-x", which is
 *   what Sheets does with such input (this is why respondent text must be escaped);
 * - numbers ("12", "-3.5", "1e3", "1,234", "007", "12%") become numbers; "true"/"false" booleans;
 * - everything else, including ISO dates ("2024-05-01"), stays a string. Real Sheets would parse
 *   dates into date values; the emulator does not.
 * A cell whose number format is plain text ("@") keeps any string as is.
 * Formulas are not evaluated: getValues gives "" for them, getFormulas the formula.
 */
import { formatDate, isDate } from './dates';

/** A formula cell. */
export class Formula {
  constructor(readonly text: string) {}
}

export type Stored = string | number | boolean | Date | Formula;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

function parseInput(s: string, numberFormat: string | undefined): Stored | undefined {
  if (s === '') return undefined;
  if (numberFormat === '@') return s;
  if (s.startsWith("'")) return s.length > 1 ? s.slice(1) : undefined;
  if (s.startsWith('=') && s.length > 1) return new Formula(s);
  if (NUMBER.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  const pct = PERCENT.exec(s);
  if (pct?.[1]) return Number(pct[1]) / 100;
  if (/^[+-]./.test(s)) return new Formula(`=${s}`);
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  return s;
}

/** The stored form of a value written with setValue(s); undefined clears the cell. */
export function toStored(v: unknown, numberFormat?: string): Stored | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return parseInput(v, numberFormat);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

/** What getValues returns for a stored cell; dates are fresh copies, made by `DateCtor`. */
export function toValue(
  s: Stored | undefined,
  DateCtor: DateConstructor = Date,
): string | number | boolean | Date {
  if (s === undefined || s instanceof Formula) return '';
  if (s instanceof Date) return new DateCtor(s.getTime());
  return s;
}

export const toFormula = (s: Stored | undefined): string => (s instanceof Formula ? s.text : '');

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Numbers shown through the common number formats; anything exotic falls back to plain. */
function formatNumber(n: number, fmt: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt);
  if (!m) return String(n);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? n * 100 : n;
  let text = Math.abs(scaled).toFixed(decimals);
  if (m[1]) {
    const [int, frac] = text.split('.');
    text = groupThousands(int ?? '') + (frac ? `.${frac}` : '');
  }
  return (scaled < 0 ? '-' : '') + text + (m[3] ? '%' : '');
}

const DATE_FORMAT = /[yMdHhms]/;

/** What getDisplayValues shows: the value through the cell's number format (common cases only). */
export function toDisplay(s: Stored | undefined, numberFormat: string | undefined, timeZone: string): string {
  if (s === undefined || s instanceof Formula) return '';
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  if (typeof s === 'string') return s;
  if (s instanceof Date) {
    const pattern = numberFormat && DATE_FORMAT.test(numberFormat) ? numberFormat : 'M/d/yyyy';
    return formatDate(s, timeZone, pattern.replace(/am\/pm/i, 'a'));
  }
  return numberFormat && numberFormat !== '@' ? formatNumber(s, numberFormat) : String(s);
}
