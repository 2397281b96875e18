import { formatDate } from './dates';

/** Blank = '' / null / undefined / whitespace only: what an unanswered question leaves in a sheet. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

const SPACES = /\s+/g;

/** Text that trimming and lower-casing leave as it is: printable ASCII without spaces or capitals (an e-mail address). */
const PLAIN = /^[\x21-\x40\x5b-\x7e]*$/;
export const isPlain = (text: string): boolean => PLAIN.test(text);

/** The matching key for answers and group values: trimmed, inner white space collapsed, lower case. */
export function normalizeText(text: string): string {
  return PLAIN.test(text) ? text : text.trim().replace(SPACES, ' ').toLowerCase();
}

/** How a cell reads to a person: dates as YYYY-MM-DD (local time), booleans as Sheets shows them. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim().replace(SPACES, ' ');
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '(invalid date)' : formatDate(value.getTime());
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
