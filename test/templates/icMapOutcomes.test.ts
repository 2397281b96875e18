import { FRAMES } from '../../src/content';
import { OWN_OUTCOME_PROMPT_NOTE, OWN_OUTCOME_PROMPTS } from '../../src/content/icLevels';
import { isUserError, UserError } from '../../src/core/errors';
import { isFormula } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  cleanOutcomes,
  gapFormula,
  IC_COL,
  IC_MAP_HEADERS,
  icMapFromOutcomesPlan,
  MAX_OUTCOMES,
  OWN_OUTCOMES_TAB,
  PROMPT_ROW_LABEL,
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
  const prompts = header + 1;
  const first = header + 2;
  const dataRows = [first, first + 1, first + 2];

  test('the same map, one row per cleaned outcome, no frame sections', () => {
    expect(plan.values[header - 1]).toEqual([...IC_MAP_HEADERS]);
    expect(plan.frozenRows).toBe(header);
    expect(plan.frozenColumns).toBe(2);
    expect(dataRows.map((r) => plan.values[r - 1]![0])).toEqual([
      'Teachers plan lessons together.',
      'Coaches give feedback within two days',
      '=SUM(A1)',
    ]);
    expect(plan.values[first + 2]!.every((c) => c === null)).toBe(true);
    expect(plan.values.flat().some((v) => FRAMES.some((f) => f.name === v))).toBe(false);
  });

  test('no level descriptions are made up: the level cells are empty fill-in cells', () => {
    for (const r of dataRows) {
      for (let c = IC_COL.level1; c <= IC_COL.level4; c++) {
        expect(plan.values[r - 1]![c - 1]).toBeNull();
        expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
      }
    }
  });

  test('one row of prompts under the header, styled as prompts (grey italic), with nothing to fill in', () => {
    const row = plan.values[prompts - 1]!;
    expect(row[0]).toBe(PROMPT_ROW_LABEL);
    expect(row.slice(IC_COL.level1 - 1, IC_COL.level4)).toEqual([...OWN_OUTCOME_PROMPTS]);
    for (let c = IC_COL.level1; c <= IC_COL.level4; c++) {
      expect(plan.formats.fontStyles[prompts - 1]![c - 1]).toBe('italic');
      expect(plan.formats.fontColors[prompts - 1]![c - 1]).toBe(PALETTE.noteFg);
    }
    expect(plan.formats.validations[prompts - 1]!.every((v) => v === null)).toBe(true);
    expect(row[IC_COL.gap - 1]).toBeNull();
    // The prompts appear once, not in every row.
    expect(plan.values.flat().filter((v) => v === OWN_OUTCOME_PROMPTS[0])).toHaveLength(1);
  });

  test('the key and the notes say the prompts are not descriptions', () => {
    expect(plan.values[0]![IC_COL.level1 - 1]).toMatch(/grey italic row under the header holds prompts/);
    expect(plan.values.flat()).toContainEqual(expect.stringContaining(OWN_OUTCOME_PROMPT_NOTE));
    expect(plan.values.flat()).toContainEqual(expect.stringContaining('standards.learningforward.org'));
  });

  test('each row has a Gap formula and the drop-downs; the shading starts at the first outcome', () => {
    dataRows.forEach((r) => {
      const row = plan.values[r - 1]!;
      expect(row[IC_COL.gap - 1]).toEqual({ formula: gapFormula(r) });
      expect(plan.formats.validations[r - 1]![IC_COL.now - 1]).toMatchObject({ kind: 'list' });
      expect(plan.formats.validations[r - 1]![IC_COL.target - 1]).toMatchObject({ kind: 'list' });
      expect(plan.formats.validations[r - 1]![IC_COL.byWhen - 1]).toMatchObject({ kind: 'date' });
    });
    expect(plan.conditionalFormats).toHaveLength(3);
    expect(plan.conditionalFormats[0]!.ranges).toEqual([
      { row: first, col: IC_COL.now, rows: 3, cols: 1 },
      { row: first, col: IC_COL.target, rows: 3, cols: 2 },
    ]);
  });

  test('text that looks like a formula stays plain text (the shell writes it as text)', () => {
    const cell = plan.values[first + 1]![0];
    expect(cell).toBe('=SUM(A1)');
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

  test('500 outcomes make 500 outcome rows', () => {
    const big = icMapFromOutcomesPlan(Array.from({ length: 500 }, (_, i) => `Outcome ${i}`));
    expect(
      big.values.filter((r) => r[IC_COL.gap - 1] !== null && isFormula(r[IC_COL.gap - 1]!)),
    ).toHaveLength(500);
  });
});
