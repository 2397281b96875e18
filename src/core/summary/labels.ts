/**
 * How the summary tab names things: items by their number in the survey (the tables give the
 * full text, the charts a short form the number keeps distinct), and the breakdown by a short
 * display name rather than the question that asked it.
 */

/** "3. Our school district has…": the item's place in the survey (1-based) and its full text. */
export const numberedTitle = (index: number, title: string): string => `${index + 1}. ${title}`;

/** `text` cut to at most `max` characters, ending in "…" when cut. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}

/** Characters a chart category may take: a bar chart's axis shows about this many on 640 px. */
export const CATEGORY_CHARS = 40;

/**
 * A chart category: the item's number and as much of its text as fits, then `note` (such as
 * " (hidden)") whole. The number makes categories of different items differ however their
 * text begins, so two outcomes that start alike never show as the same bar.
 */
export function chartCategory(index: number, title: string, note = ''): string {
  const prefix = `${index + 1}. `;
  return `${prefix}${clip(title, CATEGORY_CHARS - prefix.length - note.length)}${note}`;
}

/**
 * Short forms of distinct labels (a question's choices), cut to fit a chart's axis; numbered
 * ("2. …") when cutting would make two of them read the same.
 */
export function distinctShort(labels: readonly string[]): string[] {
  const cut = labels.map((l) => clip(l, CATEGORY_CHARS));
  if (new Set(cut).size === cut.length) return cut;
  return labels.map((l, i) => `${i + 1}. ${clip(l, CATEGORY_CHARS - `${i + 1}. `.length)}`);
}

/** Longest display name the summary request accepts for the breakdown. */
export const MAX_GROUP_LABEL = 40;

/** The display name of a breakdown into waves. */
export const WAVE_LABEL = 'Wave';

/** Openings of a question that a display name does without ("Your role" → "Role"). */
const OPENINGS = [
  /^(?:please\s+)?(?:select|choose|enter|indicate)\s+(?:your|the)\s+/i,
  /^what\s+is\s+(?:your|the)\s+/i,
  /^what's\s+(?:your|the)\s+/i,
  /^your\s+/i,
];

/**
 * A short display name for the column the results are broken down by, from its header:
 * "Your role" → "Role", "What is your school?" → "School", "School or office" as it is.
 * Headers that are not of these shapes are kept (trimmed, a final "?" or ":" dropped) and cut
 * to `MAX_GROUP_LABEL` characters; the user can rename any of them.
 */
export function defaultGroupLabel(header: string): string {
  const whole = header.trim().replace(/\s+/g, ' ');
  let t = whole.replace(/[\s?:.]+$/, '');
  for (const opening of OPENINGS) t = t.replace(opening, '');
  t = t.trim();
  if (t === '') t = whole;
  return clip(t.charAt(0).toUpperCase() + t.slice(1), MAX_GROUP_LABEL);
}

/**
 * The display name inside a sentence ("Percent favorable by role"): lower case first letter,
 * unless the name starts with an abbreviation ("ELA team", "K-5 grade band").
 */
export function inSentence(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}
