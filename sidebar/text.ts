/** Small wording helpers shared by the panels. */

/** "1 response", "12 responses". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * An ISO time as the reader's locale writes it, the year only when it is not this one
 * ("Mar 3, 2:05 PM", "Dec 9, 2025, 4:10 PM"); the raw text if unreadable.
 */
export function when(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  });
}
