/**
 * Sheets' reading of what is written to a cell. `setValue(s)` is USER_ENTERED: "the values will be
 * parsed as if the user typed them into the UI ... strings may be converted to numbers, dates,
 * etc. following the same rules that are applied when entering text into a cell via the Google
 * Sheets UI" (Sheets API, ValueInputOption). In a General cell, in the spreadsheet's locale
 * (en_US by default):
 * - "" and null clear the cell;
 * - "'text" stores "text" as literal text (the apostrophe is not part of the value);
 * - "=..." is a formula; "+x"/"-x" that is not a number becomes the formula "=+x"/"=-x";
 * - numbers: "12", "-3.5", "007" (7), "1e3" (1000), "1,234" (1234); "12%" is 0.12 shown through
 *   a percent format; "$5" is 5 shown through a currency format;
 * - "TRUE"/"false" (any case) are booleans;
 * - dates and times (dateInput.ts): "6/8", "9-12", "6/8/2024", "2024-06-08", "Jan 5", "3:30",
 *   "3:30 PM", "6/8/2024 15:30": a date value (getValues gives a Date) shown through a date format;
 * - anything else stays text: "K-2", "9-12 grade", "Grade 6/8 team".
 * A cell whose number format is plain text ("@") keeps any string as written.
 * README "Sheets' reading of written strings" gives the source of each rule.
 */
import { Formula, type Stored } from '../state/cells';
import { type DateContext, readDateTime } from './dateInput';
import { isDate } from './dates';

export type { DateContext as InputContext };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const CURRENCY = /^(-)?\$(-)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.?\d*|\.\d+)$/;

/** Percent and currency formats Sheets applies to "12%" and "$5" (patterns assumed). */
export const PERCENT_FORMAT = '0%';
export const PERCENT_DECIMALS_FORMAT = '0.00%';
export const CURRENCY_FORMAT = '$#,##0.00';

/** A string read as a value that also sets the cell's number format, as Sheets does. */
export class Formatted {
  constructor(
    readonly value: number | Date,
    readonly format: string,
  ) {}
}

/** What a string written to a General cell becomes. */
export function readString(
  s: string,
  numberFormat: string | undefined,
  ctx: DateContext,
): Stored | Formatted | undefined {
  if (s === '') return undefined;
  if (numberFormat === '@') return s;
  if (s.startsWith("'")) return s.length > 1 ? s.slice(1) : undefined;
  if (s.startsWith('=') && s.length > 1) return new Formula(s);
  // Numbers, percents, currency, dates and times all hold a digit: most text is decided here.
  if (!HAS_DIGIT.test(s)) return signedOrBoolean(s) ?? s;
  if (NUMBER.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  const pct = PERCENT.exec(s);
  if (pct?.[1])
    return new Formatted(
      Number(pct[1]) / 100,
      pct[1].includes('.') ? PERCENT_DECIMALS_FORMAT : PERCENT_FORMAT,
    );
  const cur = CURRENCY.exec(s);
  if (cur?.[3]) {
    const n = Number(cur[3].replace(/,/g, ''));
    return new Formatted(cur[1] || cur[2] ? -n : n, CURRENCY_FORMAT);
  }
  const other = signedOrBoolean(s);
  if (other !== undefined) return other;
  const when = readDateTime(s, ctx);
  if (when) return new Formatted(when.date, when.format);
  return s;
}

const HAS_DIGIT = /\d/;

/** "+x"/"-x" that are not numbers become formulas; TRUE/FALSE in any case are booleans. */
function signedOrBoolean(s: string): Formula | boolean | undefined {
  if (/^[+-]./.test(s)) return new Formula(`=${s}`);
  if (s.length <= 5 && /^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  return undefined;
}

/** Non-string values as stored: numbers and booleans as they are, dates copied. */
export function storedOf(v: unknown): Stored | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return undefined;
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

/** What setFormula(s) reads: a formula for "=…", otherwise the text read like setValue. */
export function formulaText(f: unknown): string {
  return f === null || f === undefined ? '' : String(f);
}
