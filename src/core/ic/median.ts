import type { IcLevelNumber } from '../../content/icDescriptors';

/**
 * The IC scale's level labels, Level 1 (Ideal) first, as the survey summary counts them. "Not
 * sure" is left out: it is no level.
 */
export const LEVEL_LABELS = ['Level 1', 'Level 2', 'Level 3', 'Level 4'] as const;

/**
 * The median level of one outcome's answers: line up everyone who chose a level from Level 1
 * to Level 4 and take the middle one. With an even number, when the two middle answers differ,
 * the one nearer Level 4 is taken, so a median never claims more than half the people reach
 * (formally: the first level at which more than half are at that level or nearer Level 1).
 * "Not sure" answers are left out; null when nobody chose a level.
 */
export function medianLevel(counts: Readonly<Record<string, number>>): IcLevelNumber | null {
  const n = LEVEL_LABELS.reduce((sum, l) => sum + (counts[l] ?? 0), 0);
  if (n === 0) return null;
  let uptoHere = 0;
  for (let i = 0; i < LEVEL_LABELS.length; i++) {
    uptoHere += counts[LEVEL_LABELS[i]!] ?? 0;
    if (uptoHere * 2 > n) return (i + 1) as IcLevelNumber;
  }
  return 4; // not reached: by Level 4 every one of the n answers is counted
}
