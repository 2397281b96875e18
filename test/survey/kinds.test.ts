import { LANGUAGES } from '../../src/content/languages';
import {
  getScale,
  isScaleId,
  LINEAR_SCALES,
  linearFavorablePoints,
  SCALES,
  spellings,
} from '../../src/content/scales';
import {
  aggregate,
  detectItems,
  groupRefusal,
  keepLatest,
  normalizeText,
  repeatsMessage,
  type SurveyItem,
  summarizeResponses,
  tickedLabels,
} from '../../src/core/survey';
import { setLookup } from '../../src/core/survey/choices';
import { answerSet } from '../../src/core/survey/readings';
import { at, must, table } from './helpers';

/** One question column; a respondent id beside it, so a blank answer still makes a response. */
const column = (header: string, answers: unknown[]) =>
  table([[header, 'Id'], ...answers.map((a, i) => [a, `r${i}`])]);
const detect = (header: string, answers: unknown[]) => detectItems(column(header, answers));

describe('linear scales', () => {
  it('take every range Forms offers, and nothing else', () => {
    expect(LINEAR_SCALES.map((s) => s.id)).toHaveLength(18);
    for (const id of ['linear1-5', 'linear0-10', 'linear1-2', 'linear0-2', 'linear1-10'])
      expect(isScaleId(id)).toBe(true);
    for (const id of ['linear2-5', 'linear1-11', 'linear1-05', 'linear-1-5', 'linear1-1', 'linear']) {
      expect(isScaleId(id)).toBe(false);
    }
  });

  it('score each number as itself; favorable is the top two points of five, scaled', () => {
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11].map(linearFavorablePoints)).toEqual([1, 2, 2, 2, 3, 3, 4, 4, 4]);
    const five = getScale('linear1-5');
    expect(five.labels.map((l) => [l.label, l.score, l.polarity])).toEqual([
      ['5', 5, 'favorable'],
      ['4', 4, 'favorable'],
      ['3', 3, 'neutral'],
      ['2', 2, 'unfavorable'],
      ['1', 1, 'unfavorable'],
    ]);
    const ten = getScale('linear0-10').labels;
    expect(ten.filter((l) => l.polarity === 'favorable').map((l) => l.label)).toEqual(['10', '9', '8', '7']);
    expect(ten.filter((l) => l.polarity === 'unfavorable').map((l) => l.label)).toEqual(['3', '2', '1', '0']);
  });

  it('are found from whole numbers starting at 0 or 1, typed or as text', () => {
    const d = detect('Useful?', [1, 2, '3', 4, 5, 4, '']);
    expect(d.items[0]).toMatchObject({ kind: 'scale', scaleId: 'linear1-5', alternatives: [], share: 1 });
    // A highest answer of 4 could be a 1-4 or a 1-5 scale: read as 1-5 and reported.
    const four = detect('Useful?', [1, 2, 3, 4, 4]);
    expect(four.items[0]).toMatchObject({ scaleId: 'linear1-5', alternatives: ['linear1-4'] });
    expect(four.messages[0]).toMatch(
      /read as Linear scale 1 to 5 \(the answers also fit Linear scale 1 to 4\)/,
    );
    expect(detect('0-10', [0, 3, 10, 7]).items[0]!.scaleId).toBe('linear0-10');
  });

  it('other numbers are not a scale, and say so', () => {
    for (const answers of [
      [3, 4, 5, 4], // the low end never chosen: a grade, a count
      [1, 12, 30, 7], // above 10
      [1.5, 2, 3, 1], // not whole
    ]) {
      const d = detect('Years', answers);
      expect(d.items).toEqual([]);
      expect(d.skipped).toEqual([
        { column: 'Years', reason: 'numbers that are not a scale' },
        { column: 'Id', reason: 'free text' },
      ]);
    }
  });

  it('aggregate numbers and number text alike', () => {
    const t = column('Q', [5, '5', 4, '1', '', 'x']);
    const s = must(
      aggregate(t, [{ column: 0, header: 'Q', title: 'Q', grid: null, kind: 'scale', scaleId: 'linear1-5' }]),
    );
    expect(s.items[0]).toMatchObject({ n: 4, blank: 1, invalid: 1, favorable: 0.75, mean: 15 / 4 });
    expect(s.items[0]!.labels).toEqual(['5', '4', '3', '2', '1']);
  });
});

