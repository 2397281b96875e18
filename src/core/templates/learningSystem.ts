import {
  getReflectionSet,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_REQUIREMENTS,
  LEARNING_SYSTEMS_CALL,
  CONTINUOUS_IMPROVEMENT_CYCLE,
  type SeedList,
  VISION_INTO_REALITY,
} from '../../content';
import type { RangeRef, SheetPlan } from '../plan';
import { PALETTE, SheetBuilder } from '../sheetBuilder';
import { addMergedRow, addNoteParagraphs, addSection, addTitle, protectTop } from './common';
import {
  addQuestionBlock,
  addRatingBlock,
  addTally,
  REFLECTION_COLS,
  REFLECTION_WIDTHS,
  shadeRatings,
} from './reflection';

/** The blocks to rate, in the seed's order, each under a heading written for this tab. */
export const LEARNING_SYSTEM_BLOCKS: readonly { readonly heading: string; readonly list: SeedList }[] = [
  { heading: 'The attributes of a learning system', list: LEARNING_SYSTEM_ATTRIBUTES },
  { heading: 'What learning systems require', list: LEARNING_SYSTEM_REQUIREMENTS },
  { heading: 'How system leaders turn the vision into reality', list: VISION_INTO_REALITY },
  { heading: 'The cycle of continuous improvement', list: CONTINUOUS_IMPROVEMENT_CYCLE },
];

/** The lead of a list as it heads the statement column: "Learning systems require ...". */
export function blockLead(list: SeedList): string {
  const lead = list.lead.endsWith(':') ? list.lead : `${list.lead} ...`;
  return list.citation ? `${lead} ${list.citation}` : lead;
}

/**
 * The learning-system tab: a self-rating (In place / Partly / Not yet, with evidence and a next
 * step) of the seed's attributes of learning systems, what they require, how system leaders turn
 * the vision into reality and the actions of the cycle of continuous improvement, each with a
 * live tally; then the six reflection questions, answered in the light of the ratings.
 */
export function learningSystemPlan(): SheetPlan {
  const set = getReflectionSet('learning-system');
  const b = new SheetBuilder('Learning-system reflection', REFLECTION_COLS);
  b.columnWidths(REFLECTION_WIDTHS);
  const title = addTitle(b, 'Learning systems: where we stand, and what we will do');
  addMergedRow(b, LEARNING_SYSTEMS_CALL, { italic: true });
  const top = addNoteParagraphs(b, [
    'Rate where the district stands on each statement: In place, Partly or Not yet. Note the evidence behind each rating (documents, data, what people see and hear) and, where a statement is not yet true of the district, a next step with an owner and a date.',
    'Then answer the reflection questions together, drawing on what the ratings show.',
    "The statements and questions are Learning Forward's, word for word: read each statement on from the words at the head of its column.",
  ]);
  protectTop(b, top, 'Learning-system reflection');
  b.freeze(title);

  const ratings: RangeRef[] = [];
  LEARNING_SYSTEM_BLOCKS.forEach(({ heading, list }, i) => {
    b.addBlankRow();
    const section = addSection(b, `${i + 1}. ${heading}`);
    const range = addRatingBlock(
      b,
      blockLead(list),
      list.items.map((item) => item.text),
    );
    b.protect(
      { row: section, col: 1, rows: range.row - section, cols: REFLECTION_COLS },
      'Learning-system reflection: heading and statements.',
    );
    addTally(b, [range]);
    ratings.push(range);
  });
  shadeRatings(b, ratings);

  b.addBlankRow();
  addSection(b, `${LEARNING_SYSTEM_BLOCKS.length + 1}. ${set.title}`);
  addQuestionBlock(
    b,
    set.questions.map((q) => q.text),
  );

  b.tabColor(PALETTE.headerBg);
  return b.build();
}
