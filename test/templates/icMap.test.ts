import { FRAME_IDS, type FrameId, FRAMES, ROLES, responsibilitiesFor } from '../../src/content';
import { asPractice, IC_LEVELS, starterDescriptors } from '../../src/content/icDescriptors';
import { UserError } from '../../src/core/errors';
import { type Cell, isFormula, type SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import { GAP_COLORS, gapFormula, IC_COL, IC_MAP_HEADERS, icMapPlan } from '../../src/core/templates/icMap';

const FRAME_SETS: FrameId[][] = [...FRAME_IDS.map((f) => [f]), [...FRAME_IDS]];
const frameName = (id: FrameId) => FRAMES.find((f) => f.id === id)!.name;

/** Rows after the header, read back as sections: [section name, data row numbers (1-based)]. */
function sections(plan: SheetPlan, header: number): [string, number[]][] {
  const out: [string, number[]][] = [];
  for (let r = header + 1; r <= plan.values.length; r++) {
    const row = plan.values[r - 1]!;
    const isSection = plan.merges.some((m) => m.row === r && m.col === 1 && m.cols === IC_MAP_HEADERS.length);
    if (isSection) {
      expect(row.slice(1).every((c) => c === null)).toBe(true);
      out.push([row[0] as string, []]);
    } else {
      out[out.length - 1]![1].push(r);
    }
  }
  return out;
}

const headerRow = (plan: SheetPlan) => plan.values.findIndex((r) => r[0] === IC_MAP_HEADERS[0]) + 1;

describe.each(ROLES.flatMap((role) => FRAME_SETS.map((frames) => [role.id, frames] as const)))(
  'IC map for %s, frames %j',
  (roleId, frames) => {
    const role = ROLES.find((r) => r.id === roleId)!;
    const plan = icMapPlan(roleId, frames);
    const header = headerRow(plan);
    const secs = sections(plan, header);
    const dataRows = secs.flatMap(([, rows]) => rows);

    test('tab title names the role, and the frame when there is one', () => {
      expect(plan.title).toBe(
        `IC map - ${role.name}${frames.length === 1 ? ` - ${frameName(frames[0]!)}` : ''}`,
      );
      expect(plan.values[0]![0]).toContain(role.name);
    });

    test('header row and frozen rows', () => {
      expect(header).toBeGreaterThan(1);
      expect(plan.values[header - 1]).toEqual([...IC_MAP_HEADERS]);
      expect(IC_MAP_HEADERS.slice(0, 8)).toEqual([
        'Desired outcome',
        'Level 1 (Ideal)',
        'Level 2',
        'Level 3',
        'Level 4 (Entry)',
        'Where we are now',
        'Target',
        'Gap',
      ]);
      expect(IC_MAP_HEADERS.slice(8)).toEqual(['Evidence', 'Next step', 'Owner', 'By when']);
      expect(plan.frozenRows).toBe(header);
      expect(plan.formats.fontWeights[header - 1]!.every((w) => w === 'bold')).toBe(true);
    });

    test('the legend explains the levels and how to use the map', () => {
      const legend = plan.values
        .slice(1, header - 1)
        .map((r) => r[0] as string)
        .join(' ');
      expect(legend).toMatch(/Level 1 \(Ideal\).*most complete practice/);
      expect(legend).toMatch(/Level 4 \(Entry\).*getting started/);
      expect(legend).toMatch(/Where we are now.*Target/);
      expect(legend).toMatch(/evidence.*next step.*owner.*date/);
      expect(legend).toMatch(/starter text/);
      expect(plan.protections[0]!.range).toEqual({
        row: 1,
        col: 1,
        rows: header,
        cols: IC_MAP_HEADERS.length,
      });
    });

    test('one section per chosen frame, in catalog order, each with its responsibilities once, in order', () => {
      expect(secs.map(([name]) => name)).toEqual(frames.map(frameName));
      secs.forEach(([, rows], i) => {
        const expected = responsibilitiesFor(roleId, [frames[i]!]).map((r) => r.text);
        expect(rows.map((r) => plan.values[r - 1]![0])).toEqual(expected);
      });
      const all = dataRows.map((r) => plan.values[r - 1]![0]);
      expect(all).toEqual(responsibilitiesFor(roleId, frames).map((r) => r.text));
      expect(new Set(all).size).toBe(all.length);
    });

    test('level cells hold the starter descriptors, styled as editable starter text', () => {
      for (const r of dataRows) {
        const row = plan.values[r - 1]!;
        expect(row.slice(IC_COL.level1 - 1, IC_COL.level4)).toEqual([
          ...starterDescriptors(row[0] as string),
        ]);
        for (let c = IC_COL.level1; c <= IC_COL.level4; c++) {
          expect(plan.formats.fontStyles[r - 1]![c - 1]).toBe('italic');
          expect(plan.formats.fontColors[r - 1]![c - 1]).toBe(PALETTE.noteFg);
        }
      }
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

    test('fill-in columns are styled as inputs on data rows', () => {
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

    test('Gap is a live formula on its own row, protected (warning) per section', () => {
      for (const r of dataRows) {
        const cell = plan.values[r - 1]![IC_COL.gap - 1] as Cell;
        expect(cell).toEqual({
          formula: `=IF(OR(F${r}="",G${r}=""),"",IFERROR(MAX(0,VALUE(MID(F${r},7,1))-VALUE(MID(G${r},7,1))),""))`,
        });
        expect(cell).toEqual({ formula: gapFormula(r) });
      }
      const gapProtections = plan.protections.slice(1);
      expect(gapProtections.map((p) => p.range)).toEqual(
        secs.map(([, rows]) => ({ row: rows[0]!, col: IC_COL.gap, rows: rows.length, cols: 1 })),
      );
      const formulas = plan.values.flat().filter((c) => c !== null && isFormula(c));
      expect(formulas).toHaveLength(dataRows.length);
    });

    test('gap shading: three rules over Now..Gap of the data rows, relative to the first data row', () => {
      const first = dataRows[0]!;
      const blocks = secs.map(([, rows]) => ({ row: rows[0]!, col: IC_COL.now, rows: rows.length, cols: 3 }));
      expect(plan.conditionalFormats).toHaveLength(3);
      for (const cf of plan.conditionalFormats) {
        expect(cf.ranges).toEqual(blocks);
        expect(cf.formula).toContain(`$F${first}<>""`);
        expect(cf.formula).toContain(`$G${first}<>""`);
        expect(cf.formula).not.toMatch(new RegExp(`\\$[FG](?!${first}\\b)\\d+`));
      }
      const [met, one, more] = plan.conditionalFormats;
      expect(met!.formula).toMatch(/<=0,FALSE\)\)$/);
      expect(met!.background).toBe(GAP_COLORS.met);
      expect(one!.formula).toMatch(/=1,FALSE\)\)$/);
      expect(one!.background).toBe(GAP_COLORS.one);
      expect(more!.formula).toMatch(/>=2,FALSE\)\)$/);
      expect(more!.background).toBe(GAP_COLORS.more);
    });

    test('section rows are merged and shaded, never validated', () => {
      for (const [name] of secs) {
        const r = plan.values.findIndex((row) => row[0] === name) + 1;
        expect(plan.formats.backgrounds[r - 1]![0]).toBe(PALETTE.sectionBg);
        expect(plan.formats.validations[r - 1]!.every((v) => v === null)).toBe(true);
      }
    });
  },
);

