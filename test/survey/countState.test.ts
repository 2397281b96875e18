import fc from 'fast-check';
import { getScale } from '../../src/content/scales';
import {
  addressKey,
  type CountState,
  countNewRows,
  countState,
  encodeGrid,
  type GroupBy,
  type Overrides,
  type SummarizeResponsesOptions,
  summarizeResponses,
} from '../../src/core/survey';
import { must } from './helpers';

/**
 * A refresh counts new rows into the counts kept from earlier rows. Whenever it does not ask for
 * a full count, its summary must be exactly the summary of all the rows counted at once.
 */

const AGREEMENT = getScale('agreement5').labels.map((l) => l.label);
const FREQUENCY = getScale('frequency5').labels.map((l) => l.label);

const mangle = (s: string) =>
  fc.constantFrom(s, s.toUpperCase(), ` ${s} `, s.toLowerCase().replace(' ', '  '));

/** An answer: mostly a label, some blanks, invalid text, numbers, dates and booleans. */
const answer = (labels: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...labels).chain(mangle) },
    { weight: 2, arbitrary: fc.constantFrom('', '  ', null) },
    { weight: 1, arbitrary: fc.constantFrom('Maybe', 'N/A', 'Agreee', 3, 4, true) },
    {
      weight: 1,
      arbitrary: fc.date({ min: new Date(2024, 0, 1), max: new Date(2024, 11, 31), noInvalidDate: true }),
    },
  );

const email = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a@d.org', 'b@d.org', 'c@d.org', 'd@d.org', 'e@d.org') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((i) => `p${i}@d.org`) },
  { weight: 1, arbitrary: fc.constantFrom('A@D.org', ' b@d.org ', '', 7) },
);
const role = fc.constantFrom('Teacher', 'teacher ', 'Coach', 'Principal', 'Other', '', null, 12, '12');
const format = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('In person', 'Online', 'Hybrid') },
  { weight: 1, arbitrary: fc.constantFrom('Book study', 'PLC', '', 'book  STUDY') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((i) => `my own ${i}`) },
);
const topics = fc
  .subarray(['Data', 'Equity', 'Feedback', 'Leadership'], { minLength: 0, maxLength: 3 })
  .chain((t) =>
    fc.constantFrom(t.join(', '), [...t, 'something else'].join(', '), t.join(', ').toUpperCase()),
  );

const HEADER = [
  'Timestamp',
  'Email Address',
  'Role',
  'Q1',
  'Q2',
  'How often [Plan]',
  'Format',
  'Topics',
  'Note',
];

/** A row as Forms writes one; now and then a row with no value, or one reaching past the header. */
const row = (r: number) =>
  fc
    .tuple(
      email,
      role,
      answer(AGREEMENT),
      answer(AGREEMENT),
      answer(FREQUENCY),
      format,
      topics,
      fc.constantFrom('', '', '', 'ok', 'see me'),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(([e, ro, q1, q2, f, fo, t, note, shape]): unknown[] => {
      if (shape === 0) return HEADER.map(() => '');
      const cells = [new Date(2024, 0, 1 + r, 9, shape), e, ro, q1, q2, f, fo, t, note];
      return shape === 1 ? [...cells, 'beyond'] : cells;
    });

const grid = fc
  .integer({ min: 0, max: 70 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, r) => row(r))))
  .map((rows) => [HEADER, ...rows]);

const groupBy: fc.Arbitrary<GroupBy | null> = fc.constantFrom<GroupBy | null>(
  null,
  { kind: 'value', column: 'Role' },
  { kind: 'value', column: 'Format' },
  { kind: 'waves', column: 'Timestamp', cutoffs: ['2024-01-20', '2024-02-10'] },
);
const overrides: fc.Arbitrary<Overrides> = fc.constantFrom<Overrides>(
  {},
  { 'Email Address': 'ignore' },
  { Q2: 'agreement4', Note: 'ignore' },
  { Topics: 'checkbox', Format: 'choice' },
);

/** What a linked Form may say: its choice and checkbox questions, with "Other" (written-in answers). */
const declared = fc.constantFrom<SummarizeResponsesOptions['declared']>(undefined, {
  Format: { kind: 'choice', scaleId: null, options: ['In person', 'Online', 'Hybrid'], other: true },
  Topics: {
    kind: 'checkbox',
    scaleId: null,
    options: ['Data', 'Equity', 'Feedback', 'Leadership'],
    other: true,
  },
  Note: { kind: 'skip', reason: 'free text' },
});

const options = fc.record({
  groupBy,
  overrides,
  declared,
  minGroupSize: fc.integer({ min: 1, max: 6 }),
  onePerPerson: fc.boolean(),
});

/** How many of the first rows gave each address, as the responses tab would answer. */
function priorCounter(rows: readonly (readonly unknown[])[], state: CountState) {
  return (key: string) => {
    if (state.email === null) return 0;
    return rows.filter((r) => addressKey(r[state.email!], state.emailKey) === key).length;
  };
}

