import type { Frame, FrameId } from './types';

/**
 * The three frames of Standards for Professional Learning, in the standards' order. Descriptions
 * are the one-sentence descriptions from the superintendent action guide.
 */
export const FRAMES = [
  {
    id: 'rigorous-content',
    name: 'Rigorous Content for Each Learner',
    description:
      'The Rigorous Content for Each Learner standards describe the essential content of adult learning that leads to improved student outcomes.',
  },
  {
    id: 'transformational-processes',
    name: 'Transformational Processes',
    description:
      'The Transformational Processes standards describe process elements of professional learning, explaining how educators learn in ways that sustain significant changes in their knowledge, skills, practices, and mindsets.',
  },
  {
    id: 'conditions-for-success',
    name: 'Conditions for Success',
    description:
      'The Conditions for Success standards describe aspects of the professional learning context, structures, and cultures that undergird high-quality professional learning.',
  },
] as const satisfies readonly Frame[];

/** Frame ids in frame order. */
export const FRAME_IDS: readonly FrameId[] = FRAMES.map((f) => f.id);

/** Short codes used in responsibility ids, e.g. "coach.tp.3". */
export const FRAME_CODES = {
  'rigorous-content': 'rc',
  'transformational-processes': 'tp',
  'conditions-for-success': 'cs',
} as const satisfies Record<FrameId, string>;
