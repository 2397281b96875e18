import type { InvalidValue, ItemSummary } from '../survey/summary';

/** Shown instead of any hidden figure; never a number, so nothing can be worked back out. */
export const HIDDEN = '*';
/** Shown where there is nothing to compute from (n = 0, or only unscored answers). */
export const NO_FIGURE = '—';

/** The header of the answer count, in every table. */
export const N_HEADER = 'Answered (n)';

/** Percents are rounded one by one, so that a count reads the same wherever it appears. */
export const ROUNDING_NOTE =
  'Each percent is rounded on its own (the same count of the same n always shows the same percent), so a row may add up to 99% or 101%.';

export const hiddenFootnote = (min: number): string =>
  `* Hidden: fewer than ${min} respondents, or hidden so that a small group cannot be worked out from the others.`;

/** `"Agre" (3), "n/a" (2), and 4 more`: quoted so that empty-looking values still show. */
export function invalidValuesText(item: Pick<ItemSummary, 'invalidValues' | 'invalidDistinct'>): string {
  const shown = item.invalidValues.map((v: InvalidValue) => `"${v.value}" (${v.count})`);
  const more = item.invalidDistinct - item.invalidValues.length;
  if (more > 0) shown.push(`and ${more} more`);
  return shown.join(', ');
}

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** "2025-03-01 14:05 (America/Chicago)"; the zone falls back to the ISO offset; anything else as given. */
export function updatedText(iso: string, timeZoneLabel?: string): string {
  const m = ISO.exec(iso.trim());
  if (!m) return iso;
  const zone = timeZoneLabel ?? (m[3] === undefined ? null : m[3] === 'Z' ? 'UTC' : `UTC${m[3]}`);
  return `${m[1]} ${m[2]}${zone ? ` (${zone})` : ''}`;
}

/** '0%' for whole percents, '0.0%' when the summary was computed to one decimal. */
export function percentFormat(percents: readonly (Readonly<Record<string, number>> | null)[]): string {
  const decimal = percents.some((p) => p !== null && Object.values(p).some((v) => !Number.isInteger(v)));
  return decimal ? '0.0%' : '0%';
}
