import type { Emulator } from '../../local/emulator';
import { ROLES, WHERE_ARE_WE_NOW } from '../../src/content';

export const STATEMENTS = WHERE_ARE_WE_NOW.statements.map((s) => s.text);
export const LABELS = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'] as const;
export const ROLE_NAMES = [...ROLES.map((r) => r.name), 'Other'];

/** A small deterministic generator, so every run sees the same responses. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Answers to the "Where are we now?" form for one respondent. */
export function wawnAnswers(r: () => number, role: string): Record<string, string | Record<string, string>> {
  const grid: Record<string, string> = {};
  for (const s of STATEMENTS) grid[s] = pick(r, LABELS);
  return { [WHERE_ARE_WE_NOW.title]: grid, 'Your role': role };
}

/**
 * A responses tab as Forms writes it for "Where are we now?" with role and e-mail, filled with
 * `rows` respondents in one internal write (setup, not an add-on call).
 */
export function writeResponsesTab(emu: Emulator, name: string, rows: number, seed = 7): string[] {
  const r = rng(seed);
  const header = [
    'Timestamp',
    'Email Address',
    ...STATEMENTS.map((s) => `${WHERE_ARE_WE_NOW.title} [${s}]`),
    'Your role',
  ];
  const data = Array.from({ length: rows }, (_, i) => [
    new Date(Date.UTC(2026, 9, 1) + i * 60000),
    `person${i}@district.example.org`,
    ...STATEMENTS.map(() => pick(r, LABELS)),
    pick(r, ROLE_NAMES.slice(0, 4)),
  ]);
  const ss = emu.spreadsheet;
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  if (rows + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet.getRange(1, 1, rows + 1, header.length).setValues([header, ...data]);
  return header;
}

/** What `wawnSurvey` needs of the add-on: the source module or a loaded bundle's functions. */
interface SurveyAddon {
  createSurvey(request: unknown): { formId: string };
  buildSummary(request: unknown): unknown;
}

/**
 * A "Where are we now?" Form asking role (no e-mail) made through the add-on, `responses` answers
 * submitted (the i-th from `roleOf(r, i)`), and its summary by role built. Returns the form id.
 */
export function wawnSurvey(
  addon: SurveyAddon,
  emu: Emulator,
  responses: number,
  seed: number,
  roleOf: (r: () => number, i: number) => string,
): string {
  const { formId } = addon.createSurvey({
    instrument: 'where-are-we-now',
    askRole: true,
    askSchool: false,
    collectEmail: false,
  });
  const r = rng(seed);
  for (let i = 0; i < responses; i++) emu.forms.submit(formId, wawnAnswers(r, roleOf(r, i)));
  addon.buildSummary({ formId, groupBy: 'Your role' });
  return formId;
}
