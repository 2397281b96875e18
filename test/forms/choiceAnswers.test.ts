import { getRole, responsibilitiesFor } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import {
  answerLookup,
  type FormItemInfo,
  labelAnswers,
  mapColumns,
  parseSurveyRequest,
  relabelSummary,
  type SurveySchema,
  schemaFromPlan,
  surveyFormPlan,
  wordOverlap,
} from '../../src/core/forms';
import { readTable, summarizeResponses } from '../../src/core/survey';

/**
 * The IC self-assessment asks for descriptions; the survey's record maps each back to its
 * level, so answers are read by what they say, however the choices are ordered or reworded.
 */
const REQ = { instrument: 'ic-self-assessment', role: 'coach', frames: ['rigorous-content'] };
const plan = surveyFormPlan(parseSurveyRequest(REQ));
const schema: SurveySchema = schemaFromPlan(
  parseSurveyRequest(REQ),
  plan,
  'form-ic',
  plan.items.map((_, i) => 100 + i),
  '2025-01-01T00:00:00Z',
);
const resps = responsibilitiesFor('coach', ['rigorous-content']);
const [first] = resps;
const D1 = levelDescriptionsFor(first!.id);

/** The form's items now: ids 100.. in plan order, with each question's choices. */
function current(edit: (id: string, choices: string[]) => string[] = (_, c) => c): FormItemInfo[] {
  return plan.items.map((item, i) => ({
    id: 100 + i,
    title: item.title,
    rows: [],
    ...(item.kind === 'choice' ? { choices: edit(item.key, [...item.choices]) } : {}),
  }));
}

const HEADERS = ['Timestamp', ...resps.map((r) => r.text)];

/** Responses choosing, per respondent, a level (0..3) or 'Not sure' (4) for the first question. */
function grid(firstAnswers: readonly string[]): unknown[][] {
  return [
    [...HEADERS],
    ...firstAnswers.map((a, i) => [
      new Date(2025, 0, 1 + i),
      a,
      ...resps.slice(1).map((r) => levelDescriptionsFor(r.id)[1]),
    ]),
  ];
}

function summarize(g: unknown[][], items: FormItemInfo[] | null) {
  const m = mapColumns(g[0] as string[], schema, items);
  const head = readTable(g.slice(0, 1));
  if (!head.ok) throw new Error(head.problem.message);
  const labelled = labelAnswers(g, head.value.headers, m.answers);
  const r = summarizeResponses(labelled, { overrides: m.overrides });
  if (!r.ok) throw new Error(r.problem.message);
  return { m, summary: relabelSummary(r.value.summary, m.columns, m.choices) };
}

