/**
 * No differencing: what others see (the shared copy) moves only in steps that cannot be subtracted
 * to reveal anyone (src/core/summary/publish.ts).
 *
 * The attacker of these tests knows, for every figure ever published, exactly which respondents
 * it counts (the worst case: they saw who walked in when), and combines figures of any versions
 * by addition and subtraction (any linear combination). A set of respondents is revealed when its
 * indicator lies in the span of the published sets: then its answers' counts can be computed.
 * The property: no revealed set has fewer than the minimum respondents, or between 1 and the
 * minimum minus one valid answers to the item.
 */
import fc from 'fast-check';
import { getScale } from '../../src/content/scales';
import {
  advancePublication,
  decodePublication,
  encodePublication,
  type Publication,
  publishedSummary,
} from '../../src/core/summary/publish';
import { summarizeResponses, type SurveySummary } from '../../src/core/survey';

const LABELS = getScale('agreement5').labels.map((l) => l.label);
const ANSWERS = [...LABELS, ''];
const GROUPS = ['Teacher', 'Coach', 'Principal'] as const;
const ITEMS = ['Q1', 'Q2'] as const;

interface Person {
  readonly group: number;
  /** Per item: an index into ANSWERS (the last is blank). */
  readonly answers: readonly number[];
}

function grid(people: readonly Person[]): unknown[][] {
  return [
    ['Timestamp', 'Role', ...ITEMS],
    ...people.map((p, i) => [
      new Date(Date.UTC(2026, 2, 2, 9) + i * 60_000),
      GROUPS[p.group],
      ...p.answers.map((a) => ANSWERS[a]),
    ]),
  ];
}

function summarize(people: readonly Person[], min: number, breakdown: boolean): SurveySummary {
  const r = summarizeResponses(grid(people), {
    minGroupSize: min,
    overrides: { Q1: 'agreement5', Q2: 'agreement5', Role: 'ignore' },
    groupBy: breakdown ? { kind: 'value', column: 'Role' } : null,
  });
  if (!r.ok) throw new Error(r.problem.message);
  return r.value.summary;
}

// ---- linear algebra over GF(p): is a 0/1 vector in the span of published 0/1 vectors?

const P = 1_000_003;
const inv = (a: number): number => {
  let [t, nt, r, nr] = [0, 1, P, a % P];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return ((t % P) + P) % P;
};

class Span {
  private readonly rows: { pivot: number; v: number[] }[] = [];
  private reduce(v0: readonly number[]): number[] {
    const v = v0.slice();
    for (const { pivot, v: row } of this.rows) {
      const f = v[pivot]!;
      if (f === 0) continue;
      for (let j = 0; j < v.length; j++) v[j] = (((v[j]! - f * row[j]!) % P) + P) % P;
    }
    return v;
  }
  add(v0: readonly number[]): void {
    const v = this.reduce(v0);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const k = inv(v[pivot]!);
    const row = v.map((x) => (x * k) % P);
    for (const other of this.rows) {
      const f = other.v[pivot]!;
      if (f !== 0)
        for (let j = 0; j < row.length; j++) other.v[j] = (((other.v[j]! - f * row[j]!) % P) + P) % P;
    }
    this.rows.push({ pivot, v: row });
  }
  has(v: readonly number[]): boolean {
    return this.reduce(v).every((x) => x === 0);
  }
}

/** Every set of respondents the attacker may try: a run of arrivals within any choice of groups. */
function* candidates(people: readonly Person[]): Generator<number[]> {
  const n = people.length;
  for (let mask = 1; mask < 1 << GROUPS.length; mask++) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b <= n; b++) {
        const members: number[] = [];
        for (let r = a; r < b; r++) if (mask & (1 << people[r]!.group)) members.push(r);
        if (members.length > 0) yield members;
      }
    }
  }
}

const vectorOf = (members: readonly number[], n: number): number[] => {
  const v = new Array<number>(n).fill(0);
  for (const r of members) v[r] = 1;
  return v;
};

/** The sets of respondents the published figures count, per item, across every version. */
type Published = Map<string, number[][]>;

/** Members of a group (or everyone) among the first `count` respondents. */
const membersOf = (people: readonly Person[], count: number, group: number | null): number[] =>
  people
    .slice(0, count)
    .map((p, r) => ({ p, r }))
    .filter(({ p }) => group === null || p.group === group)
    .map(({ r }) => r);

/** Checks the attacker finds no small set, or a set with a small number of valid answers. */
function attack(people: readonly Person[], published: Published, min: number): string | null {
  const n = people.length;
  for (const [i, item] of ITEMS.entries()) {
    const span = new Span();
    for (const s of published.get(item) ?? []) span.add(vectorOf(s, n));
    for (const t of candidates(people)) {
      const valid = t.filter((r) => people[r]!.answers[i] !== ANSWERS.length - 1).length;
      const small = t.length < min || (valid > 0 && valid < min);
      if (small && span.has(vectorOf(t, n))) {
        return `${item}: respondents ${t.join(',')} (${t.length} people, ${valid} valid) can be worked out`;
      }
    }
  }
  return null;
}

type Step = { kind: 'arrive'; group: number; answers: number[] } | { kind: 'publish' };

/**
 * Plays steps through the publication rule. At each publish, the published figures are checked
 * against the people they claim to count, and every set they count is handed to the attacker.
 */
