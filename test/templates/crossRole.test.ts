import {
  FRAME_IDS,
  FRAMES,
  getRole,
  ROLES,
  type RoleId,
  STANDARDS,
  standardOfResponsibility,
} from '../../src/content';
import { isUserError } from '../../src/core/errors';
import {
  CONNECTS_HEADER,
  crossRolePlan,
  LEAD_HEADER,
  NONE_LISTED,
  normalizeRoles,
} from '../../src/core/templates/crossRole';

/** The responsibilities a cell lists: one, or several marked with bullets. */
const listed = (cell: unknown): string[] =>
  cell === NONE_LISTED
    ? []
    : String(cell)
        .split('\n')
        .map((l) => l.replace(/^• /, ''));

describe.each([
  [['principal', 'coach', 'teacher']],
  [['superintendent', 'system-central-office']],
  [ROLES.map((r) => r.id)],
] as RoleId[][][])('roles side by side: %j', (roleIds) => {
  const plan = crossRolePlan(roleIds);
  const v = plan.values;
  const header = v.findIndex((r) => r[0] === 'Standard') + 1;

  test('a column per role, your own first, then who leads and where the work connects', () => {
    expect(v[header - 1]).toEqual([
      'Standard',
      ...roleIds.map((id) => getRole(id).name),
      LEAD_HEADER,
      CONNECTS_HEADER,
    ]);
    expect(plan.frozenRows).toBe(header);
    expect(v[1]![0]).toBe(
      'We recommend starting with the key responsibilities for your role, then considering those of other roles to see how the responsibilities complement and support each other and how collaboration is embedded throughout.',
    );
    expect(v[2]![0]).toMatch(/this add-on's reading/);
  });

  test('a row per standard under its frame; every responsibility of every role once, word for word, under its standard', () => {
    const rows = v.slice(header);
    const frameRows = rows.filter((r) => FRAMES.some((f) => f.name === r[0]));
    expect(frameRows.map((r) => r[0])).toEqual(FRAMES.map((f) => f.name));
    const standardRows = rows.filter((r) => STANDARDS.some((s) => s.name === r[0]));
    expect(standardRows.map((r) => r[0])).toEqual(STANDARDS.map((s) => s.name));
    roleIds.forEach((id, k) => {
      const placed = standardRows.flatMap((r) => {
        const standard = STANDARDS.find((s) => s.name === r[0])!;
        return listed(r[k + 1]).map((text) => ({ text, standard: standard.id }));
      });
      expect(placed).toEqual(
        getRole(id)
          .responsibilities.map((r) => ({ text: r.text, standard: standardOfResponsibility(r.id) }))
          .sort(
            (a, b) =>
              STANDARDS.findIndex((s) => s.id === a.standard) -
              STANDARDS.findIndex((s) => s.id === b.standard),
          ),
      );
    });
  });

  test("who takes the lead is a choice of the roles shown (or the team's own words)", () => {
    const leadCol = roleIds.length + 2;
    const rules = plan.formats.validations.flatMap((row) => (row[leadCol - 1] ? [row[leadCol - 1]] : []));
    expect(rules).toHaveLength(STANDARDS.length);
    for (const rule of rules) {
      expect(rule).toMatchObject({
        kind: 'list',
        values: roleIds.map((id) => getRole(id).name),
        allowInvalid: true,
      });
    }
  });
});

test('the principal has no responsibility under Culture of Collaborative Inquiry, and the tab says so', () => {
  const plan = crossRolePlan(['principal', 'coach']);
  const row = plan.values.find((r) => r[0] === 'Culture of Collaborative Inquiry')!;
  expect(row[1]).toBe(NONE_LISTED);
  expect(row[2]).toBe('Support continuous collaborative learning for all educators.');
});

test('chosen frames only, in catalog order', () => {
  const plan = crossRolePlan(['teacher', 'coach'], ['conditions-for-success', 'rigorous-content']);
  const sections = plan.values.map((r) => r[0]).filter((a) => FRAMES.some((f) => f.name === a));
  expect(sections).toEqual(['Rigorous Content for Each Learner', 'Conditions for Success']);
  expect(plan.values.some((r) => r[0] === 'Evidence')).toBe(false);
});

test('the same number of rows, merges and protections however many roles', () => {
  const shape = (ids: RoleId[]) => {
    const p = crossRolePlan(ids, FRAME_IDS);
    return [p.values.length, p.merges.length, p.protections.length, p.rowHeights.length];
  };
  expect(shape(['coach', 'teacher'])).toEqual(shape(ROLES.map((r) => r.id)));
});

test.each<[unknown[], RegExp]>([
  [['coach'], /Choose at least one other role to put beside Coach\./],
  [['coach', 'coach'], /at least one other role/],
  [[], /Choose at least two roles/],
  [['coach', 'mayor'], /Unknown role "mayor"/],
])('roles %j: a user error', (roles, message) => {
  let caught: unknown;
  try {
    normalizeRoles(roles);
  } catch (e) {
    caught = e;
  }
  expect(isUserError(caught)).toBe(true);
  expect((caught as Error).message).toMatch(message);
});
