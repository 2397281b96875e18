import { getReflectionSet, ROLES } from '../../src/content';
import { UserError } from '../../src/core/errors';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  firstActionsPlan,
  firstActionsSetIds,
  REFLECTION_COL,
  REFLECTION_HEADERS,
} from '../../src/core/templates/reflection';

describe.each(ROLES.map((r) => [r.id] as const))('first actions for %s', (roleId) => {
  const role = ROLES.find((r) => r.id === roleId)!;
  const plan = firstActionsPlan(roleId);
  const header = plan.values.findIndex((r) => r[0] === 'Question') + 1;
  const body = plan.values.slice(header);
  const expectedSet = roleId === 'superintendent' ? 'superintendent-first-actions' : 'first-actions';
  const set = getReflectionSet(expectedSet);

  test("uses the general set, or the superintendent guide's own set for the superintendent", () => {
    expect(firstActionsSetIds(roleId)).toEqual([expectedSet]);
    expect(plan.title).toBe(`First actions - ${role.name}`);
    expect(plan.values[0]![0]).toBe(
      roleId === 'superintendent' ? set.title : `Identifying first actions: ${role.name}`,
    );
  });

  test('the instructions sit on top, word for word', () => {
    const instructions = getReflectionSet('first-actions').instructions;
    const top = plan.values.slice(1, header - 1).map((r) => r[0] as string);
    expect(top.slice(0, 2).join(' ')).toBe(instructions);
  });

  test('header row, frozen through it', () => {
    expect(plan.values[header - 1]).toEqual([...REFLECTION_HEADERS]);
    expect(REFLECTION_HEADERS).toEqual(['Question', 'Reflections', 'First steps', 'Owner', 'By when']);
    expect(plan.frozenRows).toBe(header);
    expect(plan.protections).toEqual([
      expect.objectContaining({ range: { row: 1, col: 1, rows: header, cols: 5 } }),
    ]);
  });

  test('every question of the set appears once, in order, with empty fill-in cells', () => {
    expect(body.map((r) => r[0])).toEqual(set.questions.map((q) => q.text));
    for (const r of body) expect(r.slice(1)).toEqual([null, null, null, null]);
    body.forEach((_, i) => {
      const r = header + i;
      for (const c of [2, 3, 4, 5]) expect(plan.formats.backgrounds[r]![c - 1]).toBe(PALETTE.inputBg);
    });
  });

  test('By when is a date on question rows only; nothing else is validated', () => {
    plan.formats.validations.forEach((row, i) =>
      row.forEach((rule, j) => {
        if (i >= header && j === REFLECTION_COL.byWhen - 1) expect(rule).toMatchObject({ kind: 'date' });
        else expect(rule).toBeNull();
      }),
    );
  });
});

test('the superintendent set already holds the general questions (why it replaces them)', () => {
  const general = getReflectionSet('first-actions').questions.map((q) => q.text);
  const sup = getReflectionSet('superintendent-first-actions').questions.map((q) => q.text);
  expect(general.slice(1).every((q) => sup.includes(q))).toBe(true);
});

test('an unknown role is a user error', () => {
  expect(() => firstActionsPlan('mayor' as never)).toThrow(UserError);
});
