import { FRAMES, getFrame, getRole, ROLES, WHERE_ARE_WE_NOW } from '../../content';
import { getScale } from '../../content/scales';
import { icSelfAssessmentIntro, icSelfAssessmentItems } from './icSelfAssessment';
import type { FormItemPlan, FormPlan } from './plan';
import { ROLE_KEY, SCHOOL_KEY } from './plan';
import type { SurveyRequest } from './request';

/**
 * The answer columns of IC self-assessments made by earlier versions (one grid per frame), read
 * back by the 'ic-levels' scale (labels and aliases). Forms made now ask for level descriptions
 * instead (see icSelfAssessment.ts); surveys recorded with these columns still summarize.
 */
export const IC_COLUMNS = ['Level 1 (Ideal)', 'Level 2', 'Level 3', 'Level 4 (Entry)', 'Not sure'] as const;

/**
 * A generous cap on a grid row or column's text. Forms documents no limit, but each row becomes
 * a sheet header `Title [Row]` and a chart label; the catalog's longest responsibility is ~200.
 */
export const MAX_GRID_TEXT = 500;

export const ROLE_TITLE = 'Your role';
export const SCHOOL_TITLE = 'School or office';
export const OTHER_ROLE = 'Other';

const PRIVACY =
  'Results are reported only in aggregate: no one sees individual answers in the summaries, and results for ' +
  'groups too small to keep answers anonymous are never reported.';
const EMAIL_NOTE = 'This form records your email address; it is never included in shared results.';
const GROUP_HELP = 'Used only to compare groups. Groups too small to keep answers anonymous are never shown.';
const CONFIRMATION = 'Thank you. Your answers have been recorded.';

/** A catalog or option slip (duplicate row, overlong text) would break the Form or its columns. */
function checkGrid(item: FormItemPlan & { kind: 'grid' }): void {
  for (const list of [item.rows, item.columns]) {
    const seen = new Set<string>();
    for (const text of list) {
      const key = text.trim().toLowerCase();
      if (key === '' || text.length > MAX_GRID_TEXT || seen.has(key) || /[[\]]/.test(text)) {
        throw new Error(`The grid "${item.title}" cannot hold the row or column "${text}".`);
      }
      seen.add(key);
    }
  }
}

function whereAreWeNowItems(): FormItemPlan[] {
  return [
    {
      kind: 'grid',
      key: WHERE_ARE_WE_NOW.id,
      title: WHERE_ARE_WE_NOW.title,
      help: 'Choose one answer for each statement.',
      rows: WHERE_ARE_WE_NOW.statements.map((s) => s.text),
      columns: getScale(WHERE_ARE_WE_NOW.scale).labels.map((l) => l.label),
      scaleId: WHERE_ARE_WE_NOW.scale,
      required: true,
    },
  ];
}

/**
 * Demographic questions last: people answer the substance first, and may skip these. A Form
 * in pages gives them a page of their own.
 */
function aboutYouItems(req: SurveyRequest): FormItemPlan[] {
  if (!req.askRole && !req.askSchool) return [];
  const kind = req.instrument === 'ic-self-assessment' ? 'page' : 'section';
  const items: FormItemPlan[] = [{ kind, key: 'about', title: 'About you', help: GROUP_HELP }];
  if (req.askRole) {
    items.push({
      kind: 'list',
      key: ROLE_KEY,
      title: ROLE_TITLE,
      choices: [...ROLES.map((r) => r.name), OTHER_ROLE],
      required: false,
    });
  }
  if (req.askSchool) {
    items.push({
      kind: 'list',
      key: SCHOOL_KEY,
      title: SCHOOL_TITLE,
      choices: [...req.schools],
      required: false,
    });
  }
  return items;
}

/** The form's default title. */
export function surveyTitle(req: SurveyRequest): string {
  if (req.title) return req.title;
  if (req.instrument === 'where-are-we-now') return WHERE_ARE_WE_NOW.title;
  const frames =
    req.frames.length === FRAMES.length ? '' : ` (${req.frames.map((f) => getFrame(f).name).join('; ')})`;
  return `IC self-assessment - ${getRole(req.role).name}${frames}`;
}

function description(req: SurveyRequest): string {
  const intro =
    req.instrument === 'where-are-we-now'
      ? `${WHERE_ARE_WE_NOW.description} There are no right or wrong answers; choose "No opinion" when you have none.`
      : icSelfAssessmentIntro(req);
  return [intro, PRIVACY, ...(req.collectEmail ? [EMAIL_NOTE] : [])].join('\n\n');
}

/** The Form for a (parsed) survey request. */
export function surveyFormPlan(req: SurveyRequest): FormPlan {
  const items = [
    ...(req.instrument === 'where-are-we-now' ? whereAreWeNowItems() : icSelfAssessmentItems(req)),
    ...aboutYouItems(req),
  ];
  for (const item of items) if (item.kind === 'grid') checkGrid(item);
  return {
    title: surveyTitle(req),
    description: description(req),
    collectEmail: req.collectEmail,
    confirmation: CONFIRMATION,
    items,
  };
}
