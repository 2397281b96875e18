import type { FrameId, Standard } from './types';

/** The stem every standard completes, as printed in the superintendent action guide (without "..."). */
export const STANDARD_STEM =
  'Professional learning results in equitable and excellent outcomes for all students when educators';

/**
 * Builds a standard from its three constructs. The description is the stem followed by the
 * clause exactly as printed: "<c1>, <c2>, and <c3>."
 */
function standard<const I extends string>(
  id: I,
  frame: FrameId,
  name: string,
  constructs: readonly [string, string, string],
): Standard & { readonly id: I } {
  const [a, b, c] = constructs;
  return { id, frame, name, description: `${STANDARD_STEM} ${a}, ${b}, and ${c}.`, constructs };
}

/**
 * The eleven Standards for Professional Learning, in frame order. In the seed each frame's label is
 * printed after its standards, so the three standards above "RIGOROUS CONTENT FOR EACH LEARNER" belong
 * to that frame, and so on.
 */
export const STANDARDS = [
  standard('equity-practices', 'rigorous-content', 'Equity Practices', [
    "understand their students' historical, cultural, and societal contexts",
    'embrace student assets through instruction',
    'foster relationships with students, families, and communities',
  ]),
  standard(
    'curriculum-assessment-instruction',
    'rigorous-content',
    'Curriculum, Assessment, and Instruction',
    [
      'prioritize high-quality curriculum and instructional materials for students',
      'assess student learning',
      'understand curriculum and implement through instruction',
    ],
  ),
  standard('professional-expertise', 'rigorous-content', 'Professional Expertise', [
    'apply standards and research to their work',
    'develop the expertise essential to their roles',
    'prioritize coherence and alignment in their learning',
  ]),
  standard('equity-drivers', 'transformational-processes', 'Equity Drivers', [
    'prioritize equity in professional learning practices',
    'identify and address their own biases and beliefs',
    'collaborate with diverse colleagues',
  ]),
  standard('evidence', 'transformational-processes', 'Evidence', [
    'create expectations and build capacity for use of evidence',
    'leverage evidence, data, and research from multiple sources to plan educator learning',
    'measure and report the impact of professional learning',
  ]),
  standard('learning-designs', 'transformational-processes', 'Learning Designs', [
    'set relevant and contextualized learning goals',
    'ground their work in research and theories about learning',
    'implement evidence-based learning designs',
  ]),
  standard('implementation', 'transformational-processes', 'Implementation', [
    'understand and apply research on change management',
    'engage in feedback processes',
    'implement and sustain professional learning',
  ]),
  standard('equity-foundations', 'conditions-for-success', 'Equity Foundations', [
    'establish expectations for equity',
    'create structures to ensure equitable access to learning',
    'sustain a culture of support for all staff',
  ]),
  standard('culture-of-collaborative-inquiry', 'conditions-for-success', 'Culture of Collaborative Inquiry', [
    'engage in continuous improvement',
    'build collaboration skills and capacity',
    'share responsibility for improving learning for all students',
  ]),
  standard('leadership', 'conditions-for-success', 'Leadership', [
    'establish a compelling and inclusive vision for professional learning',
    'sustain coherent support to build educator capacity',
    'advocate for professional learning by sharing the importance and evidence of impact of professional learning',
  ]),
  standard('resources', 'conditions-for-success', 'Resources', [
    'allocate resources for professional learning',
    'prioritize equity in their resource decisions',
    'monitor the use and impact of resource investments',
  ]),
] as const satisfies readonly Standard[];

export type StandardId = (typeof STANDARDS)[number]['id'];
