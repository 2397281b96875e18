import { createEmulator, type Emulator } from '../../local/emulator';
import { FRAMES, ROLES, responsibilitiesFor, WHERE_ARE_WE_NOW } from '../../src/content';
import { levelDescriptionsFor } from '../../src/content/icLevels';
import { UserError } from '../../src/core/errors';
import { decodeSchema, decodeSchools } from '../../src/core/forms';
import { parseCsv } from '../../src/core/survey';
import {
  createSurvey,
  describeColumns,
  getSchools,
  listResponseTabs,
  readResponses,
  summarizeSource,
  summarizeSurvey,
} from '../../src/gas/survey';
import { createLegacyIcSurvey } from '../support/legacyIc';

const S = WHERE_ARE_WE_NOW.statements.map((s) => s.text);
const T = WHERE_ARE_WE_NOW.title;
const AGREE = ['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'];

let emu: Emulator;
beforeEach(() => {
  emu = createEmulator({ now: new Date(2025, 2, 3, 9), user: 'pd@district.org' });
  emu.install();
});
afterEach(() => emu.uninstall());

/** The items of a form as FormApp shows them. */
function formItems(formId: string) {
  return emu.forms
    .get(formId)
    .getItems()
    .map((i) => {
      const type = String(i.getType());
      const base = { type, title: i.getTitle() };
      if (type === 'GRID')
        return { ...base, rows: i.asGridItem().getRows(), columns: i.asGridItem().getColumns() };
      if (type === 'LIST')
        return {
          ...base,
          choices: i
            .asListItem()
            .getChoices()
            .map((c) => c.getValue()),
        };
      if (type === 'MULTIPLE_CHOICE')
        return {
          ...base,
          choices: i
            .asMultipleChoiceItem()
            .getChoices()
            .map((c) => c.getValue()),
        };
      return base;
    });
}

const headerRow = (tab: string) =>
  emu
    .sheet(tab)
    .snapshot()
    .values[0]!.filter((v) => v !== '' && v !== null);

/** A response to "Where are we now?": one label per statement, plus role and school. */
function wawn(answers: readonly string[], extra: Record<string, string> = {}) {
  return { [T]: Object.fromEntries(S.map((s, i) => [s, answers[i] ?? 'No opinion'])), ...extra };
}

