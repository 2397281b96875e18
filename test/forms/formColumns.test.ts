import { declaredColumns, type FormQuestion, itemInfos, scaleOfChoices } from '../../src/core/forms';
import { readTable } from '../../src/core/survey';

describe('scaleOfChoices', () => {
  it('is the scale whose labels are exactly the choices, in any order, spelling or language', () => {
    expect(scaleOfChoices(['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'])).toBe('agreement4');
    expect(scaleOfChoices(['Strongly agree', 'Agree', 'No opinion', 'Disagree', 'Strongly disagree'])).toBe(
      'agreement5',
    );
    expect(scaleOfChoices(['strongly agree', 'Agree', 'Neutral', 'Disagree', 'Strongly Disagree'])).toBe(
      'agreement5-neutral',
    );
    expect(
      scaleOfChoices([
        'Totalmente de acuerdo',
        'De acuerdo',
        'Algo de acuerdo',
        'Ni de acuerdo ni en desacuerdo',
        'Algo en desacuerdo',
        'En desacuerdo',
        'Totalmente en desacuerdo',
      ]),
    ).toBe('agreement7');
    expect(scaleOfChoices(['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied'])).toBe(
      'satisfaction4',
    );
  });

  it('else the smallest scale that has every choice as a label', () => {
    expect(scaleOfChoices(['Always', 'Often', 'Rarely', 'Never'])).toBe('frequency5');
    expect(scaleOfChoices(['Agree', 'Disagree'])).toBe('agreement4');
  });

  it('is none for other choices, one choice, or two choices naming one label', () => {
    expect(scaleOfChoices(['Yes', 'No'])).toBeNull();
    expect(scaleOfChoices(['Agree'])).toBeNull();
    expect(scaleOfChoices(['Agree', 'agree'])).toBeNull();
    expect(scaleOfChoices(['Agree', 'Maybe'])).toBeNull();
  });
});

describe('declaredColumns', () => {
  const questions: FormQuestion[] = [
    { id: 1, title: 'Useful?', type: 'scale', lower: 1, upper: 5 },
    {
      id: 2,
      title: 'PLC time',
      type: 'multiple-choice',
      choices: ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'],
      other: true,
    },
    { id: 3, title: 'Recommend?', type: 'list', choices: ['Yes', 'No'], other: false },
    { id: 4, title: 'Supports', type: 'checkbox', choices: ['Coaching', 'PLCs'], other: true },
    { id: 5, title: 'Collab', type: 'grid', rows: ['Plan', 'Observe'], columns: ['Low', 'Medium', 'High'] },
    { id: 6, title: 'Days', type: 'checkbox-grid', rows: ['Week 1'], columns: ['Mon', 'Tue'] },
    { id: 7, title: 'Comments', type: 'paragraph' },
    { id: 8, title: 'When', type: 'date' },
    { id: 9, title: 'Same', type: 'text' },
    { id: 10, title: 'Same', type: 'file-upload' },
    { id: 11, title: 'Recorded', type: 'recorded', rows: ['r'] },
  ];
  const headers = [
    'Timestamp',
    'Useful?',
    'PLC time',
    'Recommend?',
    'Supports',
    'Collab [Plan]',
    'Collab [Observe]',
    'Days [Week 1]',
    'comments',
    'When',
    'Same',
    'Same',
  ];
  const head = readTable([headers]);
  if (!head.ok) throw new Error(head.problem.message);

  it("reads each question's type and choices; columns no question names are left to detection", () => {
    expect(declaredColumns(head.value, questions)).toEqual({
      'Useful?': { kind: 'scale', scaleId: 'linear1-5' },
      'PLC time': { kind: 'scale', scaleId: 'agreement4' },
      'Recommend?': { kind: 'choice', scaleId: null, options: ['Yes', 'No'], other: false },
      Supports: { kind: 'checkbox', scaleId: null, options: ['Coaching', 'PLCs'], other: true },
      'Collab [Plan]': { kind: 'choice', scaleId: null, options: ['Low', 'Medium', 'High'], other: false },
      'Collab [Observe]': { kind: 'choice', scaleId: null, options: ['Low', 'Medium', 'High'], other: false },
      'Days [Week 1]': { kind: 'checkbox', scaleId: null, options: ['Mon', 'Tue'], other: false },
      comments: { kind: 'skip', reason: 'free text' },
      When: { kind: 'skip', reason: 'dates' },
      // Two questions titled alike: Forms' columns are taken in order ("Same", then "Same (2)").
      Same: { kind: 'skip', reason: 'free text' },
      'Same (2)': { kind: 'skip', reason: 'file uploads' },
    });
  });

  it('gives the survey record its items with grid rows', () => {
    expect(itemInfos(questions).filter((i) => i.rows.length > 0)).toEqual([
      { id: 5, title: 'Collab', rows: ['Plan', 'Observe'] },
      { id: 11, title: 'Recorded', rows: ['r'] },
    ]);
  });
});
