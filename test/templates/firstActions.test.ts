import {
  FRAMES,
  getReflectionSet,
  isLeaderRole,
  LEADER_ACTION_AREAS,
  LEADER_ACTIONS_INTRO,
  ROLES,
} from '../../src/content';
import { UserError } from '../../src/core/errors';
import type { SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  firstActionsPlan,
  firstActionsSetIds,
  SELECTION_HEADERS,
} from '../../src/core/templates/firstActions';
import { QUESTION_HEADERS, RATING_COLORS, RATINGS } from '../../src/core/templates/reflection';

const rowWhere = (plan: SheetPlan, test: (a: unknown, row: unknown[]) => boolean, from = 0): number =>
  plan.values.findIndex((r, i) => i >= from && test(r[0], r)) + 1;

/** Every string the tab shows. */
const texts = (plan: SheetPlan): string[] =>
  plan.values.flat().filter((c): c is string => typeof c === 'string');

describe.each(ROLES.map((r) => [r.id] as const))('first actions for %s', (roleId) => {
  const role = ROLES.find((r) => r.id === roleId)!;
  const plan = firstActionsPlan(roleId);
  const v = plan.values;
  const expectedSet = roleId === 'superintendent' ? 'superintendent-first-actions' : 'first-actions';
  const set = getReflectionSet(expectedSet);
  const selectionHeader = rowWhere(plan, (a) => a === SELECTION_HEADERS[0]);
  const questionHeader = rowWhere(plan, (a) => a === 'Question');
  const leaderHeader = rowWhere(plan, (a) => a === 'Action area: what it asks of leaders');

  test("uses the general set, or the superintendent guide's own set for the superintendent", () => {
    expect(firstActionsSetIds(roleId)).toEqual([expectedSet]);
    expect(plan.title).toBe(`First actions - ${role.name}`);
    expect(v[0]![0]).toBe(
      roleId === 'superintendent' ? set.title : `Identifying first actions: ${role.name}`,
    );
  });

  test('the instructions sit on top, word for word, and the title row is frozen', () => {
    expect(
      v
        .slice(1, 3)
        .map((r) => r[0])
        .join(' '),
    ).toBe(set.instructions);
    expect(set.instructions).toBe(getReflectionSet('first-actions').instructions);
    expect(plan.frozenRows).toBe(1);
    expect(plan.protections[0]!.range).toMatchObject({ row: 1, col: 1, cols: 6 });
  });

  test("shows all of the role's responsibilities by frame, in seed order, each with a Selected for action tick", () => {
    expect(v[selectionHeader - 1]!.slice(0, 3)).toEqual([...SELECTION_HEADERS]);
    expect(v[selectionHeader - 2]![0]).toBe(role.description);
    expect(v[selectionHeader - 3]![0]).toBe(`1. Key responsibilities: ${role.heading}`);
    const countRow = rowWhere(plan, (a) => a === 'Selected for action', selectionHeader);
    const body = v.slice(selectionHeader, countRow - 1);
    const expected = FRAMES.flatMap((f) => [
      [f.name],
      ...role.responsibilities.filter((r) => r.frame === f.id).map((r) => [r.text, false]),
    ]);
    expect(body.map((r) => (r[1] === false ? r.slice(0, 2) : r.slice(0, 1)))).toEqual(expected);
    body.forEach((r, i) => {
      if (r[1] !== false) return;
      expect(plan.formats.validations[selectionHeader + i]![1]).toEqual({ kind: 'checkbox' });
      expect(plan.formats.backgrounds[selectionHeader + i]![2]).toBe(PALETTE.inputBg);
    });
    // A live count of the ticks, and a light green row for each one ticked.
    const ticks = body.flatMap((r, i) => (r[1] === false ? [selectionHeader + 1 + i] : []));
    expect(ticks).toHaveLength(role.responsibilities.length);
    const count = v[countRow - 1]![1] as { formula: string };
    const counted = [...count.formula.matchAll(/COUNTIF\(B(\d+):B(\d+),TRUE\)/g)].flatMap(([, a, b]) =>
      Array.from({ length: Number(b) - Number(a) + 1 }, (_, k) => Number(a) + k),
    );
    expect(counted).toEqual(ticks);
    expect(count.formula).toMatch(/&" of "&/);
    expect(plan.conditionalFormats).toContainEqual(
      expect.objectContaining({ formula: `=$B${ticks[0]}=TRUE`, background: '#d9ead3' }),
    );
  });

  test('the reflection questions come last, once each, in order, with fill-in cells', () => {
    expect(questionHeader).toBeGreaterThan(selectionHeader);
    expect(v[questionHeader - 1]).toEqual([...QUESTION_HEADERS]);
    const body = v.slice(questionHeader);
    expect(body.map((r) => r[0])).toEqual(set.questions.map((q) => q.text));
    for (const r of body) expect(r.slice(1)).toEqual([null, null, null, null, null]);
    body.forEach((_, i) => {
      for (const c of [3, 4, 5, 6])
        expect(plan.formats.backgrounds[questionHeader + i]![c - 1]).toBe(PALETTE.inputBg);
      expect(plan.formats.validations[questionHeader + i]![5]).toMatchObject({ kind: 'date' });
    });
    expect(plan.mergesAcross).toEqual([{ row: questionHeader + 1, col: 1, rows: body.length, cols: 2 }]);
  });

  test('the first question sends the reader to the responsibilities above; nothing points at a printed page', () => {
    expect(v[questionHeader]![0]).toMatch(/^After reviewing the responsibilities above, /);
    for (const t of texts(plan)) expect(t).not.toMatch(/\bp\.\s*\d|\bpages?\b|preceding/i);
  });

  test(
    isLeaderRole(roleId)
      ? "a leader rates the four leaders' action areas, word for word, between responsibilities and questions"
      : "carries no leaders' action areas (the article addresses school and system leaders)",
    () => {
      if (!isLeaderRole(roleId)) {
        expect(leaderHeader).toBe(0);
        expect(texts(plan).some((t) => t.includes(LEADER_ACTION_AREAS[0]!.paragraphs[0]!))).toBe(false);
        return;
      }
      expect(selectionHeader < leaderHeader && leaderHeader < questionHeader).toBe(true);
      for (const line of LEADER_ACTIONS_INTRO) expect(texts(plan)).toContain(line);
      LEADER_ACTION_AREAS.forEach((area, i) => {
        const nameRow = leaderHeader + 1 + 2 * i;
        expect(v[nameRow - 1]![0]).toBe(area.name);
        expect(v[nameRow]![0]).toBe(area.paragraphs.join('\n\n'));
        expect(plan.formats.validations[nameRow]![1]).toMatchObject({ kind: 'list', values: [...RATINGS] });
        expect(plan.formats.validations[nameRow]![5]).toMatchObject({ kind: 'date' });
      });
      const tally = v[leaderHeader + 2 * LEADER_ACTION_AREAS.length]!;
      expect(tally[0]).toBe('Where we are:');
      for (const label of RATINGS) {
        expect(plan.conditionalFormats).toContainEqual(
          expect.objectContaining({
            background: RATING_COLORS[label],
            formula: `=$B${leaderHeader + 2}="${label}"`,
          }),
        );
      }
    },
  );
});

test('the superintendent set already holds the general questions (why it replaces them)', () => {
  const general = getReflectionSet('first-actions').questions.map((q) => q.text);
  const sup = getReflectionSet('superintendent-first-actions').questions.map((q) => q.text);
  expect(general.every((q) => sup.includes(q))).toBe(true);
});

test('choosing another role changes the responsibilities, not only the title', () => {
  const bodies = ROLES.map((r) => JSON.stringify(firstActionsPlan(r.id).values.slice(1)));
  expect(new Set(bodies).size).toBe(ROLES.length);
});

test('an unknown role is a user error', () => {
  expect(() => firstActionsPlan('mayor' as never)).toThrow(UserError);
});
