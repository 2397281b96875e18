import { getRole, type RoleId, WHERE_ARE_WE_NOW } from '../src/content';
import { levelDescriptionsFor } from '../src/content/icLevels';
import type { Emulator } from './emulator';

/** Deterministic, so every `npm start` shows the same district. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const DEMO_SCHOOLS = ['Central Office', 'Lincoln Elementary', 'Roosevelt Middle', 'Washington High'];

/** Answers lean towards agreement for some statements and away for others, as real ones do. */
const AGREEMENT = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];

function skewed(r: () => number, labels: readonly string[], lean: number): string {
  const i = Math.min(labels.length - 1, Math.max(0, Math.floor((r() + r() + lean) * (labels.length / 2.6))));
  return labels[i]!;
}

/** Submits "Where are we now?" responses the way Google Forms would, firing any triggers. */
export function submitWhereAreWeNow(emu: Emulator, formId: string, count: number, seed = 11): void {
  const r = rng(seed);
  const roles = ['Teacher', 'Teacher', 'Teacher', 'Coach', 'Principal', 'System/central office'];
  for (let i = 0; i < count; i++) {
    const grid: Record<string, string> = {};
    WHERE_ARE_WE_NOW.statements.forEach((s, k) => {
      grid[s.text] = skewed(r, AGREEMENT, k % 2 === 0 ? 0 : 0.6);
    });
    emu.forms.submit(
      formId,
      {
        [WHERE_ARE_WE_NOW.title]: grid,
        'Your role': roles[Math.floor(r() * roles.length)]!,
        'School or office': DEMO_SCHOOLS[Math.floor(r() * DEMO_SCHOOLS.length)]!,
      },
      { email: `educator${i + 1}@district.example.org` },
    );
  }
}

/**
 * Submits IC self-assessments for a role as respondents would: for each responsibility, the
 * description of practice they recognise (or "Not sure"), keyed by the question's title.
 */
export function submitIcSelfAssessment(
  emu: Emulator,
  formId: string,
  roleId: RoleId,
  count: number,
  seed = 5,
): void {
  const r = rng(seed);
  const role = getRole(roleId);
  for (let i = 0; i < count; i++) {
    const answers: Record<string, string> = {};
    for (const x of role.responsibilities) {
      answers[x.text] = skewed(r, [...levelDescriptionsFor(x.id), 'Not sure'], 0.3);
    }
    emu.forms.submit(formId, answers);
  }
}
