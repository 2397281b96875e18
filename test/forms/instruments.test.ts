import { FRAME_IDS, FRAMES, ROLES, responsibilitiesFor, WHERE_ARE_WE_NOW } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { getScale } from '../../src/content/scales';
import { UserError } from '../../src/core/errors';
import {
  type FormItemPlan,
  IC_COLUMNS,
  MAX_CHOICE_TEXT,
  parseSurveyRequest,
  surveyFormPlan,
} from '../../src/core/forms';
import { labelLookup } from '../../src/core/survey';

type Grid = FormItemPlan & { kind: 'grid' };
const grids = (items: readonly FormItemPlan[]) => items.filter((i): i is Grid => i.kind === 'grid');
const plan = (x: unknown) => surveyFormPlan(parseSurveyRequest(x));

describe('Where are we now?', () => {
  const p = plan({ instrument: 'where-are-we-now' });

  it('is one required grid: the five statements word for word, the agreement labels in order', () => {
    expect(p.items).toHaveLength(1);
    const [g] = grids(p.items);
    expect(g!.rows).toEqual([
      'Our school district has embraced a vision and mission for professional learning.',
      'Our school district has adopted a formal definition of professional learning.',
      'Our school district leaders align their advocacy and practice to the district vision, mission, and definition of professional learning.',
      'Every educator in our district engages in effective professional learning every day so that every student achieves.',
      'Professional learning in our schools occurs primarily within learning communities committed to continuous improvement.',
    ]);
    expect(g!.rows).toEqual(WHERE_ARE_WE_NOW.statements.map((s) => s.text));
    expect(g!.columns).toEqual(['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree']);
    expect(g!.scaleId).toBe('agreement5');
    expect(g!.required).toBe(true);
  });

  it('has a title, instructions, and says answers are used in aggregate with small groups hidden', () => {
    expect(p.title).toBe('Where are we now?');
    expect(p.description).toMatch(/how strongly you agree or disagree/);
    expect(p.description).toMatch(/only in aggregate/);
    expect(p.description).toMatch(/groups too small .* never reported/);
    expect(p.collectEmail).toBe(false);
    expect(p.description).not.toMatch(/email/i);
    expect(p.confirmation).not.toBe('');
  });

  it('takes a title of its own and notes email collection', () => {
    const q = plan({ instrument: 'where-are-we-now', title: '  Spring   check-in ', collectEmail: true });
    expect(q.title).toBe('Spring check-in');
    expect(q.collectEmail).toBe(true);
    expect(q.description).toMatch(/records your email address/);
  });
});

describe('IC self-assessment', () => {
  it("earlier versions' answer columns are still read by the ic-levels scale, in level order", () => {
    const lookup = labelLookup(getScale('ic-levels'));
    expect(IC_COLUMNS.map((c) => lookup.get(c.toLowerCase()))).toEqual([0, 1, 2, 3, 4]);
  });

  type Choice = FormItemPlan & { kind: 'choice' };
  const questions = (items: readonly FormItemPlan[]) => items.filter((i): i is Choice => i.kind === 'choice');

  it.each(ROLES.map((r) => [r.id, r] as const))(
    'for %s: a page per frame, then one question per responsibility whose choices are its level descriptions',
    (id, role) => {
      const p = plan({ instrument: 'ic-self-assessment', role: id });
      expect(grids(p.items)).toEqual([]);
      // Pages and questions in order: each frame's page, then its responsibilities.
      const expected = FRAMES.flatMap((f) => [
        `page:${f.name}`,
        ...role.responsibilities.filter((r) => r.frame === f.id).map((r) => `choice:${r.text}`),
      ]);
      expect(p.items.map((i) => `${i.kind}:${i.title}`)).toEqual(expected);
      expect(p.items.filter((i) => i.kind === 'page').map((i) => i.key)).toEqual(
        FRAME_IDS.map((f) => `ic.${f}`),
      );
      const qs = questions(p.items);
      expect(qs.map((q) => q.key)).toEqual(role.responsibilities.map((r) => r.id));
      for (const q of qs) {
        expect(q.choices).toEqual([...levelDescriptionsFor(q.key), 'Not sure']);
        expect(q.scored).toEqual({
          scaleId: 'ic-levels',
          labels: ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not sure'],
        });
        // Each label once, each on the scale: the schema can map every description back.
        const lookup = labelLookup(getScale('ic-levels'));
        expect(q.scored!.labels.map((l) => lookup.get(l.toLowerCase()))).toEqual([0, 1, 2, 3, 4]);
        expect(q.required).toBe(true);
        expect(new Set(q.choices.map((c) => c.toLowerCase())).size).toBe(5);
        for (const c of q.choices) expect(c.length).toBeLessThanOrEqual(MAX_CHOICE_TEXT);
      }
      expect(p.title).toBe(`IC self-assessment - ${role.name}`);
      expect(p.description).toContain(role.heading.toLowerCase());
      expect(p.description).toMatch(/choose the one closest to your own practice now/);
      expect(p.description).toMatch(/written for this add-on/);
      expect(p.description).not.toMatch(/Level 1 is the ideal/);
    },
  );

  it('the longest authored description fits well within the choice cap', () => {
    const longest = Math.max(
      ...ROLES.flatMap((r) =>
        r.responsibilities.flatMap((x) => levelDescriptionsFor(x.id).map((d) => d.length)),
      ),
    );
    expect(longest).toBeLessThan(MAX_CHOICE_TEXT * 0.7);
  });

  it('keeps the chosen frames only, in catalog order, and names them in the title', () => {
    const p = plan({
      instrument: 'ic-self-assessment',
      role: 'coach',
      frames: ['conditions-for-success', 'rigorous-content', 'rigorous-content'],
    });
    expect(p.items.filter((i) => i.kind === 'page').map((g) => g.title)).toEqual([
      'Rigorous Content for Each Learner',
      'Conditions for Success',
    ]);
    expect(questions(p.items).map((q) => q.key)).toEqual(
      responsibilitiesFor('coach', ['rigorous-content', 'conditions-for-success']).map((r) => r.id),
    );
    expect(p.title).toBe(
      'IC self-assessment - Coach (Rigorous Content for Each Learner; Conditions for Success)',
    );
  });
});

