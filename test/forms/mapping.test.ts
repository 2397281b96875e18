import { type FrameId, ROLES, type RoleId, WHERE_ARE_WE_NOW } from '../../src/content';
import {
  describeDetection,
  type FormItemInfo,
  formIdFromUrl,
  jsonSafe,
  mapColumns,
  parseSurveyRequest,
  relabelSummary,
  type SurveySchema,
  schemaFromPlan,
  surveyFormPlan,
} from '../../src/core/forms';
import { detectItems, readTable, summarizeResponses } from '../../src/core/survey';
import { legacyIcPlan, legacyIcSchema } from '../support/legacyIc';

const S = WHERE_ARE_WE_NOW.statements.map((s) => s.text);
const T = 'Where are we now?';

function schemaFor(x: unknown): SurveySchema {
  const req = parseSurveyRequest(x);
  const plan = surveyFormPlan(req);
  return schemaFromPlan(
    req,
    plan,
    'form-id-0123456789',
    plan.items.map((_, i) => 100 + i),
    '2025-01-01T00:00:00Z',
  );
}

/** The form's items as created: ids 100.. in plan order (section 101 included). */
function itemsAsCreated(x: unknown): FormItemInfo[] {
  const plan = surveyFormPlan(parseSurveyRequest(x));
  return plan.items.map((item, i) => ({
    id: 100 + i,
    title: item.title,
    rows: item.kind === 'grid' ? [...item.rows] : [],
  }));
}

const LEGACY_FORM = 'legacy-form-0123456789';

/** A legacy IC form's items as created: ids 100.. in plan order. */
function legacyItems(role: RoleId, frames?: readonly FrameId[]): FormItemInfo[] {
  return legacyIcPlan(role, frames).items.map((item, i) => ({
    id: 100 + i,
    title: item.title,
    rows: item.kind === 'grid' ? [...item.rows] : [],
  }));
}

const WAWN = {
  instrument: 'where-are-we-now',
  askRole: true,
  askSchool: true,
  schools: ['Oak', 'Elm'],
  collectEmail: true,
};
const HEADERS = [
  'Timestamp',
  'Email Address',
  ...S.map((s) => `${T} [${s}]`),
  'Your role',
  'School or office',
];

