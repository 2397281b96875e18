import {
  CHAIN_SENTENCE,
  CHAIN_STEPS,
  FOUNDATIONS,
  getStandard,
  type Standard,
  STANDARDS,
} from '../../content';
import { a1, columnLetter, type Formula, type RangeRef, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addNoteParagraphs,
  addSection,
  addTitle,
  band,
  borderTable,
  column,
  DATE_INPUT,
  protectTop,
  STYLE,
} from './common';

/**
 * One step of the chain in the superintendent action guide ("How standards lead to
 * improvement for all learners"), with our prompts for a team filling it in.
 */
export interface LogicModelStep {
  /** The step's short name (from the catalog's chain). */
  readonly name: string;
  /** Questions that help a team fill in the step (written for this add-on). */
  readonly prompt: string;
  /** Examples of the data that show progress at this step (written for this add-on). */
  readonly evidence: string;
}

/** Our prompts and evidence examples, by chain step id. */
const STEP_GUIDANCE: Readonly<Record<string, Omit<LogicModelStep, 'name'>>> = {
  'chain.standards': {
    prompt:
      'Which standards will guide this work? What do they ask of educators in each role? Which frame needs the most attention?',
    evidence: 'Plans, policies and designs that name the standards; IC map self-assessments.',
  },
  'chain.professional-learning': {
    prompt:
      'What professional learning will educators experience (learning designs, time, coaching, follow-up)? Who takes part, how often, and who leads it?',
    evidence: 'Participation, time spent, quality of designs, participant feedback.',
  },
  'chain.educator-learning': {
    prompt: 'What will educators know, be able to do, and believe as a result? How will we know?',
    evidence: 'Educator surveys, self-assessments, assessments of learning, reflections.',
  },
  'chain.educator-practice': {
    prompt:
      'What will educators do differently in classrooms, schools and offices? What does it look like when it works?',
    evidence: 'Observations, walkthroughs, coaching logs, IC map ratings, artifacts of practice.',
  },
  'chain.student-results': {
    prompt: 'Which student goals will this move, for which students, by how much and by when?',
    evidence: 'Student data: assessments, attendance, course completion, student work and voice.',
  },
};

/** The chain, left to right: standards -> professional learning -> educators -> practice -> students. */
export const LOGIC_MODEL_STEPS: readonly LogicModelStep[] = CHAIN_STEPS.map((step) => {
  const guidance = STEP_GUIDANCE[step.id];
  if (!guidance) throw new Error(`No prompts for the chain step "${step.id}".`);
  return { name: step.name, ...guidance };
});

/**
 * The resources a logic model runs on: the kinds leaders "prioritize and secure" in the leaders
 * article (money, time, personnel, technology, and materials), in the order the role guides name
 * them ("time, money, people, and technology"), then materials.
 */
export const RESOURCE_KINDS = ['Time', 'Money', 'People', 'Technology', 'Materials'] as const;

export const RESOURCE_HEADERS = [
  'Resource',
  'What this work needs',
  'What we have or will allocate',
  'Source (budget line, grant, partner)',
  'Who it reaches first, and why',
  'How we will monitor its use and impact',
  'Owner',
  'By when',
] as const;

/** The standards' names: the choices of the standard picker. */
export const STANDARD_NAMES: readonly string[] = STANDARDS.map((s) => s.name);

/** What the picker writes into the professional-learning step: the standard's three constructs. */
export const PICKER_LEAD = 'Professional learning in which educators';

/** Empty rows offered in each block. */
export const LOGIC_MODEL_SIZES = { goals: 5, chainRows: 6, initiatives: 10 } as const;

export const GOAL_HEADERS = [
  'Goal',
  'Student goal',
  'Which students',
  'Measure (student data)',
  'Baseline',
  'Target',
  'Owner',
  'By when',
] as const;

