/**
 * Seeded responses shaped like a real Google Forms responses tab, for the benchmarks and the
 * large-file checks: what `getDataRange().getValues()` returns (or, as text, what Sheets'
 * "Download as CSV" writes). Columns: Timestamp (Date), Email Address (a few blank, a few
 * addresses answering twice), Your role (the seven roles + Other), School or office (12), then
 * 30 questions of several kinds:
 *
 *   12  Where are we now? [Statement k]          agreement, 5 points with "No opinion" (a grid)
 *    6  How often do you... [practice]            frequency (a grid)
 *    4  How satisfied are you with... [thing]     satisfaction (a grid)
 *    2  Our PL plan... [aspect]                   agreement, 4 points (a grid)
 *    4  How useful was ...? (1 = not at all, 5 = very)   a linear scale 1-5, typed numbers
 *    1  Which format do you prefer?               single choice, some "Other:" text
 *    1  Which topics would you like next year?    checkboxes, choices joined with ", "
 *
 * Item answers: 5% blank, 2% a label in odd case or spacing (still valid), 1% invalid.
 *
 * Every string cell is a fresh string object, as each `getValues()` call returns: reusing one
 * string per label lets V8 hash it once for the whole grid and flatters any Map-based reader.
 */
import { ROLES } from '../src/content';
import { getScale } from '../src/content/scales';
import type { ScaleId } from '../src/content/types';
import { OTHER_ROLE, ROLE_TITLE, SCHOOL_TITLE } from '../src/core/forms/instruments';

export const TIMESTAMP_HEADER = 'Timestamp';
export const EMAIL_HEADER = 'Email Address';
export const ROLE_HEADER = ROLE_TITLE; // 'Your role'
export const SCHOOL_HEADER = SCHOOL_TITLE; // 'School or office'
export const ROLE_NAMES: readonly string[] = [...ROLES.map((r) => r.name), OTHER_ROLE];
export const SCHOOLS: readonly string[] = [
  'Adams Elementary',
  'Brook Middle',
  'Cedar High',
  'Dale Elementary',
  'Elm Middle',
  'Fairview High',
  'Grant Elementary',
  'Hill Middle',
  'Irving High',
  'Jefferson Elementary',
  'Kent Academy',
  'Central Office',
];

/** One question column: its header, how it is answered, and the labels it is counted by. */
export interface BenchItem {
  readonly header: string;
  readonly kind: 'scale' | 'choice' | 'checkbox';
  /** The scale the answers are on (null for choice and checkbox questions). */
  readonly scaleId: ScaleId | null;
  /** Labels (scales) or choices, as the summary lists them. */
  readonly labels: readonly string[];
  /** Invalid answers this question receives now and then. */
  readonly invalid: readonly unknown[];
}

const labelsOf = (id: ScaleId) => getScale(id).labels.map((l) => l.label);
const WORDED_INVALID: readonly unknown[] = ['Maybe', 'N/A', 'Not sure', 3];
const scaleItems = (title: string, rows: readonly string[], scaleId: ScaleId): BenchItem[] =>
  rows.map((row) => ({
    header: `${title} [${row}]`,
    kind: 'scale',
    scaleId,
    labels: labelsOf(scaleId),
    invalid: WORDED_INVALID,
  }));

export const FORMATS = ['In person', 'Online, live', 'Online, self-paced', 'Coaching cycle'] as const;
export const TOPICS = [
  'Data use',
  'Equity',
  'Curriculum',
  'Feedback',
  'Leadership',
  'Student engagement',
] as const;
/** "Other:" answers people write in: each in their own words, so none repeats enough to be a choice. */
const OTHER_WORDS = ['Book study', 'PLC time', 'conferences', 'whatever works', 'peer visits', 'summer'];
const otherAnswer = (next: () => number): string =>
  `${OTHER_WORDS[Math.floor(next() * OTHER_WORDS.length)]} #${Math.floor(next() * 1e9).toString(36)}`;