describe('IC self-assessment answers', () => {
  it('each question is one column, read on the IC scale through its recorded choices', () => {
    const m = mapColumns(HEADERS, schema, current());
    expect(Object.keys(m.choices)).toEqual(resps.map((r) => r.text));
    for (const r of resps) {
      expect(m.overrides[r.text]).toBe('ic-levels');
      expect(m.choices[r.text]).toMatchObject({ key: r.id, title: r.text, scaleId: 'ic-levels' });
    }
    expect(m.messages).toEqual([]);
  });

  it('counts each description as its level (worked out by hand)', () => {
    // 3 x Level 1, 2 x Level 2, 1 x Level 4, 1 x Not sure.
    const answers = [D1[0], D1[0], D1[0], D1[1], D1[1], D1[3], 'Not sure'];
    const { summary } = summarize(grid(answers), current());
    const item = summary.items.find((i) => i.title === first!.text)!;
    expect(item).toMatchObject({
      grid: null,
      scaleId: 'ic-levels',
      n: 7,
      invalid: 0,
      counts: { 'Level 1': 3, 'Level 2': 2, 'Level 3': 0, 'Level 4': 1, 'Not sure': 1 },
    });
    expect(item.favorable).toBeCloseTo(5 / 7);
  });

  it('shuffled choices still map: a choice is known by its text, not its place', () => {
    const shuffled = current((_, c) => [c[3]!, c[4]!, c[0]!, c[2]!, c[1]!]);
    const { m, summary } = summarize(grid([D1[2], D1[2], D1[0]]), shuffled);
    expect(m.messages).toEqual([]);
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 1': 1, 'Level 3': 2 });
  });

  it('a reworded choice maps to the level it replaced; answers before and after count alike', () => {
    const reworded = `${D1[1].replace(/\.$/, '')}, and keeps a short log.`.replace('Talks', 'Chats');
    const items = current((id, c) => (id === first!.id ? c.map((x, k) => (k === 1 ? reworded : x)) : c));
    const { m, summary } = summarize(grid([D1[1], reworded, reworded, D1[0]]), items);
    expect(m.messages).toEqual([]);
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 1': 1, 'Level 2': 3 });
    expect(summary.items[0]!.invalid).toBe(0);
  });

  it('a choice rewritten beyond recognition is not guessed: counted as not on the scale, and named', () => {
    const items = current((id, c) => (id === first!.id ? [...c.slice(0, 4), 'Something else entirely'] : c));
    const { m, summary } = summarize(grid(['Something else entirely', D1[0]]), items);
    expect(m.messages).toEqual([
      expect.stringMatching(/the choice "Something else entirely" was added or rewritten in the form/),
    ]);
    expect(summary.items[0]).toMatchObject({ n: 1, invalid: 1 });
  });

  it('a renamed question maps through its item id and is shown with its new title', () => {
    const items = current().map((i) => (i.id === 101 ? { ...i, title: 'Knowing our students' } : i));
    const g = grid([D1[0], D1[0]]);
    (g[0] as string[])[1] = 'Knowing our students';
    const { summary } = summarize(g, items);
    expect(summary.items[0]).toMatchObject({ title: 'Knowing our students', grid: null, n: 2 });
  });

  it('a question deleted from the form keeps its column, still read through its recorded choices', () => {
    const items = current().filter((i) => i.id !== 101);
    const { m, summary } = summarize(grid([D1[2], D1[0]]), items);
    expect(m.messages).toEqual([
      `The question "${first!.text}" is no longer in the form; its column is read through the choices recorded when the survey was made.`,
    ]);
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 1': 1, 'Level 3': 1 });
    expect(summary.items.map((i) => i.title)).toEqual(resps.map((r) => r.text));
  });

  it('without the form (deleted, or shared no more), the recorded choices still map', () => {
    const { m, summary } = summarize(grid([D1[3], D1[3]]), null);
    expect(m.messages).toEqual([]);
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 4': 2 });
  });

  it('answers that match no choice stay as they are, so they count as invalid, never dropped', () => {
    const { summary } = summarize(grid(['Maybe', D1[0], '']), current());
    expect(summary.items[0]).toMatchObject({ n: 1, invalid: 1, blank: 1 });
    expect(summary.items[0]!.invalidValues).toEqual([{ value: 'Maybe', count: 1 }]);
  });

  it('the sheet is not written: the labelled grid is a copy, and the input is unchanged', () => {
    const g = grid([D1[0]]);
    const before = JSON.stringify(g);
    const m = mapColumns(HEADERS, schema, current());
    const out = labelAnswers(g, HEADERS, m.answers);
    expect(out[1]![1]).toBe('Level 1');
    expect(JSON.stringify(g)).toBe(before);
  });
});

describe('answerLookup', () => {
  const recorded = [
    { choice: 'Meets weekly with every team to plan', label: 'Level 1' },
    { choice: 'Meets monthly with some teams to plan', label: 'Level 2' },
  ];

  it('a rewording closer to one recorded choice than the other maps to the closer one', () => {
    const r = answerLookup('Q', recorded, ['Meets monthly with teams to plan']);
    expect(r.lookup.get('meets monthly with teams to plan')).toBe('Level 2');
    expect(r.messages).toEqual([]);
  });

  it('ties between two recorded choices of different levels are left unmatched', () => {
    const tied = [
      { choice: 'alpha beta gamma delta', label: 'Level 1' },
      { choice: 'alpha beta epsilon zeta', label: 'Level 2' },
    ];
    const r = answerLookup('Q', tied, ['alpha beta']);
    expect(r.lookup.has('alpha beta')).toBe(false);
    expect(r.messages).toHaveLength(1);
  });

  it('each recorded choice is claimed by one reworded choice at most', () => {
    const r = answerLookup('Q', recorded.slice(0, 1), [
      'Meets weekly with every team to plan lessons',
      'Meets weekly with every team to plan units',
    ]);
    expect([...r.lookup.values()].filter((l) => l === 'Level 1')).toHaveLength(2); // the original + one
    expect(r.messages).toHaveLength(1);
  });

  it('word overlap: shared words over all words', () => {
    expect(wordOverlap('a b c d', 'a b c d')).toBe(1);
    expect(wordOverlap('a b c d', 'a b x y')).toBe(0.5);
    expect(wordOverlap('', 'a')).toBe(0);
    expect(wordOverlap('Not sure', "I'm not sure")).toBeCloseTo((2 * 2) / 6);
  });
});

it('every role: the recorded choices map all four descriptions and "Not sure" to their labels', () => {
  for (const role of ['coach', 'teacher', 'principal', 'superintendent'] as const) {
    const req = parseSurveyRequest({ instrument: 'ic-self-assessment', role });
    const p = surveyFormPlan(req);
    const s = schemaFromPlan(
      req,
      p,
      'f',
      p.items.map((_, i) => i + 1),
      '2025-01-01T00:00:00Z',
    );
    expect(s.items).toHaveLength(getRole(role).responsibilities.length);
    for (const item of s.items) {
      const { lookup } = answerLookup(item.title, item.answers!, null);
      expect([...lookup.values()]).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not sure']);
    }
  }
});