export const INITIATIVE_HEADERS = [
  'Initiative',
  ...LOGIC_MODEL_STEPS.map((s) => s.name),
  'Serves student goal',
  'Owner',
] as const;

/** Labels of the goal rows ("Goal 1" ...), also the choices of an initiative's goal. */
export const GOAL_LABELS: readonly string[] = Array.from(
  { length: LOGIC_MODEL_SIZES.goals },
  (_, i) => `Goal ${i + 1}`,
);

const COLS = GOAL_HEADERS.length; // 8: a label column, the five steps, two more
const STEP_COL = 2; // the five steps sit in columns B..F in the chain and initiative blocks
const STEPS = LOGIC_MODEL_STEPS.length;
const WIDTHS = [200, 230, 230, 230, 230, 230, 150, 130];

/** "No initiative contributes to this step yet": light orange (the count shows it too). */
export const UNCOVERED_COLOR = '#fce5cd';

const LABEL: CellStyle = { bold: true, background: PALETTE.bandBg };
const stepCells = <T>(value: T): T[] => Array.from({ length: STEPS }, () => value);

/**
 * The professional-learning cell of a chain row: empty until a standard is chosen in `picker`,
 * then "Professional learning in which educators <c1>, <c2>, and <c3>." from the constructs
 * table (`table`: name and three constructs per row). Typing over it keeps the team's words.
 */
export function pickerFormula(picker: string, table: RangeRef): Formula {
  const ref = a1(table).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const c = (n: number) => `VLOOKUP(${picker},${ref},${n},FALSE)`;
  return {
    formula: `=IF(${picker}="","",IFERROR("${PICKER_LEAD} "&${c(2)}&", "&${c(3)}&", and "&${c(4)}&".",""))`,
  };
}

/** Live count of ticked initiatives in a step column. */
export function coverageFormula(col: number, first: number, last: number): Formula {
  return { formula: `=COUNTIF(${a1(column(col, first, last))},TRUE)` };
}

const CHAIN_ROWS_LABEL =
  'Our logic: one line of thinking per row, read left to right. Choose a standard and its constructs fill the professional learning cell as a starting point: write over them.';

const PICKER_INPUT: CellStyle = {
  ...STYLE.input,
  validation: {
    kind: 'list',
    values: STANDARD_NAMES,
    allowInvalid: true,
    help: 'Choose a standard to start from its constructs, or type your own.',
  },
};

/** 2. Resources (inputs): a row per kind of resource, planned the way the Resources standard asks. */
function addResources(b: SheetBuilder): void {
  const section = addSection(b, '2. Resources (inputs): what the work runs on');
  const [allocate, equity, monitor] = getStandard('resources').constructs;
  addNoteParagraphs(b, [
    'Leaders prioritize and secure resources for professional learning, including money, time, personnel, technology, and materials.',
    `The columns follow the Resources standard: educators ${allocate}, ${equity}, and ${monitor}.`,
  ]);
  const header = addHeader(b, RESOURCE_HEADERS);
  b.protect(
    { row: section, col: 1, rows: header - section + 1, cols: COLS },
    'Logic model: resources heading.',
  );
  const style: CellStyle[] = [LABEL, ...stepCells(STYLE.input), STYLE.input, DATE_INPUT];
  for (const kind of RESOURCE_KINDS) b.addRow([kind], style);
  borderTable(b, header);
}

