/**
 * Lists transcribed from the seeds: a heading or lead-in, then items with stable ids
 * ("<list>.<n>", 1-based, in seed order), so templates and tests refer to an item by id and a
 * wording fix flows everywhere.
 */

export interface ListItem {
  readonly id: string;
  /** Word for word from the seed. */
  readonly text: string;
}

/**
 * How the seed punctuates the list. 'series': every item but the last two ends with ";", the
 * next-to-last with "; and", the last with "."; the items here leave that punctuation out,
 * because each one stands alone in a row. 'as-printed': the items keep their own punctuation.
 */
export type ListPunctuation = 'series' | 'as-printed';

export interface SeedList {
  readonly id: string;
  /** The words the seed prints before the items, e.g. "Learning systems require". */
  readonly lead: string;
  readonly items: readonly ListItem[];
  readonly punctuation: ListPunctuation;
  /** The source the seed cites for the list, e.g. "(Hord, 1997)", or null. */
  readonly citation: string | null;
}

/** Builds a list, numbering its items "<id>.<n>" (1-based, in seed order). */
export function seedList(
  id: string,
  lead: string,
  texts: readonly string[],
  punctuation: ListPunctuation,
  citation: string | null = null,
): SeedList {
  return { id, lead, items: texts.map((text, i) => ({ id: `${id}.${i + 1}`, text })), punctuation, citation };
}

/** An item as the seed prints it in its list: with the series punctuation when the list has it. */
export function asPrinted(list: SeedList, index: number): string {
  const text = list.items[index]!.text;
  if (list.punctuation === 'as-printed') return text;
  const n = list.items.length;
  if (index === n - 1) return `${text}.`;
  return index === n - 2 ? `${text}; and` : `${text};`;
}
