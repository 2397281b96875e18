/**
 * Date formatting with Java SimpleDateFormat-style patterns, as Utilities.formatDate takes them,
 * in an IANA time zone or a fixed offset ("GMT", "UTC", "GMT+2", "GMT-05:30").
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

const FIXED = /^(?:GMT|UTC|Z)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function fixedOffset(tz: string): number | null {
  const m = FIXED.exec(tz.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function partsIn(date: Date, tz: string): Parts {
  const fixed = fixedOffset(tz);
  if (fixed !== null) {
    const d = new Date(date.getTime() + fixed * 60000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
      weekday: d.getUTCDay(),
      offsetMinutes: fixed,
    };
  }
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const got: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') got[p.type] = Number(p.value);
  const year = got.year ?? 1970;
  const month = got.month ?? 1;
  const day = got.day ?? 1;
  const hour = got.hour ?? 0;
  const minute = got.minute ?? 0;
  const second = got.second ?? 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - (date.getTime() - date.getUTCMilliseconds())) / 60000);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    ms: date.getUTCMilliseconds(),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offsetMinutes,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function token(ch: string, n: number, p: Parts): string {
  switch (ch) {
    case 'y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
      if (n >= 4) return MONTHS[p.month - 1] ?? '';
      if (n === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'E':
      return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'H':
      return pad(p.hour, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.ms, 3).slice(0, Math.max(n, 3));
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(p.offsetMinutes, false);
    case 'X':
      return p.offsetMinutes === 0 ? 'Z' : offsetText(p.offsetMinutes, n >= 3);
    case 'z':
      return p.offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(p.offsetMinutes, true)}`;
    default:
      return ch.repeat(n);
  }
}

/** Formats `date` in `timeZone` with a SimpleDateFormat pattern ('quoted' text is literal). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = partsIn(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      out += literal === '' ? "'" : literal;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === ch) n++;
    out += token(ch, n, p);
    i += n;
  }
  return out;
}

/** True for Dates from any realm (a vm context's Date fails `instanceof Date` here). */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The instant at which the wall clock in `timeZone` reads the given date and time (month 1-12). */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offset at the wall time read as UTC, then again at the corrected instant (DST edges).
  let t = wall - partsIn(new Date(wall), timeZone).offsetMinutes * 60000;
  t = wall - partsIn(new Date(t), timeZone).offsetMinutes * 60000;
  return new Date(t);
}

/** The calendar year of `instant` in `timeZone`. */
export const yearIn = (instant: number, timeZone: string): number =>
  partsIn(new Date(instant), timeZone).year;

/** Sheets' serial number of an instant: days since 30 Dec 1899 on the wall clock of `timeZone`. */
export function serialOf(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  return (wall - Date.UTC(1899, 11, 30)) / 86_400_000;
}
