import { a1, columnLetter, type Formula, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addNotes,
  addSection,
  addTitle,
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
  readonly name: string;
  /** Questions that help a team fill in the step (written for this add-on). */
  readonly prompt: string;
  /** Examples of the data that show progress at this step (written for this add-on). */
  readonly evidence: string;
}

/** The chain, left to right: standards -> professional learning -> educators -> practice -> students. */
export const LOGIC_MODEL_STEPS: readonly LogicModelStep[] = [
  {
    name: 'Standards for Professional Learning',
    prompt:
      'Which standards will guide this work? What do they ask of educators in each role? Which frame needs the most attention?',
    evidence: 'Plans, policies and designs that name the standards; IC map self-assessments.',
  },
  {
    name: 'High-quality professional learning',
    prompt:
      'What professional learning will educators experience (learning designs, time, coaching, follow-up)? Who takes part, how often, and who leads it?',
    evidence: 'Participation, time spent, quality of designs, participant feedback.',
  },
  {
    name: 'Educator knowledge, skills, and dispositions',
    prompt: 'What will educators know, be able to do, and believe as a result? How will we know?',
    evidence: 'Educator surveys, self-assessments, assessments of learning, reflections.',
  },
  {
    name: 'Educator practice',
    prompt:
      'What will educators do differently in classrooms, schools and offices? What does it look like when it works?',
    evidence: 'Observations, walkthroughs, coaching logs, IC map ratings, artifacts of practice.',
  },
  {
    name: 'Student results',
    prompt: 'Which student goals will this move, for which students, by how much and by when?',
    evidence: 'Student data: assessments, attendance, course completion, student work and voice.',
  },
];

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

/** Live count of ticked initiatives in a step column. */
export function coverageFormula(col: number, first: number, last: number): Formula {
  return { formula: `=COUNTIF(${a1(column(col, first, last))},TRUE)` };
}

/**
 * The district logic model: student goals first (a logic model starts from a defined set of
 * student goals), then the chain from standards to student results with prompts, room to fill
 * in and a monitoring row, then the initiatives, each tied to a goal, an owner and the steps
 * it contributes to, with a live count of initiatives per step.
 */
export function logicModelPlan(): SheetPlan {
  const b = new SheetBuilder('Logic model', COLS);
  const title = addTitle(b, 'Logic model: from standards to student results');
  addNotes(b, [
    'A districtwide logic model has a defined set of student goals and connects all initiatives and the work of all staff, from upper-level leaders to cafeteria workers and everyone in between, to those goals.',
    'Read the chain left to right: standards lead to high-quality professional learning, which changes educator knowledge, skills, and dispositions, which improves educator practice, which leads to student results.',
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

  // 2. The chain.
  const chainSection = addSection(b, '2. The chain: from standards to student results');
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
    b.addRow(i === 0 ? ['Our logic: one idea per cell; read each row left to right.'] : [], [
      { ...LABEL, valign: 'middle' },
      ...stepCells(STYLE.input),
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

  // 3. Initiatives.
  const initSection = addSection(
    b,
    '3. Initiatives: each one, the student goal it serves, its owner, and every step it contributes to',
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

  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
