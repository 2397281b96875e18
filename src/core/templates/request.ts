import {
  FRAME_IDS,
  type FrameId,
  FOUNDATIONS,
  getFrame,
  getReflectionSet,
  getRole,
  isLeaderRole,
  LEADER_ACTION_AREAS,
  LEARNING_SYSTEM_TOOLS,
  ROLES,
  responsibilitiesFor,
  type RoleId,
  STANDARDS_RESOURCES,
} from '../../content';
import { UserError } from '../errors';
import { planRows, type SheetPlan } from '../plan';
import { actionGuideChecklistPlan } from './checklist';
import { normalizeFrames, requireRole } from './common';
import { crossRolePlan, normalizeRoles } from './crossRole';
import { firstActionsPlan, firstActionsSetIds } from './firstActions';
import { cleanOutcomes, icMapFromOutcomesPlan, icMapPlan, MAX_TITLE_LENGTH } from './icMap';
import { LEARNING_SYSTEM_BLOCKS, learningSystemPlan } from './learningSystem';
import { LOGIC_MODEL_SIZES, logicModelPlan, RESOURCE_KINDS } from './logicModel';
import { resourcesPlan } from './resources';

/** What the sidebar or the menu dialog asks to insert. */
export type TemplateRequest =
  | { kind: 'ic-map'; role: RoleId; frames: FrameId[] }
  | { kind: 'ic-map-outcomes'; outcomes: string[]; title?: string }
  | { kind: 'checklist'; role: RoleId; frames?: FrameId[] }
  | { kind: 'cross-role'; roles: RoleId[]; frames?: FrameId[] }
  | { kind: 'first-actions'; role: RoleId }
  | { kind: 'learning-system' }
  | { kind: 'logic-model' }
  | { kind: 'resources' };

export type TemplateKind = TemplateRequest['kind'];

/** Describes a template kind for the sidebar and the menu dialog. */
export interface TemplateKindInfo {
  readonly kind: TemplateKind;
  readonly label: string;
  readonly description: string;
  readonly needsRole: boolean;
  /**
   * True when the form also asks for other roles (checkboxes) to put beside the chosen role; the
   * request's `roles` lists them, and the parser puts `role` first. Left out, every other role.
   */
  readonly needsRoles: boolean;
  /** True when the form shows a frame picker (`frames` says whether it may be left out). */
  readonly needsFrames: boolean;
  /** 'required': at least one frame; 'optional': none means all three; 'none': no frames. */
  readonly frames: 'required' | 'optional' | 'none';
  /** True when the form asks for a list of desired outcomes (one per line) and a title. */
  readonly needsOutcomes: boolean;
}