describe('mapColumns', () => {
  it('maps the grid rows to the scale and leaves out e-mail, role and school; the timestamp stays for waves', () => {
    const m = mapColumns(HEADERS, schemaFor(WAWN), itemsAsCreated(WAWN));
    expect(m.overrides).toEqual({
      'Email Address': 'ignore',
      ...Object.fromEntries(S.map((s) => [`${T} [${s}]`, 'agreement5'])),
      'Your role': 'ignore',
      'School or office': 'ignore',
    });
    expect(m.metadata).toEqual({
      Timestamp: 'timestamp',
      'Email Address': 'email',
      'Your role': 'role',
      'School or office': 'school',
    });
    expect(m.columns[`${T} [${S[2]}]`]).toEqual({
      key: 'where-are-we-now',
      itemId: 100,
      title: T,
      row: S[2],
      rowIndex: 2,
      scaleId: 'agreement5',
    });
    expect(m.messages).toEqual([]);
  });

  it('a renamed question and a renamed grid row still map (Forms renames the headers)', () => {
    const current = itemsAsCreated(WAWN);
    current[0] = {
      id: 100,
      title: 'District self-check',
      rows: S.map((s, i) => (i === 1 ? 'We have a definition.' : s)),
    };
    current[2] = { id: 102, title: 'What is your role?', rows: [] }; // 101 is the section
    const headers = [
      'Timestamp',
      ...current[0]!.rows.map((r) => `District self-check [${r}]`),
      'What is your role?',
      'School or office',
    ];
    const m = mapColumns(headers, schemaFor(WAWN), current);
    expect(Object.values(m.columns).map((c) => [c.rowIndex, c.title])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [i, 'District self-check']),
    );
    expect(m.columns['District self-check [We have a definition.]']!.row).toBe('We have a definition.');
    expect(m.overrides['What is your role?']).toBe('ignore');
    expect(m.metadata['What is your role?']).toBe('role');
  });

  it('headers still showing the wording at creation map too, and are relabelled with the current wording', () => {
    const current = itemsAsCreated(WAWN);
    current[0] = {
      id: 100,
      title: 'District self-check',
      rows: S.map((s, i) => (i === 0 ? 'Renamed first.' : s)),
    };
    const grid = [
      HEADERS,
      ...Array.from({ length: 6 }, () => [
        '',
        '',
        'Agree',
        'Agree',
        'Agree',
        'Agree',
        'Agree',
        'Coach',
        'Oak',
      ]),
    ];
    const m = mapColumns(grid[0]!, schemaFor(WAWN), current);
    expect(Object.keys(m.columns)).toHaveLength(5);
    const r = summarizeResponses(grid, {
      overrides: m.overrides,
      groupBy: { kind: 'value', column: 'School or office' },
    });
    if (!r.ok) throw new Error(r.problem.message);
    const s = relabelSummary(r.value.summary, m.columns);
    expect(s.items[0]).toMatchObject({
      title: 'Renamed first.',
      grid: 'District self-check',
      column: `${T} [${S[0]}]`,
    });
    expect(s.items[1]).toMatchObject({ title: S[1], grid: 'District self-check' });
    const g = s.groups[0]!;
    expect(g.suppressed).toBe(false);
    expect(g.items[0]).toMatchObject({ title: 'Renamed first.' });
  });

  it('reordered questions map by item id, wherever their columns are', () => {
    // An IC self-assessment as earlier versions made it: three grids of level numbers.
    const created = legacyItems('coach');
    const current = [created[2]!, { ...created[0]!, title: 'Content' }, created[1]!];
    const headers = ['Timestamp', ...current.flatMap((c) => c.rows.map((r) => `${c.title} [${r}]`))];
    const m = mapColumns(headers, legacyIcSchema('coach', LEGACY_FORM, [100, 101, 102]), current);
    const keys = Object.values(m.columns).map((c) => c.key);
    const coach = ROLES.find((r) => r.id === 'coach')!;
    expect(keys).toHaveLength(coach.responsibilities.length);
    expect(new Set(keys)).toEqual(
      new Set(['ic.rigorous-content', 'ic.transformational-processes', 'ic.conditions-for-success']),
    );
    expect(Object.keys(m.columns).filter((h) => h.startsWith('Content ['))).toHaveLength(4);
    expect(Object.values(m.overrides).every((v) => v === 'ic-levels')).toBe(true);
  });

  it('the same responsibility in two frames gives two columns, told apart by the grid title', () => {
    const schema = legacyIcSchema('coach', LEGACY_FORM, [100, 101, 102]);
    const twin = {
      ...schema,
      items: [schema.items[0]!, { ...schema.items[1]!, rows: [schema.items[0]!.rows[0]!] }],
    };
    const headers = [
      `${twin.items[0]!.title} [${twin.items[0]!.rows[0]}]`,
      `${twin.items[1]!.title} [${twin.items[0]!.rows[0]}]`,
    ];
    const m = mapColumns(headers, twin, null);
    expect(Object.values(m.columns).map((c) => c.key)).toEqual([
      'ic.rigorous-content',
      'ic.transformational-processes',
    ]);
  });

  it('a deleted question keeps its columns, left to detection, which reads them as items of their own', () => {
    const frames = ['rigorous-content', 'conditions-for-success'] as const;
    const created = legacyItems('teacher', frames);
    const current = [created[1]!]; // the Rigorous Content grid was deleted from the form
    const headers = ['Timestamp', ...created.flatMap((c) => c.rows.map((r) => `${c.title} [${r}]`))];
    const m = mapColumns(headers, legacyIcSchema('teacher', LEGACY_FORM, [100, 101], frames), current);
    const rc = headers.filter((h) => h.startsWith('Rigorous Content'));
    for (const h of rc) expect(m.overrides).not.toHaveProperty(h);
    expect(m.messages).toEqual([
      'The question "Rigorous Content for Each Learner" is no longer in the form; its columns are read from their answers.',
    ]);
    const rows = Array.from({ length: 5 }, (_, i) => [
      new Date(2025, 0, i + 1),
      ...headers.slice(1).map(() => (i % 2 ? 'Level 2' : 'Level 1 (Ideal)')),
    ]);
    const t = readTable([headers, ...rows]);
    if (!t.ok) throw new Error(t.problem.message);
    const d = detectItems(t.value, m.overrides);
    const detected = d.items.filter((i) => rc.includes(i.header));
    expect(detected).toHaveLength(rc.length);
    expect(detected.every((i) => i.source === 'detected' && i.scaleId === 'ic-levels')).toBe(true);
  });

  it('when the form cannot be opened, the wording recorded at creation is used', () => {
    const m = mapColumns(HEADERS, schemaFor(WAWN), null);
    expect(Object.keys(m.columns)).toHaveLength(5);
    expect(m.metadata['Your role']).toBe('role');
  });

  it('columns the schema does not know, and a form the add-on did not make, go to detection', () => {
    const m = mapColumns(
      [...HEADERS, 'Comments', `${T} [A new statement]`],
      schemaFor(WAWN),
      itemsAsCreated(WAWN),
    );
    expect(m.overrides).not.toHaveProperty('Comments');
    expect(m.overrides).not.toHaveProperty(`${T} [A new statement]`);
    const foreign = mapColumns(HEADERS, null, null);
    expect(foreign.overrides).toEqual({ 'Email Address': 'ignore' });
    expect(foreign.metadata).toEqual({ Timestamp: 'timestamp', 'Email Address': 'email' });
  });

  it('headers are respondents’ data: "__proto__" and "constructor" are plain columns', () => {
    const m = mapColumns(['__proto__', 'constructor', ...HEADERS], schemaFor(WAWN), null);
    expect(Object.keys(m.overrides)).not.toContain('constructor');
    expect(Object.getPrototypeOf(m.overrides)).toBe(Object.prototype);
  });
});