/** 5. The foundations for standards, as the assumptions the logic model rests on. */
function addAssumptions(b: SheetBuilder): void {
  const section = addSection(b, '5. Assumptions: the foundations for standards');
  addNoteParagraphs(b, [
    FOUNDATIONS.lead,
    'For each one, note what it means for this logic model: where the plan relies on it, and what must hold true for the plan to work.',
  ]);
  const header = b.addRow(
    ['Foundation', null, null, 'What it means for our logic model'],
    [STYLE.header, STYLE.header, STYLE.header, STYLE.header],
  );
  b.merge({ row: header, col: 1, rows: 1, cols: 3 });
  b.protect(
    { row: section, col: 1, rows: header - section + 1, cols: COLS },
    'Logic model: the foundations heading.',
  );
  const first = b.rowCount + 1;
  FOUNDATIONS.items.forEach((f, i) => {
    const text: CellStyle = { ...band(i), bold: true };
    b.addRow([f.text], [text, text, text, STYLE.input]);
  });
  b.mergeAcross({ row: first, col: 1, rows: FOUNDATIONS.items.length, cols: 3 });
  b.protect(
    { row: first, col: 1, rows: FOUNDATIONS.items.length, cols: 3 },
    'Logic model: the foundations, word for word from the superintendent action guide.',
  );
  borderTable(b, header, 4);
}

/** 6. Each standard with its three constructs: what the standard picker fills in. Returns the table. */
function addConstructsTable(b: SheetBuilder, standards: readonly Standard[] = STANDARDS): RangeRef {
  const section = addSection(
    b,
    "6. The standards' constructs: what the standard picker in the chain fills in",
  );
  const header = b.addRow(
    ['Standard', 'Construct 1', 'Construct 2', 'Construct 3'],
    [STYLE.header, STYLE.header, STYLE.header, STYLE.header],
  );
  const first = b.rowCount + 1;
  standards.forEach((s, i) =>
    b.addRow([s.name, ...s.constructs], [{ ...band(i), bold: true }, band(i), band(i), band(i)]),
  );
  b.protect(
    { row: section, col: 1, rows: b.rowCount - section + 1, cols: COLS },
    'Logic model: the standards, from the catalog. The chain reads them: edit with care.',
  );
  borderTable(b, header, 4);
  return { row: first, col: 1, rows: standards.length, cols: 4 };
}

/**
 * The district logic model: student goals first (a logic model starts from a defined set of
 * student goals); the resources it runs on (time, money, people, technology, materials); the
 * chain from standards to student results with prompts, a standard picker that starts the
 * professional learning from the standard's constructs, and a monitoring row; the initiatives,
 * each tied to a goal, an owner and the steps it contributes to, with a live count per step;
 * the foundations for standards as the model's assumptions; and the constructs table the
 * picker reads.
 */
