import {
  LEARNING_SYSTEM_TOOLS,
  STANDARDS_RESOURCES,
  STANDARDS_RESOURCES_ACCESS,
  STANDARDS_RESOURCES_INTRO,
} from '../../src/content';
import { PALETTE } from '../../src/core/sheetBuilder';
import { resourcesPlan, TOOL_HEADERS } from '../../src/core/templates/resources';

describe('resources tab', () => {
  const plan = resourcesPlan();
  const v = plan.values;
  const toolHeader = v.findIndex((r) => r[0] === 'Tool') + 1;
  const guideHeader = v.findIndex((r) => r[0] === 'Resource') + 1;

  test('tools 2.1–2.6 with their purposes, word for word, and room to plan their use', () => {
    expect(v[toolHeader - 1]).toEqual([...TOOL_HEADERS]);
    LEARNING_SYSTEM_TOOLS.forEach((t, i) => {
      const r = toolHeader + 1 + i;
      expect(v[r - 1]).toEqual([t.number, t.title, t.purpose, null, null, null]);
      for (const c of [4, 5, 6]) expect(plan.formats.backgrounds[r - 1]![c - 1]).toBe(PALETTE.inputBg);
      expect(plan.formats.validations[r - 1]![5]).toMatchObject({ kind: 'date' });
    });
    expect(LEARNING_SYSTEM_TOOLS.map((t) => t.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
  });

  test('then the resources for the standards, as the action guide describes them', () => {
    expect(guideHeader).toBeGreaterThan(toolHeader + LEARNING_SYSTEM_TOOLS.length);
    expect(v[guideHeader - 3]![0]).toBe('Resources for Standards for Professional Learning');
    expect(v[guideHeader - 2]![0]).toBe(STANDARDS_RESOURCES_INTRO);
    STANDARDS_RESOURCES.forEach((res, i) => {
      const r = guideHeader + 1 + i;
      expect(v[r - 1]!.slice(0, 3)).toEqual([res.title, null, res.description.join('\n\n')]);
    });
    expect(v.at(-1)![0]).toBe(STANDARDS_RESOURCES_ACCESS);
    expect(plan.mergesAcross).toEqual([
      { row: guideHeader + 1, col: 1, rows: STANDARDS_RESOURCES.length, cols: 2 },
    ]);
  });

  test('what Learning Forward wrote is protected; the planning columns are not', () => {
    const covered = plan.protections.map((p) => p.range);
    expect(covered).toContainEqual({
      row: toolHeader + 1,
      col: 1,
      rows: LEARNING_SYSTEM_TOOLS.length,
      cols: 3,
    });
    expect(covered).toContainEqual({
      row: guideHeader + 1,
      col: 1,
      rows: STANDARDS_RESOURCES.length,
      cols: 3,
    });
  });
});
