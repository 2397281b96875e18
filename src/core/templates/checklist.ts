import { FRAME_IDS, type FrameId, getFrame, responsibilitiesFor, type RoleId } from '../../content';
import { a1, columnLetter, type Formula, type RangeRef, type SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addParagraph,
  addNotes,
  addSection,
  addTitle,
  band,
  borderTable,
  column,
  DATE_INPUT,
  normalizeFrames,
  protectTop,
  requireRole,
  STYLE,
} from './common';

export const CHECKLIST_HEADERS = ['Responsibility', 'Status', 'Evidence', 'Owner', 'By when'] as const;

/** The status choices, from nothing to done. */
export const STATUSES = ['Not started', 'In progress', 'In place'] as const;

/** 1-based column of each field. */
export const CHECKLIST_COL = { responsibility: 1, status: 2, evidence: 3, owner: 4, byWhen: 5 } as const;

const COLS = CHECKLIST_HEADERS.length;
const WIDTHS = [440, 120, 320, 130, 100];
const DONE = STATUSES[2];

/** Status shading: blue when in place, light orange in progress (the text says the same). */
export const STATUS_COLORS = { inPlace: '#cfe2f3', inProgress: '#fce5cd' } as const;

const STATUS_INPUT: CellStyle = {
  ...STYLE.input,
  validation: {
    kind: 'list',
    values: [...STATUSES],
    allowInvalid: false,
    help: 'Choose Not started, In progress or In place.',
  },
};

const PROGRESS_STYLE: CellStyle = { bold: true, background: PALETTE.sectionBg };

/** The status and responsibility cells of one frame's rows. */
interface Block {
  readonly status: RangeRef;
  readonly text: RangeRef;
}

const countDone = (b: Block) => `COUNTIF(${a1(b.status)},"${DONE}")`;
const countAll = (b: Block) => `COUNTA(${a1(b.text)})`;

/** Share of the blocks' responsibilities that are in place (0 when there are none). */
export function progressFormula(blocks: readonly Block[]): Formula {
  const done = blocks.map(countDone).join('+');
  const all = blocks.map(countAll).join('+');
  const ratio = blocks.length === 1 ? `${done}/${all}` : `(${done})/(${all})`;
  return { formula: `=IFERROR(${ratio},0)` };
}

/** "3 of 4 in place", live. */
export function progressCountFormula(blocks: readonly Block[]): Formula {
  const done = blocks.map(countDone).join('+');
  const all = blocks.map(countAll).join('+');
  const wrap = (s: string) => (blocks.length === 1 ? s : `(${s})`);
  return { formula: `=${wrap(done)}&" of "&${wrap(all)}&" in place"` };
}

/**
 * An action-guide checklist for a role: the role's description, then for each chosen frame
 * (all by default, catalog order) a section, one row per key responsibility with Status,
 * Evidence, Owner and By when, and a live progress line; then an overall progress line.
 * @throws UserError for an unknown role, an empty frame list or an unknown frame.
 */
export function actionGuideChecklistPlan(roleId: RoleId, frames: readonly FrameId[] = FRAME_IDS): SheetPlan {
  const role = requireRole(roleId);
  const chosen = normalizeFrames(frames);
  const single = chosen.length === 1 ? getFrame(chosen[0]!).name : null;
  const b = new SheetBuilder(`Action guide - ${role.name}${single ? ` - ${single}` : ''}`, COLS);

  addTitle(b, `Action guide checklist: ${role.heading}${single ? ` (${single})` : ''}`);
  addParagraph(
    b,
    role.description,
    WIDTHS.reduce((a, w) => a + w, 0),
  );
  addNotes(b, [
    `Key responsibilities by standards frame, from Learning Forward's "What's your role in implementing standards?".`,
    'They are not an all-inclusive checklist: use them to drive critical actions toward system goals and priorities.',
    'Set each Status (Not started, In progress, In place), note the evidence, an owner and a date. Progress lines update as you go.',
  ]);
  const header = addHeader(b, CHECKLIST_HEADERS);
  protectTop(b, header, 'Action guide checklist');
  b.freeze(header);

  const blocks: Block[] = [];
  for (const frameId of chosen) {
    const frame = getFrame(frameId);
    addSection(b, frame.name);
    const items = responsibilitiesFor(role.id, [frameId]);
    const first = b.rowCount + 1;
    items.forEach((r, i) => {
      b.addRow([r.text], [band(i), STATUS_INPUT, STYLE.input, STYLE.input, DATE_INPUT]);
    });
    const last = b.rowCount;
    const block: Block = {
      status: column(CHECKLIST_COL.status, first, last),
      text: column(CHECKLIST_COL.responsibility, first, last),
    };
    blocks.push(block);
    const progress = b.addRow(
      [`Progress in ${frame.name}: share in place`, progressFormula([block]), progressCountFormula([block])],
      [
        PROGRESS_STYLE,
        { ...PROGRESS_STYLE, numberFormat: '0%', align: 'center' },
        PROGRESS_STYLE,
        PROGRESS_STYLE,
        PROGRESS_STYLE,
      ],
    );
    b.protect(
      { row: progress, col: 1, rows: 1, cols: COLS },
      'Progress is calculated from the Status column.',
    );
  }

  const overallStyle: CellStyle = { ...STYLE.header };
  const overall = b.addRow(
    ['Overall progress: share in place', progressFormula(blocks), progressCountFormula(blocks)],
    [
      overallStyle,
      { ...overallStyle, numberFormat: '0%', align: 'center' },
      overallStyle,
      overallStyle,
      overallStyle,
    ],
  );
  b.protect({ row: overall, col: 1, rows: 1, cols: COLS }, 'Progress is calculated from the Status column.');

  const statusRanges = blocks.map((bl) => bl.status);
  const firstStatus = `$${columnLetter(CHECKLIST_COL.status)}${statusRanges[0]!.row}`;
  b.conditional({
    ranges: statusRanges,
    formula: `=${firstStatus}="${DONE}"`,
    background: STATUS_COLORS.inPlace,
  });
  b.conditional({
    ranges: statusRanges,
    formula: `=${firstStatus}="${STATUSES[1]}"`,
    background: STATUS_COLORS.inProgress,
  });

  borderTable(b, header);
  b.columnWidths(WIDTHS);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
