/**
 * Sheets' reading of what is written to a cell (setValues is USER_ENTERED), kept simple:
 * - "" and null clear the cell;
 * - "'text" stores "text" as literal text (the apostrophe is not part of the value);
 * - "=..." is a formula; "+x"/"-x" that is not a number becomes the formula "=+x"/"=-x", which is
 *   what Sheets does with such input (this is why respondent text must be escaped);
 * - numbers ("12", "-3.5", "1e3", "1,234", "007", "12%") become numbers; "true"/"false" booleans;
 * - everything else, including ISO dates ("2024-05-01"), stays a string. Real Sheets would parse
 *   dates into date values; the emulator does not.
 * A cell whose number format is plain text ("@") keeps any string as is.
 */
import { Formula, type Stored } from '../state/cells';
import { isDate } from './dates';

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

/** What setFormula(s) stores: a formula for "=…", otherwise the text read like setValue. */
export function formulaInput(f: unknown, numberFormat: string | undefined): Stored | undefined {
  const text = f === null || f === undefined ? '' : String(f);
  return text.startsWith('=') ? new Formula(text) : toStored(text, numberFormat);
}
