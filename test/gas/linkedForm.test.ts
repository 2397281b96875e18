/**
 * A Form made outside the add-on, linked to the spreadsheet: each question's type and choices,
 * read from the Form, say how its column is read, before any answer does.
 */
import { createEmulator, type Emulator } from '../../local/emulator';
import { describeColumns, listResponseTabs, summarizeSurvey } from '../../src/gas/survey';

let emu: Emulator;
/** A fresh emulator (with options such as the shape of form links), installed. */
function restart(opts: Parameters<typeof createEmulator>[0] = {}): void {
  emu?.uninstall();
  emu = createEmulator({ now: new Date(2025, 8, 2, 9), user: 'pd@district.org', ...opts });
  emu.install();
}
beforeEach(() => restart());
afterEach(() => emu.uninstall());

const AGREE4 = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'];

/** A staff survey as a district might build it by hand in Google Forms. */
function staffSurvey(): string {
  const form = FormApp.create('Staff pulse');
  form.setCollectEmail(true);
  form.addScaleItem().setTitle('How useful was the session?').setBounds(1, 5);
  form
    .addMultipleChoiceItem()
    .setTitle('Our PLC time is used well.')
    .setChoiceValues(AGREE4)
    .showOtherOption(true);
  form
    .addCheckboxItem()
    .setTitle('Supports used')
    .setChoiceValues(['Coaching', 'PLCs', 'Modules'])
    .showOtherOption(true);
  form.addListItem().setTitle('Recommend it?').setChoiceValues(['Yes', 'No', 'Not sure']);
  form
    .addGridItem()
    .setTitle('Satisfaction')
    .setRows(['Content', 'Pacing'])
    .setColumns(['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied']);
  form.addParagraphTextItem().setTitle('Anything else?');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.spreadsheet.getId());
  const answers: {
    useful: string;
    plc: string;
    supports: string[];
    rec: string;
    sat: [string, string];
    note: string;
  }[] = [
    {
      useful: '5',
      plc: 'Agree',
      supports: ['Coaching', 'PLCs'],
      rec: 'Yes',
      sat: ['Satisfied', 'Very satisfied'],
      note: 'Good',
    },
    {
      useful: '4',
      plc: 'Strongly agree',
      supports: ['PLCs'],
      rec: 'Yes',
      sat: ['Satisfied', 'Satisfied'],
      note: '',
    },
    {
      useful: '2',
      plc: 'We never meet',
      supports: ['Modules', 'Walks with a mentor'],
      rec: 'No',
      sat: ['Dissatisfied', 'Satisfied'],
      note: 'Too long',
    },
  ];
  answers.forEach((a, i) => {
    emu.forms.submit(
      form.getId(),
      {
        'How useful was the session?': a.useful,
        'Our PLC time is used well.': a.plc,
        'Supports used': a.supports,
        'Recommend it?': a.rec,
        Satisfaction: { Content: a.sat[0], Pacing: a.sat[1] },
        ...(a.note ? { 'Anything else?': a.note } : {}),
      },
      { email: `t${i}@district.org` },
    );
  });
  return form.getId();
}

