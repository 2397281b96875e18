import { FRAMES } from './frames';
import { REFLECTION_SETS } from './reflections';
import { ROLES } from './roles';
import { STANDARDS, type StandardId } from './standards';
import type {
  Frame,
  FrameId,
  ReflectionSet,
  ReflectionSetId,
  Responsibility,
  Role,
  RoleId,
  Standard,
} from './types';

export * from './types';
export { FRAME_CODES, FRAME_IDS, FRAMES } from './frames';
export { printedText, REFLECTION_SETS } from './reflections';
export { ROLE_GUIDANCE, ROLES } from './roles';
export { STANDARD_STEM, STANDARDS, type StandardId } from './standards';
export { WHERE_ARE_WE_NOW } from './instruments';
export { asPrinted, type ListItem, type ListPunctuation, type SeedList } from './lists';
export { FOUNDATIONS, FOUNDATIONS_INTRO, FOUNDATIONS_TITLE } from './foundations';
export {
  CHAIN_MONITORING,
  CHAIN_SENTENCE,
  CHAIN_SENTENCE_PRINTED_OPENING,
  CHAIN_STEPS,
  CHAIN_TITLE,
  type ChainStep,
} from './improvementChain';
export {
  CONTINUOUS_IMPROVEMENT_CYCLE,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_LISTS,
  LEARNING_SYSTEM_REQUIREMENTS,
  LEARNING_SYSTEMS_CALL,
  VISION_INTO_REALITY,
} from './learningSystems';
export {
  LEARNING_SYSTEM_TOOLS,
  STANDARDS_RESOURCES,
  STANDARDS_RESOURCES_ACCESS,
  STANDARDS_RESOURCES_INTRO,
  STANDARDS_SITE,
  type StandardsResource,
  type Tool,
} from './tools';
export {
  isLeaderRole,
  LEADER_ACTION_AREAS,
  LEADER_ACTIONS_INTRO,
  LEADER_ROLE_IDS,
  type LeaderActionArea,
} from './leaderActions';
export { RESPONSIBILITY_STANDARDS, standardOfResponsibility } from './responsibilityStandards';

function find<T extends { readonly id: string }>(kind: string, items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) {
    throw new Error(`Unknown ${kind} id "${id}". Known ids: ${items.map((item) => item.id).join(', ')}.`);
  }
  return found;
}

export function isFrameId(x: unknown): x is FrameId {
  return typeof x === 'string' && FRAMES.some((f) => f.id === x);
}

export function isRoleId(x: unknown): x is RoleId {
  return typeof x === 'string' && ROLES.some((r) => r.id === x);
}

export function isStandardId(x: unknown): x is StandardId {
  return typeof x === 'string' && STANDARDS.some((s) => s.id === x);
}

export function isReflectionSetId(x: unknown): x is ReflectionSetId {
  return typeof x === 'string' && REFLECTION_SETS.some((s) => s.id === x);
}

/** @throws Error for an unknown id. */
export function getFrame(id: string): Frame {
  return find<Frame>('frame', FRAMES, id);
}

/** @throws Error for an unknown id. */
export function getRole(id: string): Role {
  return find('role', ROLES, id);
}

/** @throws Error for an unknown id. */
export function getStandard(id: string): Standard {
  return find<Standard>('standard', STANDARDS, id);
}

/** @throws Error for an unknown id. */
export function getReflectionSet(id: string): ReflectionSet {
  return find('reflection set', REFLECTION_SETS, id);
}

/**
 * A role's responsibilities under the given frames, in frame order then seed order (whatever the
 * order of `frames`). @throws Error for an unknown role or frame id.
 */
export function responsibilitiesFor(roleId: string, frames: readonly FrameId[]): readonly Responsibility[] {
  const wanted = new Set<string>(frames.map((f) => getFrame(f).id));
  return getRole(roleId).responsibilities.filter((r) => wanted.has(r.frame));
}

/** The standards of each frame, in standard order, keyed by frame id (keys in frame order). */
export function standardsByFrame(): Readonly<Record<FrameId, readonly Standard[]>> {
  const byFrame: Record<FrameId, Standard[]> = {
    'rigorous-content': [],
    'transformational-processes': [],
    'conditions-for-success': [],
  };
  for (const s of STANDARDS) byFrame[s.frame].push(s);
  return byFrame;
}
