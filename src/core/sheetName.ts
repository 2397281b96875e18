/** Sheets' limit on tab names. */
export const MAX_SHEET_NAME = 100;

/**
 * A tab name Sheets accepts: no control characters, no leading/trailing spaces, at most
 * 100 characters, never empty. (Sheets itself allows most punctuation in tab names; we drop
 * only what it rejects or what breaks A1 references in formulas: `'` is kept out because a
 * quoted sheet name would need it doubled everywhere.)
 */
export function cleanSheetName(raw: string): string {
  const cleaned = raw
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we strip
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'Sheet').slice(0, MAX_SHEET_NAME).trim();
}

/**
 * The first of `name`, `name (2)`, `name (3)`... for which `taken` is false. The suffix is
 * kept inside the length limit by shortening the base name.
 */
export function uniqueSheetName(raw: string, taken: (candidate: string) => boolean): string {
  const base = cleanSheetName(raw);
  if (!taken(base)) return base;
  for (let n = 2; n < 10000; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  throw new Error(`Could not find a free tab name for "${base}".`);
}
