import fc from 'fast-check';
import { aggregate, type SurveyItem, type SurveySummary } from '../../src/core/survey';
import { must, table } from '../survey/helpers';

/** Summaries of every kind of question, from random responses, for property tests of the tab. */

export const AGREE = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];
export const LEVELS = ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Not sure'];
export const CHOICES = ['In person', 'Online', 'Hybrid'];
export const TICKS = ['Coaching', 'Workshops', 'PLCs'];

/** Two IC outcomes whose first 40 characters are the same: their chart bars must still differ. */
const IC_A = 'Serve as school- or system-level resource to leverage inclusive professional learning';
const IC_B = 'Serve as school- or system-level resource to address bias, assumptions and beliefs';

const choice = (
  column: number,
  title: string,
  kind: 'choice' | 'checkbox',
  options: string[],
): SurveyItem => ({
  column,
  header: title,
  title,
  grid: null,
  kind,
  scaleId: null,
  options,
  other: false,
});

export const ITEMS: SurveyItem[] = [
  { column: 1, header: 'Q1', title: 'Q1', grid: null, kind: 'scale', scaleId: 'agreement5' },
  { column: 2, header: 'Q2', title: 'Q2', grid: null, kind: 'scale', scaleId: 'agreement5' },
  { column: 3, header: IC_A, title: IC_A, grid: null, kind: 'scale', scaleId: 'ic-levels' },
  { column: 4, header: IC_B, title: IC_B, grid: null, kind: 'scale', scaleId: 'ic-levels' },
  choice(5, 'Format', 'choice', CHOICES),
  choice(6, 'Supports', 'checkbox', TICKS),
];

const answer = <T>(xs: readonly T[]) => fc.oneof(fc.constantFrom(...xs), fc.constant(''));

const response = fc.tuple(
  fc.constantFrom('Coach', 'Teacher', 'Principal', 'Tiny'),
  answer(AGREE),
  answer(AGREE),
  answer(LEVELS),
  answer(LEVELS),
  answer(CHOICES),
  fc.subarray(TICKS).map((t) => t.join(', ')),
);

/** A summary of 1..80 random responses broken down by role, with a random minimum group size. */
export const randomSummary: fc.Arbitrary<SurveySummary> = fc
  .tuple(fc.array(response, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 6 }))
  .map(([data, min]) => {
    const rows = [['Role', ...ITEMS.map((i) => i.header)], ...data];
    return must(
      aggregate(table(rows), ITEMS, { groupBy: { kind: 'value', column: 'Role' }, minGroupSize: min }),
    );
  });