describe('worded scales', () => {
  it('read satisfaction (5 and 4 points) and 7-point agreement', () => {
    const sat = detect('Satisfied?', ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'satisfied']);
    expect(sat.items[0]).toMatchObject({ scaleId: 'satisfaction5', alternatives: [] });
    const sat4 = detect('S', ['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied']);
    expect(sat4.items[0]).toMatchObject({ scaleId: 'satisfaction5', alternatives: ['satisfaction4'] });
    const seven = detect('Q', ['Somewhat agree', 'Agree', 'Somewhat disagree', 'Strongly agree']);
    expect(seven.items[0]).toMatchObject({ scaleId: 'agreement7', alternatives: [] });
    const s = must(
      aggregate(column('Q', ['Somewhat agree', 'Agree', 'Somewhat disagree', 'Neutral']), seven.items),
    );
    // 5 + 6 + 3 + 4 = 18 over 4; favorable: Somewhat agree and Agree.
    expect(s.items[0]).toMatchObject({ n: 4, invalid: 0, mean: 4.5, favorable: 0.5 });
  });

  it('a 4-point column with enough answers, every label used, is read as 4 points', () => {
    const answers = Array.from(
      { length: 24 },
      (_, i) => ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'][i % 4],
    );
    const d = detect('Q', answers);
    expect(d.items[0]).toMatchObject({ scaleId: 'agreement4' });
    const s = must(aggregate(column('Q', answers), d.items));
    expect(s.items[0]!.mean).toBe(2.5); // (4 + 3 + 2 + 1) / 4, not (5 + 4 + 2 + 1) / 4
    // With fewer answers, the missing middle is no evidence: the seed's 5-point scale.
    expect(detect('Q', answers.slice(0, 8)).items[0]!.scaleId).toBe('agreement5');
  });

  it('every worded scale has its labels in every language, each spelling naming one label', () => {
    for (const lang of LANGUAGES) {
      if (lang.labels === null) continue;
      for (const scale of SCALES) {
        expect(lang.labels[scale.id as keyof typeof lang.labels]).toHaveLength(scale.labels.length);
      }
    }
    for (const scale of SCALES) {
      const owner = new Map<string, string>();
      for (const l of scale.labels) {
        expect(l.translations?.es?.length).toBeGreaterThan(0);
        for (const sp of spellings(l)) {
          const key = normalizeText(sp);
          expect([undefined, l.label]).toContain(owner.get(key));
          owner.set(key, l.label);
        }
      }
    }
  });

  it("reads Spanish answers, counted under the scale's labels", () => {
    const answers = ['Totalmente de acuerdo', 'De acuerdo', 'en desacuerdo', 'Sin opinión', 'DE ACUERDO'];
    const d = detect('Q', answers);
    expect(d.items[0]).toMatchObject({ scaleId: 'agreement5', alternatives: [] });
    const s = must(aggregate(column('Q', answers), d.items));
    expect(s.items[0]!.counts).toEqual({
      'Strongly agree': 1,
      Agree: 2,
      'No opinion': 1,
      Disagree: 1,
      'Strongly disagree': 0,
    });
    expect(detect('F', ['Siempre', 'A veces', 'Nunca', 'Rara vez']).items[0]!.scaleId).toBe('frequency5');
    expect(detect('S', ['Muy satisfecha', 'Satisfecho', 'Insatisfecho/a']).items[0]!.scaleId).toBe(
      'satisfaction5',
    );
  });
});

