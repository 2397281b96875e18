import type { Adaptation, ReflectionQuestion, ReflectionSet, ReflectionSetId } from './types';

type QuestionSource = string | { readonly text: string; readonly adaptation: Adaptation };

/** Builds a reflection set, numbering its questions "<set>.<n>" (1-based, in seed order). */
function reflectionSet(
  id: ReflectionSetId,
  title: string,
  instructions: string | { readonly text: string; readonly adaptation: Adaptation },
  sources: readonly QuestionSource[],
): ReflectionSet {
  const questions: ReflectionQuestion[] = sources.map((q, i) =>
    typeof q === 'string'
      ? { id: `${id}.${i + 1}`, set: id, text: q }
      : { id: `${id}.${i + 1}`, set: id, text: q.text, adaptation: q.adaptation },
  );
  return typeof instructions === 'string'
    ? { id, title, instructions, questions }
    : {
        id,
        title,
        instructions: instructions.text,
        instructionsAdaptation: instructions.adaptation,
        questions,
      };
}

/*
 * PAGE REFERENCES. The printed guides send the reader to other pages ("After reviewing the
 * responsibilities on the preceding pages", "on p. 5", "below and on p. 7"). In this add-on the
 * first-actions tab shows the role's responsibilities above its questions, and all the questions
 * in one table, so those phrases become "above" and "below". That is the only change to the
 * seeds' wording here; each one is recorded as the question's (or set's) `adaptation`, and the
 * content tests check that undoing it gives the seed's text back exactly.
 */
const ABOVE_NOT_PRECEDING_PAGES: Adaptation = { printed: 'on the preceding pages', here: 'above' };
const ABOVE_NOT_PAGE_5: Adaptation = { printed: 'on p. 5', here: 'above' };
const BELOW_NOT_PAGE_7: Adaptation = { printed: 'below and on p. 7', here: 'below' };

/**
 * Reflection question sets, word for word from the seeds (but for the page references above):
 * - "first-actions": the general "Identifying first actions" table closing "What's your role in
 *   implementing standards?" (the seed prints the data-and-evidence question twice; it appears once here);
 * - "superintendent-first-actions": the superintendent action guide's two tables (4 + 5 questions);
 * - "learning-system": the "Reflection questions" on learning systems (titled here so it reads on its
 *   own among the sets). That seed prints no instructions above them, so `instructions` is empty.
 */
export const REFLECTION_SETS: readonly ReflectionSet[] = [
  reflectionSet(
    'first-actions',
    'Identifying first actions',
    'Use the reflection questions below to determine action steps you will prioritize to develop, strengthen, transform, and sustain professional learning. Collaborate with colleagues to complete this table and clarify how you will move forward.',
    [
      {
        text: 'After reviewing the responsibilities above, what would we say is our highest learning need as a team or individuals?',
        adaptation: ABOVE_NOT_PRECEDING_PAGES,
      },
      'How well does our vision for professional learning describe how to achieve improved teaching and student learning?',
      'How well do we use data and evidence to inform professional learning priorities, selection, and design?',
      'What is our vision for how professional learning can lead to increased equity across our system?',
    ],
  ),
  reflectionSet(
    'superintendent-first-actions',
    "Identifying the superintendent's first actions",
    {
      text: 'Use the reflection questions below to determine action steps you will prioritize to develop, strengthen, transform, and sustain professional learning. Collaborate with colleagues to complete this table and clarify how you will move forward.',
      adaptation: BELOW_NOT_PAGE_7,
    },
    [
      {
        text: 'After reviewing the responsibilities above, what would we say is our highest learning need as a team or individuals?',
        adaptation: ABOVE_NOT_PAGE_5,
      },
      'How well does our vision for professional learning describe how to achieve improved teaching and student learning?',
      'How well do we use data and evidence to inform professional learning priorities, selection, and design?',
      'What is our vision for how professional learning can lead to increased equity across our system?',
      "How have we articulated and communicated educators' shared responsibility for all students?",
      'How does our system encourage and support conversations about bias, inequities, race, power, and privilege?',
      "How do we ensure all educators understand and know how to support our system's commitment to continuous improvement?",
      'How do we monitor investments in professional learning to determine whether they are allocated to high-priority needs based on educator input?',
      'How can we strengthen the ways we evaluate professional learning and document its impact?',
    ],
  ),
  reflectionSet('learning-system', 'Learning systems: reflection questions', '', [
    'Why is having a vision for professional learning important?',
    'How do leaders in learning systems ensure that all staff throughout the system share a common vision and understanding of quality professional learning?',
    'How does a learning system maintain progress toward achieving its vision?',
    'What are the most critical attributes of a vision for professional learning in our district?',
    'What is the relationship between having a detailed description of a learning community and a vision for professional learning?',
    'How can district and school leaders develop a culture of collective responsibility for student learning?',
  ]),
];

/** The text as the seed prints it: the adaptation undone. */
export function printedText(text: string, adaptation: Adaptation | undefined): string {
  return adaptation ? text.replace(adaptation.here, adaptation.printed) : text;
}
