import { FRAME_IDS, type FrameId, FRAMES, ROLES, responsibilitiesFor } from '../../src/content';
import { IC_LEVEL_MEANINGS, IC_LEVELS } from '../../src/content/icDescriptors';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { UserError } from '../../src/core/errors';
import { type Cell, isFormula, type SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  GAP_COLORS,
  gapFormula,
  IC_COL,
  IC_FROZEN_COLUMNS,
  IC_MAP_HEADERS,
  IC_WIDTHS,
  icMapPlan,
} from '../../src/core/templates/icMap';

const FRAME_SETS: FrameId[][] = [...FRAME_IDS.map((f) => [f]), [...FRAME_IDS]];
const frameName = (id: FrameId) => FRAMES.find((f) => f.id === id)!.name;

const headerRow = (plan: SheetPlan) => plan.values.findIndex((r) => r[0] === IC_MAP_HEADERS[0]) + 1;
/** Data rows: the rows with a Gap formula. */
const dataRowsOf = (plan: SheetPlan) =>
  plan.values.flatMap((r, i) => (isFormula(r[IC_COL.gap - 1] as Cell) ? [i + 1] : []));

/** Rows between the header and the end of the table, read back as sections: [name, data rows]. */
function sections(plan: SheetPlan): [string, number[]][] {
  const out: [string, number[]][] = [];
  const data = new Set(dataRowsOf(plan));
  const last = Math.max(...data);
  for (let r = headerRow(plan) + 1; r <= last; r++) {
    if (data.has(r)) {
      out[out.length - 1]![1].push(r);
      continue;
    }
    const row = plan.values[r - 1]!;
    // A frame row: its name merged across the frozen columns, shaded, nothing else in it.
    expect(plan.merges).toContainEqual({ row: r, col: 1, rows: 1, cols: IC_FROZEN_COLUMNS });
    expect(row.slice(1).every((c) => c === null)).toBe(true);
    expect(plan.formats.backgrounds[r - 1]!.every((bg) => bg === PALETTE.sectionBg)).toBe(true);
    out.push([row[0] as string, []]);
  }
  return out;
}

/** The "About this map" block under the table: label -> text. */
function about(plan: SheetPlan): Record<string, string> {
  const start = plan.values.findIndex((r) => r[0] === 'About this map');
  expect(start).toBeGreaterThan(Math.max(...dataRowsOf(plan)) - 1);
  return Object.fromEntries(
    plan.values.slice(start + 1).map((r) => [r[0] as string, r[IC_COL.level1 - 1] as string]),
  );
}