describe('createSurvey', () => {
  it('Where are we now?: one grid, linked to a new tab found by its form link, schema recorded', () => {
    const r = createSurvey({ instrument: 'where-are-we-now' });
    const forms = emu.forms.list();
    expect(forms).toHaveLength(1);
    const f = forms[0]!;
    expect(r).toEqual({
      formId: f.id,
      title: 'Where are we now?',
      publishedUrl: f.publishedUrl,
      editUrl: f.editUrl,
      responsesTab: 'Form Responses 1',
    });
    expect(f.collectsEmail).toBe(false);
    expect(f.destinationId).toBe(emu.spreadsheet.getId());
    expect(formItems(f.id)).toEqual([{ type: 'GRID', title: T, rows: S, columns: AGREE }]);
    const form = emu.forms.get(f.id);
    expect(form.getDescription()).toMatch(/only in aggregate/);
    expect(form.getConfirmationMessage()).toMatch(/Thank you/);
    expect(headerRow('Form Responses 1')).toEqual(['Timestamp', ...S.map((s) => `${T} [${s}]`)]);

    const props = emu.properties.document;
    const schema = decodeSchema(props, f.id)!;
    expect(schema).toMatchObject({ version: 1, formId: f.id, title: T, instrument: 'where-are-we-now' });
    expect(schema.items).toEqual([
      { itemId: f.items[0]!.id, key: 'where-are-we-now', title: T, rows: S, scaleId: 'agreement5' },
    ]);
    expect(Date.parse(schema.createdIso)).not.toBeNaN();
    expect(JSON.parse(props.surveys!)).toEqual([f.id]);
    expect(props).not.toHaveProperty('schools');
  });

  it('IC self-assessment with role, school and email: a page per frame, a question of descriptions per responsibility', () => {
    const r = createSurvey({
      instrument: 'ic-self-assessment',
      role: 'coach',
      askRole: true,
      askSchool: true,
      schools: ['Oak Elementary', 'Elm Middle', 'Central Office'],
      collectEmail: true,
    });
    const coach = ROLES.find((x) => x.id === 'coach')!;
    const f = emu.forms.list()[0]!;
    expect(f.collectsEmail).toBe(true);
    expect(r.title).toBe('IC self-assessment - Coach');
    const items = formItems(r.formId);
    const expected = FRAMES.flatMap((frame) => [
      { type: 'PAGE_BREAK', title: frame.name },
      ...coach.responsibilities
        .filter((x) => x.frame === frame.id)
        .map((x) => ({
          type: 'MULTIPLE_CHOICE',
          title: x.text,
          choices: [...levelDescriptionsFor(x.id), 'Not sure'],
        })),
    ]);
    expect(items.slice(0, expected.length)).toEqual(expected);
    expect(items.slice(expected.length)).toEqual([
      { type: 'PAGE_BREAK', title: 'About you' },
      { type: 'LIST', title: 'Your role', choices: [...ROLES.map((x) => x.name), 'Other'] },
      {
        type: 'LIST',
        title: 'School or office',
        choices: ['Oak Elementary', 'Elm Middle', 'Central Office'],
      },
    ]);
    const headers = headerRow(r.responsesTab!);
    expect(headers).toEqual([
      'Timestamp',
      'Email Address',
      ...coach.responsibilities.map((x) => x.text),
      'Your role',
      'School or office',
    ]);

    const schema = decodeSchema(emu.properties.document, r.formId)!;
    expect(schema.role).toBe('coach');
    const questions = f.items.filter((i) => i.type === 'MULTIPLE_CHOICE');
    expect(schema.items.map((i) => [i.itemId, i.key])).toEqual(
      questions.map((q, k) => [q.id, coach.responsibilities[k]!.id]),
    );
    const lists = f.items.filter((i) => i.type === 'LIST');
    expect(schema.meta).toEqual({ roleItemId: lists[0]!.id, schoolItemId: lists[1]!.id });
    expect(decodeSchools(emu.properties.document)).toEqual([
      'Oak Elementary',
      'Elm Middle',
      'Central Office',
    ]);
    expect(getSchools()).toEqual(['Oak Elementary', 'Elm Middle', 'Central Office']);
  });

  it('IC self-assessment answered by choosing descriptions: each counted as its level (by hand)', () => {
    const r = createSurvey({
      instrument: 'ic-self-assessment',
      role: 'teacher',
      frames: ['rigorous-content'],
    });
    const [one, two] = responsibilitiesFor('teacher', ['rigorous-content']);
    const d = levelDescriptionsFor(one!.id);
    const all = (first: string) =>
      Object.fromEntries(
        responsibilitiesFor('teacher', ['rigorous-content']).map((x, k) => [
          x.text,
          k === 0 ? first : levelDescriptionsFor(x.id)[2],
        ]),
      );
    for (const a of [d[0], d[1], d[1], d[3], 'Not sure']) emu.forms.submit(r.formId, all(a));
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.items.map((i) => i.title)).toEqual(
      responsibilitiesFor('teacher', ['rigorous-content']).map((x) => x.text),
    );
    expect(s.items[0]).toMatchObject({
      title: one!.text,
      grid: null,
      scaleId: 'ic-levels',
      n: 5,
      invalid: 0,
      counts: { 'Level 1': 1, 'Level 2': 2, 'Level 3': 0, 'Level 4': 1, 'Not sure': 1 },
    });
    expect(s.items[1]).toMatchObject({ title: two!.text, counts: { 'Level 3': 5 } });
    expect(s.messages).toEqual([]);
  });

  it('IC answers still read right after the choices are shuffled and one is reworded in the Form', () => {
    const r = createSurvey({
      instrument: 'ic-self-assessment',
      role: 'teacher',
      frames: ['rigorous-content'],
    });
    const resps = responsibilitiesFor('teacher', ['rigorous-content']);
    const d = levelDescriptionsFor(resps[0]!.id);
    const q = emu.forms.get(r.formId).getItems(FormApp.ItemType.MULTIPLE_CHOICE)[0]!.asMultipleChoiceItem();
    const answer = (first: string) =>
      Object.fromEntries(resps.map((x, k) => [x.text, k === 0 ? first : levelDescriptionsFor(x.id)[0]]));
    emu.forms.submit(r.formId, answer(d[1]));
    // The team shuffles the choices and fixes a phrase in the Level 2 description.
    const reworded = d[1].replace(/\.$/, ' each week.');
    q.setChoiceValues([d[3], 'Not sure', reworded, d[0], d[2]]);
    for (const a of [reworded, reworded, d[3], d[0]]) emu.forms.submit(r.formId, answer(a));
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.items[0]).toMatchObject({
      n: 5,
      invalid: 0,
      counts: { 'Level 1': 1, 'Level 2': 3, 'Level 3': 0, 'Level 4': 1, 'Not sure': 0 },
    });
    expect(s.messages).toEqual([expect.stringMatching(/2 answers are a choice reworded in the form/)]);
  });

  it('two surveys: two forms, two tabs, both in the index', () => {
    const a = createSurvey({ instrument: 'where-are-we-now' });
    const b = createSurvey({
      instrument: 'ic-self-assessment',
      role: 'teacher',
      frames: ['rigorous-content'],
    });
    expect(a.responsesTab).toBe('Form Responses 1');
    expect(b.responsesTab).toBe('Form Responses 2');
    expect(JSON.parse(emu.properties.document.surveys!)).toEqual([a.formId, b.formId]);
    expect(formItems(b.formId)).toHaveLength(1 + responsibilitiesFor('teacher', ['rigorous-content']).length);
  });

  it('records the schema and the schools in one setProperties call', () => {
    createSurvey({ instrument: 'where-are-we-now', askSchool: true, schools: ['A', 'B'] });
    expect(emu.calls.get('Properties.setProperties')).toBe(1);
    expect(emu.calls.get('Properties.setProperty')).toBe(0);
  });

  it('a bad request creates nothing', () => {
    expect(() => createSurvey({ instrument: 'where-are-we-now', askSchool: true, schools: [] })).toThrow(
      UserError,
    );
    expect(emu.forms.list()).toHaveLength(0);
  });

  it('another task holding the lock: a clear message, no form', () => {
    emu.holdLock('document');
    expect(() => createSurvey({ instrument: 'where-are-we-now' })).toThrow(/waiting for another add-on task/);
    expect(emu.forms.list()).toHaveLength(0);
  });

  it('a full document store is found before any form is created', () => {
    // 56 values of 9,000 bytes and one of 7,000: 600 bytes short of the 512,000-byte store.
    const filler: Record<string, string> = { f: 'z'.repeat(512_000 - 600 - 56 * 9_004 - 1) };
    for (let i = 0; i < 56; i++) filler[`f${String(i).padStart(3, '0')}`] = 'z'.repeat(9_000);
    PropertiesService.getDocumentProperties().setProperties(filler);
    expect(() => createSurvey({ instrument: 'where-are-we-now' })).toThrow(
      /storage in this spreadsheet is full/,
    );
    expect(emu.forms.list()).toHaveLength(0);
  });

  it('a failure after the form exists says so and gives its edit link; nothing is recorded', () => {
    emu.failOn('Form.setDestination');
    let message = '';
    try {
      createSurvey({ instrument: 'where-are-we-now' });
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      message = (e as Error).message;
    }
    const f = emu.forms.list()[0]!;
    expect(message).toContain('was created in your Google Drive, but setting it up did not finish');
    expect(message).toContain(f.editUrl);
    expect(message).toContain("We're sorry, a server error occurred");
    expect(message).not.toContain('Exception:');
    expect(emu.properties.document).toEqual({});
  });
});

