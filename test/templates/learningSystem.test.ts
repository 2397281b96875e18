import { getReflectionSet } from '../../src/content';
import { REFLECTION_HEADERS, learningSystemPlan } from '../../src/core/templates/reflection';

describe('learning-system reflection', () => {
  const plan = learningSystemPlan();
  const set = getReflectionSet('learning-system');
  const header = plan.values.findIndex((r) => r[0] === 'Question') + 1;

  test('title and header', () => {
    expect(plan.title).toBe('Learning-system reflection');
    expect(plan.values[0]![0]).toBe(set.title);
    expect(plan.values[header - 1]).toEqual([...REFLECTION_HEADERS]);
    expect(plan.frozenRows).toBe(header);
  });

  test('has instructions even though the seed prints none', () => {
    expect(header).toBeGreaterThan(2);
    for (const r of plan.values.slice(1, header - 1)) expect((r[0] as string).length).toBeGreaterThan(20);
  });

  test('the six questions, once each, in order', () => {
    expect(set.questions).toHaveLength(6);
    expect(plan.values.slice(header).map((r) => r[0])).toEqual(set.questions.map((q) => q.text));
  });

  test('By when is a date on question rows only', () => {
    const dated = plan.formats.validations.flatMap((row, i) =>
      row.map((v, j) => (v ? [i + 1, j + 1, v.kind] : null)).filter(Boolean),
    );
    expect(dated).toEqual(set.questions.map((_, k) => [header + 1 + k, 5, 'date']));
  });
});
