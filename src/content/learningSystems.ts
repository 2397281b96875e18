import { type SeedList, seedList } from './lists';

/*
 * The lists of Learning Forward's text on learning systems (the seed that also holds the
 * "Where are we now?" survey and the learning-system reflection questions), word for word.
 * The seed prints three of them as one sentence per list ("Learning systems require A; B; C;
 * and D."): here each item stands alone, without that series punctuation (see `asPrinted`).
 */

/** The seed's own phrase for what the lists describe, used in headings. */
export const LEARNING_SYSTEMS_CALL = 'School districts must see themselves as "learning systems."';

/** The seven attributes: "Learning systems value adult learning as much as student learning; ...". */
export const LEARNING_SYSTEM_ATTRIBUTES: SeedList = seedList(
  'ls.attribute',
  'Learning systems',
  [
    'Value adult learning as much as student learning',
    'Align their practices to student learning outcomes',
    'Have a collective commitment to continuous improvement of people and processes throughout the organization',
    'Thrive on precise feedback',
    'Provide conditions that scale and sustain effective teaching and leading',
    'Are committed to innovating',
    'Celebrate and honor success',
  ],
  'series',
);

/** What learning systems require, after Hord (1997). */
export const LEARNING_SYSTEM_REQUIREMENTS: SeedList = seedList(
  'ls.requires',
  'Learning systems require',
  [
    'Collegial and facilitative participation of the superintendent and principal, who share leadership—and thus, power and authority—through engaging staff in decision making, problem solving, and designing the work of learning together',
    "A shared vision that is developed from unswerving staff commitment to student learning and that is consistently articulated and referenced for the staff's work",
    'Collective learning among staff, and application of that learning to solutions that address student needs',
    "The visitation and review of each school and teacher's classroom behavior by peers as a feedback and assistance activity to support individual and community improvement",
  ],
  'series',
  '(Hord, 1997)',
);

/** The six actions that characterize the cycle of continuous improvement of learning communities. */
export const CONTINUOUS_IMPROVEMENT_CYCLE: SeedList = seedList(
  'ls.cycle',
  'The cycle of continuous improvement is characterized by these actions:',
  [
    'Using data to determine student and educator learning needs',
    'Identifying shared goals for student and educator learning',
    "Extending educators' knowledge of content, content-specific pedagogy, student learning patterns, and classroom management strategies",
    'Selecting and implementing appropriate, evidence-based strategies to achieve student and educator learning goals',
    'Applying learning with job-embedded support',
    'Using evidence to monitor and refine implementation and to evaluate results',
  ],
  'as-printed',
);

/** How system leaders turn the vision of a learning system into reality. */
export const VISION_INTO_REALITY: SeedList = seedList(
  'ls.vision',
  'System leaders turn their vision into reality by',
  [
    "Adopting a local professional development policy that offers a vision, recognizes Learning Forward's Standards for Professional Learning, and uses its definition of quality professional learning to create educators' learning",
    'Shifting district requirements related to school improvement to focus on a cycle of continuous learning and the lessons and results achieved through implementation',
    'Establishing and supporting demonstration sites where early adopters can demonstrate the power of the vision of a professional learning system and motivate all constituencies to move toward the vision',
    "Using early adopters' results to provide the additional leverage and support necessary to sustain any successful change effort",
  ],
  'series',
);

/** The four lists, in the seed's order. */
export const LEARNING_SYSTEM_LISTS: readonly SeedList[] = [
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_REQUIREMENTS,
  VISION_INTO_REALITY,
  CONTINUOUS_IMPROVEMENT_CYCLE,
];