describe('responses', () => {
  /** "Where are we now?" with role and school, and 12 responses whose counts are worked out by hand. */
  function surveyWithResponses() {
    const r = createSurvey({
      instrument: 'where-are-we-now',
      askRole: true,
      askSchool: true,
      schools: ['Oak', 'Elm'],
      collectEmail: true,
    });
    // Statement 1: 4 Strongly agree, 3 Agree, 2 No opinion, 2 Disagree, 1 Strongly disagree.
    const first = [
      'Strongly agree',
      'Strongly agree',
      'Strongly agree',
      'Strongly agree',
      'Agree',
      'Agree',
      'Agree',
      'No opinion',
      'No opinion',
      'Disagree',
      'Disagree',
      'Strongly disagree',
    ];
    first.forEach((a, i) => {
      emu.forms.submit(
        r.formId,
        wawn([a, 'Agree', 'Agree', 'Disagree', 'Agree'], {
          'Your role': i < 6 ? 'Teacher' : i < 11 ? 'Principal' : 'Coach',
          'School or office': i % 2 ? 'Oak' : 'Elm',
        }),
        { email: `p${i}@district.org`, timestamp: new Date(2025, 2, 3 + i, 10) },
      );
    });
    return r;
  }

  it('summarizeSurvey finds the submitted responses and counts them (figures worked out by hand)', () => {
    const r = surveyWithResponses();
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.responses).toBe(12);
    expect(s.items).toHaveLength(5);
    const [one] = s.items;
    expect(one).toMatchObject({
      title: S[0],
      grid: T,
      scaleId: 'agreement5',
      n: 12,
      blank: 0,
      invalid: 0,
      counts: { 'Strongly agree': 4, Agree: 3, 'No opinion': 2, Disagree: 2, 'Strongly disagree': 1 },
      percents: { 'Strongly agree': 33, Agree: 25, 'No opinion': 17, Disagree: 17, 'Strongly disagree': 8 },
    });
    expect(one!.favorable).toBeCloseTo(7 / 12);
    // Scored: 4x5 + 3x4 + 2x2 + 1x1 = 37 over 10 scored answers ("No opinion" has no score).
    expect(one!.mean).toBeCloseTo(3.7);
    expect(s.items[3]).toMatchObject({ n: 12, favorable: 0, mean: 2, counts: { Disagree: 12 } });
    // Email, role and school are not questions.
    expect(s.items.map((i) => i.column)).toEqual(S.map((x) => `${T} [${x}]`));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('breaks down by role with small groups hidden: Coach (1) and, to protect it, Principal (5)', () => {
    const r = surveyWithResponses();
    const s = summarizeSurvey({ formId: r.formId, groupBy: 'Your role' });
    expect(s.groupBy).toBe('Your role');
    expect(s.groups.map((g) => [g.value, g.respondents, g.suppressed])).toEqual([
      ['Coach', 1, true],
      ['Principal', 5, true],
      ['Teacher', 6, false],
    ]);
    const teacher = s.groups[2]!;
    if (teacher.suppressed) throw new Error('unexpected');
    expect(teacher.items[0]).toMatchObject({ n: 6, counts: { 'Strongly agree': 4, Agree: 2 } });
  });

  it('waves by the timestamp (cutoffs as dates), minimum group size configurable', () => {
    const r = surveyWithResponses();
    const s = summarizeSurvey({ formId: r.formId, waves: ['2025-03-09'], minGroupSize: 2 });
    expect(s.groupBy).toBe('Timestamp');
    expect(s.cutoffs).toEqual(['2025-03-09']);
    expect(s.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['Before 2025-03-09', 6],
      ['On or after 2025-03-09', 6],
    ]);
  });

  it('the responses tab is never written: same snapshot, and only reads on the Spreadsheet service', () => {
    const r = surveyWithResponses();
    const before = emu.sheet(r.responsesTab!).snapshot();
    emu.calls.reset();
    summarizeSurvey({ formId: r.formId, groupBy: 'School or office' });
    describeColumns({ formId: r.formId });
    listResponseTabs();
    readResponses(r.responsesTab!);
    expect(emu.sheet(r.responsesTab!).snapshot()).toEqual(before);
    const calls = Object.keys(emu.calls.snapshot());
    expect(calls.filter((c) => c.startsWith('Range.set') || c.startsWith('Sheet.set'))).toEqual([]);
    for (const c of calls) expect(c).toMatch(/\.(get|is|has|as|openById)\w*$/);
  });

  it('summarizeSource: the survey title, the tab, the rows read, and the request pinned to the form', () => {
    const r = surveyWithResponses();
    const src = summarizeSource({ tab: r.responsesTab, groupBy: 'Your role' });
    expect(src).toMatchObject({ recordedTitle: T, tab: 'Form Responses 1', formId: r.formId, dataRows: 12 });
    expect(src.request).toEqual({
      ref: { formId: r.formId },
      groupBy: 'Your role',
      overrides: {},
      waves: null,
    });
    expect(src.summary.responses).toBe(12);
    // Renamed later, the tab is found again from the pinned request.
    emu.sheet(r.responsesTab!).setName('Renamed');
    expect(summarizeSource({ ...src.request.ref, groupBy: 'Your role' }).tab).toBe('Renamed');
  });

  it('found by its form link after the tab is renamed', () => {
    const r = surveyWithResponses();
    emu.sheet(r.responsesTab!).setName('Spring survey (raw)');
    const tabs = listResponseTabs();
    expect(tabs.find((t) => t.linked)).toEqual({
      name: 'Spring survey (raw)',
      formId: r.formId,
      linked: true,
      rows: 12,
      surveyTitle: T,
      looksLikeResponses: true,
    });
    expect(readResponses({ formId: r.formId }).tab).toBe('Spring survey (raw)');
    expect(summarizeSurvey({ formId: r.formId }).responses).toBe(12);
    expect(summarizeSurvey({ tab: 'Spring survey (raw)' }).items).toHaveLength(5);
  });

  it('a question and a grid row renamed in the form after responses: still mapped, with the new wording', () => {
    const r = surveyWithResponses();
    const grid = emu.forms.get(r.formId).getItems()[0]!.asGridItem();
    grid.setTitle('District self-check');
    grid.setRows(S.map((s, i) => (i === 1 ? 'We have a formal definition of professional learning.' : s)));
    const headers = headerRow(r.responsesTab!);
    expect(headers).toContain('District self-check [We have a formal definition of professional learning.]');
    emu.forms.submit(r.formId, {
      'District self-check': Object.fromEntries(grid.getRows().map((row) => [row, 'Agree'])),
    });
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.responses).toBe(13);
    expect(s.items.map((i) => i.grid)).toEqual(Array(5).fill('District self-check'));
    expect(s.items[1]).toMatchObject({
      title: 'We have a formal definition of professional learning.',
      n: 13,
      counts: { Agree: 13 },
    });
    expect(s.items[0]!.n).toBe(13);
    const d = describeColumns({ formId: r.formId });
    expect(d.columns.filter((c) => c.source === 'schema' && c.kind === 'item')).toHaveLength(5);
  });

  it('a question deleted from an IC form of an earlier version keeps its column, read from its answers', () => {
    const formId = createLegacyIcSurvey(emu, 'teacher', ['rigorous-content', 'conditions-for-success']);
    const r = { formId };
    const form = emu.forms.get(r.formId);
    const [rc, cs] = form.getItems().map((i) => i.asGridItem());
    const answer = (g: GoogleAppsScript.Forms.GridItem, level: string) =>
      Object.fromEntries(g.getRows().map((row) => [row, level]));
    for (const level of ['Level 1 (Ideal)', 'Level 2', 'Level 2', 'Not sure', 'Level 4 (Entry)']) {
      emu.forms.submit(r.formId, {
        [rc!.getTitle()]: answer(rc!, level),
        [cs!.getTitle()]: answer(cs!, 'Level 3'),
      });
    }
    form.deleteItem(form.getItems()[0]!);
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.items).toHaveLength(rc!.getRows().length + cs!.getRows().length);
    expect(s.items[0]).toMatchObject({
      scaleId: 'ic-levels',
      n: 5,
      counts: { 'Level 1': 1, 'Level 2': 2, 'Level 3': 0, 'Level 4': 1, 'Not sure': 1 },
    });
    expect(s.items[0]!.favorable).toBeCloseTo(3 / 5);
    expect(s.items[0]!.mean).toBeCloseTo((1 + 2 + 2 + 4) / 4);
    expect(s.messages).toContain(
      'The question "Rigorous Content for Each Learner" is no longer in the form; its columns are read from their answers.',
    );
    const d = describeColumns({ formId: r.formId });
    expect(d.columns.filter((c) => c.kind === 'item').map((c) => c.source)).toEqual([
      ...rc!.getRows().map(() => 'detected'),
      ...cs!.getRows().map(() => 'schema'),
    ]);
  });

  it('a form that cannot be opened any more: matched by the recorded wording, with a note', () => {
    const r = surveyWithResponses();
    emu.failOn('FormApp.openById', {
      message: 'No item with the given ID could be found, or you do not have permission to access it.',
    });
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.items).toHaveLength(5);
    expect(s.messages[0]).toMatch(
      /could not be opened .* matched by the wording they had when the survey was created/,
    );
  });

  it('a damaged record: detection reads the columns, and the user is told', () => {
    const r = surveyWithResponses();
    PropertiesService.getDocumentProperties().deleteProperty(`survey:${r.formId}:0`);
    const s = summarizeSurvey({ formId: r.formId });
    // Without the record, the Form itself says what each column is: the grid's five rows on the
    // agreement scale, and the role and school drop-downs as single-choice questions.
    expect(s.items.map((i) => [i.kind, i.scaleId])).toEqual([
      ...Array(5).fill(['scale', 'agreement5']),
      ['choice', null],
      ['choice', null],
    ]);
    expect(s.items.slice(5).map((i) => i.column)).toEqual(['Your role', 'School or office']);
    expect(s.messages[0]).toMatch(/record of the survey form .* is damaged \(part 1 of 1 is missing\)/);
  });

  it('a form whose responses tab was deleted: a clear message', () => {
    const r = surveyWithResponses();
    emu.spreadsheet.deleteSheet(emu.sheet(r.responsesTab!));
    expect(() => summarizeSurvey({ formId: r.formId })).toThrow(
      /No tab of this spreadsheet receives that form/,
    );
    expect(() => summarizeSurvey({ tab: 'Nope' })).toThrow(/no tab named "Nope"/);
  });

  it('user overrides win over the schema; problems from the core become UserErrors', () => {
    const r = surveyWithResponses();
    const s = summarizeSurvey({ formId: r.formId, overrides: { [`${T} [${S[0]}]`]: 'ignore' } });
    expect(s.items).toHaveLength(4);
    expect(() => summarizeSurvey({ formId: r.formId, groupBy: 'Grade' })).toThrow(UserError);
    expect(() => summarizeSurvey({ formId: r.formId, groupBy: 'Grade' })).toThrow(/Cannot group by "Grade"/);
    expect(() => summarizeSurvey({ formId: r.formId, minGroupSize: 0 })).toThrow(/at least 1/);
    expect(() => summarizeSurvey({ formId: r.formId, waves: ['someday'] })).toThrow(
      /"someday" is not a date/,
    );
  });

  it('describeColumns: kinds, scales, and role, school as group-by candidates', () => {
    const r = surveyWithResponses();
    const d = describeColumns({ formId: r.formId });
    expect(d.groupBy).toEqual(['Your role', 'School or office']);
    expect(d.timestamp).toBe('Timestamp');
    // Short names the build step offers to rename, sent back as `groupLabel`.
    expect(d.groupLabels).toEqual({
      'Your role': 'Role',
      'School or office': 'School or office',
      Timestamp: 'Wave',
    });
    const email = d.columns.find((c) => c.header === 'Email Address')!;
    expect(email).toMatchObject({ role: 'email', scale: null });
    expect(d.columns.filter((c) => c.scale === 'agreement5')).toHaveLength(5);
  });

  it('an empty responses tab (no answers yet) summarizes to "No responses yet."', () => {
    const r = createSurvey({ instrument: 'where-are-we-now' });
    const s = summarizeSurvey({ formId: r.formId });
    expect(s.responses).toBe(0);
    expect(s.items).toHaveLength(5); // the schema names the scale before any answer arrives
    expect(s.messages).toContain('No responses yet.');
  });
});