describe('options', () => {
  it('role and school add an "About you" section with two optional drop-downs, last', () => {
    const p = plan({
      instrument: 'ic-self-assessment',
      role: 'teacher',
      askRole: true,
      askSchool: true,
      schools: [' Lincoln Elementary ', '', 'Central Office'],
    });
    const tail = p.items.slice(-3);
    // The IC self-assessment is in pages, so "About you" is a page of its own.
    expect(tail.map((i) => [i.kind, i.key, i.title])).toEqual([
      ['page', 'about', 'About you'],
      ['list', 'role', 'Your role'],
      ['list', 'school', 'School or office'],
    ]);
    type List = FormItemPlan & { kind: 'list' };
    const [, role, school] = tail as [FormItemPlan, List, List];
    expect(role.choices).toEqual([...ROLES.map((r) => r.name), 'Other']);
    expect(school.choices).toEqual(['Lincoln Elementary', 'Central Office']);
    expect(role.required).toBe(false);
  });

  it('only role, or only school', () => {
    const r = plan({ instrument: 'where-are-we-now', askRole: true });
    expect(r.items.map((i) => i.key)).toEqual(['where-are-we-now', 'about', 'role']);
    expect(r.items[1]!.kind).toBe('section');
    const s = plan({ instrument: 'where-are-we-now', askSchool: true, schools: ['A'] });
    expect(s.items.map((i) => i.key)).toEqual(['where-are-we-now', 'about', 'school']);
  });

  it('a schools list is ignored (not checked) when schools are not asked for', () => {
    expect(parseSurveyRequest({ instrument: 'where-are-we-now', schools: 'junk' }).schools).toEqual([]);
  });
});

describe('bad requests are UserErrors naming what to fix', () => {
  it.each<[unknown, RegExp]>([
    [null, /Choose a survey/],
    ['where-are-we-now', /Choose a survey/],
    [{}, /Unknown survey undefined/],
    [{ instrument: 'pulse' }, /Unknown survey "pulse".*where-are-we-now, ic-self-assessment/],
    [{ instrument: 'ic-self-assessment' }, /Choose the role.*Coach/],
    [{ instrument: 'ic-self-assessment', role: 'janitor' }, /Unknown role "janitor"/],
    [{ instrument: 'ic-self-assessment', role: 'coach', frames: [] }, /at least one standards frame/],
    [{ instrument: 'ic-self-assessment', role: 'coach', frames: 'all' }, /Frames must be a list/],
    [
      { instrument: 'ic-self-assessment', role: 'coach', frames: ['equity'] },
      /Unknown standards frame "equity"/,
    ],
    [{ instrument: 'where-are-we-now', askRole: 'yes' }, /"Ask for role" must be on or off/],
    [{ instrument: 'where-are-we-now', collectEmail: 1 }, /"Collect email addresses" must be on or off/],
    [{ instrument: 'where-are-we-now', title: 7 }, /title must be text/],
    [{ instrument: 'where-are-we-now', title: 'x'.repeat(151) }, /Shorten the survey title to 150/],
    [{ instrument: 'where-are-we-now', askSchool: true }, /Schools must be a list/],
    [{ instrument: 'where-are-we-now', askSchool: true, schools: [] }, /Type the schools/],
    [{ instrument: 'where-are-we-now', askSchool: true, schools: [' ', ''] }, /Type the schools/],
    [{ instrument: 'where-are-we-now', askSchool: true, schools: ['A', 3] }, /Schools must be a list/],
    [
      { instrument: 'where-are-we-now', askSchool: true, schools: ['Oak', 'oak '] },
      /"oak" is listed twice \(as "Oak"\)/,
    ],
    [{ instrument: 'where-are-we-now', askSchool: true, schools: ['Oak', 'Oak'] }, /"Oak" is listed twice:/],
    [{ instrument: 'where-are-we-now', askSchool: true, schools: ['x'.repeat(101)] }, /to 100 characters/],
    [
      {
        instrument: 'where-are-we-now',
        askSchool: true,
        schools: Array.from({ length: 301 }, (_, i) => `S${i}`),
      },
      /at most 300/,
    ],
  ])('%#: %s', (req, message) => {
    let thrown: unknown;
    try {
      parseSurveyRequest(req);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(message);
  });
});
