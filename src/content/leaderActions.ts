import type { RoleId } from './types';

/*
 * "Leaders play key roles in implementing standards" (Tracy Crow, Learning Forward): the key
 * areas where leaders take actions to implement standards, and what each asks of leaders,
 * word for word. In the printed article the "Provide resources" paragraph breaks off at
 * "Continued on p. 10" and resumes after another article: here it is whole.
 */

export interface LeaderActionArea {
  /** Stable id, e.g. "leader.provide-resources". */
  readonly id: string;
  /** The area's heading as printed, e.g. "Establish expectations". */
  readonly name: string;
  /** What the area asks of leaders: the paragraphs under the heading, in order. */
  readonly paragraphs: readonly string[];
}

/** The article's lead-in to the areas. */
export const LEADER_ACTIONS_INTRO: readonly string[] = [
  'Leadership for professional learning is multifaceted. Leaders prioritize, enable, support, model, and uphold expectations for high-quality professional learning.',
  'Below are several key areas where leaders take actions to implement standards.',
];

export const LEADER_ACTION_AREAS: readonly LeaderActionArea[] = [
  {
    id: 'leader.establish-expectations',
    name: 'Establish expectations',
    paragraphs: [
      'School and system leaders establish a vision for teaching and learning, in collaboration with educators, students, and community members. They make explicit the role of professional learning in achieving that vision and connect professional learning to strategic priorities and initiatives.',
      'They articulate the expectation that achieving excellence and equity for each student is the purpose of professional learning. Through their decisions, actions, and relationships, leaders create cultures that center continuous high-quality learning for educators.',
    ],
  },
  {
    id: 'leader.engage-as-learners',
    name: 'Engage as learners',
    paragraphs: [
      'Leaders apply the Standards for Professional Learning for themselves as learners as well as for other educators they serve to build the knowledge, skills, and practices that are responsive to their contexts. For example, school leaders emphasize instructional leadership along with deepening their expertise in leading learning for the educators in their buildings.',
      'Across levels, leaders identify networks and learning teams with role-alike colleagues within and beyond their systems. They communicate about the purpose of their learning and its results and articulate their expectations for other educators to do the same. In continually and visibly engaging as learners, school and system leaders model the importance of job-embedded collaborative learning.',
    ],
  },
  {
    id: 'leader.provide-resources',
    name: 'Provide resources',
    paragraphs: [
      'Leaders prioritize and secure resources for professional learning, including money, time, personnel, technology, and materials. For example, they make decisions about the curriculum and instructional materials educators use with students and dedicate time and funding to ensuring that professional learning aligns with and supports implementation of high-quality instructional materials.',
      "System-level leaders hold primary responsibility for resource allocation and coordination (in collaboration with policymakers and leaders at other levels), while school leaders often make decisions about their schools' use of those resources.",
    ],
  },
  {
    id: 'leader.address-learning-systemically',
    name: 'Address learning systemically',
    paragraphs: [
      'Leaders, particularly at the system or district level, create coherence by ensuring that professional learning aligns with priorities and strategic plans. This involves making connections and encouraging alignment across initiatives and departments so that all educators are building their capacity to meet the vision and goals for every student.',
      'When all educators are focused on continual learning, for themselves as well as their students, leaders succeed in creating a true learning system — that is, a system that learns and evolves to serve the needs of learners and a system where ambitious learning thrives.',
    ],
  },
];

/**
 * The roles the article addresses: "school and system leaders" at every level (schools,
 * districts, states). Coaches, teachers and external partners are the educators these leaders
 * serve and partner with, so their first-actions tabs do not carry the leaders' action areas.
 */
export const LEADER_ROLE_IDS: readonly RoleId[] = [
  'system-central-office',
  'superintendent',
  'principal',
  'state-commissioner',
];

export const isLeaderRole = (role: RoleId): boolean => LEADER_ROLE_IDS.includes(role);