describe('describeDetection', () => {
  it('lists kinds, scales and sources, and offers role, school and short text columns to group by', () => {
    const headers = [...HEADERS, 'Department', 'Comments'];
    const rows = Array.from({ length: 12 }, (_, i) => [
      new Date(2025, 1, i + 1),
      `p${i}@district.org`,
      'Agree',
      'Disagree',
      'No opinion',
      i % 2 ? 'Agree' : 'Strongly agree',
      'Strongly disagree',
      ROLES[i % 3]!.name,
      i % 2 ? 'Oak' : 'Elm',
      i % 2 ? 'Math' : 'Science',
      `Comment number ${i}`,
    ]);
    const t = readTable([headers, ...rows]);
    if (!t.ok) throw new Error();
    const m = mapColumns(t.value.headers, schemaFor(WAWN), null);
    const user = { [`${T} [${S[4]}]`]: 'agreement4' as const };
    const d = describeDetection(detectItems(t.value, { ...m.overrides, ...user }), m, user);
    const by = Object.fromEntries(d.columns.map((c) => [c.header, c]));
    expect(by.Timestamp).toMatchObject({ kind: 'timestamp', role: 'timestamp', scale: null, source: null });
    expect(by['Email Address']).toMatchObject({ kind: 'ignored', role: 'email', source: 'schema' });
    expect(by[`${T} [${S[0]}]`]).toMatchObject({
      kind: 'item',
      scale: 'agreement5',
      source: 'schema',
      share: 1,
    });
    expect(by[`${T} [${S[4]}]`]).toMatchObject({ scale: 'agreement4', source: 'override' });
    expect(by['Your role']).toMatchObject({ kind: 'ignored', role: 'role', distinct: 3 });
    expect(d.groupBy).toEqual(['Your role', 'School or office', 'Department']);
    expect(d.timestamp).toBe('Timestamp');
  });
});

describe('small helpers', () => {
  it('formIdFromUrl reads edit and view links, not the responder key', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-xyz';
    expect(formIdFromUrl(`https://docs.google.com/forms/d/${id}/edit`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com/forms/d/${id}/viewform?usp=sf_link`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com/a/district.org/forms/d/${id}/viewform`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com/forms/d/${id}`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com/forms/d/e/1FAIpQLSf${id}/viewform`)).toBeNull();
    expect(formIdFromUrl(null)).toBeNull();
    expect(formIdFromUrl('')).toBeNull();
  });

  it('jsonSafe turns Dates into ISO strings, deeply', () => {
    const d = new Date(Date.UTC(2025, 0, 2));
    expect(jsonSafe({ a: [d, { b: d }], c: 1, e: null, f: new Date(Number.NaN) })).toEqual({
      a: ['2025-01-02T00:00:00.000Z', { b: '2025-01-02T00:00:00.000Z' }],
      c: 1,
      e: null,
      f: null,
    });
  });
});