describe('reading cost', () => {
  /** Spreadsheet calls of one summarizeSurvey on a survey with `n` responses. */
  function callsFor(n: number): { spreadsheet: number; forms: number; total: number } {
    emu.uninstall();
    emu = createEmulator({ now: new Date(2025, 0, 1) });
    emu.install();
    const r = createSurvey({ instrument: 'where-are-we-now', askRole: true });
    const roles = ROLES.map((x) => x.name);
    for (let i = 0; i < n; i++) {
      emu.forms.submit(r.formId, wawn([AGREE[i % 5]!, AGREE[(i + 1) % 5]!], { 'Your role': roles[i % 7]! }));
    }
    emu.calls.reset();
    const s = summarizeSurvey({ formId: r.formId, groupBy: 'Your role' });
    expect(s.responses).toBe(n);
    return {
      spreadsheet: emu.calls.total('spreadsheet'),
      forms: emu.calls.total('forms'),
      total: emu.calls.total(),
    };
  }

  it('reading 50 or 5,000 responses costs the same calls: 6 Spreadsheet, 11 Forms, 19 in all', () => {
    const small = callsFor(50);
    const large = callsFor(5000);
    expect(large).toEqual(small);
    // Spreadsheet: getActiveSpreadsheet, getSheets, getFormUrl (2 tabs), getDataRange, getValues.
    // Forms: openById, getItems, then getType per item (grid, section, list); for the questions the
    // survey's record describes (grid, list) getId and getTitle, and for the grid asGridItem +
    // getRows: their choices are not read again. Properties: getDocumentProperties, getProperties.
    expect(small).toEqual({ spreadsheet: 6, forms: 11, total: 19 });
  });

  it('by tab name: 5 Spreadsheet calls, whatever the number of rows', () => {
    const r = createSurvey({ instrument: 'where-are-we-now' });
    const count = () => {
      emu.calls.reset();
      summarizeSurvey({ tab: r.responsesTab });
      return emu.calls.total('spreadsheet');
    };
    const before = count();
    for (let i = 0; i < 300; i++) emu.forms.submit(r.formId, wawn([AGREE[i % 5]!]));
    // getActiveSpreadsheet, getSheetByName, getFormUrl, getLastRow, getSheetValues (the tab's
    // name is the one asked for).
    expect([before, count()]).toEqual([5, 5]);
  });

  it('creating a survey: fixed Spreadsheet calls; one Form question per responsibility (FormApp adds items one at a time)', () => {
    const calls = (req: object) => {
      emu.calls.reset();
      createSurvey(req);
      return emu.calls.snapshot();
    };
    const one = calls({ instrument: 'where-are-we-now', askRole: true, askSchool: true, schools: ['A'] });
    expect(one['Properties.setProperties']).toBe(1);
    expect(one['Form.addGridItem']).toBe(1);
    expect(one['GridItem.setRows']).toBe(1);
    const ic = calls({ instrument: 'ic-self-assessment', role: 'teacher' });
    expect(ic['Form.addGridItem']).toBeUndefined();
    expect(ic['Form.addPageBreakItem']).toBe(3);
    const teacher = ROLES.find((x) => x.id === 'teacher')!.responsibilities.length;
    expect(ic['Form.addMultipleChoiceItem']).toBe(teacher);
    expect(ic['MultipleChoiceItem.setChoiceValues']).toBe(teacher);
    expect(ic['Properties.setProperties']).toBe(1);
    // getActiveSpreadsheet, getId, flush, getSheets, getFormUrl (the new tab comes first), getName.
    expect(emu.calls.total('spreadsheet')).toBe(6);
  });
});

