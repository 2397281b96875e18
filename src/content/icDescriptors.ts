/**
 * STARTER TEXT for Innovation Configuration (IC) maps, written for this add-on.
 *
 * Learning Forward publishes detailed IC maps for some roles; the seeds do not include them,
 * so the level descriptions here are NOT Learning Forward's wording. They are generated
 * systematically from a desired outcome (a responsibility from the catalog, or an outcome a
 * team typed) to sketch a continuum of practice, from Level 1 (Ideal: full, consistent,
 * systemwide, monitored) to Level 4 (Entry: not yet in place). Teams are expected to rewrite
 * them; the templates style them as editable starter text and say so in the legend.
 *
 * Everything here is deterministic and pure: the same outcome always gives the same text.
 */

/** The four IC levels, most complete practice first (Learning Forward's maps put the ideal on the left). */
export const IC_LEVELS = ['Level 1 (Ideal)', 'Level 2', 'Level 3', 'Level 4 (Entry)'] as const;

export type IcLevel = (typeof IC_LEVELS)[number];

/** What each level means, in plain language (for legends and help text). */
export const IC_LEVEL_MEANINGS: { readonly [L in IcLevel]: string } = {
  'Level 1 (Ideal)': 'the full, most complete practice: consistent, systemwide, and monitored for results',
  'Level 2': 'regular practice in most settings, with some review of results',
  'Level 3': 'occasional practice, in some settings or by some people',
  'Level 4 (Entry)': 'getting started: awareness and planning are beginning',
};

/**
 * An outcome phrased to follow a colon inside a sentence: trimmed, inner white space
 * collapsed, closing punctuation (. ; : ,) removed, and the first letter lowercased when the
 * first word is an ordinary capitalised word ("Learn" -> "learn"; "ELL", "I" and "iPad" stay).
 */
export function asPractice(outcome: string): string {
  const text = outcome
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,]+$/, '');
  const firstWord = /^[^\s]+/.exec(text)?.[0] ?? '';
  if (/^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*[,;:]?$/.test(firstWord)) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

/**
 * Starter descriptors for one desired outcome, in `IC_LEVELS` order (Level 1 first). Each
 * names the outcome and varies how consistently and widely it is practised and whether
 * results are monitored.
 */
export function starterDescriptors(outcome: string): readonly [string, string, string, string] {
  const p = asPractice(outcome) || outcome.trim();
  return [
    `Consistently and systemwide: ${p}. Everyone it concerns takes part, and results are monitored and used to improve.`,
    `Regularly, in most settings: ${p}. Most of the people it concerns take part; results are sometimes reviewed.`,
    `Occasionally or in some settings: ${p}. Practice depends on a few individuals; results are rarely looked at.`,
    `Not yet in place; awareness and planning are beginning: ${p}.`,
  ];
}