describe.each(ROLES.flatMap((role) => FRAME_SETS.map((frames) => [role.id, frames] as const)))(
  'IC map for %s, frames %j',
  (roleId, frames) => {
    const role = ROLES.find((r) => r.id === roleId)!;
    const plan = icMapPlan(roleId, frames);
    const header = headerRow(plan);
    const secs = sections(plan);
    const dataRows = dataRowsOf(plan);

    test('tab title names the role, and the frame when there is one', () => {
      expect(plan.title).toBe(
        `IC map - ${role.name}${frames.length === 1 ? ` - ${frameName(frames[0]!)}` : ''}`,
      );
      expect(plan.values[0]![0]).toContain(role.name);
    });

    test('header row; the header rows and the outcome and rating columns are frozen', () => {
      expect(header).toBe(2);
      expect(plan.values[header - 1]).toEqual([...IC_MAP_HEADERS]);
      expect(IC_MAP_HEADERS).toEqual([
        'Desired outcome',
        'Where we are now',
        'Level 1 (Ideal)',
        'Level 2',
        'Level 3',
        'Level 4 (Entry)',
        'Target',
        'Gap',
        'Evidence',
        'Next step',
        'Owner',
        'By when',
      ]);
      expect(plan.frozenRows).toBe(header);
      expect(plan.frozenColumns).toBe(2);
      expect(plan.formats.fontWeights[header - 1]!.every((w) => w === 'bold')).toBe(true);
      // Sheets refuses to freeze columns through a merge: none crosses the line.
      for (const m of plan.merges) {
        const crosses = m.col <= plan.frozenColumns && m.col + m.cols - 1 > plan.frozenColumns;
        expect(crosses).toBe(false);
      }
    });

    test('on a 1366 px laptop with the sidebar open, outcome, rating and two level columns are in view', () => {
      const grid = 1366 - 300 - 50;
      const frozen = IC_WIDTHS.slice(0, plan.frozenColumns).reduce((a, w) => a + w, 0);
      expect(plan.columnWidths).toEqual(IC_WIDTHS);
      expect(frozen + IC_WIDTHS[IC_COL.level1 - 1]! + IC_WIDTHS[IC_COL.level1]!).toBeLessThanOrEqual(grid);
      // Level text wraps in columns wide enough to read as prose (about 40 characters a line).
      for (let c = IC_COL.level1; c <= IC_COL.level4; c++) {
        expect(IC_WIDTHS[c - 1]).toBeGreaterThanOrEqual(250);
        expect(plan.formats.wraps[dataRows[0]! - 1]![c - 1]).toBe(true);
      }
    });

    test('the key beside the title says whose descriptions these are', () => {
      const key = plan.values[0]![IC_COL.level1 - 1] as string;
      expect(key).toMatch(/Level 1 \(Ideal\) is the full practice/);
      expect(key).toMatch(/Level 4 \(Entry\) a real starting point/);
      expect(key).toMatch(/written for this add-on, not Learning Forward's own IC maps/);
      expect(plan.protections[0]!.range).toEqual({
        row: 1,
        col: 1,
        rows: header,
        cols: IC_MAP_HEADERS.length,
      });
    });

    test('About this map: the levels, whose words, where Learning Forward publishes its own maps, use', () => {
      const a = about(plan);
      for (const l of IC_LEVELS) expect(a.Levels).toContain(`${l}: ${IC_LEVEL_MEANINGS[l]}.`);
      expect(a['Whose words']).toMatch(/written for this add-on/);
      expect(a['Whose words']).toMatch(/not Learning Forward's own IC maps/);
      expect(a['Whose words']).toMatch(/standards\.learningforward\.org, the "Action Guides" tab/);
      expect(a['Whose words']).toMatch(/coach, system\/central office, principal and external partner/);
      expect(a['Using the map']).toMatch(/Where we are now.*Target/);
      expect(a['Using the map']).toMatch(/evidence.*next step.*owner.*date/);
      expect(a['From a survey']).toMatch(/Update IC map from survey.*median level.*changes no other column/);
      expect(a.Outcomes).toContain(role.heading.slice(1));
    });

    test('one section per chosen frame, in catalog order, each with its responsibilities once, in order', () => {
      expect(secs.map(([name]) => name)).toEqual(frames.map(frameName));
      secs.forEach(([, rows], i) => {
        const expected = responsibilitiesFor(roleId, [frames[i]!]).map((r) => r.text);
        expect(rows.map((r) => plan.values[r - 1]![0])).toEqual(expected);
      });
      const all = dataRows.map((r) => plan.values[r - 1]![0]);
      expect(all).toEqual(responsibilitiesFor(roleId, frames).map((r) => r.text));
    });

    test('level cells hold the authored descriptions, styled as content', () => {
      const resps = responsibilitiesFor(roleId, frames);
      dataRows.forEach((r, k) => {
        const row = plan.values[r - 1]!;
        expect(row.slice(IC_COL.level1 - 1, IC_COL.level4)).toEqual([...levelDescriptionsFor(resps[k]!.id)]);
        for (let c = IC_COL.level1; c <= IC_COL.level4; c++) {
          expect(plan.formats.fontStyles[r - 1]![c - 1]).toBe('normal');
          expect(plan.formats.backgrounds[r - 1]![c - 1]).not.toBe(PALETTE.inputBg);
          expect(plan.formats.validations[r - 1]![c - 1]).toBeNull();
        }
      });
    });

    test('Where we are now and Target are level drop-downs, By when a date, only on data rows', () => {
      const v = plan.formats.validations;
      v.forEach((row, i) => {
        const r = i + 1;
        row.forEach((rule, j) => {
          const c = j + 1;
          const isData = dataRows.includes(r);
          if (isData && (c === IC_COL.now || c === IC_COL.target)) {
            expect(rule).toMatchObject({ kind: 'list', values: [...IC_LEVELS], allowInvalid: false });
          } else if (isData && c === IC_COL.byWhen) {
            expect(rule).toMatchObject({ kind: 'date' });
            expect(plan.formats.numberFormats[i]![j]).toBe('yyyy-mm-dd');
          } else {
            expect(rule).toBeNull();
          }
        });
      });
    });

    test('fill-in columns are styled as inputs on data rows, and empty', () => {
      for (const r of dataRows) {
        for (const c of [
          IC_COL.now,
          IC_COL.target,
          IC_COL.evidence,
          IC_COL.nextStep,
          IC_COL.owner,
          IC_COL.byWhen,
        ]) {
          expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
          expect(plan.values[r - 1]![c - 1]).toBeNull();
        }
      }
    });

    test('Gap is a live formula on its own row from columns B and G, protected (warning)', () => {
      for (const r of dataRows) {
        const cell = plan.values[r - 1]![IC_COL.gap - 1] as Cell;
        expect(cell).toEqual({
          formula: `=IF(OR(B${r}="",G${r}=""),"",IFERROR(MAX(0,VALUE(MID(B${r},7,1))-VALUE(MID(G${r},7,1))),""))`,
        });
        expect(cell).toEqual({ formula: gapFormula(r) });
      }
      const first = dataRows[0]!;
      const last = dataRows[dataRows.length - 1]!;
      expect(plan.protections.map((p) => p.range)).toContainEqual({
        row: first,
        col: IC_COL.gap,
        rows: last - first + 1,
        cols: 1,
      });
      const formulas = plan.values.flat().filter((c) => c !== null && isFormula(c));
      expect(formulas).toHaveLength(dataRows.length);
    });

    test('gap shading: three rules over Where we are now and Target..Gap, relative to the first data row', () => {
      const first = dataRows[0]!;
      const rows = dataRows[dataRows.length - 1]! - first + 1;
      expect(plan.conditionalFormats).toHaveLength(3);
      for (const cf of plan.conditionalFormats) {
        expect(cf.ranges).toEqual([
          { row: first, col: IC_COL.now, rows, cols: 1 },
          { row: first, col: IC_COL.target, rows, cols: 2 },
        ]);
        expect(cf.formula).toContain(`$B${first}<>""`);
        expect(cf.formula).toContain(`$G${first}<>""`);
        expect(cf.formula).not.toMatch(new RegExp(`\\$[BG](?!${first}\\b)\\d+`));
      }
      const [met, one, more] = plan.conditionalFormats;
      expect(met!.formula).toMatch(/<=0,FALSE\)\)$/);
      expect(met!.background).toBe(GAP_COLORS.met);
      expect(one!.formula).toMatch(/=1,FALSE\)\)$/);
      expect(one!.background).toBe(GAP_COLORS.one);
      expect(more!.formula).toMatch(/>=2,FALSE\)\)$/);
      expect(more!.background).toBe(GAP_COLORS.more);
    });
  },
);

