/**
 * "How standards lead to improvement for all learners", from the superintendent action guide:
 * the chain from standards to student results that the logic model follows.
 */

export interface ChainStep {
  readonly id: string;
  /** Short label for a column or a box, written for this add-on from the seed's phrase. */
  readonly name: string;
  /** The step as the seed's sentence names it, word for word. */
  readonly printed: string;
}

export const CHAIN_TITLE = 'How standards lead to improvement for all learners';

/** The five steps, in order. */
export const CHAIN_STEPS: readonly ChainStep[] = [
  {
    id: 'chain.standards',
    name: 'Standards for Professional Learning',
    printed: 'Standards for Professional Learning',
  },
  {
    id: 'chain.professional-learning',
    name: 'High-quality professional learning',
    printed: 'high-quality professional learning',
  },
  {
    id: 'chain.educator-learning',
    name: 'Educator knowledge, skills, and dispositions',
    printed: 'positive changes in educator knowledge, skills, and dispositions',
  },
  { id: 'chain.educator-practice', name: 'Educator practice', printed: 'improvements in educator practice' },
  { id: 'chain.student-results', name: 'Student results', printed: 'accelerated student results' },
];

/**
 * The guide's sentence, word for word except its opening clause: the guide writes "As the graphic
 * above illustrates, Standards for Professional Learning lead to ...". That graphic is not
 * reproduced here, so the clause that points at it is left out (`CHAIN_SENTENCE_PRINTED_OPENING`).
 */
export const CHAIN_SENTENCE =
  'Standards for Professional Learning lead to high-quality professional learning, which leads to positive changes in educator knowledge, skills, and dispositions, which lead to improvements in educator practice, which in turn lead to accelerated student results.';

/** The clause of the printed guide that `CHAIN_SENTENCE` leaves out. */
export const CHAIN_SENTENCE_PRINTED_OPENING = 'As the graphic above illustrates, ';

/** The sentence that follows it in the guide, word for word. */
export const CHAIN_MONITORING =
  'Monitoring progress at each step contributes to continued improvement throughout the system, with student and educator data providing evidence about how professional learning evolves to lead to excellence and equity.';
