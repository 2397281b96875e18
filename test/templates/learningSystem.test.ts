import {
  CONTINUOUS_IMPROVEMENT_CYCLE,
  getReflectionSet,
  LEARNING_SYSTEM_ATTRIBUTES,
  LEARNING_SYSTEM_REQUIREMENTS,
  VISION_INTO_REALITY,
} from '../../src/content';
import { PALETTE } from '../../src/core/sheetBuilder';
import { LEARNING_SYSTEM_BLOCKS, learningSystemPlan } from '../../src/core/templates/learningSystem';
import { QUESTION_HEADERS, RATING_COLORS, RATINGS } from '../../src/core/templates/reflection';

describe('learning-system reflection', () => {
  const plan = learningSystemPlan();
  const v = plan.values;
  const set = getReflectionSet('learning-system');
  const questionHeader = v.findIndex((r) => r[0] === 'Question') + 1;
  const ratingHeaders = v.flatMap((r, i) => (r[1] === 'Where we are' ? [i + 1] : []));

  test('title, instructions that do not paraphrase the seed, a frozen title row', () => {
    expect(plan.title).toBe('Learning-system reflection');
    expect(v[0]![0]).toBe('Learning systems: where we stand, and what we will do');
    expect(v[1]![0]).toBe('School districts must see themselves as "learning systems."');
    expect(plan.frozenRows).toBe(1);
    const intro = v.slice(2, 5).map((r) => r[0] as string);
    expect(intro.join(' ')).toMatch(/In place, Partly or Not yet/);
    expect(intro.join(' ')).not.toMatch(/value adult learning/i);
  });

  test('rates the attributes, the requirements, the vision into reality and the cycle, in the seed order', () => {
    expect(LEARNING_SYSTEM_BLOCKS.map((b) => b.list)).toEqual([
      LEARNING_SYSTEM_ATTRIBUTES,
      LEARNING_SYSTEM_REQUIREMENTS,
      VISION_INTO_REALITY,
      CONTINUOUS_IMPROVEMENT_CYCLE,
    ]);
    expect(ratingHeaders.map((r) => v[r - 1]![0])).toEqual([
      'Learning systems ...',
      'Learning systems require ... (Hord, 1997)',
      'System leaders turn their vision into reality by ...',
      'The cycle of continuous improvement is characterized by these actions:',
    ]);
    LEARNING_SYSTEM_BLOCKS.forEach(({ list }, k) => {
      const header = ratingHeaders[k]!;
      expect(v[header - 1]).toEqual([
        expect.any(String),
        'Where we are',
        'Evidence',
        'Next step',
        'Owner',
        'By when',
      ]);
      list.items.forEach((item, i) => {
        const r = header + 1 + i;
        expect(v[r - 1]![0]).toBe(item.text);
        expect(plan.formats.validations[r - 1]![1]).toEqual({
          kind: 'list',
          values: [...RATINGS],
          allowInvalid: false,
          help: 'Choose In place, Partly or Not yet.',
        });
        for (const c of [2, 3, 4, 5, 6])
          expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
        expect(plan.formats.validations[r - 1]![5]).toMatchObject({ kind: 'date' });
      });
      // A live tally under each block, over exactly its ratings.
      const tallyRow = header + list.items.length + 1;
      const range = `B${header + 1}:B${header + list.items.length}`;
      expect(v[tallyRow - 1]![0]).toBe('Where we are:');
      expect(v[tallyRow - 1]![1]).toEqual({
        formula: `=(COUNTIF(${range},"In place"))&" in place"&" · "&(COUNTIF(${range},"Partly"))&" partly"&" · "&(COUNTIF(${range},"Not yet"))&" not yet"&" · "&(COUNTBLANK(${range}))&" not rated"`,
      });
    });
  });

  test('ratings are shaded by value, one rule per rating over every block', () => {
    const ranges = LEARNING_SYSTEM_BLOCKS.map(({ list }, k) => ({
      row: ratingHeaders[k]! + 1,
      col: 2,
      rows: list.items.length,
      cols: 1,
    }));
    expect(plan.conditionalFormats).toEqual(
      RATINGS.map((label) => ({
        ranges,
        formula: `=$B${ranges[0]!.row}="${label}"`,
        background: RATING_COLORS[label],
      })),
    );
  });

  test('the six questions come last, once each, in order', () => {
    expect(set.questions).toHaveLength(6);
    expect(questionHeader).toBeGreaterThan(ratingHeaders.at(-1)!);
    expect(v[questionHeader - 1]).toEqual([...QUESTION_HEADERS]);
    expect(v.slice(questionHeader).map((r) => r[0])).toEqual(set.questions.map((q) => q.text));
  });

  test('only By when cells take a date, only ratings a list', () => {
    const kinds = new Set(
      plan.formats.validations.flatMap((row, i) =>
        row.flatMap((x, j) => (x ? [`${x.kind}:${j + 1}:${i + 1 > questionHeader ? 'q' : 'r'}`] : [])),
      ),
    );
    expect(kinds).toEqual(new Set(['list:2:r', 'date:6:r', 'date:6:q']));
  });
});
