import { getRole } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import {
  type FormItemInfo,
  labelAnswers,
  mapColumns,
  parseSurveyRequest,
  relabelSummary,
  schemaFromPlan,
  surveyFormPlan,
} from '../../src/core/forms';
import { icOutcomes } from '../../src/core/ic/outcomes';
import { readTable, summarizeResponses } from '../../src/core/survey';
import { legacyIcPlan, legacyIcSchema } from '../support/legacyIc';

const coach = getRole('coach');

function summarize(grid: unknown[][], m: ReturnType<typeof mapColumns>) {
  const head = readTable(grid.slice(0, 1));
  if (!head.ok) throw new Error('no header');
  const r = summarizeResponses(labelAnswers(grid, head.value.headers, m.answers).grid, {
    overrides: m.overrides,
  });
  if (!r.ok) throw new Error(r.problem.message);
  return relabelSummary(r.value.summary, m.columns, m.choices);
}

describe('icOutcomes', () => {
  it('a survey made now: the descriptions respondents chose among, the frame, every wording', () => {
    const req = parseSurveyRequest({ instrument: 'ic-self-assessment', role: 'coach' });
    const plan = surveyFormPlan(req);
    const schema = schemaFromPlan(
      req,
      plan,
      'f',
      plan.items.map((_, i) => i + 1),
      '2026-01-01T00:00:00Z',
    );
    const current: FormItemInfo[] = plan.items.map((item, i) => ({
      id: i + 1,
      title: item.key === coach.responsibilities[0]!.id ? 'Know our students' : item.title,
      rows: [],
    }));
    const headers = ['Timestamp', 'Know our students', ...coach.responsibilities.slice(1).map((r) => r.text)];
    const m = mapColumns(headers, schema, current);
    const s = summarize([headers, [new Date(), levelDescriptionsFor(coach.responsibilities[0]!.id)[1]]], m);
    const o = icOutcomes(s, m, schema);
    expect(Object.keys(o)).toEqual(headers.slice(1));
    expect(o['Know our students']).toEqual({
      id: coach.responsibilities[0]!.id,
      frame: 'Rigorous Content for Each Learner',
      levels: levelDescriptionsFor(coach.responsibilities[0]!.id),
      chosenFrom: true,
      wordings: ['Know our students', coach.responsibilities[0]!.text],
    });
  });

  it("a survey of an earlier version: the add-on's descriptions for the levels, marked as not seen", () => {
    const schema = legacyIcSchema('coach', 'old', [1, 2, 3]);
    const plan = legacyIcPlan('coach');
    const headers = [
      'Timestamp',
      ...plan.items.flatMap((g) => (g.kind === 'grid' ? g.rows.map((r) => `${g.title} [${r}]`) : [])),
    ];
    const m = mapColumns(headers, schema, null);
    const s = summarize([headers, [new Date(), 'Level 2']], m);
    const o = icOutcomes(s, m, schema);
    const first = o[headers[1]!]!;
    expect(first).toMatchObject({
      id: coach.responsibilities[0]!.id,
      frame: 'Rigorous Content for Each Learner',
      levels: levelDescriptionsFor(coach.responsibilities[0]!.id),
      chosenFrom: false,
    });
    expect(first.wordings).toContain(coach.responsibilities[0]!.text);
  });

  it('IC columns found by their answers: described when the wording is one catalog responsibility', () => {
    const text = coach.responsibilities[2]!.text;
    const headers = ['Timestamp', `Our grid [${text}]`, 'Our grid [Something of our own]'];
    const m = mapColumns(headers, null, null);
    const s = summarize([headers, ...Array.from({ length: 5 }, () => [new Date(), 'Level 2', 'Level 3'])], m);
    const o = icOutcomes(s, m, null);
    expect(o[headers[1]!]).toMatchObject({ id: coach.responsibilities[2]!.id, chosenFrom: false });
    expect(o[headers[2]!]).toEqual({
      id: null,
      frame: 'Our grid',
      levels: null,
      chosenFrom: false,
      wordings: ['Something of our own'],
    });
  });
});
