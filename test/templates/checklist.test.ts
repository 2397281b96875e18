import { FRAME_IDS, type FrameId, FRAMES, ROLES, responsibilitiesFor } from '../../src/content';
import { UserError } from '../../src/core/errors';
import type { Cell, SheetPlan } from '../../src/core/plan';
import { PALETTE } from '../../src/core/sheetBuilder';
import {
  actionGuideChecklistPlan,
  CHECKLIST_COL,
  CHECKLIST_HEADERS,
  STATUS_COLORS,
  STATUSES,
} from '../../src/core/templates/checklist';

const FRAME_SETS: FrameId[][] = [...FRAME_IDS.map((f) => [f]), [...FRAME_IDS]];
const frameName = (id: FrameId) => FRAMES.find((f) => f.id === id)!.name;

interface Section {
  name: string;
  rows: number[];
  progressRow: number;
}

/** Reads the sections back: section row, responsibility rows, progress row. */
function read(plan: SheetPlan, header: number): { sections: Section[]; overallRow: number } {
  const sections: Section[] = [];
  let overallRow = -1;
  for (let r = header + 1; r <= plan.values.length; r++) {
    const a = plan.values[r - 1]![0] as string;
    if (FRAMES.some((f) => f.name === a)) sections.push({ name: a, rows: [], progressRow: -1 });
    else if (a.startsWith('Progress in ')) sections[sections.length - 1]!.progressRow = r;
    else if (a.startsWith('Overall progress')) overallRow = r;
    else sections[sections.length - 1]!.rows.push(r);
  }
  return { sections, overallRow };
}

