/**
 * Timestamps in response tables: Date values from `getValues()`, or text from a CSV. Text
 * without a zone is local time (the script's time zone in Apps Script), as Sheets reads it.
 * `Date.parse` is deliberately not the fallback: V8 turns stray text like "1" into a date.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** AM/PM as English and Spanish write it: "PM", "p. m.", "p.m.". */
const AMPM = '([ap]\\.?\\s?m\\.?)';
/** Sheets' US display and Forms: 1/15/2024 10:32:11, optionally AM/PM. */
const US = new RegExp(
  `^(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?:[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*${AMPM}?)?$`,
  'i',
);
/** Forms CSV export: 2024/01/15 10:32:11 AM GMT-5. */
const YMD = new RegExp(
  `^(\\d{4})\\/(\\d{1,2})\\/(\\d{1,2})(?:[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*${AMPM}?)?` +
    '(?:\\s+(?:GMT|UTC)([+-]\\d{1,2})(?::?(\\d{2}))?|\\s+(?:GMT|UTC|Z))?$',
  'i',
);

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

function local(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number | null {
  const date = new Date(y, mo - 1, d, h, mi, s, ms);
  // Reject overflow such as 2024-02-31 rather than rolling into March.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

function utc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMin: number,
): number | null {
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(t);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t - offsetMin * 60000;
}

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/** Epoch milliseconds, or null when the value is not a date. */
export function parseTimestamp(value: unknown): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : t;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length < 8 || text.length > 40) return null;

  let m = ISO.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s] = [num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6])];
    const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
    const zone = m[8];
    if (!zone) return local(y, mo, d, h, mi, s, ms);
    if (zone.toUpperCase() === 'Z') return utc(y, mo, d, h, mi, s, ms, 0);
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return utc(y, mo, d, h, mi, s, ms, sign * (num(digits.slice(0, 2)) * 60 + num(digits.slice(2))));
  }
  m = US.exec(text);
  if (m) return local(num(m[3]), num(m[1]), num(m[2]), hour12(num(m[4]), m[7]), num(m[5]), num(m[6]), 0);
  m = YMD.exec(text);
  if (m) {
    const [y, mo, d, mi, s] = [num(m[1]), num(m[2]), num(m[3]), num(m[5]), num(m[6])];
    const h = hour12(num(m[4]), m[7]);
    if (m[8] !== undefined) {
      const hours = Number(m[8]);
      const minutes = num(m[9]) * (hours < 0 || m[8].startsWith('-') ? -1 : 1);
      return utc(y, mo, d, h, mi, s, 0, hours * 60 + minutes);
    }
    if (/\s(GMT|UTC|Z)$/i.test(text)) return utc(y, mo, d, h, mi, s, 0, 0);
    return local(y, mo, d, h, mi, s, 0);
  }
  return null;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD in local time, with HH:MM (and :SS) only when the time is not midnight. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const [h, mi, s] = [d.getHours(), d.getMinutes(), d.getSeconds()];
  if (h === 0 && mi === 0 && s === 0) return day;
  return `${day} ${two(h)}:${two(mi)}${s === 0 ? '' : `:${two(s)}`}`;
}
