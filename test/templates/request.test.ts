import { FRAME_IDS, ROLES } from '../../src/content';
import { isUserError } from '../../src/core/errors';
import { planRows } from '../../src/core/plan';
import {
  parseTemplateRequest,
  planTemplate,
  TEMPLATE_KINDS,
  type TemplateRequest,
  templateSummary,
} from '../../src/core/templates';

/** The message of the UserError that `f` throws (fails if it throws anything else or nothing). */
function userError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!isUserError(e)) throw new Error(`Expected a UserError, got ${String(e)}`);
    return e.message;
  }
  throw new Error('Expected a UserError, got none');
}

describe('parseTemplateRequest: valid requests', () => {
  test('each kind parses to a clean copy', () => {
    expect(parseTemplateRequest({ kind: 'ic-map', role: 'coach', frames: ['rigorous-content'] })).toEqual({
      kind: 'ic-map',
      role: 'coach',
      frames: ['rigorous-content'],
    });
    expect(parseTemplateRequest({ kind: 'checklist', role: 'principal' })).toEqual({
      kind: 'checklist',
      role: 'principal',
    });
    expect(parseTemplateRequest({ kind: 'checklist', role: 'principal', frames: null })).toEqual({
      kind: 'checklist',
      role: 'principal',
    });
    expect(parseTemplateRequest({ kind: 'first-actions', role: 'teacher' })).toEqual({
      kind: 'first-actions',
      role: 'teacher',
    });
    expect(parseTemplateRequest({ kind: 'learning-system', role: 'ignored' })).toEqual({
      kind: 'learning-system',
    });
    expect(parseTemplateRequest({ kind: 'logic-model', extra: 1 })).toEqual({ kind: 'logic-model' });
    expect(parseTemplateRequest({ kind: 'resources', role: 'coach' })).toEqual({ kind: 'resources' });
  });

  test('roles side by side: your role first, then the others in the order given, once each', () => {
    expect(
      parseTemplateRequest({ kind: 'cross-role', role: 'coach', roles: ['teacher', 'coach', 'principal'] }),
    ).toEqual({ kind: 'cross-role', roles: ['coach', 'teacher', 'principal'] });
    expect(
      parseTemplateRequest({ kind: 'cross-role', roles: ['teacher', 'principal'], frames: null }),
    ).toEqual({
      kind: 'cross-role',
      roles: ['teacher', 'principal'],
    });
    expect(
      parseTemplateRequest({
        kind: 'cross-role',
        role: 'principal',
        roles: ['coach'],
        frames: ['conditions-for-success'],
      }),
    ).toEqual({ kind: 'cross-role', roles: ['principal', 'coach'], frames: ['conditions-for-success'] });
    // With no list of other roles at all (not an empty one): your role beside every other role.
    expect(parseTemplateRequest({ kind: 'cross-role', role: 'teacher' })).toEqual({
      kind: 'cross-role',
      roles: ['teacher', ...ROLES.map((r) => r.id).filter((id) => id !== 'teacher')],
    });
  });

  test('frames come back in catalog order without duplicates', () => {
    const req = parseTemplateRequest({
      kind: 'ic-map',
      role: 'coach',
      frames: ['conditions-for-success', 'rigorous-content', 'conditions-for-success'],
    });
    expect(req).toEqual({
      kind: 'ic-map',
      role: 'coach',
      frames: ['rigorous-content', 'conditions-for-success'],
    });
  });

  test('outcomes are cleaned and the title trimmed (left out when blank)', () => {
    expect(
      parseTemplateRequest({ kind: 'ic-map-outcomes', outcomes: [' A ', '', 'A', 'B'], title: '  Mine ' }),
    ).toEqual({
      kind: 'ic-map-outcomes',
      outcomes: ['A', 'B'],
      title: 'Mine',
    });
    expect(parseTemplateRequest({ kind: 'ic-map-outcomes', outcomes: ['A'], title: '  ' })).toEqual({
      kind: 'ic-map-outcomes',
      outcomes: ['A'],
    });
  });

  test('accepts what survived JSON from the sidebar', () => {
    const req: TemplateRequest = {
      kind: 'checklist',
      role: 'superintendent',
      frames: ['transformational-processes'],
    };
    expect(parseTemplateRequest(JSON.parse(JSON.stringify(req)))).toEqual(req);
  });
});

