import { FRAME_IDS, type FrameId, ROLES, type RoleId } from '../../content';
import { UserError } from '../errors';
import { normalizeFrames, requireRole } from '../templates/common';

/** The survey instruments the add-on can build a Form from. */
export const INSTRUMENTS = ['where-are-we-now', 'ic-self-assessment'] as const;
export type InstrumentId = (typeof INSTRUMENTS)[number];

export const MAX_TITLE_LENGTH = 150;
export const MAX_SCHOOLS = 300;
export const MAX_SCHOOL_LENGTH = 100;

/** Options every instrument shares. `schools` is [] unless `askSchool`. */
export interface SurveyOptions {
  /** The form's title; the instrument's own title when left out. */
  readonly title?: string;
  /** Adds a drop-down "Your role" (the seven roles and Other), for breakdowns by role. */
  readonly askRole: boolean;
  /** Adds a drop-down "School or office" with `schools`, for breakdowns by school. */
  readonly askSchool: boolean;
  readonly schools: readonly string[];
  /** Forms records each respondent's email address in an "Email Address" column. */
  readonly collectEmail: boolean;
}

export type SurveyRequest =
  | ({ readonly instrument: 'where-are-we-now' } & SurveyOptions)
  | ({
      readonly instrument: 'ic-self-assessment';
      readonly role: RoleId;
      /** In catalog order, without duplicates; all three when the request leaves them out. */
      readonly frames: readonly FrameId[];
    } & SurveyOptions);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function flag(x: Record<string, unknown>, name: string, label: string): boolean {
  const v = x[name];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new UserError(`"${label}" must be on or off (true or false).`);
  return v;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function parseTitle(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new UserError('The survey title must be text.');
  const title = squash(v);
  if (title.length > MAX_TITLE_LENGTH) {
    throw new UserError(`Shorten the survey title to ${MAX_TITLE_LENGTH} characters or fewer.`);
  }
  return title === '' ? undefined : title;
}

/**
 * Schools as typed, one per line: trimmed, blank lines dropped. A duplicate (ignoring case and
 * spacing) is an error rather than silently merged: it would make two groups read as one.
 * @throws UserError naming what to fix.
 */
export function cleanSchools(raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string')) {
    throw new UserError('Schools must be a list of names, one per line.');
  }
  const schools = (raw as string[]).map(squash).filter((s) => s !== '');
  if (schools.length === 0) {
    throw new UserError('Type the schools or offices respondents choose from, one per line.');
  }
  if (schools.length > MAX_SCHOOLS) {
    throw new UserError(`List at most ${MAX_SCHOOLS} schools or offices (got ${schools.length}).`);
  }
  const seen = new Map<string, string>();
  for (const s of schools) {
    if (s.length > MAX_SCHOOL_LENGTH) {
      throw new UserError(`Shorten "${s.slice(0, 40)}..." to ${MAX_SCHOOL_LENGTH} characters or fewer.`);
    }
    const key = s.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new UserError(
        `"${s}" is listed twice${first === s ? '' : ` (as "${first}")`}: list each school or office once.`,
      );
    }
    seen.set(key, s);
  }
  return schools;
}

function parseOptions(x: Record<string, unknown>): SurveyOptions {
  const askSchool = flag(x, 'askSchool', 'Ask for school or office');
  const title = parseTitle(x.title);
  const options = {
    askRole: flag(x, 'askRole', 'Ask for role'),
    askSchool,
    // The list is only checked when asked for: the sidebar may keep a half-typed list around.
    schools: askSchool ? cleanSchools(x.schools) : [],
    collectEmail: flag(x, 'collectEmail', 'Collect email addresses'),
  };
  return title === undefined ? options : { title, ...options };
}

/**
 * Checks a survey request received as JSON from the sidebar and returns a clean copy.
 * Unknown extra fields are ignored.
 * @throws UserError naming what to fix.
 */
export function parseSurveyRequest(x: unknown): SurveyRequest {
  if (!isRecord(x)) throw new UserError('Choose a survey to create.');
  const instrument = x.instrument;
  switch (instrument) {
    case 'where-are-we-now':
      return { instrument, ...parseOptions(x) };
    case 'ic-self-assessment': {
      if (x.role === undefined || x.role === null || x.role === '') {
        throw new UserError(`Choose the role to self-assess: ${ROLES.map((r) => r.name).join(', ')}.`);
      }
      const role = requireRole(x.role).id;
      let frames: FrameId[] = [...FRAME_IDS];
      if (x.frames !== undefined && x.frames !== null) {
        if (!Array.isArray(x.frames)) throw new UserError('Frames must be a list of standards frames.');
        frames = normalizeFrames(x.frames);
      }
      return { instrument, role, frames, ...parseOptions(x) };
    }
    default:
      throw new UserError(
        `Unknown survey ${JSON.stringify(instrument)}. Choose one of: ${INSTRUMENTS.join(', ')}.`,
      );
  }
}
