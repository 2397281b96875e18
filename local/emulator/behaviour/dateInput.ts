/**
 * Dates and times in typed input, as Sheets reads them in a General cell (see input.ts for the
 * sources). Only whole strings count: "9-12" is a date, "9-12 grade" is text. A day or month out
 * of range ("2/30", "13/5" in en_US) leaves the text as it is.
 */
import { yearIn, zonedTime } from './dates';

/** What a date or time in text became: the instant, and the format Sheets applies to show it. */
export interface ReadDate {
  readonly date: Date;
  readonly format: string;
}

export interface DateContext {
  readonly timeZone: string;
  /** The spreadsheet locale: en_US reads 6/8 as June 8; other locales read it as 8 June (assumed). */
  readonly locale: string;
  /** The emulated now (ms): a date typed without a year is in the current year. */
  readonly now: number;
}

export const DATE_FORMAT = 'M/d/yyyy';
export const ISO_DATE_FORMAT = 'yyyy-MM-dd';
export const TIME_FORMAT = 'H:mm:ss';
export const TIME_12H_FORMAT = 'h:mm:ss am/pm';
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** M/D, M/D/Y, M-D, M-D-Y (D/M... outside en_US). */
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
/** YYYY-M-D and YYYY/M/D. */
const ISO = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;
/** YYYY-M and M/YYYY: the first day of that month. */
const YEAR_MONTH = /^(\d{4})[/-](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/-](\d{4})$/;
const NAME_FIRST = new RegExp(`^${MONTH_NAME}[\\s-]+(\\d{1,2})(?:(?:,\\s*|[\\s-]+)(\\d{4}|\\d{2}))?$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH_NAME}(?:[\\s-]+(\\d{4}|\\d{2}))?$`, 'i');
const NAME_YEAR = new RegExp(`^${MONTH_NAME}\\s+(\\d{4})$`, 'i');
/** H:MM, H:MM:SS, with an optional AM/PM; "3 PM". */
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s*([ap]\.?m\.?)?$/i;

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (assumed, as spreadsheets commonly do). */
const fullYear = (y: string): number =>
  y.length === 4 ? Number(y) : Number(y) + (Number(y) < 30 ? 2000 : 1900);

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly iso: boolean;
}

function readDay(s: string, ctx: DateContext): Ymd | null {
  const currentYear = () => yearIn(ctx.now, ctx.timeZone);
  let m = ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), iso: true };
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [month, day] = ctx.locale === 'en_US' ? [a, b] : [b, a];
    return { year: m[4] ? fullYear(m[4]) : currentYear(), month, day, iso: false };
  }
  m = YEAR_MONTH.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: 1, iso: false };
  m = MONTH_YEAR.exec(s);
  if (m) return { year: Number(m[2]), month: Number(m[1]), day: 1, iso: false };
  m = NAME_FIRST.exec(s);
  if (m)
    return {
      year: m[3] ? fullYear(m[3]) : currentYear(),
      month: monthIndex(m[1] ?? ''),
      day: Number(m[2]),
      iso: false,
    };
  m = DAY_FIRST.exec(s);
  if (m)
    return {
      year: m[3] ? fullYear(m[3]) : currentYear(),
      month: monthIndex(m[2] ?? ''),
      day: Number(m[1]),
      iso: false,
    };
  m = NAME_YEAR.exec(s);
  if (m) return { year: Number(m[2]), month: monthIndex(m[1] ?? ''), day: 1, iso: false };
  return null;
}

interface Hms {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly twelveHour: boolean;
}

function readTime(s: string): Hms | null {
  const m = TIME.exec(s);
  if (!m || (m[2] === undefined && !m[4])) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (minute > 59 || second > 59) return null;
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute, second, twelveHour: ampm !== undefined };
}

/** The date, time or date-time `s` stands for, or null when it is not one. */
export function readDateTime(s: string, ctx: DateContext): ReadDate | null {
  const t = s.trim();
  if (!/^[\dA-Za-z]/.test(t)) return null;
  const day = readDay(t, ctx);
  if (day) {
    if (!validDay(day.year, day.month, day.day)) return null;
    return {
      date: zonedTime(ctx.timeZone, day.year, day.month, day.day),
      format: day.iso ? ISO_DATE_FORMAT : DATE_FORMAT,
    };
  }
  const time = readTime(t);
  if (time) {
    // A time alone is a time on Sheets' day zero, December 30, 1899.
    const date = zonedTime(ctx.timeZone, 1899, 12, 30, time.hour, time.minute, time.second);
    return { date, format: time.twelveHour ? TIME_12H_FORMAT : TIME_FORMAT };
  }
  const split = /^(\S+)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)$/i.exec(t);
  if (split) {
    const d = readDay(split[1] ?? '', ctx);
    const h = readTime(split[2] ?? '');
    if (d && h && validDay(d.year, d.month, d.day)) {
      return {
        date: zonedTime(ctx.timeZone, d.year, d.month, d.day, h.hour, h.minute, h.second),
        format: DATE_TIME_FORMAT,
      };
    }
  }
  return null;
}