describe('parseTemplateRequest: clear user errors', () => {
  test.each<[string, unknown, RegExp]>([
    ['nothing', undefined, /Choose a template/],
    ['a string', 'ic-map', /Choose a template/],
    ['an array', [], /Choose a template/],
    ['no kind', {}, /Unknown template undefined\. Choose one of: ic-map, ic-map-outcomes/],
    ['unknown kind', { kind: 'survey' }, /Unknown template "survey"/],
    [
      'no role',
      { kind: 'ic-map', frames: ['rigorous-content'] },
      /Choose a role: System\/central office, Superintendent/,
    ],
    ['empty role', { kind: 'first-actions', role: '' }, /Choose a role/],
    [
      'unknown role',
      { kind: 'checklist', role: 'janitor' },
      /Unknown role "janitor"\. Choose one of: system-central-office/,
    ],
    ['role of wrong type', { kind: 'first-actions', role: 3 }, /Unknown role 3/],
    ['no frames for an IC map', { kind: 'ic-map', role: 'coach' }, /at least one standards frame/],
    ['empty frames', { kind: 'ic-map', role: 'coach', frames: [] }, /at least one standards frame/],
    [
      'empty frames for a checklist',
      { kind: 'checklist', role: 'coach', frames: [] },
      /at least one standards frame/,
    ],
    [
      'unknown frame',
      { kind: 'ic-map', role: 'coach', frames: ['rigor'] },
      /Unknown standards frame "rigor"\. Choose from: rigorous-content/,
    ],
    [
      'frames not a list',
      { kind: 'ic-map', role: 'coach', frames: 'rigorous-content' },
      /list of standards frames/,
    ],
    ['outcomes missing', { kind: 'ic-map-outcomes' }, /list of text lines/],
    ['outcomes not text', { kind: 'ic-map-outcomes', outcomes: ['A', 2] }, /list of text lines/],
    ['outcomes all blank', { kind: 'ic-map-outcomes', outcomes: [' ', ''] }, /at least one desired outcome/],
    [
      'too many outcomes',
      { kind: 'ic-map-outcomes', outcomes: Array.from({ length: 501 }, (_, i) => `o${i}`) },
      /at most 500/,
    ],
    ['title not text', { kind: 'ic-map-outcomes', outcomes: ['A'], title: 5 }, /title must be text/],
    ['no roles to compare', { kind: 'cross-role' }, /Choose a role: System\/central office/],
    [
      'an empty list of other roles',
      { kind: 'cross-role', role: 'coach', roles: [] },
      /Choose at least one other role to put beside Coach\./,
    ],
    [
      'only your own role',
      { kind: 'cross-role', role: 'coach', roles: ['coach'] },
      /Choose at least one other role to put beside Coach\./,
    ],
    ['one role in the list', { kind: 'cross-role', roles: ['coach'] }, /at least one other role/],
    ['roles not a list', { kind: 'cross-role', role: 'coach', roles: 'teacher' }, /list of roles/],
    [
      'an unknown role to compare',
      { kind: 'cross-role', role: 'coach', roles: ['mayor'] },
      /Unknown role "mayor"/,
    ],
    [
      'empty frames for roles side by side',
      { kind: 'cross-role', role: 'coach', roles: ['teacher'], frames: [] },
      /at least one standards frame/,
    ],
    [
      'title too long',
      { kind: 'ic-map-outcomes', outcomes: ['A'], title: 'x'.repeat(101) },
      /100 characters/,
    ],
  ])('%s', (_name, input, message) => {
    expect(userError(() => parseTemplateRequest(input))).toMatch(message);
  });
});

describe('TEMPLATE_KINDS', () => {
  test('lists each kind once, with a label and description', () => {
    const kinds = TEMPLATE_KINDS.map((k) => k.kind);
    expect(kinds).toEqual([
      'ic-map',
      'ic-map-outcomes',
      'checklist',
      'cross-role',
      'first-actions',
      'learning-system',
      'logic-model',
      'resources',
    ]);
    for (const k of TEMPLATE_KINDS) {
      expect(k.label.length).toBeGreaterThan(3);
      expect(k.description.length).toBeGreaterThan(20);
      expect(k.needsFrames).toBe(k.frames !== 'none');
    }
  });

  test('the flags match what the parser requires', () => {
    for (const k of TEMPLATE_KINDS) {
      const base: Record<string, unknown> = { kind: k.kind };
      if (k.needsOutcomes) base.outcomes = ['An outcome'];
      if (k.frames === 'required') base.frames = ['rigorous-content'];
      if (k.needsRole) {
        expect(userError(() => parseTemplateRequest(base))).toMatch(/Choose a role/);
        base.role = 'coach';
      }
      if (k.needsRoles) {
        expect(userError(() => parseTemplateRequest({ ...base, roles: [] }))).toMatch(
          /at least one other role/,
        );
      }
      const parsed = parseTemplateRequest(base);
      expect(parsed.kind).toBe(k.kind);
      if (k.frames === 'required') {
        expect(userError(() => parseTemplateRequest({ ...base, frames: undefined }))).toMatch(/frame/);
      }
      if (k.frames === 'optional')
        expect(() => parseTemplateRequest({ ...base, frames: undefined })).not.toThrow();
    }
  });
});