describe("a linked Form's own questions", () => {
  it('decide each column: linear scale, exact 4 points, checkboxes and choices with the unchosen ones', () => {
    const formId = staffSurvey();
    const s = summarizeSurvey({ formId });
    expect(s.items.map((i) => [i.column, i.kind, i.scaleId])).toEqual([
      ['How useful was the session?', 'scale', 'linear1-5'],
      // Three answers are no evidence against 5 points: the Form's choices settle it.
      ['Our PLC time is used well.', 'scale', 'agreement4'],
      ['Supports used', 'checkbox', null],
      ['Recommend it?', 'choice', null],
      ['Satisfaction [Content]', 'scale', 'satisfaction4'],
      ['Satisfaction [Pacing]', 'scale', 'satisfaction4'],
    ]);
    const plc = s.items[1]!;
    // "We never meet" came through "Other:": not on the scale, counted as invalid, not dropped.
    expect(plc).toMatchObject({ n: 2, invalid: 1, mean: 3.5 });
    expect(s.items[2]).toMatchObject({ n: 3, counts: { Coaching: 1, PLCs: 2, Modules: 1, Other: 1 } });
    // "Not sure" is a choice nobody chose: listed with 0.
    expect(s.items[3]).toMatchObject({ n: 3, counts: { Yes: 2, No: 1, 'Not sure': 0 } });
    expect(s.skipped).toEqual([
      { column: 'Timestamp', reason: 'timestamp (when each response was sent)' },
      { column: 'Email Address', reason: 'e-mail addresses (never summarized)' },
      { column: 'Anything else?', reason: 'free text' },
    ]);
  });

  it('show in the column settings as read from the form', () => {
    const formId = staffSurvey();
    const d = describeColumns({ formId });
    const useful = d.columns.find((c) => c.header === 'How useful was the session?')!;
    expect(useful).toMatchObject({ reading: 'linear1-5', source: 'form' });
    expect(d.columns.find((c) => c.header === 'Anything else?')).toMatchObject({
      kind: 'ignored',
      reason: 'free text',
    });
    expect(d.groupBy).toContain('Recommend it?');
  });
});

describe("a tab whose form link does not carry the form's id", () => {
  /** The emulator told to report the responder link `…/forms/d/e/<key>/viewform` for linked tabs. */
  const withResponderLinks = () => restart({ formLinks: 'responder' });

  it('is found by opening the form at that link and reading its id', () => {
    withResponderLinks();
    const formId = staffSurvey();
    const link = emu.spreadsheet.getSheets()[0]!.getFormUrl()!;
    expect(link).toMatch(/\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(link).not.toContain(formId);
    const tab = listResponseTabs().find((t) => t.linked)!;
    expect(tab.formId).toBe(formId);
    emu.calls.reset();
    const s = summarizeSurvey({ formId });
    expect(s.items).toHaveLength(6);
    expect(emu.calls.get('FormApp.openByUrl')).toBe(1);
  });

  it('the id shape needs no extra call', () => {
    const formId = staffSurvey();
    expect(emu.spreadsheet.getSheets()[0]!.getFormUrl()).toContain(`/forms/d/${formId}/`);
    emu.calls.reset();
    expect(summarizeSurvey({ formId }).items).toHaveLength(6);
    expect(emu.calls.get('FormApp.openByUrl')).toBe(0);
  });

  it('a link whose form cannot be opened reads as a tab with no form', () => {
    withResponderLinks();
    staffSurvey();
    emu.failOn('FormApp.openByUrl', {
      message: 'No item with the given ID could be found, or you do not have permission to access it.',
    });
    expect(listResponseTabs().find((t) => t.linked)).toMatchObject({ formId: null, linked: true });
  });
});

describe('a form owned by a Spanish-speaking account', () => {
  it('writes "Marca temporal" and "Dirección de correo electrónico", read as the time and the address', () => {
    restart({ formsLanguage: 'es' });
    const formId = staffSurvey();
    const header = emu.spreadsheet.getSheets()[0]!.getRange(1, 1, 1, 2).getValues()[0];
    expect(header).toEqual(['Marca temporal', 'Dirección de correo electrónico']);
    const s = summarizeSurvey({ formId, onePerPerson: true });
    expect(s.skipped.slice(0, 2)).toEqual([
      { column: 'Marca temporal', reason: 'timestamp (when each response was sent)' },
      { column: 'Dirección de correo electrónico', reason: 'e-mail addresses (never summarized)' },
    ]);
    expect(s.repeats).toEqual({ addresses: 0, extra: 0, latestOnly: true });
    expect(() => summarizeSurvey({ formId, groupBy: 'Dirección de correo electrónico' })).toThrow(
      /holds e-mail addresses/,
    );
  });
});
