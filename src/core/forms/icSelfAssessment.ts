import { FRAMES, getRole, responsibilitiesFor } from '../../content';
import { levelDescriptionsFor } from '../../content/icLevels';
import { getScale } from '../../content/scales';
import type { FormItemPlan } from './plan';
import type { SurveyRequest } from './request';

/**
 * The IC self-assessment as a Form: one page (a Forms "section") per standards frame, and on it
 * one multiple-choice question per key responsibility whose choices are that responsibility's
 * four level descriptions, then "Not sure". A respondent picks the practice they recognise, not
 * a number; the plan records which level each description stands for, so the answers are read
 * back by their text wherever the choice sits in the list.
 */

export type IcRequest = SurveyRequest & { instrument: 'ic-self-assessment' };

/** The answer for someone who cannot tell; a label of the 'ic-levels' scale, unscored. */
export const NOT_SURE = 'Not sure';

/**
 * A cap on a choice's text. Google documents no limit on a multiple-choice option's length
 * (FormApp's MultipleChoiceItem reference names none), so the add-on keeps its own: the
 * longest authored description is about 300 characters, and a longer one is refused when the
 * Form is planned rather than risked in a Form half made.
 */
export const MAX_CHOICE_TEXT = 500;

/** The 'ic-levels' labels in level order (Level 1 .. Level 4), then "Not sure". */
const LEVEL_LABELS = getScale('ic-levels').labels.map((l) => l.label);

const HELP = 'Choose the description closest to your own practice now.';

/** A catalog slip (a duplicate or overlong choice) would make answers ambiguous: fail loudly. */
function checkChoices(title: string, choices: readonly string[]): void {
  const seen = new Set<string>();
  for (const c of choices) {
    const key = c.trim().toLowerCase();
    if (key === '' || c.length > MAX_CHOICE_TEXT || seen.has(key)) {
      throw new Error(`The question "${title}" cannot offer the choice "${c.slice(0, 60)}".`);
    }
    seen.add(key);
  }
}

/** The Form items for an IC self-assessment request: frame pages and one question per responsibility. */
export function icSelfAssessmentItems(req: IcRequest): FormItemPlan[] {
  const items: FormItemPlan[] = [];
  const wanted = new Set<string>(req.frames);
  for (const frame of FRAMES.filter((f) => wanted.has(f.id))) {
    items.push({ kind: 'page', key: `ic.${frame.id}`, title: frame.name, help: frame.description });
    for (const r of responsibilitiesFor(req.role, [frame.id])) {
      const choices = [...levelDescriptionsFor(r.id), NOT_SURE];
      checkChoices(r.text, choices);
      items.push({
        kind: 'choice',
        key: r.id,
        title: r.text,
        help: HELP,
        choices,
        required: true,
        scored: { scaleId: 'ic-levels', labels: LEVEL_LABELS },
      });
    }
  }
  return items;
}

/** The Form's instructions for an IC self-assessment. */
export function icSelfAssessmentIntro(req: IcRequest): string {
  return (
    `This self-assessment lists the key responsibilities of ${getRole(req.role).heading.toLowerCase()} ` +
    "from Learning Forward's Standards for Professional Learning, one page per standards frame. For each " +
    'one, read the four descriptions of practice and choose the one closest to your own practice now, or ' +
    `"${NOT_SURE}". They run from the fullest practice to a common starting point; none is a wrong answer. ` +
    "The descriptions were written for this add-on; they are not Learning Forward's own wording."
  );
}
