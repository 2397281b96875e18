import { createEmulator, type Emulator } from '../../local/emulator';
import { FRAME_IDS, FRAMES, getRole } from '../../src/content';
import { IC_LEVELS } from '../../src/content/icDescriptors';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { IC_COL } from '../../src/core/templates/icMap';
import * as main from '../../src/main';
import { createLegacyIcSurvey } from '../support/legacyIc';

/**
 * The loop, as a team would run it: insert the coach's IC map, create the IC self-assessment,
 * respondents choose descriptions in the Form, build the summary, then "Update IC map from
 * survey" fills the map's "Where we are now" column and touches nothing else.
 */
let emu: Emulator;
beforeEach(() => {
  emu = createEmulator({ spreadsheetName: 'District PL', now: new Date(2026, 2, 2, 9) });
  emu.install();
  emu.setTriggerTarget((name, e) => (main as unknown as Record<string, (e: unknown) => unknown>)[name]!(e));
});
afterEach(() => emu.uninstall());

const coach = getRole('coach');
const MAP = 'IC map - Coach';
const SCHOOLS = ['Oak Elementary', 'Elm Middle'];

/**
 * Respondent i's answers: for responsibility k, the description of level `pattern(k)[i]` (1-4)
 * or "Not sure" (0). Keyed by the question's title, as a respondent's form shows it.
 */
function answers(levelOf: (k: number) => number): Record<string, string> {
  return Object.fromEntries(
    coach.responsibilities.map((r, k) => {
      const level = levelOf(k);
      return [r.text, level === 0 ? 'Not sure' : levelDescriptionsFor(r.id)[level - 1]!];
    }),
  );
}

/**
 * Seven respondents (Oak: 5, Elm: 2). For responsibility k, the levels chosen are worked out
 * by hand so the median is known (six chose a level; the 3rd and 4th in order are the middle):
 * k % 4 == 0 -> 1 1 1 1 2 3 0 (median Level 1); == 1 -> 2 2 2 2 3 4 0 (Level 2); == 2 -> 1 3 3 3
 * 4 4 0 (Level 3); == 3 -> 0 0 0 0 0 0 0 (no level: left as it is).
 */
const PATTERNS = [
  [1, 1, 1, 1, 2, 3, 0],
  [2, 2, 2, 2, 3, 4, 0],
  [1, 3, 3, 3, 4, 4, 0],
  [0, 0, 0, 0, 0, 0, 0],
];
const EXPECTED: (string | null)[] = ['Level 1 (Ideal)', 'Level 2', 'Level 3', null];

function setUp() {
  const map = main.insertTemplate({ kind: 'ic-map', role: 'coach', frames: [...FRAME_IDS] });
  expect(map.sheetName).toBe(MAP);
  const survey = main.createSurvey({
    instrument: 'ic-self-assessment',
    role: 'coach',
    askSchool: true,
    schools: SCHOOLS,
  });
  for (let i = 0; i < 7; i++) {
    emu.forms.submit(survey.formId, {
      ...answers((k) => PATTERNS[k % 4]![i]!),
      'School or office': i < 5 ? 'Oak Elementary' : 'Elm Middle',
    });
  }
  return survey;
}

const sheet = () => emu.spreadsheet.getSheetByName(MAP)!;
/** The map's outcome rows (1-based), in responsibility order. */
const outcomeRows = () => {
  const values = sheet().getDataRange().getValues();
  return coach.responsibilities.map((r) => values.findIndex((row) => row[0] === r.text) + 1);
};

/** What a team typed in the map: a target, evidence, a next step, an owner and a date per row, and a stale rating. */
function teamTypes(): void {
  const s = sheet();
  outcomeRows().forEach((row, k) => {
    s.getRange(row, IC_COL.now).setValue('Level 4 (Entry)');
    s.getRange(row, IC_COL.target).setValue(IC_LEVELS[k % 2]!);
    s.getRange(row, IC_COL.evidence).setValue(`Coaching log ${k}`);
    s.getRange(row, IC_COL.nextStep).setValue(`Next step ${k}`);
    s.getRange(row, IC_COL.owner).setValue('=not a formula');
    s.getRange(row, IC_COL.byWhen).setValue(new Date(2026, 5, 1 + k));
  });
  // A team edited one description too: the update must not touch it.
  s.getRange(outcomeRows()[0]!, IC_COL.level1 + 1).setValue('Our own words for Level 2.');
}

/**
 * Every cell's value and formula except the "Where we are now" cells of outcome rows (and the
 * values the Gap formula computes from them: its formula is compared), and every cell's look and
 * drop-down.
 */