describe('planTemplate and templateSummary', () => {
  const requests: TemplateRequest[] = [
    { kind: 'ic-map', role: 'coach', frames: [...FRAME_IDS] },
    { kind: 'ic-map', role: 'principal', frames: ['conditions-for-success'] },
    { kind: 'ic-map-outcomes', outcomes: ['A', 'B', 'C'], title: 'Ours' },
    { kind: 'checklist', role: 'teacher' },
    { kind: 'checklist', role: 'teacher', frames: ['rigorous-content'] },
    { kind: 'first-actions', role: 'superintendent' },
    { kind: 'first-actions', role: 'coach' },
    { kind: 'cross-role', roles: ['principal', 'coach', 'teacher'] },
    { kind: 'cross-role', roles: ['superintendent', 'state-commissioner'], frames: ['rigorous-content'] },
    { kind: 'learning-system' },
    { kind: 'logic-model' },
    { kind: 'resources' },
  ];

  test.each(requests.map((r) => [JSON.stringify(r), r] as const))('%s', (_name, req) => {
    const plan = planTemplate(req);
    const summary = templateSummary(req);
    expect(summary.title).toBe(plan.title);
    expect(summary.rows).toBe(planRows(plan));
    expect(summary.description.length).toBeGreaterThan(20);
  });

  test('tab titles follow the naming scheme', () => {
    expect(planTemplate({ kind: 'ic-map', role: 'coach', frames: [...FRAME_IDS] }).title).toBe(
      'IC map - Coach',
    );
    expect(planTemplate({ kind: 'ic-map', role: 'coach', frames: ['conditions-for-success'] }).title).toBe(
      'IC map - Coach - Conditions for Success',
    );
    expect(planTemplate({ kind: 'checklist', role: 'principal' }).title).toBe('Action guide - Principal');
    expect(planTemplate({ kind: 'first-actions', role: 'teacher' }).title).toBe('First actions - Teacher');
    expect(planTemplate({ kind: 'learning-system' }).title).toBe('Learning-system reflection');
    expect(planTemplate({ kind: 'logic-model' }).title).toBe('Logic model');
    expect(planTemplate({ kind: 'resources' }).title).toBe('Resources');
    expect(planTemplate({ kind: 'cross-role', roles: ['principal', 'coach'] }).title).toBe(
      'Roles side by side - Principal, Coach',
    );
    expect(planTemplate({ kind: 'cross-role', roles: ROLES.map((r) => r.id) }).title).toBe(
      'Roles side by side - 7 roles',
    );
  });

  test('summaries count what they will insert', () => {
    const coach = ROLES.find((r) => r.id === 'coach')!;
    expect(templateSummary({ kind: 'ic-map', role: 'coach', frames: [...FRAME_IDS] }).description).toMatch(
      new RegExp(`^${coach.responsibilities.length} desired outcomes for Coach`),
    );
    expect(templateSummary({ kind: 'first-actions', role: 'superintendent' }).description).toMatch(
      /^9 reflection questions/,
    );
    expect(templateSummary({ kind: 'first-actions', role: 'teacher' }).description).toMatch(
      /^4 reflection questions .* below the 17 key responsibilities of teachers to select for action\.$/,
    );
    expect(templateSummary({ kind: 'first-actions', role: 'principal' }).description).toMatch(
      /the 15 key responsibilities of principals to select for action and the 4 leaders' action areas to rate\.$/,
    );
    expect(templateSummary({ kind: 'learning-system' }).description).toMatch(
      /^21 statements on learning systems to rate In place, Partly or Not yet, .* then 6 reflection questions\.$/,
    );
    expect(templateSummary({ kind: 'resources' }).description).toMatch(
      /^6 tools \(2\.1–2\.6\) and 5 resources/,
    );
    expect(
      templateSummary({ kind: 'cross-role', roles: ['coach', 'teacher'], frames: ['rigorous-content'] })
        .description,
    ).toMatch(
      /^The key responsibilities of Coach, Teacher side by side \(Rigorous Content for Each Learner\)/,
    );
    expect(templateSummary({ kind: 'ic-map-outcomes', outcomes: ['A', 'A ', 'B'] }).description).toMatch(
      /^2 desired outcomes/,
    );
    expect(templateSummary({ kind: 'ic-map-outcomes', outcomes: ['A'] }).description).toMatch(
      /^1 desired outcome of/,
    );
  });

  test('a request that skipped the parser still fails with a user error', () => {
    expect(userError(() => planTemplate({ kind: 'ic-map', role: 'coach', frames: [] }))).toMatch(/frame/);
    expect(userError(() => planTemplate({ kind: 'first-actions', role: 'x' as never }))).toMatch(
      /Unknown role/,
    );
    expect(userError(() => templateSummary({ kind: 'ic-map-outcomes', outcomes: [] }))).toMatch(/outcome/);
  });
});
