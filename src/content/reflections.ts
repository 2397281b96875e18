import type { ReflectionQuestion, ReflectionSet, ReflectionSetId } from './types';

/** Builds a reflection set, numbering its questions "<set>.<n>" (1-based, in seed order). */
function reflectionSet(
  id: ReflectionSetId,
  title: string,
  instructions: string,
  texts: readonly string[],
): ReflectionSet {
  const questions: ReflectionQuestion[] = texts.map((text, i) => ({ id: `${id}.${i + 1}`, set: id, text }));
  return { id, title, instructions, questions };
}

/**
 * Reflection question sets, word for word from the seeds:
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
      'After reviewing the responsibilities on the preceding pages, what would we say is our highest learning need as a team or individuals?',
      'How well does our vision for professional learning describe how to achieve improved teaching and student learning?',
      'How well do we use data and evidence to inform professional learning priorities, selection, and design?',
      'What is our vision for how professional learning can lead to increased equity across our system?',
    ],
  ),
  reflectionSet(
    'superintendent-first-actions',
    "Identifying the superintendent's first actions",
    'Use the reflection questions below and on p. 7 to determine action steps you will prioritize to develop, strengthen, transform, and sustain professional learning. Collaborate with colleagues to complete this table and clarify how you will move forward.',
    [
      'After reviewing the responsibilities on p. 5, what would we say is our highest learning need as a team or individuals?',
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
