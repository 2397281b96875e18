/**
 * Seeded "Where are we now?" responses for the benchmarks: the grid a Forms-linked responses tab
 * holds (what `getDataRange().getValues()` returns). Columns: Timestamp (Date), Email Address,
 * Your role (the seven roles + Other), School or office (12 schools), then one
 * `Where are we now? [Statement k]` grid column per item on the 5-point agreement scale, with
 * some blanks, some labels in odd case/spacing (still valid) and a few invalid answers.
 */
import { ROLES } from '../src/content';
import { getScale } from '../src/content/scales';
import { OTHER_ROLE, ROLE_TITLE, SCHOOL_TITLE } from '../src/core/forms/instruments';

export const TIMESTAMP_HEADER = 'Timestamp';
export const EMAIL_HEADER = 'Email Address';
export const ROLE_HEADER = ROLE_TITLE; // 'Your role'
export const SCHOOL_HEADER = SCHOOL_TITLE; // 'School or office'
export const ITEMS = 30;
export const ITEM_TITLE = 'Where are we now?';
export const SCALE = getScale('agreement5');
/** "Strongly agree", "Agree", "No opinion", "Disagree", "Strongly disagree". */
export const LABELS: readonly string[] = SCALE.labels.map((l) => l.label);
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
/** Answers no scale reads: counted as invalid. No formulas (`=…`), which a tab would not keep as text. */
export const INVALID: readonly unknown[] = ['Maybe', 'N/A', 'Agreed', 3];

export const itemHeader = (k: number): string => `${ITEM_TITLE} [Statement ${k}]`;

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

export function headers(items = ITEMS): string[] {
  const h = [TIMESTAMP_HEADER, EMAIL_HEADER, ROLE_HEADER, SCHOOL_HEADER];
  for (let k = 1; k <= items; k++) h.push(itemHeader(k));
  return h;
}

/** Header row + `responses` rows, the same for the same seed. */
export function makeResponses(responses: number, opts: { seed?: number; items?: number } = {}): unknown[][] {
  const items = opts.items ?? ITEMS;
  const next = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const grid: unknown[][] = [headers(items)];
  const start = Date.UTC(2024, 8, 3, 13);
  const oddCase = SHARES.blank + SHARES.oddCase;
  const invalid = oddCase + SHARES.invalid;
  for (let r = 0; r < responses; r++) {
    const row: unknown[] = [
      new Date(start + r * 37_000),
      next() < 0.03 ? '' : `person${r}@district.org`,
      pick(ROLE_NAMES),
      pick(SCHOOLS),
    ];
    for (let q = 0; q < items; q++) {
      const u = next();
      if (u < SHARES.blank) row.push('');
      else if (u < oddCase) row.push(` ${pick(LABELS).toUpperCase()} `);
      else if (u < invalid) row.push(pick(INVALID));
      else row.push(pick(LABELS));
    }
    grid.push(row);
  }
  return grid;
}
