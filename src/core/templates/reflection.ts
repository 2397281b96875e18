import { getReflectionSet, type ReflectionSet, type ReflectionSetId, type RoleId } from '../../content';
import type { SheetPlan } from '../plan';
import { PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addMergedRow,
  addNotes,
  addSection,
  addTitle,
  band,
  borderTable,
  DATE_INPUT,
  protectTop,
  requireRole,
  splitSentences,
  STYLE,
} from './common';

export const REFLECTION_HEADERS = ['Question', 'Reflections', 'First steps', 'Owner', 'By when'] as const;

/** 1-based column of each field. */
export const REFLECTION_COL = { question: 1, reflections: 2, firstSteps: 3, owner: 4, byWhen: 5 } as const;

const COLS = REFLECTION_HEADERS.length;
const WIDTHS = [380, 320, 320, 130, 100];

/**
 * The reflection sets of a role's "Identifying first actions" template, in order.
 *
 * Every role gets the general set ("first-actions"), except the superintendent, who gets the
 * superintendent action guide's own set instead: that set already holds the four general
 * questions (in the guide's wording) followed by five more, so adding the general set as
 * well would ask three questions twice, word for word. To show both as two sections, return
 * both ids here: the template adds a section row per set when there is more than one.
 */
export function firstActionsSetIds(roleId: RoleId): readonly ReflectionSetId[] {
  return roleId === 'superintendent' ? ['superintendent-first-actions'] : ['first-actions'];
}

function buildReflection(
  tab: string,
  title: string,
  instructions: readonly string[],
  sets: readonly ReflectionSet[],
): SheetPlan {
  const b = new SheetBuilder(tab, COLS);
  addTitle(b, title);
  for (const line of instructions) addMergedRow(b, line, {});
  addNotes(b, [
    'Reflections: what we notice, believe and want to learn. First steps: the actions we will prioritize, with an owner and a date.',
  ]);
  const header = addHeader(b, REFLECTION_HEADERS);
  protectTop(b, header, 'Reflection template');
  b.freeze(header);

  for (const set of sets) {
    if (sets.length > 1) addSection(b, set.title);
    set.questions.forEach((q, i) => {
      b.addRow([q.text], [{ ...band(i), bold: true }, STYLE.input, STYLE.input, STYLE.input, DATE_INPUT]);
    });
  }
  borderTable(b, header);
  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}

/**
 * "Identifying first actions" for a role: QUESTION / REFLECTIONS / FIRST STEPS plus Owner and
 * By when, with the general set's instructions on top (the same for every role; the
 * superintendent set's copy adds "and on p. 7", a page of the printed guide) and the questions
 * of `firstActionsSetIds(role)`.
 * @throws UserError for an unknown role.
 */
export function firstActionsPlan(roleId: RoleId): SheetPlan {
  const role = requireRole(roleId);
  const sets = firstActionsSetIds(role.id).map((id) => getReflectionSet(id));
  const first = sets[0]!;
  const title =
    sets.length === 1 && first.id !== 'first-actions' ? first.title : `${first.title}: ${role.name}`;
  // The general set's instructions fit every role; the superintendent set's refer to printed pages.
  const instructions = splitSentences(getReflectionSet('first-actions').instructions);
  return buildReflection(`First actions - ${role.name}`, title, instructions, sets);
}

/** The learning-system reflection: the six questions on learning systems, to answer together. */
export function learningSystemPlan(): SheetPlan {
  const set = getReflectionSet('learning-system');
  const instructions = set.instructions
    ? splitSentences(set.instructions)
    : [
        'Learning systems value adult learning as much as student learning, align their practices to student learning outcomes, and commit to continuous improvement.',
        'Use these questions on your own or with colleagues to look at how your district works as a learning system, and decide what to do first.',
      ];
  return buildReflection('Learning-system reflection', set.title, instructions, [set]);
}