describe('single-choice and checkbox questions', () => {
  it('a Yes/No column is a choice question: counts and percents, no favorable or mean', () => {
    const t = column('Recommend?', ['Yes', 'No', 'yes', 'Yes', '', 'No']);
    const d = detectItems(t);
    expect(d.items[0]).toMatchObject({ kind: 'choice', options: ['Yes', 'No'], other: false });
    const s = must(aggregate(t, d.items));
    expect(s.items[0]).toMatchObject({
      kind: 'choice',
      scale: null,
      scaleId: null,
      n: 5,
      blank: 1,
      counts: { Yes: 3, No: 2 },
      percents: { Yes: 60, No: 40 },
      favorable: null,
      mean: null,
    });
  });

  it('answers given once are "Other:" text, counted together', () => {
    const answers = [
      'Teacher',
      'Teacher',
      'Coach',
      'Coach',
      'Teacher',
      'Librarian',
      'Teacher',
      'Coach',
      'Teacher',
      'Nurse',
    ];
    const t = column('Role', answers);
    const d = detectItems(t);
    expect(d.items[0]).toMatchObject({
      kind: 'choice',
      options: ['Teacher', 'Coach'],
      other: true,
      share: 0.8,
    });
    const s = must(aggregate(t, d.items));
    expect(s.items[0]).toMatchObject({ n: 10, counts: { Teacher: 5, Coach: 3, Other: 2 }, other: true });
  });

  it('a column of mostly scale labels with too many others is skipped with how many, not read as choices', () => {
    const answers = ['Agree', 'Agree', 'Disagree', 'Strongly agree', 'Agree', 'Disagree', 'N/A', 'N/A'];
    const d = detect('Q', answers);
    expect(d.items).toEqual([]);
    expect(d.skipped).toEqual([
      {
        column: 'Q',
        reason:
          'fewer than 80% of answers on any known scale: 25% are other answers (such as "Other:" text), 75% are on the closest one (5-point agreement with “No opinion”)',
      },
      { column: 'Id', reason: 'free text' },
    ]);
  });

  it('free text, one answer for everyone, and too few repeats are each skipped with their reason', () => {
    expect(detect('Comments', ['Great', 'More time', 'ok', 'Thanks', 'Loved it']).skipped[0]!.reason).toBe(
      'free text',
    );
    expect(detect('Site', ['North', 'North', 'north']).skipped[0]!.reason).toBe(
      'the same answer in every response: nothing to compare',
    );
    expect(
      detect('Role', ['Teacher', 'Teacher', 'Teacher', 'Coach', 'Nurse', 'Aide']).skipped[0]!.reason,
    ).toBe('text that fits no known scale and repeats too little to be a list of choices');
  });

  it('a checkbox column: choices ticked alone and together; "Other:" text counted once per person', () => {
    const answers = [
      'Coaching, PLCs',
      'PLCs',
      'Coaching',
      'Coaching, PLCs, Online',
      'Online, Book club with friends',
      'Online',
      '',
    ];
    const t = column('Supports', answers);
    const d = detectItems(t);
    expect(d.items[0]).toMatchObject({ kind: 'checkbox', other: true, alternatives: [] });
    const read = d.items[0]!;
    expect(read.kind === 'checkbox' ? [...read.options].sort() : []).toEqual(['Coaching', 'Online', 'PLCs']);
    const s = must(aggregate(t, d.items));
    expect(s.items[0]).toMatchObject({
      n: 6,
      blank: 1,
      invalid: 0,
      counts: { Coaching: 3, PLCs: 3, Online: 3, Other: 1 },
      percents: { Coaching: 50, PLCs: 50, Online: 50, Other: 17 },
      favorable: null,
      mean: null,
    });
  });

  it('choices that hold ", " are matched whole, longest first', () => {
    const reading = {
      kind: 'checkbox' as const,
      scaleId: null,
      options: ['Yes, often', 'Yes', 'No'],
      other: true,
    };
    const lookup = setLookup(answerSet(reading));
    expect(tickedLabels('Yes, often, No', lookup)).toEqual({ labels: [0, 2], unknown: [] });
    expect(tickedLabels('Yes, my own words, with a comma', lookup)).toEqual({
      labels: [1],
      unknown: ['my own words, with a comma'],
    });
  });

  it('one response per group: a choice and a checkbox question broken down like scales', () => {
    const grid = [['Site', 'Recommend?']];
    for (let i = 0; i < 12; i++) grid.push([i < 6 ? 'North' : 'South', i % 3 === 0 ? 'No' : 'Yes']);
    const t = table(grid);
    const items = detectItems(t).items.filter((i) => i.header === 'Recommend?') as SurveyItem[];
    const s = must(aggregate(t, items, { groupBy: { kind: 'value', column: 'Site' }, minGroupSize: 5 }));
    const north = s.groups[0]!;
    expect(north.suppressed).toBe(false);
    if (north.suppressed) return;
    expect(north.items[0]).toMatchObject({ suppressed: false, n: 6, counts: { Yes: 4, No: 2 } });
  });
});