function allButNow() {
  const snap = emu.sheet(MAP).snapshot();
  const rows = new Set(outcomeRows().map((r) => r - 1));
  const strip = (grid: unknown[][], cols: number[]) =>
    grid.map((r, i) => r.filter((_, c) => !cols.includes(c + 1) || !rows.has(i)));
  return {
    values: strip(snap.values, [IC_COL.now, IC_COL.gap]),
    formulas: strip(snap.formulas, [IC_COL.now]),
    merges: snap.merges,
    backgrounds: snap.backgrounds,
    fontStyles: snap.fontStyles,
    validations: snap.validations,
    conditionalFormats: snap.conditionalFormats,
    protections: snap.protections,
  };
}

describe('Update IC map from survey', () => {
  it('fills "Where we are now" with each outcome\'s median level, and changes nothing else', () => {
    const survey = setUp();
    teamTypes();
    const built = main.buildSummary({ formId: survey.formId });
    expect(built.responses).toBe(7);
    const before = allButNow();
    const now = () => outcomeRows().map((row) => sheet().getRange(row, IC_COL.now).getValue());
    const r = main.updateIcMap({ tab: MAP });

    expect(now()).toEqual(coach.responsibilities.map((_, k) => EXPECTED[k % 4] ?? 'Level 4 (Entry)'));
    expect(allButNow()).toEqual(before);
    const answered = coach.responsibilities.filter((_, k) => k % 4 !== 3).length;
    expect(r).toMatchObject({
      sheetName: MAP,
      survey: 'IC self-assessment - Coach',
      group: null,
      responses: 7,
      filled: answered,
      outcomes: 16,
    });
    expect(r.message).toContain(`Filled "Where we are now" for ${answered} of 16 outcomes`);
    expect(r.message).toContain(`Left as they were: ${16 - answered} outcomes no one gave a level.`);
    // The Gap formula reads the new rating: it is still there, on every row, and computes from it.
    const level = (v: unknown) => Number(String(v).charAt(6));
    for (const row of outcomeRows()) {
      expect(sheet().getRange(row, IC_COL.gap).getFormula()).toMatch(/^=IF\(OR\(B\d+="",G\d+=""\)/);
      const [rating, target] = [IC_COL.now, IC_COL.target].map((c) => sheet().getRange(row, c).getValue());
      expect(sheet().getRange(row, IC_COL.gap).getValue()).toBe(Math.max(0, level(rating) - level(target)));
    }
  });

  it('costs the same calls for 7 responses or 70, and writes with at most one RangeList per level', () => {
    const survey = setUp();
    main.buildSummary({ formId: survey.formId });
    const calls = () => {
      emu.calls.reset();
      main.updateIcMap({ tab: MAP });
      return emu.calls.snapshot();
    };
    const small = calls();
    for (let i = 0; i < 63; i++) {
      emu.forms.submit(survey.formId, {
        ...answers((k) => PATTERNS[k % 4]![i % 7]!),
        'School or office': 'Oak Elementary',
      });
    }
    const large = calls();
    const spreadsheet = (c: Record<string, number>) =>
      Object.entries(c)
        .filter(([k]) => /^(Spreadsheet|Sheet|Range|RangeList)/.test(k))
        .reduce((a, [, v]) => a + v, 0);
    expect(spreadsheet(large)).toBe(spreadsheet(small));
    expect(small['RangeList.setValue']).toBe(3);
    expect(small['Range.setValue'] ?? 0).toBe(0);
    expect(small['Range.setValues'] ?? 0).toBe(0);
    // The responses tab and the summary tab are only read.
    expect(
      Object.keys(small).filter((k) => /\.(set|insert|delete|clear)/.test(k) && k !== 'RangeList.setValue'),
    ).toEqual([]);
  });

  it("for one school: that group's medians; a group too small to show is refused, nothing written", () => {
    const survey = setUp();
    main.buildSummary({ formId: survey.formId, groupBy: 'School or office' });
    const before = emu.sheet(MAP).snapshot().values;
    expect(() => main.updateIcMap({ tab: MAP, group: 'Elm Middle' })).toThrow(
      /"Elm Middle" has too few respondents/,
    );
    expect(emu.sheet(MAP).snapshot().values).toEqual(before);
    // Elm (2) is hidden, and so Oak (5) too: one hidden group could be worked out from the total.
    expect(() => main.updateIcMap({ tab: MAP, group: 'Oak Elementary' })).toThrow(/too few respondents/);
  });

  it('for one school of a breakdown whose groups can be shown', () => {
    const survey = setUp();
    // Five more at Elm: Oak 5, Elm 7; Elm's answers all Level 4 where a level is chosen.
    for (let i = 0; i < 5; i++) {
      emu.forms.submit(survey.formId, {
        ...answers((k) => (k % 4 === 3 ? 0 : 4)),
        'School or office': 'Elm Middle',
      });
    }
    main.buildSummary({ formId: survey.formId, groupBy: 'School or office' });
    const r = main.updateIcMap({ tab: MAP, group: 'elm middle' });
    expect(r.group).toBe('Elm Middle');
    const now = outcomeRows().map((row) => sheet().getRange(row, IC_COL.now).getValue());
    // Elm: two of the first seven (levels 3 or 4, and 0) plus five at Level 4.
    expect(now.filter((v, k) => k % 4 !== 3 && v !== 'Level 4 (Entry)')).toEqual([]);
    expect(r.message).toContain('with the median level of the group "Elm Middle"');
  });

  it('from the menu: the active tab, everyone, and a toast saying what was filled', () => {
    const survey = setUp();
    main.buildSummary({ formId: survey.formId });
    sheet().activate();
    main.menuUpdateIcMap();
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^Filled "Where we are now" for 12 of 16 outcomes/);
    expect(sheet().getRange(outcomeRows()[0]!, IC_COL.now).getValue()).toBe('Level 1 (Ideal)');
  });

  it('an IC self-assessment made by an earlier version (grids of level numbers) updates the map too', () => {
    main.insertTemplate({ kind: 'ic-map', role: 'coach', frames: [...FRAME_IDS] });
    const formId = createLegacyIcSurvey(emu, 'coach');
    const grid = (level: string) =>
      Object.fromEntries(
        FRAMES.map((f) => [
          f.name,
          Object.fromEntries(
            coach.responsibilities.filter((r) => r.frame === f.id).map((r) => [r.text, level]),
          ),
        ]),
      );
    for (const level of ['Level 2', 'Level 2', 'Level 3', 'Level 1 (Ideal)', 'Not sure']) {
      emu.forms.submit(formId, grid(level));
    }
    const built = main.buildSummary({ formId });
    expect(built.responses).toBe(5);
    const r = main.updateIcMap({ tab: MAP });
    expect(r.filled).toBe(16);
    const now = outcomeRows().map((row) => sheet().getRange(row, IC_COL.now).getValue());
    expect(new Set(now)).toEqual(new Set(['Level 2']));
    // Its summary shows the descriptions as the add-on's words for the levels respondents chose.
    const summary = emu.sheet(built.sheetName).snapshot().values.flat().map(String);
    expect(summary).toContain('Level 2');
    expect(summary.some((v) => v.startsWith('This survey asked respondents for level numbers'))).toBe(true);
  });

  it('says what to do first when there is no IC summary, or the tab is not an IC map', () => {
    const survey = setUp();
    expect(() => main.updateIcMap({ tab: MAP })).toThrow(/no summary of an IC self-assessment/);
    expect(() => main.updateIcMap({ tab: 'Sheet1' })).toThrow(/"Sheet1" is not an IC map/);
    expect(() => main.updateIcMap({ tab: 'Nope' })).toThrow(/There is no tab named "Nope"/);
    const teacher = main.insertTemplate({ kind: 'ic-map', role: 'teacher', frames: [...FRAME_IDS] });
    main.buildSummary({ formId: survey.formId });
    expect(() => main.updateIcMap({ tab: teacher.sheetName })).toThrow(/None of this map's outcomes/);
  });
});

describe('the IC self-assessment summary', () => {
  it('groups outcomes by frame with the median level, its description, and the share at Level 1–2', () => {
    const survey = setUp();
    const built = main.buildSummary({ formId: survey.formId });
    const values = emu.sheet(built.sheetName).snapshot().values;
    const header = values.findIndex((r) => r[0] === 'Outcome');
    expect(values[header]!.slice(0, 5)).toEqual([
      'Outcome',
      'Answered (n)',
      'Median level',
      'At Level 1–2',
      'What the median level looks like',
    ]);
    expect(values[header + 1]![0]).toBe(FRAMES[0]!.name);
    // Outcomes are numbered as in the survey: this is its second question.
    const row = values.find((r) => r[0] === `2. ${coach.responsibilities[1]!.text}`)!;
    // Levels 2 2 2 2 3 4 and one "Not sure": median Level 2; at Level 1–2: 4 of 7.
    expect(row.slice(1, 5)).toEqual([
      7,
      'Level 2',
      4 / 7,
      levelDescriptionsFor(coach.responsibilities[1]!.id)[1],
    ]);
    const flat = values.flat().map(String);
    expect(flat.some((v) => /mean level/i.test(v))).toBe(false);
    expect(flat).toContain('What each level looks like, and who chose it');
    for (const d of levelDescriptionsFor(coach.responsibilities[0]!.id)) expect(flat).toContain(d);
  });
});