export const ITEMS: readonly BenchItem[] = [
  ...scaleItems(
    'Where are we now?',
    Array.from({ length: 12 }, (_, k) => `Statement ${k + 1}`),
    'agreement5',
  ),
  ...scaleItems(
    'How often do you...',
    [
      'Plan with colleagues',
      'Observe peers',
      'Reflect on practice',
      'Use student data',
      'Get feedback',
      'Try new strategies',
    ],
    'frequency5',
  ),
  ...scaleItems(
    'How satisfied are you with...',
    ['Sessions', 'Coaching', 'Resources', 'Time for PL'],
    'satisfaction5',
  ),
  ...scaleItems('Our PL plan...', ['Is clear', 'Is followed'], 'agreement4'),
  ...['the summer institute', 'coaching', 'PLC meetings', 'walkthroughs'].map(
    (what): BenchItem => ({
      header: `How useful was ${what}? (1 = not at all, 5 = very)`,
      kind: 'scale',
      scaleId: 'linear1-5',
      labels: labelsOf('linear1-5'),
      invalid: ['n/a', 'not sure', 2.5],
    }),
  ),
  {
    header: 'Which format do you prefer?',
    kind: 'choice',
    scaleId: null,
    labels: [...FORMATS, 'Other'],
    invalid: [],
  },
  {
    header: 'Which topics would you like next year?',
    kind: 'checkbox',
    scaleId: null,
    labels: [...TOPICS],
    invalid: [],
  },
];

export const ITEM_COUNT = ITEMS.length; // 30

/** Share of item answers left blank, written in odd case/spacing, and invalid. */
export const SHARES = { blank: 0.05, oddCase: 0.02, invalid: 0.01 } as const;

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function headers(): string[] {
  return [TIMESTAMP_HEADER, EMAIL_HEADER, ROLE_HEADER, SCHOOL_HEADER, ...ITEMS.map((i) => i.header)];
}

/** A new string object with the same text (join builds a new flat string; slices of short ones may not). */
export const fresh = (s: string): string => s.split('').join('');

/** The first response's time; one response every 37 seconds after it. */
export const START = Date.UTC(2024, 8, 3, 13);

export interface MakeOptions {
  readonly seed?: number;
  /** false: every cell of the same text shares one string (what the old benchmark did). */
  readonly fresh?: boolean;
}

/** One item answer: blank, a label (sometimes mangled), or an invalid answer. */
function answer(item: BenchItem, next: () => number, pick: <T>(xs: readonly T[]) => T): unknown {
  const u = next();
  if (u < SHARES.blank) return '';
  if (item.kind === 'checkbox') {
    const ticked = TOPICS.filter(() => next() < 0.3);
    return ticked.length === 0 ? TOPICS[Math.floor(next() * TOPICS.length)]! : ticked.join(', ');
  }
  if (item.kind === 'choice') {
    return u < SHARES.blank + 0.03 ? otherAnswer(next) : pick(FORMATS);
  }
  if (u < SHARES.blank + SHARES.invalid) return pick(item.invalid);
  const label = pick(item.labels);
  if (item.scaleId === 'linear1-5') return Number(label); // Forms writes a linear scale as a number
  if (u < SHARES.blank + SHARES.invalid + SHARES.oddCase) return ` ${label.toUpperCase()} `;
  return label;
}

/** Header row + `responses` rows, the same for the same seed. */
export function makeResponses(responses: number, opts: MakeOptions = {}): unknown[][] {
  const next = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const copy = opts.fresh === false ? (s: string) => s : fresh;
  const grid: unknown[][] = new Array(responses + 1);
  grid[0] = headers();
  for (let r = 0; r < responses; r++) {
    // 3% give no address; 1% answer again under an earlier one.
    const e = next();
    const who = e < 0.01 && r > 0 ? Math.floor(next() * r) : r;
    const row: unknown[] = [
      new Date(START + r * 37_000),
      e >= 0.01 && e < 0.04 ? '' : copy(`person${who}@district.org`),
      copy(pick(ROLE_NAMES)),
      copy(pick(SCHOOLS)),
    ];
    for (const item of ITEMS) {
      const a = answer(item, next, pick);
      row.push(typeof a === 'string' && a !== '' ? copy(a) : a);
    }
    grid[r + 1] = row;
  }
  return grid;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A cell as Sheets' CSV download writes it: times as M/D/YYYY H:MM:SS, text quoted when needed. */
export function csvCell(v: unknown): string {
  if (v instanceof Date) {
    return `${v.getMonth() + 1}/${v.getDate()}/${v.getFullYear()} ${v.getHours()}:${two(v.getMinutes())}:${two(v.getSeconds())}`;
  }
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
