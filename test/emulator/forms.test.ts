import { createEmulator } from '../../local/emulator';

/** 10:05:09 in New York (EDT), the emulator's default zone. */
const T0 = Date.UTC(2024, 8, 3, 14, 5, 9);

function setup(opts: { collectEmail?: boolean } = {}) {
  const emu = createEmulator({ now: T0, user: 'coach@district.org' });
  const { FormApp, SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const form = FormApp.create('PD feedback');
  if (opts.collectEmail) form.setCollectEmail(true);
  const grid = form
    .addGridItem()
    .setTitle('Standards')
    .setRows(['Learning Communities', 'Leadership'])
    .setColumns(['Low', 'Medium', 'High'])
    .setRequired(true);
  form.addSectionHeaderItem().setTitle('About you');
  const role = form.addListItem().setTitle('Role').setChoiceValues(['Teacher', 'Coach', 'Principal']);
  return { emu, FormApp, ss, form, grid, role };
}

const headers = (sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] =>
  sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];

describe('FormApp', () => {
  test('create, urls, items with stable numeric ids, conversions', () => {
    const { FormApp, form, grid, role } = setup();
    expect(form.getTitle()).toBe('PD feedback');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('PD feedback');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(FormApp.getActiveForm()).toBeNull();
    expect(() => FormApp.openById('nope')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );

    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual(['GRID', 'SECTION_HEADER', 'LIST']);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2]);
    expect(Number.isInteger(grid.getId())).toBe(true);
    expect(form.getItemById(grid.getId())?.getTitle()).toBe('Standards');
    expect(form.getItemById(1)).toBeNull();
    expect(form.getItems(FormApp.ItemType.LIST).map((i) => i.getTitle())).toEqual(['Role']);
    expect(items[0]!.asGridItem().getRows()).toEqual(['Learning Communities', 'Leadership']);
    expect(items[0]!.asGridItem().isRequired()).toBe(true);
    expect(
      items[2]!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Teacher', 'Coach', 'Principal']);
    expect(() => items[2]!.asGridItem()).toThrow('Invalid conversion for item type: LIST');
    expect(() => items[1]!.asTextItem()).toThrow('Invalid conversion for item type: SECTION_HEADER');
    role.setChoices([role.createChoice('A'), role.createChoice('B')]);
    expect(role.getChoices().map((c) => c.getValue())).toEqual(['A', 'B']);
    expect(() => role.setChoiceValues(['A', 'A'])).toThrow('Invalid data updating form.');
    const mc = form
      .addMultipleChoiceItem()
      .setTitle('Format')
      .setChoiceValues(['In person'])
      .showOtherOption(true);
    expect(mc.hasOtherOption()).toBe(true);
    expect(form.moveItem(mc.getIndex(), 0).getTitle()).toBe('Format');
    form.deleteItem(0);
    expect(form.getItems()).toHaveLength(3);
  });

  test('linking makes "Form Responses 1" the first tab with the header row Forms writes', () => {
    const { ss, form } = setup();
    expect(form.getDestinationId()).toBeNull();
    form.setDestination(FormAppEnum(), ss.getId());
    const tab = ss.getSheets()[0]!;
    expect(tab.getName()).toBe('Form Responses 1');
    expect(tab.getIndex()).toBe(1);
    expect(headers(tab)).toEqual([
      'Timestamp',
      'Standards [Learning Communities]',
      'Standards [Leadership]',
      'Role',
    ]);
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    // The tab knows its form, and the URL opens it again.
    expect(tab.getFormUrl()).toContain(form.getId());
    expect(ss.getFormUrl()).toBe(tab.getFormUrl());
    expect(ss.getSheetByName('Sheet1')!.getFormUrl()).toBeNull();
  });

  test('with email collection the second column is "Email Address"', () => {
    const { ss, form } = setup({ collectEmail: true });
    form.setDestination(FormAppEnum(), ss.getId());
    expect(headers(ss.getSheets()[0]!).slice(0, 3)).toEqual([
      'Timestamp',
      'Email Address',
      'Standards [Learning Communities]',
    ]);
  });

  test('a submission appends one row: Timestamp as a Date, one cell per grid row, not counted', () => {
    const { emu, ss, form } = setup({ collectEmail: true });
    form.setDestination(FormAppEnum(), ss.getId());
    const formId = form.getId();
    const before = emu.calls.snapshot();
    const res = emu.forms.submit(
      formId,
      { Standards: { 'Learning Communities': 'High', Leadership: 'Low' }, Role: 'Coach' },
      { email: 't1@district.org' },
    );
    expect(emu.calls.diff(before)).toEqual({});
    expect(res.row).toBe(2);
    expect(res.sheetName).toBe('Form Responses 1');
    const snap = ss.getSheets()[0]!.getRange('A2:E2');
    const [row] = snap.getValues();
    expect(row![0]).toBeInstanceOf(Date);
    expect((row![0] as Date).getTime()).toBe(T0);
    expect(row!.slice(1)).toEqual(['t1@district.org', 'High', 'Low', 'Coach']);
    expect(snap.getDisplayValues()[0]![0]).toBe('9/3/2024 10:05:09');
    expect(res.values).toEqual(['9/3/2024 10:05:09', 't1@district.org', 'High', 'Low', 'Coach']);
    expect(res.namedValues).toEqual({
      Timestamp: ['9/3/2024 10:05:09'],
      'Email Address': ['t1@district.org'],
      'Standards [Learning Communities]': ['High'],
      'Standards [Leadership]': ['Low'],
      Role: ['Coach'],
    });
    // The form keeps the response too.
    const [r] = form.getResponses();
    expect(r!.getRespondentEmail()).toBe('t1@district.org');
    expect(r!.getTimestamp().getTime()).toBe(T0);
    expect(r!.getItemResponses().map((ir) => [ir.getItem().getTitle(), ir.getResponse()])).toEqual([
      ['Standards', ['High', 'Low']],
      ['Role', 'Coach'],
    ]);
    // The next one goes below.
    emu.advanceClock(60_000);
    expect(
      emu.forms.submit(form.getId(), { Standards: { Leadership: 'Medium', 'Learning Communities': 'Low' } })
        .row,
    ).toBe(3);
  });

  test('answers are checked against the items', () => {
    const { emu, ss, form } = setup();
    form.setDestination(FormAppEnum(), ss.getId());
    const id = form.getId();
    const grid = { 'Learning Communities': 'High', Leadership: 'Low' };
    expect(() => emu.forms.submit(id, { Standards: grid, Role: 'Janitor' })).toThrow(
      'has no choice "Janitor"',
    );
    expect(() => emu.forms.submit(id, { Standards: { Leadership: 'Low' } })).toThrow(
      'required item "Standards"',
    );
    expect(() => emu.forms.submit(id, { Standards: { Vision: 'Low' } })).toThrow('has no row "Vision"');
    expect(() =>
      emu.forms.submit(id, { Standards: { Leadership: 'Huge', 'Learning Communities': 'Low' } }),
    ).toThrow('has no column "Huge"');
    expect(() => emu.forms.submit(id, { Standards: grid, Nope: 'x' })).toThrow('no item titled');
    expect(() => emu.forms.submit(id, { Standards: grid, 'About you': 'x' })).toThrow('is not a question');
    // Nothing was written by the rejected submissions.
    expect(ss.getSheets()[0]!.getLastRow()).toBe(1);
    const mc = form
      .addMultipleChoiceItem()
      .setTitle('Format')
      .setChoiceValues(['In person'])
      .showOtherOption(true);
    expect(emu.forms.submit(id, { Standards: grid, [String(mc.getId())]: 'Hybrid' }).values.at(-1)).toBe(
      'Hybrid',
    );
    form.setAcceptingResponses(false);
    expect(() => emu.forms.submit(id, { Standards: grid })).toThrow('not accepting responses');
    // The newer create(title, isPublished) overload.
    const draft = (
      emu.globals.FormApp as unknown as { create(t: string, p: boolean): GoogleAppsScript.Forms.Form }
    ).create('Draft', false);
    draft.addTextItem().setTitle('Q');
    expect(() => emu.forms.submit(draft.getId(), { Q: 'a' })).toThrow('not published');
  });

  test('items added after linking get new columns at the end; renames rename; deletes keep the column', () => {
    const { emu, ss, form, role } = setup();
    form.setDestination(FormAppEnum(), ss.getId());
    const tab = ss.getSheets()[0]!;
    const note = form.addParagraphTextItem().setTitle('Notes');
    form.moveItem(note.getIndex(), 0);
    expect(headers(tab)).toEqual([
      'Timestamp',
      'Standards [Learning Communities]',
      'Standards [Leadership]',
      'Role',
      'Notes',
    ]);
    role.setTitle('Your role');
    expect(headers(tab)[3]).toBe('Your role');
    form.deleteItem(form.getItemById(role.getId()));
    expect(headers(tab)[3]).toBe('Your role');
    const res = emu.forms.submit(form.getId(), {
      Notes: 'Great',
      Standards: { 'Learning Communities': 'Low', Leadership: 'Low' },
    });
    expect(res.values.slice(1)).toEqual(['Low', 'Low', '', 'Great']);
  });

  test('a second linked form gets "Form Responses 2" at the front; unlinking keeps the tab', () => {
    const { emu, FormApp, ss, form } = setup();
    form.setDestination(FormAppEnum(), ss.getId());
    const other = FormApp.create('Exit ticket');
    other.addTextItem().setTitle('One thing you learned');
    other.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Form Responses 2',
      'Form Responses 1',
      'Sheet1',
    ]);
    expect(ss.getSheetByName('Form Responses 2')!.getFormUrl()).toContain(other.getId());
    other.removeDestination();
    expect(ss.getSheetByName('Form Responses 2')!.getFormUrl()).toBeNull();
    expect(other.getDestinationId()).toBeNull();
    // Responses still reach the form itself.
    const res = emu.forms.submit(other.getId(), { 'One thing you learned': 'Protocols' });
    expect(res.row).toBeNull();
    expect(other.getResponses()).toHaveLength(1);
    expect(emu.forms.list().map((f) => [f.title, f.responseSheet, f.responses])).toEqual([
      ['PD feedback', 'Form Responses 1', 0],
      ['Exit ticket', null, 1],
    ]);
  });

  test('linking a form that already has responses writes them to the new tab; numbers land as numbers', () => {
    const { emu, FormApp } = setup();
    const form = FormApp.create('Scale');
    form.addScaleItem().setTitle('Confidence').setBounds(1, 5);
    form.addTextItem().setTitle('Code');
    emu.forms.submit(form.getId(), { Confidence: '4', Code: '=1+1' });
    const book = emu.globals.SpreadsheetApp.create('Results');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    const tab = book.getSheetByName('Form Responses 1')!;
    expect(tab.getRange('B2:C2').getValues()).toEqual([[4, '=1+1']]);
    expect(tab.getRange('C2').getFormula()).toBe('');
    expect(() => emu.forms.submit(form.getId(), { Confidence: 9 })).toThrow('from 1 to 5');
  });

  test('FormApp needs full authorization', () => {
    const emu = createEmulator();
    emu.authMode = 'LIMITED';
    expect(() => emu.globals.FormApp.create('x')).toThrow(
      'You do not have permission to call FormApp.create.',
    );
  });
});

