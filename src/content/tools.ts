/*
 * Resources a team can turn to, word for word from the seeds:
 * - the tools index that closes Learning Forward's text on learning systems (tools 2.1–2.6);
 * - the "Additional resources" page of the superintendent action guide (standards.learningforward.org).
 */

export interface Tool {
  /** Stable id, e.g. "tool.2.1". */
  readonly id: string;
  /** The tool's number as printed, e.g. "2.1". */
  readonly number: string;
  readonly title: string;
  readonly purpose: string;
}

const tool = (number: string, title: string, purpose: string): Tool => ({
  id: `tool.${number}`,
  number,
  title,
  purpose,
});

/** The tools index of the learning-systems text, in its order. */
export const LEARNING_SYSTEM_TOOLS: readonly Tool[] = [
  tool('2.1', 'Understanding shared vision', 'Study the theory and practice of learning organizations.'),
  tool(
    '2.2',
    'Blue sky scenario',
    "Stimulate district leaders' thinking about what a successful educational system for all students might look like.",
  ),
  tool(
    '2.3',
    'Forecasting scenario',
    'Help district leadership teams consider alternatives to the current reality and challenge the way the district functions in order to create a more successful system.',
  ),
  tool(
    '2.4',
    'Diagnosing your district culture',
    'Assess the relationship between the central office and building leaders.',
  ),
  tool(
    '2.5',
    'Ensure effective district and school leadership',
    "Complete a self-evaluation of your school or district's progress toward practices and policies that support becoming a learning system.",
  ),
  tool(
    '2.6',
    'Learning Communities Standard',
    'Articulate key elements of learning communities in order to create a vision and mission for a learning system.',
  ),
];

export interface StandardsResource {
  /** Stable id, e.g. "resource.action-guides". */
  readonly id: string;
  readonly title: string;
  /**
   * What the guide says about it, one paragraph per entry, word for word. For the Action Guides
   * the sentence that introduces the guide's list of roles is left out with the list.
   */
  readonly description: readonly string[];
}

/** The site the guide sends readers to, as printed. */
export const STANDARDS_SITE = 'standards.learningforward.org';

/** The sentence above the resources (the guide's "Resources include:" is left out). */
export const STANDARDS_RESOURCES_INTRO =
  'Visit standards.learningforward.org to find resources useful for sharing, studying, and implementing Standards for Professional Learning.';

/** The sentence below them. */
export const STANDARDS_RESOURCES_ACCESS =
  'Some resources are available in full to anyone who visits standards.learningforward.org, while others require membership in Learning Forward.';

export const STANDARDS_RESOURCES: readonly StandardsResource[] = [
  {
    id: 'resource.standards',
    title: 'Standards for Professional Learning',
    description: [
      'Read the full contents of the standards themselves, with an overview of the three critical constructs in each standard, links to related standards, and references to selected resources.',
    ],
  },
  {
    id: 'resource.action-guides',
    title: 'Role-Based Action Guides',
    description: [
      'Created for educators in multiple roles, Action Guides are intended to support educators in understanding and fulfilling their responsibilities in putting Standards for Professional Learning into motion in their contexts. Each Action Guide outlines high-level responsibilities and includes a tool to help educators identify the first steps they can take to implement standards.',
      'Action Guides for those in coach, system/central office, principal, and external partner roles also include Innovation Configuration maps, which describe in detail specific behaviors educators undertake in fulfilling their responsibilities related to standards.',
    ],
  },
  {
    id: 'resource.quick-start',
    title: 'Quick-Start Guide',
    description: [
      'This four-page overview is ideal for sharing Standards for Professional Learning widely with stakeholders and can serve as an introductory piece across schools, systems, and other contexts.',
    ],
  },
  {
    id: 'resource.research',
    title: 'Research Resources',
    description: [
      "Learn more about the research and evidence foundational to Standards for Professional Learning. Links include a position paper framing Learning Forward's approach to and use of evidence in developing standards and a meta-analysis conducted by the American Institutes for Research (AIR).",
    ],
  },
  {
    id: 'resource.policy',
    title: 'Policy Tools',
    description: [
      'Explore how to advance Standards for Professional Learning in policy at any level and why standards in policy matter.',
    ],
  },
];
