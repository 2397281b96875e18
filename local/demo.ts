import { getRole, type RoleId, WHERE_ARE_WE_NOW } from '../src/content';
import { levelDescriptionsFor } from '../src/content/icLevels';
import type { Emulator } from './emulator';

/** Deterministic, so every `npm start` shows the same district. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Desired outcomes a district team might type for "IC map from our own outcomes". */
export const SAMPLE_OUTCOMES = [
  'Every team meets weekly to study student work',
  'Coaches give feedback within a week of each observation',
  'Professional learning plans name the student goal they serve',
];

export const DEMO_SCHOOLS = ['Central Office', 'Lincoln Elementary', 'Roosevelt Middle', 'Washington High'];

/** Answers lean towards agreement for some statements and away for others, as real ones do. */
const AGREEMENT = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];

function skewed(r: () => number, labels: readonly string[], lean: number): string {
  const i = Math.min(labels.length - 1, Math.max(0, Math.floor((r() + r() + lean) * (labels.length / 2.6))));
  return labels[i]!;
}

/** Submits "Where are we now?" responses the way Google Forms would, firing any triggers. */
export function submitWhereAreWeNow(emu: Emulator, formId: string, count: number, seed = 11): void {
  const r = rng(seed);
  const roles = ['Teacher', 'Teacher', 'Teacher', 'Coach', 'Principal', 'System/central office'];
  for (let i = 0; i < count; i++) {
    const grid: Record<string, string> = {};
    WHERE_ARE_WE_NOW.statements.forEach((s, k) => {
      grid[s.text] = skewed(r, AGREEMENT, k % 2 === 0 ? 0 : 0.6);
    });
    emu.forms.submit(
      formId,
      {
        [WHERE_ARE_WE_NOW.title]: grid,
        'Your role': roles[Math.floor(r() * roles.length)]!,
        'School or office': DEMO_SCHOOLS[Math.floor(r() * DEMO_SCHOOLS.length)]!,
      },
      { email: `educator${i + 1}@district.example.org` },
    );
  }
}

/**
 * Submits IC self-assessments for a role as respondents would: for each responsibility, the
 * description of practice they recognise (or "Not sure"), keyed by the question's title.
 */
export function submitIcSelfAssessment(
  emu: Emulator,
  formId: string,
  roleId: RoleId,
  count: number,
  seed = 5,
): void {
  const r = rng(seed);
  const role = getRole(roleId);
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    for (const x of role.responsibilities) {
      answers[x.text] = skewed(r, [...levelDescriptionsFor(x.id), 'Not sure'], 0.3);
    }
    emu.forms.submit(formId, answers);
  }
}

type Form = GoogleAppsScript.Forms.Form;
type FormAnswers = Parameters<Emulator['forms']['submit']>[1];

const values = (choices: GoogleAppsScript.Forms.Choice[]): string[] =>
  choices.map((c) => String(c.getValue()));

/** Answers to one item, whatever Form it is in; null leaves an optional item blank. */
function sampleAnswer(
  item: GoogleAppsScript.Forms.Item,
  index: number,
  r: () => number,
): FormAnswers[string] | null {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  switch (String(item.getType())) {
    case 'GRID': {
      const grid = item.asGridItem();
      const columns = grid.getColumns();
      // Statements lean one way or the other, as in the "Where are we now?" sample above.
      return Object.fromEntries(
        grid.getRows().map((row, k) => [row, skewed(r, columns, (index + k) % 2 ? 0.6 : 0)]),
      );
    }
    case 'CHECKBOX_GRID': {
      const grid = item.asCheckboxGridItem();
      return Object.fromEntries(grid.getRows().map((row) => [row, [pick(grid.getColumns())]]));
    }
    case 'LIST':
      return pick(values(item.asListItem().getChoices()));
    case 'MULTIPLE_CHOICE':
      return pick(values(item.asMultipleChoiceItem().getChoices()));
    case 'CHECKBOX':
      return [pick(values(item.asCheckboxItem().getChoices()))];
    case 'SCALE': {
      const scale = item.asScaleItem();
      const low = scale.getLowerBound();
      return String(low + Math.floor(r() * (scale.getUpperBound() - low + 1)));
    }
    case 'TEXT':
      return item.asTextItem().isRequired() ? 'Sample answer' : null;
    case 'PARAGRAPH_TEXT':
      return item.asParagraphTextItem().isRequired() ? 'Sample answer' : null;
    default:
      return null;
  }
}

/**
 * Submits `count` sample responses to any Form linked here (the add-on's or a hand-made one):
 * every grid row, choice and scale answered from the Form's own choices, as respondents would
 * through Google Forms, firing the form-submit triggers. Returns the number submitted.
 */
export function submitSampleResponses(emu: Emulator, formId: string, count: number, seed = 17): number {
  const r = rng(seed);
  const form: Form = emu.forms.get(formId);
  const items = form.getItems();
  const collects = form.collectsEmail();
  for (let i = 0; i < count; i++) {
    const answers: FormAnswers = {};
    items.forEach((item, k) => {
      const a = sampleAnswer(item, k, r);
      if (a !== null) answers[String(item.getId())] = a;
    });
    emu.forms.submit(
      formId,
      answers,
      collects ? { email: `respondent${seed}-${i + 1}@district.example.org` } : {},
    );
  }
  return count;
}