/** Every template kind, in the order the sidebar lists them. */
export const TEMPLATE_KINDS: readonly TemplateKindInfo[] = [
  {
    kind: 'ic-map',
    label: 'Innovation Configuration map',
    description:
      "A role's key responsibilities as desired outcomes, each described at four levels from Ideal to Entry (descriptions written for this add-on), with Where we are now, Target, Gap, evidence and next steps.",
    needsRole: true,
    needsRoles: false,
    needsFrames: true,
    frames: 'required',
    needsOutcomes: false,
  },
  {
    kind: 'ic-map-outcomes',
    label: 'IC map from our own outcomes',
    description:
      'The same Innovation Configuration map for desired outcomes you type, one per line (up to 500), with the level descriptions left for your team to write.',
    needsRole: false,
    needsRoles: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: true,
  },
  {
    kind: 'checklist',
    label: 'Action-guide checklist',
    description:
      "A role's key responsibilities by standards frame, with Status, Evidence, Owner, By when and live progress per frame.",
    needsRole: true,
    needsRoles: false,
    needsFrames: true,
    frames: 'optional',
    needsOutcomes: false,
  },
  {
    kind: 'cross-role',
    label: 'Roles side by side',
    description:
      "Your role's key responsibilities beside those of other roles, by frame and standard, with who takes the lead and where your work connects: for a team whose members hold different roles.",
    needsRole: true,
    needsRoles: true,
    needsFrames: true,
    frames: 'optional',
    needsOutcomes: false,
  },
  {
    kind: 'first-actions',
    label: 'Identifying first actions',
    description:
      "The role's key responsibilities by frame to select for action, the leaders' action areas to rate (for school and system leaders), then the reflection questions with reflections, first steps, owner and date.",
    needsRole: true,
    needsRoles: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
  {
    kind: 'learning-system',
    label: 'Learning-system reflection',
    description:
      'Rate the district on the attributes of learning systems, what they require, how leaders turn the vision into reality and the cycle of continuous improvement (In place, Partly, Not yet, with evidence), then the six reflection questions.',
    needsRole: false,
    needsRoles: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
  {
    kind: 'logic-model',
    label: 'Logic model',
    description:
      'Student goals, resources (time, money, people, technology, materials), the chain from standards to student results with a standard picker, the initiatives tied to goals and steps, and the foundations as assumptions.',
    needsRole: false,
    needsRoles: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
  {
    kind: 'resources',
    label: 'Resources and tools',
    description:
      "Learning Forward's tools 2.1–2.6 for becoming a learning system and its resources for the standards, each with its purpose and room to plan how the team will use it.",
    needsRole: false,
    needsRoles: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
];

const KINDS = TEMPLATE_KINDS.map((k) => k.kind);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function parseRole(raw: Record<string, unknown>): RoleId {
  if (raw.role === undefined || raw.role === null || raw.role === '') {
    throw new UserError(`Choose a role: ${ROLES.map((r) => r.name).join(', ')}.`);
  }
  return requireRole(raw.role).id;
}

/**
 * `role` (the reader's own) first, then `roles`; at least two different roles in all. With
 * `roles` left out, every other role (a list that is there but empty is a choice not yet made).
 */
function parseRoles(raw: Record<string, unknown>): RoleId[] {
  const given = raw.roles;
  if (given !== undefined && given !== null && !Array.isArray(given)) {
    throw new UserError('Roles must be a list of roles.');
  }
  const hasRole = !(raw.role === undefined || raw.role === null || raw.role === '');
  if (!Array.isArray(given)) return normalizeRoles([parseRole(raw), ...ROLES.map((r) => r.id)]);
  if (!hasRole && given.length === 0) parseRole(raw);
  return normalizeRoles(hasRole ? [raw.role, ...given] : given);
}

function parseFrames(value: unknown): FrameId[] {
  if (!Array.isArray(value)) throw new UserError('Frames must be a list of standards frames.');
  return normalizeFrames(value);
}

/**
 * Checks a request received as JSON (from the sidebar or a dialog) and returns a clean copy:
 * frames in catalog order without duplicates, outcomes cleaned (see `cleanOutcomes`), the title
 * trimmed (left out when blank). Unknown extra fields are ignored.
 * @throws UserError naming what to fix.
 */
export function parseTemplateRequest(x: unknown): TemplateRequest {
  if (!isRecord(x)) throw new UserError('Choose a template to insert.');
  const kind = x.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`Unknown template ${JSON.stringify(kind)}. Choose one of: ${KINDS.join(', ')}.`);
  }
  switch (kind as TemplateKind) {
    case 'ic-map': {
      const role = parseRole(x);
      if (x.frames === undefined || x.frames === null) {
        throw new UserError('Choose at least one standards frame.');
      }
      return { kind: 'ic-map', role, frames: parseFrames(x.frames) };
    }
    case 'ic-map-outcomes': {
      if (!Array.isArray(x.outcomes) || x.outcomes.some((o) => typeof o !== 'string')) {
        throw new UserError('Desired outcomes must be a list of text lines.');
      }
      const outcomes = cleanOutcomes(x.outcomes as string[]);
      if (x.title !== undefined && x.title !== null && typeof x.title !== 'string') {
        throw new UserError('The title must be text.');
      }
      const title = typeof x.title === 'string' ? x.title.replace(/\s+/g, ' ').trim() : '';
      if (title.length > MAX_TITLE_LENGTH) {
        throw new UserError(`Shorten the title to ${MAX_TITLE_LENGTH} characters or fewer.`);
      }
      return title ? { kind: 'ic-map-outcomes', outcomes, title } : { kind: 'ic-map-outcomes', outcomes };
    }
    case 'checklist': {
      const role = parseRole(x);
      if (x.frames === undefined || x.frames === null) return { kind: 'checklist', role };
      return { kind: 'checklist', role, frames: parseFrames(x.frames) };
    }
    case 'cross-role': {
      const roles = parseRoles(x);
      if (x.frames === undefined || x.frames === null) return { kind: 'cross-role', roles };
      return { kind: 'cross-role', roles, frames: parseFrames(x.frames) };
    }
    case 'first-actions':
      return { kind: 'first-actions', role: parseRole(x) };
    case 'learning-system':
      return { kind: 'learning-system' };
    case 'logic-model':
      return { kind: 'logic-model' };
    case 'resources':
      return { kind: 'resources' };
  }
}

/**
 * The sheet plan for a request. Plan functions re-check their inputs, so a request that did
 * not come through `parseTemplateRequest` still fails with a UserError, never half-built.
 */
export function planTemplate(req: TemplateRequest): SheetPlan {
  switch (req.kind) {
    case 'ic-map':
      return icMapPlan(req.role, req.frames);
    case 'ic-map-outcomes':
      return icMapFromOutcomesPlan(req.outcomes, req.title);
    case 'checklist':
      return actionGuideChecklistPlan(req.role, req.frames ?? FRAME_IDS);
    case 'cross-role':
      return crossRolePlan(req.roles, req.frames ?? FRAME_IDS);
    case 'first-actions':
      return firstActionsPlan(req.role);
    case 'learning-system':
      return learningSystemPlan();
    case 'logic-model':
      return logicModelPlan();
    case 'resources':
      return resourcesPlan();
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const frameNames = (frames: readonly FrameId[]) => frames.map((f) => getFrame(f).name).join('; ');

/** What a request will insert, for the sidebar's preview: tab title, row count and a sentence. */
export function templateSummary(req: TemplateRequest): { title: string; rows: number; description: string } {
  const plan = planTemplate(req);
  return { title: plan.title, rows: planRows(plan), description: describe(req) };
}

function describe(req: TemplateRequest): string {
  switch (req.kind) {
    case 'ic-map': {
      const frames = normalizeFrames(req.frames);
      const n = responsibilitiesFor(req.role, frames).length;
      return `${plural(n, 'desired outcome')} for ${getRole(req.role).name} (${frameNames(frames)}), each described at four levels (written for this add-on), Where we are now, Target, Gap, evidence and next steps.`;
    }
    case 'ic-map-outcomes': {
      const n = cleanOutcomes(req.outcomes).length;
      return `${plural(n, 'desired outcome')} of your own, with four level cells for your team to write (prompts included), Where we are now, Target, Gap, evidence and next steps.`;
    }
    case 'checklist': {
      const frames = normalizeFrames(req.frames ?? FRAME_IDS);
      const n = responsibilitiesFor(req.role, frames).length;
      return `${plural(n, 'key responsibility', 'key responsibilities')} for ${getRole(req.role).name} (${frameNames(frames)}), with Status, Evidence, Owner, By when and live progress.`;
    }
    case 'cross-role': {
      const roles = normalizeRoles(req.roles).map((id) => getRole(id).name);
      const frames = normalizeFrames(req.frames ?? FRAME_IDS);
      return `The key responsibilities of ${roles.join(', ')} side by side (${frameNames(frames)}), a row per standard, with who takes the lead and where your work connects.`;
    }
    case 'first-actions': {
      const sets = firstActionsSetIds(req.role).map((id) => getReflectionSet(id));
      const n = sets.reduce((sum, s) => sum + s.questions.length, 0);
      const role = getRole(req.role);
      const areas = isLeaderRole(role.id)
        ? ` and the ${plural(LEADER_ACTION_AREAS.length, "leaders' action area")} to rate`
        : '';
      return `${plural(n, 'reflection question')} ("${sets.map((s) => s.title).join('", "')}") with Reflections, First steps, Owner and By when, below the ${plural(role.responsibilities.length, 'key responsibility', 'key responsibilities')} of ${role.heading.toLowerCase()} to select for action${areas}.`;
    }
    case 'learning-system': {
      const n = getReflectionSet('learning-system').questions.length;
      const statements = LEARNING_SYSTEM_BLOCKS.reduce((sum, bl) => sum + bl.list.items.length, 0);
      return `${plural(statements, 'statement')} on learning systems to rate In place, Partly or Not yet, with evidence and next steps, then ${plural(n, 'reflection question')}.`;
    }
    case 'logic-model':
      return `Student goals (${LOGIC_MODEL_SIZES.goals} rows), ${plural(RESOURCE_KINDS.length, 'kind')} of resources, the chain from standards to student results with a standard picker and ${LOGIC_MODEL_SIZES.chainRows} rows to fill in, ${LOGIC_MODEL_SIZES.initiatives} initiative rows, and the ${plural(FOUNDATIONS.items.length, 'foundation')} for standards as assumptions.`;
    case 'resources':
      return `${plural(LEARNING_SYSTEM_TOOLS.length, 'tool')} (2.1–2.6) and ${plural(STANDARDS_RESOURCES.length, 'resource')} for the standards, each with its purpose, how we will use it, owner and date.`;
  }
}