/** FormApp.DestinationType.SPREADSHEET, as the add-on would write it. */
function FormAppEnum(): GoogleAppsScript.Forms.DestinationType {
  return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
}

describe('what a linked tab reports and shows, by option', () => {
  it("formLinks: 'responder' reports the responder link, which openByUrl takes back", () => {
    const emu = createEmulator({ formLinks: 'responder' });
    const { FormApp } = emu.globals;
    const form = FormApp.create('Pulse');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
    const url = emu.spreadsheet.getSheets()[0]!.getFormUrl()!;
    expect(url).toBe(form.getPublishedUrl());
    expect(url).not.toContain(form.getId());
    expect(FormApp.openByUrl(url).getId()).toBe(form.getId());
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(() => FormApp.openByUrl('https://docs.google.com/forms/d/e/nope/viewform')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  it('by default the link carries the id', () => {
    const emu = createEmulator();
    const { FormApp } = emu.globals;
    const form = FormApp.create('Pulse');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
    expect(emu.spreadsheet.getSheets()[0]!.getFormUrl()).toBe(
      `https://docs.google.com/forms/d/${form.getId()}/viewform`,
    );
  });

  it("formsLanguage: 'es' heads the time and address columns in Spanish", () => {
    const emu = createEmulator({ formsLanguage: 'es' });
    const { FormApp } = emu.globals;
    const form = FormApp.create('Encuesta').setCollectEmail(true);
    form.addTextItem().setTitle('Escuela');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
    emu.forms.submit(form.getId(), { Escuela: 'Norte' }, { email: 'a@d.org' });
    const [header, row] = emu.spreadsheet.getSheets()[0]!.getRange(1, 1, 2, 3).getValues();
    expect(header).toEqual(['Marca temporal', 'Dirección de correo electrónico', 'Escuela']);
    expect(row!.slice(1)).toEqual(['a@d.org', 'Norte']);
  });
});
