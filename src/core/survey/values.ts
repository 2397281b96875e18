import { formatDate } from './dates';

/** Blank = '' / null / undefined / whitespace only: what an unanswered question leaves in a sheet. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

const SPACES = /\s+/g;

/** The matching key for answers and group values: trimmed, inner white space collapsed, lower case. */
export function normalizeText(text: string): string {
  return text.trim().replace(SPACES, ' ').toLowerCase();
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