export function logicModelPlan(): SheetPlan {
  const b = new SheetBuilder('Logic model', COLS);
  b.columnWidths(WIDTHS);
  const title = addTitle(b, 'Logic model: from standards to student results');
  addNoteParagraphs(b, [
    'A districtwide logic model has a defined set of student goals and connects all initiatives and the work of all staff, from upper-level leaders to cafeteria workers and everyone in between, to those goals.',
    `Read the chain left to right. ${CHAIN_SENTENCE}`,
    'Monitor progress at each step: student and educator data are the evidence of how professional learning is working and where to adjust.',
  ]);
  b.addBlankRow();
  b.freeze(title);

  // 1. Student goals.
  addSection(b, '1. Student goals: what every initiative and all professional learning serve');
  const goalHeader = addHeader(b, GOAL_HEADERS);
  protectTop(b, goalHeader, 'Logic model');
  const goalStyle: CellStyle[] = [LABEL, ...stepCells(STYLE.input), STYLE.input, DATE_INPUT];
  for (const label of GOAL_LABELS) b.addRow([label], goalStyle);
  borderTable(b, goalHeader);
  b.addBlankRow();

  // 2. Resources (inputs).
  addResources(b);
  b.addBlankRow();

  // 3. The chain.
  const chainSection = addSection(b, '3. The chain: from standards to student results');
  const chainHeader = b.addRow(
    ['Step', ...LOGIC_MODEL_STEPS.map((s) => s.name)],
    [...stepCells(STYLE.header), STYLE.header],
  );
  const promptRow = b.addRow(
    ['Questions to ask', ...LOGIC_MODEL_STEPS.map((s) => s.prompt)],
    [LABEL, ...stepCells({ ...STYLE.starter, background: PALETTE.bandBg })],
  );
  b.protect(
    { row: chainSection, col: 1, rows: promptRow - chainSection + 1, cols: COLS },
    'Logic model: step names and prompts.',
  );
  const firstChain = b.rowCount + 1;
  for (let i = 0; i < LOGIC_MODEL_SIZES.chainRows; i++) {
    b.addRow(i === 0 ? [CHAIN_ROWS_LABEL] : [], [
      { ...LABEL, valign: 'middle' },
      PICKER_INPUT,
      ...stepCells(STYLE.input).slice(1),
    ]);
  }
  b.merge({ row: firstChain, col: 1, rows: LOGIC_MODEL_SIZES.chainRows, cols: 1 });
  const evidenceRow = b.addRow(
    ['Evidence to watch', ...LOGIC_MODEL_STEPS.map((s) => s.evidence)],
    [LABEL, ...stepCells({ ...STYLE.starter, background: PALETTE.bandBg })],
  );
  b.protect({ row: evidenceRow, col: 1, rows: 1, cols: COLS }, 'Logic model: examples of evidence.');
  b.addRow(
    ['Monitoring progress: what the student and educator data show, how often we look, and who looks'],
    [LABEL, ...stepCells(STYLE.input)],
  );
  borderTable(b, chainHeader, 1 + STEPS);
  b.addBlankRow();

  // 4. Initiatives.
  const initSection = addSection(
    b,
    '4. Initiatives: each one, the student goal it serves, its owner, and every step it contributes to',
  );
  const initHeader = addHeader(b, INITIATIVE_HEADERS);
  b.protect(
    { row: initSection, col: 1, rows: initHeader - initSection + 1, cols: COLS },
    'Logic model: initiative headers.',
  );
  const goalInput: CellStyle = {
    ...STYLE.input,
    validation: {
      kind: 'list',
      values: [...GOAL_LABELS],
      allowInvalid: true,
      help: 'Choose the student goal this initiative serves (type "Goal 1, Goal 3" for several).',
    },
  };
  const tick: CellStyle = { ...STYLE.input, align: 'center', validation: { kind: 'checkbox' } };
  const firstInit = b.rowCount + 1;
  for (let i = 0; i < LOGIC_MODEL_SIZES.initiatives; i++) {
    b.addRow([null, ...stepCells(false)], [STYLE.input, ...stepCells(tick), goalInput, STYLE.input]);
  }
  const lastInit = b.rowCount;
  const coverage = b.addRow(
    [
      'Initiatives contributing to each step',
      ...LOGIC_MODEL_STEPS.map((_, i) => coverageFormula(STEP_COL + i, firstInit, lastInit)),
    ],
    [LABEL, ...stepCells({ ...LABEL, ...STYLE.computed })],
  );
  b.protect({ row: coverage, col: 1, rows: 1, cols: COLS }, 'Logic model: counted from the ticks above.');
  const firstStep = `${columnLetter(STEP_COL)}${coverage}`;
  b.conditional({
    ranges: [{ row: coverage, col: STEP_COL, rows: 1, cols: STEPS }],
    formula: `=${firstStep}=0`,
    background: UNCOVERED_COLOR,
  });
  borderTable(b, initHeader);
  b.addBlankRow();

  // 5. Assumptions: the foundations for standards.
  addAssumptions(b);
  b.addBlankRow();

  // 6. The standards' constructs, which the picker in the chain reads.
  const table = addConstructsTable(b);
  for (let i = 0; i < LOGIC_MODEL_SIZES.chainRows; i++) {
    const row = firstChain + i;
    b.setCell(row, STEP_COL + 1, pickerFormula(`${columnLetter(STEP_COL)}${row}`, table));
  }

  b.tabColor(PALETTE.headerBg);
  return b.build();
}