describe('a form the add-on did not make', () => {
  it("is read through its Form's questions, in a fixed number of calls; e-mail left out", () => {
    const form = FormApp.create('Staff pulse');
    form.setCollectEmail(true);
    form
      .addGridItem()
      .setTitle('PD this year')
      .setRows(['Useful', 'Timely'])
      .setColumns(['Always', 'Often', 'Rarely', 'Never']);
    form.addListItem().setTitle('Campus').setChoiceValues(['North', 'South']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
    for (const [i, a] of ['Always', 'Often', 'Often', 'Never', 'Rarely', 'Often'].entries()) {
      emu.forms.submit(form.getId(), {
        'PD this year': { Useful: a, Timely: 'Often' },
        Campus: i % 2 ? 'North' : 'South',
      });
    }
    const formId = form.getId();
    emu.calls.reset();
    const s = summarizeSurvey({ formId, groupBy: 'Campus', minGroupSize: 3 });
    // openById, getItems; the grid: getType, getId, getTitle, asGridItem, getRows, getColumns; the
    // list: getType, getId, getTitle, asListItem, getChoices, getValue per choice (2).
    expect(emu.calls.total('forms')).toBe(15);
    // The grid's columns are frequency labels (Always, Often, Rarely, Never): the frequency scale.
    expect(s.items.map((i) => [i.grid, i.title, i.scaleId, i.n])).toEqual([
      ['PD this year', 'Useful', 'frequency5', 6],
      ['PD this year', 'Timely', 'frequency5', 6],
    ]);
    expect(s.items[0]!.counts).toMatchObject({ Always: 1, Often: 3, Rarely: 1, Never: 1 });
    expect(s.groups.map((g) => [g.value, g.respondents, g.suppressed])).toEqual([
      ['North', 3, false],
      ['South', 3, false],
    ]);
    const tab = listResponseTabs().find((t) => t.linked)!;
    expect(tab).toMatchObject({ formId, surveyTitle: null, rows: 6 });
    expect(describeColumns({ formId }).columns.find((c) => c.header === 'Email Address')).toMatchObject({
      kind: 'ignored',
      role: 'email',
    });
  });
});

describe('a plain tab (CSV import, no form)', () => {
  it('is summarized by detection alone', () => {
    const csv = [
      'Submitted at,Role,Our vision is shared,We learn together',
      '2025-01-10 10:00,Teacher,Agree,Often',
      '2025-01-11 10:00,Teacher,strongly agree ,Always',
      '2025-01-12 10:00,Coach,Disagree,Sometimes',
      '2025-01-13 10:00,Coach,No opinion,Often',
      '2025-01-14 10:00,Teacher,Maybe,Rarely',
    ].join('\r\n');
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Imported');
    sheet.getRange(1, 1, parsed.value.length, 4).setNumberFormat('@').setValues(parsed.value);
    const tabs = listResponseTabs();
    expect(tabs.find((t) => t.name === 'Imported')).toEqual({
      name: 'Imported',
      formId: null,
      linked: false,
      rows: 5,
      surveyTitle: null,
      looksLikeResponses: true,
    });
    const s = summarizeSurvey({ tab: 'Imported', groupBy: 'Role', minGroupSize: 2 });
    expect(s.items.map((i) => [i.column, i.scaleId, i.n, i.invalid])).toEqual([
      ['Our vision is shared', 'agreement5', 4, 1],
      ['We learn together', 'frequency5', 5, 0],
    ]);
    expect(s.items[0]!.counts).toEqual({
      'Strongly agree': 1,
      Agree: 1,
      'No opinion': 1,
      Disagree: 1,
      'Strongly disagree': 0,
    });
    expect(s.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['Coach', 2],
      ['Teacher', 3],
    ]);
    const d = describeColumns('Imported');
    // Role (Teacher 3, Coach 2) is a single-choice question to detection, and still a breakdown.
    expect(d.columns.map((c) => c.source)).toEqual([null, 'detected', 'detected', 'detected']);
    expect(d.columns[1]).toMatchObject({ header: 'Role', reading: 'choice' });
    expect(d.groupBy).toEqual(['Role']);
  });
});
