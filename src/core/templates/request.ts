import {
  FRAME_IDS,
  type FrameId,
  getFrame,
  getReflectionSet,
  getRole,
  ROLES,
  responsibilitiesFor,
  type RoleId,
} from '../../content';
import { UserError } from '../errors';
import { planRows, type SheetPlan } from '../plan';
import { actionGuideChecklistPlan } from './checklist';
import { normalizeFrames, requireRole } from './common';
import { cleanOutcomes, icMapFromOutcomesPlan, icMapPlan, MAX_TITLE_LENGTH } from './icMap';
import { LOGIC_MODEL_SIZES, logicModelPlan } from './logicModel';
import { firstActionsPlan, firstActionsSetIds, learningSystemPlan } from './reflection';

/** What the sidebar or the menu dialog asks to insert. */
export type TemplateRequest =
  | { kind: 'ic-map'; role: RoleId; frames: FrameId[] }
  | { kind: 'ic-map-outcomes'; outcomes: string[]; title?: string }
  | { kind: 'checklist'; role: RoleId; frames?: FrameId[] }
  | { kind: 'first-actions'; role: RoleId }
  | { kind: 'learning-system' }
  | { kind: 'logic-model' };

export type TemplateKind = TemplateRequest['kind'];

/** Describes a template kind for the sidebar and the menu dialog. */
export interface TemplateKindInfo {
  readonly kind: TemplateKind;
  readonly label: string;
  readonly description: string;
  readonly needsRole: boolean;
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
    needsFrames: true,
    frames: 'optional',
    needsOutcomes: false,
  },
  {
    kind: 'first-actions',
    label: 'Identifying first actions',
    description:
      'Reflection questions with columns for reflections, first steps, owner and date. Superintendents get the questions of their own action guide.',
    needsRole: true,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
  {
    kind: 'learning-system',
    label: 'Learning-system reflection',
    description:
      'The six reflection questions on learning systems, with reflections, first steps, owner and date.',
    needsRole: false,
    needsFrames: false,
    frames: 'none',
    needsOutcomes: false,
  },
  {
    kind: 'logic-model',
    label: 'Logic model',
    description:
      'Student goals, the chain from standards to student results with prompts and a monitoring row, and the initiatives tied to goals and steps.',
    needsRole: false,
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
    case 'first-actions':
      return { kind: 'first-actions', role: parseRole(x) };
    case 'learning-system':
      return { kind: 'learning-system' };
    case 'logic-model':
      return { kind: 'logic-model' };
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
    case 'first-actions':
      return firstActionsPlan(req.role);
    case 'learning-system':
      return learningSystemPlan();
    case 'logic-model':
      return logicModelPlan();
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
    case 'first-actions': {
      const sets = firstActionsSetIds(req.role).map((id) => getReflectionSet(id));
      const n = sets.reduce((sum, s) => sum + s.questions.length, 0);
      return `${plural(n, 'reflection question')} ("${sets.map((s) => s.title).join('", "')}") with Reflections, First steps, Owner and By when.`;
    }
    case 'learning-system': {
      const n = getReflectionSet('learning-system').questions.length;
      return `${plural(n, 'reflection question')} on learning systems, with Reflections, First steps, Owner and By when.`;
    }
    case 'logic-model':
      return `Student goals (${LOGIC_MODEL_SIZES.goals} rows), the chain from standards to student results with prompts, ${LOGIC_MODEL_SIZES.chainRows} rows to fill in and a monitoring row, and ${LOGIC_MODEL_SIZES.initiatives} initiative rows tied to goals and steps.`;
  }
}
