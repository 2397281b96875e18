import { getRole, responsibilitiesFor } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import {
  type FormItemInfo,
  labelAnswers,
  labelOfAnswer,
  MIN_MARGIN,
  MIN_OVERLAP,
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

/** The form's items now: ids 100.. in plan order. */
const current = (): FormItemInfo[] =>
  plan.items.map((item, i) => ({ id: 100 + i, title: item.title, rows: [] }));

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
  const r = summarizeResponses(labelled.grid, { overrides: m.overrides });
  if (!r.ok) throw new Error(r.problem.message);
  const messages = [...m.messages, ...labelled.messages];
  return { m, messages, summary: relabelSummary(r.value.summary, m.columns, m.choices) };
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

  it('a choice is known by its text, not its place: the order of the choices is never read', () => {
    const { summary } = summarize(grid([D1[2], D1[2], D1[0]]), current());
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 1': 1, 'Level 3': 2 });
  });

  it('a choice reworded in the form: its answers count as the level of the choice it replaced, and a note says so', () => {
    const reworded = D1[1].replace(/\.$/, ', and keeps a log.');
    const { messages, summary } = summarize(grid([D1[1], reworded, reworded, D1[0]]), current());
    expect(summary.items[0]!.counts).toMatchObject({ 'Level 1': 1, 'Level 2': 3 });
    expect(summary.items[0]!.invalid).toBe(0);
    expect(messages).toEqual([
      expect.stringMatching(
        /: 2 answers are a choice reworded in the form since the survey was made, read as the level/,
      ),
    ]);
    expect(messages[0]).not.toContain('keeps a log');
  });

  it('an answer rewritten beyond recognition is not guessed: counted as not on the scale', () => {
    const { messages, summary } = summarize(grid(['Something else entirely', D1[0]]), current());
    expect(messages).toEqual([]);
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
    const { messages, summary } = summarize(grid([D1[3], D1[3]]), null);
    expect(messages).toEqual([]);
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
    const out = labelAnswers(g, HEADERS, m.answers).grid;
    expect(out[1]![1]).toBe('Level 1');
    expect(JSON.stringify(g)).toBe(before);
  });
});

describe('labelOfAnswer', () => {
  const recorded = [
    { choice: 'Meets weekly with every team to plan lessons and review student work', label: 'Level 1' },
    { choice: 'Meets monthly with some teams to plan lessons and review student work', label: 'Level 2' },
    { choice: 'Not sure', label: 'Not sure' },
  ];

  it('reads the recorded choices, case and spacing aside', () => {
    expect(labelOfAnswer('  not   SURE ', recorded)).toBe('Not sure');
    expect(labelOfAnswer(recorded[1]!.choice.toUpperCase(), recorded)).toBe('Level 2');
  });

  it('reads a plain rewording as the choice it resembles', () => {
    expect(
      labelOfAnswer('Meets weekly with every team to plan lessons and to review student work.', recorded),
    ).toBe('Level 1');
  });

  it('does not guess between two levels written in parallel', () => {
    // 0.82 like the Level 1 choice, 0.91 like the Level 2 one: too close to call, so no level.
    expect(labelOfAnswer('Meets with teams to plan lessons and review student work', recorded)).toBeNull();
    expect(labelOfAnswer('Something else', recorded)).toBeNull();
  });

  it('needs most words shared, and a clear lead over every other level', () => {
    expect(MIN_OVERLAP).toBeGreaterThanOrEqual(0.75);
    expect(MIN_MARGIN).toBeGreaterThan(0);
  });

  it('word overlap: shared words over all words', () => {
    expect(wordOverlap('a b c d', 'a b c d')).toBe(1);
    expect(wordOverlap('a b c d', 'a b x y')).toBe(0.5);
    expect(wordOverlap('', 'a')).toBe(0);
    expect(wordOverlap('Not sure', "I'm not sure")).toBeCloseTo((2 * 2) / 6);
  });
});

it('every role: each description and "Not sure" reads as its own label, and no description as another level', () => {
  for (const role of [
    'system-central-office',
    'superintendent',
    'principal',
    'coach',
    'teacher',
    'external-partner',
    'state-commissioner',
  ] as const) {
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
      expect(item.answers!.map((a) => labelOfAnswer(a.choice, item.answers!))).toEqual([
        'Level 1',
        'Level 2',
        'Level 3',
        'Level 4',
        'Not sure',
      ]);
    }
  }
});