describe('IC levels and starter descriptors', () => {
  test('the level number is the 7th character of every level (what the formulas read)', () => {
    expect(IC_LEVELS.map((l) => Number(l.charAt(6)))).toEqual([1, 2, 3, 4]);
  });

  test('descriptors are deterministic, distinct, and name the outcome as practice', () => {
    const outcome = 'Prioritize and model learning as a leader.';
    const d = starterDescriptors(outcome);
    expect(starterDescriptors(outcome)).toEqual(d);
    expect(new Set(d).size).toBe(4);
    for (const text of d) expect(text).toContain('prioritize and model learning as a leader');
    expect(d[0]).toMatch(/^Consistently and systemwide: .*results are monitored and used to improve\.$/);
    expect(d[1]).toMatch(/^Regularly, in most settings: /);
    expect(d[2]).toMatch(/^Occasionally or in some settings: /);
    expect(d[3]).toMatch(/^Not yet in place; awareness and planning are beginning: /);
  });

  test('asPractice: trims, drops closing punctuation, lowercases only ordinary first words', () => {
    expect(asPractice('  Learn about   students.  ')).toBe('learn about students');
    expect(asPractice('ELL students read daily;')).toBe('ELL students read daily');
    expect(asPractice('I model learning.')).toBe('I model learning');
    expect(asPractice('iPads support learning')).toBe('iPads support learning');
    expect(asPractice('Model "leading from the classroom" for peers.')).toBe(
      'model "leading from the classroom" for peers',
    );
  });

  test('every catalog responsibility gives four descriptors that mention it', () => {
    for (const role of ROLES) {
      for (const r of role.responsibilities) {
        const d = starterDescriptors(r.text);
        for (const text of d) expect(text).toContain(asPractice(r.text));
      }
    }
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
