/**
 * The four Innovation Configuration (IC) levels every IC map, self-assessment and summary uses.
 *
 * The word pictures for each level of each key responsibility are in `./icLevels`: written for
 * this add-on, not taken from Learning Forward's own IC maps (Learning Forward publishes maps
 * for the coach, system/central office, principal and external partner roles at
 * standards.learningforward.org, under the "Action Guides" tab). What a level means is the same
 * for every outcome; what it looks like differs, and only the authored descriptions say that.
 */

/** The four IC levels, most complete practice first (IC maps put the ideal on the left). */
export const IC_LEVELS = ['Level 1 (Ideal)', 'Level 2', 'Level 3', 'Level 4 (Entry)'] as const;

export type IcLevel = (typeof IC_LEVELS)[number];

/** A level as a number, 1 (Ideal) to 4 (Entry). */
export type IcLevelNumber = 1 | 2 | 3 | 4;

/**
 * What each level means for any outcome, in plain words (legends, help text, the README). These
 * say how the levels relate; they are not descriptions of a practice.
 */
export const IC_LEVEL_MEANINGS: { readonly [L in IcLevel]: string } = {
  'Level 1 (Ideal)':
    'the full practice the outcome describes, with its effect on educators and students checked and used',
  'Level 2': 'the practice in place, one concrete step short of Level 1 (reach, regularity or evidence)',
  'Level 3': 'the practice in some places or some of the time, with thinner evidence than Level 2',
  'Level 4 (Entry)': 'a real starting point: what people already do that the practice can grow from',
};