describe.each(ROLES.flatMap((role) => FRAME_SETS.map((frames) => [role.id, frames] as const)))(
  'action-guide checklist for %s, frames %j',
  (roleId, frames) => {
    const role = ROLES.find((r) => r.id === roleId)!;
    const plan = actionGuideChecklistPlan(roleId, frames);
    const header = plan.values.findIndex((r) => r[0] === CHECKLIST_HEADERS[0]) + 1;
    const { sections, overallRow } = read(plan, header);
    const dataRows = sections.flatMap((s) => s.rows);

    test('title, then the role description word for word (merged, wrapped rows), then the header', () => {
      expect(plan.title).toBe(
        `Action guide - ${role.name}${frames.length === 1 ? ` - ${frameName(frames[0]!)}` : ''}`,
      );
      expect(plan.values[0]![0]).toContain(role.heading);
      const top = plan.values.slice(1, header - 1).map((r) => r[0] as string);
      const description = top.slice(
        0,
        top.findIndex((t) => t.startsWith('Key responsibilities')),
      );
      expect(description.join(' ')).toBe(role.description);
      description.forEach((_, i) => {
        expect(plan.merges).toContainEqual({ row: 2 + i, col: 1, rows: 1, cols: CHECKLIST_HEADERS.length });
        expect(plan.formats.wraps[1 + i]![0]).toBe(true);
      });
    });

    test('header row, frozen through it, bold, protected with the top block', () => {
      expect(plan.values[header - 1]).toEqual(['Responsibility', 'Status', 'Evidence', 'Owner', 'By when']);
      expect(plan.frozenRows).toBe(header);
      expect(plan.formats.fontWeights[header - 1]!.every((w) => w === 'bold')).toBe(true);
      expect(plan.protections[0]!.range).toEqual({ row: 1, col: 1, rows: header, cols: 5 });
    });

    test('one section per frame, in catalog order, each responsibility once and in order', () => {
      expect(sections.map((s) => s.name)).toEqual(frames.map(frameName));
      sections.forEach((s, i) => {
        expect(s.rows.map((r) => plan.values[r - 1]![0])).toEqual(
          responsibilitiesFor(roleId, [frames[i]!]).map((x) => x.text),
        );
        // Rows are contiguous and followed by the frame's progress line.
        expect(s.rows).toEqual(s.rows.map((_, k) => s.rows[0]! + k));
        expect(s.progressRow).toBe(s.rows[s.rows.length - 1]! + 1);
      });
      expect(dataRows.map((r) => plan.values[r - 1]![0])).toEqual(
        responsibilitiesFor(roleId, frames).map((x) => x.text),
      );
      expect(overallRow).toBe(plan.values.length);
    });

    test('Status is a drop-down and By when a date, on responsibility rows only', () => {
      plan.formats.validations.forEach((row, i) =>
        row.forEach((rule, j) => {
          const r = i + 1;
          const c = j + 1;
          const isData = dataRows.includes(r);
          if (isData && c === CHECKLIST_COL.status) {
            expect(rule).toEqual(
              expect.objectContaining({ kind: 'list', values: [...STATUSES], allowInvalid: false }),
            );
          } else if (isData && c === CHECKLIST_COL.byWhen) {
            expect(rule).toMatchObject({ kind: 'date' });
            expect(plan.formats.numberFormats[i]![j]).toBe('yyyy-mm-dd');
          } else {
            expect(rule).toBeNull();
          }
        }),
      );
      expect(STATUSES).toEqual(['Not started', 'In progress', 'In place']);
      for (const r of dataRows) {
        for (const c of [2, 3, 4, 5]) expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
      }
    });

    test("each frame's progress formula covers exactly that frame's status and responsibility cells", () => {
      for (const s of sections) {
        const first = s.rows[0]!;
        const last = s.rows[s.rows.length - 1]!;
        const row = plan.values[s.progressRow - 1]!;
        expect(row[0]).toBe(`Progress in ${s.name}: share in place`);
        expect(row[1]).toEqual({
          formula: `=IFERROR(COUNTIF(B${first}:B${last},"In place")/COUNTA(A${first}:A${last}),0)`,
        });
        expect(row[2]).toEqual({
          formula: `=COUNTIF(B${first}:B${last},"In place")&" of "&COUNTA(A${first}:A${last})&" in place"`,
        });
        expect(plan.formats.numberFormats[s.progressRow - 1]![1]).toBe('0%');
        expect(plan.protections.map((p) => p.range)).toContainEqual({
          row: s.progressRow,
          col: 1,
          rows: 1,
          cols: 5,
        });
      }
    });

    test('the overall progress line counts every status cell and every responsibility', () => {
      const row = plan.values[overallRow - 1]!;
      const done = sections.map((s) => `COUNTIF(B${s.rows[0]}:B${s.rows.at(-1)},"In place")`).join('+');
      const all = sections.map((s) => `COUNTA(A${s.rows[0]}:A${s.rows.at(-1)})`).join('+');
      const expected =
        sections.length === 1 ? `=IFERROR(${done}/${all},0)` : `=IFERROR((${done})/(${all}),0)`;
      expect(row[1] as Cell).toEqual({ formula: expected });
      expect(plan.formats.numberFormats[overallRow - 1]![1]).toBe('0%');
    });

    test('status shading is relative to the first status cell and covers only status cells', () => {
      const ranges = sections.map((s) => ({ row: s.rows[0]!, col: 2, rows: s.rows.length, cols: 1 }));
      expect(plan.conditionalFormats).toEqual([
        expect.objectContaining({
          ranges,
          formula: `=$B${ranges[0]!.row}="In place"`,
          background: STATUS_COLORS.inPlace,
        }),
        expect.objectContaining({
          ranges,
          formula: `=$B${ranges[0]!.row}="In progress"`,
          background: STATUS_COLORS.inProgress,
        }),
      ]);
    });
  },
);

describe('checklist options', () => {
  test('frames default to all three', () => {
    expect(actionGuideChecklistPlan('teacher')).toEqual(actionGuideChecklistPlan('teacher', FRAME_IDS));
  });

  test('bad input is a user error', () => {
    expect(() => actionGuideChecklistPlan('nobody' as never)).toThrow(UserError);
    expect(() => actionGuideChecklistPlan('coach', [])).toThrow(UserError);
    expect(() => actionGuideChecklistPlan('coach', ['x' as FrameId])).toThrow(UserError);
  });
});
