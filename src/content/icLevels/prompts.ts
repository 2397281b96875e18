/**
 * Guiding prompts for an IC map built from a team's own typed outcomes. The add-on cannot write
 * level descriptions for text it has never seen, so these cells ask the team to write them
 * instead of pretending to describe the practice. Level 1 (Ideal) first, Level 4 (Entry) last.
 */
import type { LevelDescriptions } from './types';

export const OWN_OUTCOME_PROMPTS: LevelDescriptions = [
  'Write what the full practice looks like: who does what, how often, with whom, and what evidence shows its effect on educators and students.',
  'Write the step just short of Level 1: keep the same ideas in the same order and change one concrete thing, such as reach, frequency or the evidence used.',
  'Write the step between Levels 2 and 4: what people do in fewer places, less often or with thinner evidence, with one difference from Level 2 an observer could see.',
  'What does a real starting point look like, one your colleagues would recognize today? Write it as something people already do, not as something missing.',
];

/** One sentence for the map legend. The map shows the prompts once, in a row under the header. */
export const OWN_OUTCOME_PROMPT_NOTE =
  "The grey italic row under the header holds prompts, not descriptions: write your team's own word picture of each level of practice in the level cells of every row.";