describe('metadata columns in other languages and by their content', () => {
  it('Spanish Forms headers are the timestamp and e-mail columns', () => {
    const d = detectItems(
      table([
        ['Marca temporal', 'Dirección de correo electrónico', 'Q'],
        ['2025/09/02 8:15:03 a. m. GMT-5', 'a@d.org', 'Agree'],
      ]),
    );
    expect(d.timestamp).toBe(0);
    expect(d.email).toBe(1);
    expect(d.skipped.map((s) => s.reason)).toEqual([
      'timestamp (when each response was sent)',
      'e-mail addresses (never summarized)',
    ]);
  });

  it('unknown headers are read by their content', () => {
    const d = detectItems(
      table([
        ['Enviado', 'Correo', 'Q'],
        [at(2025, 9, 2), 'a@d.org', 'Agree'],
        ['9/3/2025 10:00:00', 'b@d.org', 'Agree'],
      ]),
    );
    expect([d.timestamp, d.email]).toEqual([0, 1]);
    expect(d.columns.map((c) => c.kind)).toEqual(['timestamp', 'email', 'item']);
  });
});

describe('repeat submissions', () => {
  const grid = [
    ['Timestamp', 'Email Address', 'Q'],
    [at(2025, 1, 2), 'a@d.org', 'Agree'],
    [at(2025, 1, 1), 'b@d.org', 'Disagree'],
    [at(2025, 1, 3), 'A@d.org ', 'Strongly agree'], // a's latest
    [at(2025, 1, 1), 'b@d.org', 'No opinion'], // same time as b's first: the later row wins
    [at(2025, 1, 1), '', 'Agree'], // no address: always kept
  ];

  it('are always counted, and with one response per person only each latest is kept', () => {
    const all = must(summarizeResponses(grid));
    expect(all.summary.responses).toBe(5);
    expect(all.summary.repeats).toEqual({ addresses: 2, extra: 2, latestOnly: false });
    const one = must(summarizeResponses(grid, { onePerPerson: true }));
    expect(one.summary.responses).toBe(3);
    expect(one.summary.repeats).toEqual({ addresses: 2, extra: 2, latestOnly: true });
    expect(one.summary.items[0]!.counts).toMatchObject({ 'Strongly agree': 1, 'No opinion': 1, Agree: 1 });
    expect(repeatsMessage(one.summary.repeats!)).toBe(
      "2 e-mail addresses answered more than once: only each one's latest response is counted (2 more responses left out).",
    );
  });

  it('are none without an e-mail column', () => {
    const t = table([['Q'], ['Agree']]);
    expect(keepLatest(t, { email: null, timestamp: null, repeats: null }, true).repeats).toBeNull();
  });
});

describe('a breakdown that would show individuals is refused', () => {
  const names = ['Ana', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Ana', 'Kim'];
  const grid = [['Name', 'Q'], ...names.map((n) => [n, 'Agree'])];

  it('names: mostly given once', () => {
    const r = summarizeResponses(grid, { groupBy: { kind: 'value', column: 'Name' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({
      code: 'bad-group-by',
      message:
        '"Name" cannot break the results down: 10 of its 12 answers were given by one respondent only, as names ' +
        'and comments are, so a breakdown would show individuals. Choose a column such as role or school.',
    });
  });

  it('not a column known to hold groups, nor one with too few answers to tell', () => {
    const d = detectItems(table(grid));
    expect(groupRefusal(d, 'Name', ['Name'])).toBeNull();
    expect(groupRefusal(detectItems(table(grid.slice(0, 6))), 'Name')).toBeNull();
  });
});