describe('IC levels', () => {
  test('the level number is the 7th character of every level (what the formulas read)', () => {
    expect(IC_LEVELS.map((l) => Number(l.charAt(6)))).toEqual([1, 2, 3, 4]);
  });

  test('the meanings say how levels relate, not what a practice looks like', () => {
    expect(IC_LEVEL_MEANINGS['Level 1 (Ideal)']).toMatch(/full practice/);
    expect(IC_LEVEL_MEANINGS['Level 4 (Entry)']).toMatch(/real starting point/);
    for (const m of Object.values(IC_LEVEL_MEANINGS)) expect(m).not.toMatch(/systemwide|not yet/i);
  });
});

describe('every role, all frames (what the gallery builds from the catalog)', () => {
  const maps = ROLES.map((role) => ({ role, plan: icMapPlan(role.id, [...FRAME_IDS]) }));

  test('7 maps; every responsibility a row with four distinct authored descriptions', () => {
    expect(maps).toHaveLength(7);
    for (const { role, plan } of maps) {
      const rows = dataRowsOf(plan).map((r) => plan.values[r - 1]!);
      expect(rows.map((r) => r[0])).toEqual(role.responsibilities.map((r) => r.text));
      for (const row of rows) {
        const levels = row.slice(IC_COL.level1 - 1, IC_COL.level4) as string[];
        expect(levels.every((l) => typeof l === 'string' && l.length > 60)).toBe(true);
        expect(new Set(levels).size).toBe(4);
      }
    }
  });

  test('fewer than 1 in 5 level cells contain their outcome sentence verbatim', () => {
    let cells = 0;
    let verbatim = 0;
    for (const { plan } of maps) {
      for (const r of dataRowsOf(plan)) {
        const row = plan.values[r - 1]!;
        const outcome = (row[0] as string).toLowerCase().replace(/\.$/, '');
        for (const cell of row.slice(IC_COL.level1 - 1, IC_COL.level4) as string[]) {
          cells++;
          if (cell.toLowerCase().includes(outcome)) verbatim++;
        }
      }
    }
    expect(cells).toBe(112 * 4);
    expect(verbatim * 5).toBeLessThan(cells);
  });
});

describe('IC map input checks', () => {
  test('unknown role, no frames and unknown frames are user errors', () => {
    expect(() => icMapPlan('janitor' as never, ['rigorous-content'])).toThrow(UserError);
    expect(() => icMapPlan('coach', [])).toThrow(/at least one standards frame/);
    expect(() => icMapPlan('coach', ['rigor' as FrameId])).toThrow(UserError);
  });

  test('frames come out in catalog order whatever the order asked, without duplicates', () => {
    const plan = icMapPlan('coach', ['conditions-for-success', 'rigorous-content', 'conditions-for-success']);
    const names = plan.values.map((r) => r[0]).filter((v) => FRAMES.some((f) => f.name === v));
    expect(names).toEqual(['Rigorous Content for Each Learner', 'Conditions for Success']);
  });
});