describe('counting new rows into kept counts', () => {
  it('gives exactly the summary of all the rows counted at once, or asks for a full count', () => {
    let counted = 0;
    let recounted = 0;
    fc.assert(
      fc.property(grid, options, fc.nat(), (g, opts, cut) => {
        const { declared: said, ...rest } = opts;
        const o: SummarizeResponsesOptions = said ? { ...rest, declared: said } : rest;
        const all = summarizeResponses(g, o);
        const k = 1 + (cut % g.length); // header + k - 1 rows counted first
        const first = g.slice(0, k);
        const before = summarizeResponses(first, o);
        // Options that fail on all rows fail on the first ones too, or were never counted.
        if (!before.ok) return;
        const read = must(encodeGrid(first));
        const state = countState(
          before.value,
          { header: HEADER, dataRows: k - 1, blankRows: read.blankRows, longest: read.longest },
          'settings',
        );
        if (state === null) return;
        const later = must(encodeGrid([HEADER, ...g.slice(k)]));
        const refresh = countNewRows(
          state,
          later,
          { header: HEADER, dataRows: g.length - 1 },
          o,
          'settings',
          priorCounter(first.slice(1), state),
        );
        if (!all.ok) {
          // A breakdown refused by all the rows is refused, or recounted, by the refresh too.
          expect(!refresh.ok || refresh.value.kind === 'recount').toBe(true);
          return;
        }
        const r = must(refresh);
        if (r.kind === 'recount') {
          recounted++;
          return;
        }
        counted++;
        expect(r.summarized.summary).toEqual(all.value.summary);
        // And the state kept after it counts the next rows the same way.
        expect(r.state.responses).toBe(all.value.summary.responses);
      }),
      { numRuns: 400 },
    );
    // The property is about refreshes: most must count, not recount.
    expect(counted).toBeGreaterThan(recounted);
  });

  it('recounts when the header row changed, rows went missing or the settings changed', () => {
    const g = [
      HEADER,
      [new Date(2024, 0, 2), 'a@d.org', 'Coach', 'Agree', 'Agree', 'Often', 'Online', 'Data', ''],
    ];
    const s = countState(
      must(summarizeResponses(g)),
      { header: HEADER, dataRows: 1, blankRows: 0, longest: 0 },
      'x',
    )!;
    const later = must(encodeGrid([HEADER]));
    const none = () => 0;
    const reason = (r: ReturnType<typeof countNewRows>) =>
      r.ok && r.value.kind === 'recount' ? r.value.reason : null;
    expect(reason(countNewRows(s, later, { header: HEADER, dataRows: 1 }, {}, 'y', none))).toMatch(
      /settings/,
    );
    const renamed = [...HEADER.slice(0, -1), 'Notes'];
    expect(reason(countNewRows(s, later, { header: renamed, dataRows: 1 }, {}, 'x', none))).toMatch(
      /header row/,
    );
    expect(reason(countNewRows(s, later, { header: HEADER, dataRows: 0 }, {}, 'x', none))).toMatch(/removed/);
    expect(countNewRows(s, later, { header: HEADER, dataRows: 1 }, {}, 'x', none)).toMatchObject({
      ok: true,
      value: { kind: 'counted' },
    });
  });

  it('keeps "Other:" answers of a question the Form declares as one, so they never outgrow the state', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ['Teacher', i % 3 ? 'Online' : `my own idea ${i}`]);
    const g = [['Role', 'Format'], ...rows];
    const o: SummarizeResponsesOptions = {
      declared: { Format: { kind: 'choice', scaleId: null, options: ['In person', 'Online'], other: true } },
    };
    const read = { header: g[0]!, dataRows: 2_000, blankRows: 0, longest: 0 };
    const state = countState(must(summarizeResponses(g, o)), read, 's')!;
    expect(state.columns[1]!.values).toEqual(['smy own idea 0', 'sOnline']);
    // Undeclared, the same answers are read from themselves, and each must be kept: too many.
    expect(countState(must(summarizeResponses(g)), read, 's')).toBeNull();
  });

  it('keeps no state for a column of many different answers, nor when one response per person left some out', () => {
    const many = [['Name', 'Q'], ...Array.from({ length: 600 }, (_, i) => [`Person ${i}`, 'Agree'])];
    const read = { header: many[0]!, dataRows: 600, blankRows: 0, longest: 0 };
    expect(countState(must(summarizeResponses(many)), read, 's')).toBeNull();
    const twice = [
      ['Email Address', 'Q'],
      ['a@d.org', 'Agree'],
      ['a@d.org', 'Disagree'],
    ];
    const t = { header: twice[0]!, dataRows: 2, blankRows: 0, longest: 0 };
    expect(countState(must(summarizeResponses(twice, { onePerPerson: true })), t, 's')).toBeNull();
    expect(countState(must(summarizeResponses(twice)), t, 's')).not.toBeNull();
  });
});