function play(steps: readonly Step[], min: number, breakdown: boolean) {
  const people: Person[] = [];
  const published: Published = new Map();
  let pub: Publication | null = null;
  /** For each shown cell (group, item): how many respondents (of the arrival order) it was taken at. */
  const takenAt = new Map<string, number>();
  let versions = 0;
  for (const step of steps) {
    if (step.kind === 'arrive') {
      people.push({ group: step.group, answers: step.answers });
      continue;
    }
    if (people.length === 0) continue;
    const raw = summarize(people, 1, breakdown);
    const next = advancePublication(pub, raw, min);
    // A stored publication reads back the same.
    expect(decodePublication(encodePublication(next))).toEqual(next);
    const shown = publishedSummary(next, summarize(people, min, breakdown));
    if (next !== pub) versions++;
    for (const [value, g] of Object.entries(next.groups)) {
      const group = breakdown ? GROUPS.indexOf(value as (typeof GROUPS)[number]) : null;
      for (const [i, item] of ITEMS.entries()) {
        const p = g.items[item];
        if (!p) continue;
        const key = `${value}/${item}`;
        if (p !== pub?.groups[value]?.items[item] || !takenAt.has(key)) takenAt.set(key, people.length);
        const members = membersOf(people, takenAt.get(key)!, group);
        // What is shown is exactly the counts of those people.
        expect(p.respondents).toBe(members.length);
        const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
        for (const r of members) {
          const a = people[r]!.answers[i]!;
          if (a < LABELS.length) counts[LABELS[a]!]!++;
        }
        expect(p.counts).toEqual(counts);
        const list = published.get(item) ?? [];
        if (!list.some((s) => s.join() === members.join())) list.push(members);
        published.set(item, list);
      }
    }
    // The copy's totals are the shown groups' figures added up, nothing more.
    for (const item of shown.items) {
      const parts = Object.values(next.groups).map((g) => g.items[item.column]?.n ?? 0);
      expect(item.n).toBe(parts.reduce((a, b) => a + b, 0));
    }
    pub = next;
  }
  return { people, published, versions };
}

const arbitraryStep = (): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('arrive' as const),
        group: fc.nat(GROUPS.length - 1),
        answers: fc.array(fc.nat(ANSWERS.length - 1), { minLength: ITEMS.length, maxLength: ITEMS.length }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'publish' as const }) },
  );

describe('no differencing: random arrivals and publications', () => {
  it('never lets anyone work out fewer than the minimum, by any combination of versions', () => {
    let published = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(2, 3, 5),
        fc.boolean(),
        fc.array(arbitraryStep(), { minLength: 1, maxLength: 30 }),
        (min, breakdown, steps) => {
          const run = play([...steps, { kind: 'publish' }], min, breakdown);
          published += run.versions;
          const found = attack(run.people, run.published, min);
          expect(found).toBeNull();
        },
      ),
      { numRuns: 150, seed: 20260302 },
    );
    // Not vacuous: figures were published, many times over.
    expect(published).toBeGreaterThan(100);
  });
});

describe('the cases the issue names', () => {
  const arrive = (group: number, n: number, answers = [0, 1]): Step[] =>
    Array.from({ length: n }, () => ({ kind: 'arrive' as const, group, answers }));
  const publish: Step = { kind: 'publish' };

  it('publishing the document’s own summary each time lets one principal be worked out (the attack works)', () => {
    // 20 teachers and 5 coaches shown; one principal answers; the principal and the coaches are
    // hidden, but the overall figures of two versions differ by exactly the principal.
    const people: Person[] = [
      ...Array.from({ length: 20 }, () => ({ group: 0, answers: [1, 1] })),
      ...Array.from({ length: 5 }, () => ({ group: 1, answers: [2, 2] })),
      { group: 2, answers: [4, 4] },
    ];
    const naive: Published = new Map(ITEMS.map((item) => [item, []]));
    for (const count of [25, 26]) {
      const live = summarize(people.slice(0, count), 5, true);
      for (const item of ITEMS) {
        naive.get(item)!.push(membersOf(people, count, null)); // the overall row
        for (const g of live.groups) {
          if (!g.suppressed)
            naive.get(item)!.push(membersOf(people, count, GROUPS.indexOf(g.value as never)));
        }
      }
    }
    expect(attack(people, naive, 5)).toMatch(/respondents 25 \(1 people/);
  });

  it('with the rule, that principal is in no figure until four more have answered', () => {
    const steps = [...arrive(0, 20), ...arrive(1, 5), publish, ...arrive(2, 1), publish];
    const first = play(steps, 5, true);
    expect(attack(first.people, first.published, 5)).toBeNull();
    expect(first.versions).toBe(1); // the principal's arrival changed nothing others see
    const later = play([...steps, ...arrive(2, 4), publish], 5, true);
    expect(later.versions).toBe(2);
    expect(attack(later.people, later.published, 5)).toBeNull();
  });

  it('a group that grew by fewer than the minimum keeps its figures; the copy’s totals follow the groups shown', () => {
    const steps = [
      ...arrive(0, 8),
      ...arrive(1, 6),
      publish,
      ...arrive(0, 3, [4, 4]),
      ...arrive(1, 5, [3, 3]),
      publish,
    ];
    const run = play(steps, 5, true);
    expect(attack(run.people, run.published, 5)).toBeNull();
    const raw = summarize(run.people, 1, true);
    let pub = advancePublication(null, summarize(run.people.slice(0, 14), 1, true), 5);
    pub = advancePublication(pub, raw, 5);
    expect(pub.groups.Teacher!.respondents).toBe(8);
    expect(pub.groups.Coach!.respondents).toBe(11);
    const shown = publishedSummary(pub, summarize(run.people, 5, true));
    expect(shown.responses).toBe(19);
    expect(shown.groups.map((g) => `${g.value} ${g.respondents}`)).toEqual(['Coach 11', 'Teacher 8']);
  });
});
