import { FRAMES } from '../../src/content';
import { starterDescriptors } from '../../src/content/icDescriptors';
import { isUserError, UserError } from '../../src/core/errors';
import { isFormula } from '../../src/core/plan';
import {
  cleanOutcomes,
  gapFormula,
  IC_COL,
  IC_MAP_HEADERS,
  icMapFromOutcomesPlan,
  MAX_OUTCOMES,
  OWN_OUTCOMES_TAB,
} from '../../src/core/templates/icMap';

const headerRow = (values: unknown[][]) => values.findIndex((r) => r[0] === IC_MAP_HEADERS[0]) + 1;

describe('cleanOutcomes', () => {
  test('trims, drops blanks and exact duplicates, keeps first-seen order', () => {
    expect(cleanOutcomes(['  B  ', '', 'A', '   ', 'B', 'A ', '\tC\n', 'a'])).toEqual(['B', 'A', 'C', 'a']);
  });

  test('no outcome left is a user error', () => {
    expect(() => cleanOutcomes([])).toThrow(UserError);
    expect(() => cleanOutcomes(['', '  ', '\n'])).toThrow(/at least one desired outcome/);
  });

  test('at most 500 distinct outcomes; duplicates do not count', () => {
    const many = Array.from({ length: MAX_OUTCOMES }, (_, i) => `Outcome ${i + 1}`);
    expect(cleanOutcomes([...many, ...many, ''])).toHaveLength(500);
    let err: unknown;
    try {
      cleanOutcomes([...many, 'One more']);
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toMatch(/501 different outcomes.*at most 500/);
  });

  test('an outcome over 1,000 characters is a user error naming it', () => {
    expect(() => cleanOutcomes(['Short', 'x'.repeat(1001)])).toThrow(/Outcome 2 is 1001 characters/);
    expect(cleanOutcomes(['x'.repeat(1000)])).toHaveLength(1);
  });
});

describe('IC map from our own outcomes', () => {
  const outcomes = [
    '  Teachers plan lessons together.',
    '',
    'Coaches give feedback within two days',
    'Teachers plan lessons together.',
    '=SUM(A1)',
  ];
  const plan = icMapFromOutcomesPlan(outcomes, '  Reading   initiative ');
  const header = headerRow(plan.values);
  const dataRows = plan.values.slice(header).map((r) => r[0]);

  test('the same map, one row per cleaned outcome, no frame sections', () => {
    expect(plan.values[header - 1]).toEqual([...IC_MAP_HEADERS]);
    expect(plan.frozenRows).toBe(header);
    expect(dataRows).toEqual([
      'Teachers plan lessons together.',
      'Coaches give feedback within two days',
      '=SUM(A1)',
    ]);
    expect(plan.values.flat().some((v) => FRAMES.some((f) => f.name === v))).toBe(false);
  });

  test('each row has starter descriptors, a Gap formula and the drop-downs', () => {
    dataRows.forEach((text, i) => {
      const r = header + 1 + i;
      const row = plan.values[r - 1]!;
      expect(row.slice(1, 5)).toEqual([...starterDescriptors(text as string)]);
      expect(row[IC_COL.gap - 1]).toEqual({ formula: gapFormula(r) });
      expect(plan.formats.validations[r - 1]![IC_COL.now - 1]).toMatchObject({ kind: 'list' });
      expect(plan.formats.validations[r - 1]![IC_COL.target - 1]).toMatchObject({ kind: 'list' });
      expect(plan.formats.validations[r - 1]![IC_COL.byWhen - 1]).toMatchObject({ kind: 'date' });
    });
    expect(plan.conditionalFormats).toHaveLength(3);
    expect(plan.conditionalFormats[0]!.ranges).toEqual([
      { row: header + 1, col: IC_COL.now, rows: 3, cols: 3 },
    ]);
  });

  test('text that looks like a formula stays plain text (the shell writes it as text)', () => {
    const cell = plan.values[header + 2]![0];
    expect(typeof cell).toBe('string');
    expect(cell !== null && typeof cell === 'object' && isFormula(cell)).toBe(false);
  });

  test('the title names the tab and heads the sheet; blank means the default', () => {
    expect(plan.title).toBe('Reading initiative');
    expect(plan.values[0]![0]).toBe('Reading initiative');
    expect(icMapFromOutcomesPlan(['A']).title).toBe(OWN_OUTCOMES_TAB);
    expect(icMapFromOutcomesPlan(['A'], '   ').title).toBe(OWN_OUTCOMES_TAB);
    expect(() => icMapFromOutcomesPlan(['A'], 'x'.repeat(101))).toThrow(UserError);
  });

  test('errors are user errors', () => {
    expect(() => icMapFromOutcomesPlan([' ', ''])).toThrow(UserError);
    expect(() => icMapFromOutcomesPlan(Array.from({ length: 501 }, (_, i) => String(i)))).toThrow(UserError);
  });

  test('500 outcomes make a 500-row map', () => {
    const big = icMapFromOutcomesPlan(Array.from({ length: 500 }, (_, i) => `Outcome ${i}`));
    expect(big.values.length - headerRow(big.values)).toBe(500);
  });
});
