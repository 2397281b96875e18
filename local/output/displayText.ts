import { dateToSerial, format, isDateFormat, isValidFormat } from 'numfmt';

/**
 * The text Sheets shows for a cell: its value through its number format. numfmt reads the same
 * format codes Sheets and Excel use ("0.00", "0%", "yyyy-mm-dd", "#,##0", sections and all).
 */

/** Apps Script reports a never-formatted cell as this ("Automatic" in the Format menu). */
const AUTOMATIC = new Set(['', 'General', '0.###############']);

/** A cell as a spreadsheet file stores it: dates as serial numbers with a date format. */
export interface ShownCell {
  readonly value: string | number | boolean | null;
  /** The format to write with the value; null for Automatic. */
  readonly numberFormat: string | null;
  /** What Sheets shows in the cell. */
  readonly text: string;
}

/** A Date's wall-clock parts [y, m, d, h, min, s] in the spreadsheet's time zone, as Sheets shows them. */
function wallClock(date: Date, timeZone: string): number[] {
  // Swedish dates read "2026-02-28 22:30:00": ISO order, 24-hour clock, easy to split.
  return date.toLocaleString('sv-SE', { timeZone, hourCycle: 'h23' }).split(/[- :]/).map(Number);
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Sheets' Automatic shows a date as 4/1/2026, or 4/1/2026 9:05:00 when it has a time of day. */
const automaticDateFormat = (parts: readonly number[]): string =>
  parts.slice(3).some((n) => n !== 0) ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy';

const EMPTY: ShownCell = { value: null, numberFormat: null, text: '' };

export function shownCell(raw: unknown, numberFormat: string | null, timeZone: string): ShownCell {
  const fmt = numberFormat !== null && !AUTOMATIC.has(numberFormat) ? numberFormat : null;
  if (raw === null || raw === undefined || raw === '') return { ...EMPTY, numberFormat: fmt };
  if (typeof raw === 'boolean') return { value: raw, numberFormat: fmt, text: raw ? 'TRUE' : 'FALSE' };
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return EMPTY;
    const parts = wallClock(raw, timeZone);
    const pattern = fmt && isDateFormat(fmt) ? fmt : automaticDateFormat(parts);
    const serial = dateToSerial(parts)!;
    return { value: serial, numberFormat: pattern, text: format(pattern, serial) };
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: String(raw), numberFormat: fmt, text: String(raw) };
    // A code Sheets would refuse never reaches a cell; should one, the plain number is shown.
    const pattern = fmt && isValidFormat(fmt) ? fmt : 'General';
    return { value: raw, numberFormat: fmt, text: format(pattern, raw) };
  }
  // Text shows as written; only a format with a text section (`"Note: "@`) adds to it.
  const text = String(raw);
  const shown = fmt?.includes('@') && fmt !== '@' && isValidFormat(fmt) ? format(fmt, text) : text;
  return { value: text, numberFormat: fmt, text: shown };
}

/** Where Sheets puts a value when the cell's horizontal alignment is left at its default. */
export function automaticAlign(value: unknown): 'left' | 'right' | 'center' {
  if (typeof value === 'number') return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}
