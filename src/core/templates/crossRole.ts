import {
  FRAME_IDS,
  type FrameId,
  getFrame,
  getRole,
  type Role,
  type RoleId,
  responsibilitiesFor,
  STANDARDS,
  standardOfResponsibility,
} from '../../content';
import { UserError } from '../errors';
import type { SheetPlan } from '../plan';
import { type CellStyle, PALETTE, SheetBuilder } from '../sheetBuilder';
import {
  addHeader,
  addNoteParagraphs,
  addSection,
  addTitle,
  band,
  borderTable,
  normalizeFrames,
  protectTop,
  requireRole,
  STYLE,
} from './common';

/** What a role's cell says when none of its responsibilities serves the row's standard. */
export const NONE_LISTED = 'None listed for this role';

/** The last two columns, for the team. */
export const LEAD_HEADER = 'Who takes the lead';
export const CONNECTS_HEADER = 'Where our work connects';

const LEAD_WIDTH = 150;

const STANDARD_WIDTH = 190;
const ROLE_WIDTH = 280;

/** Marks each responsibility in a cell that may list several. */
const BULLET = '• ';

/**
 * Roles in the order asked, without repeats: the first is the reader's own (seed 002 advises
 * starting with your own role's responsibilities, then considering those of other roles).
 * @throws UserError for an unknown role or fewer than two different roles.
 */
export function normalizeRoles(roles: readonly unknown[]): RoleId[] {
  const out: RoleId[] = [];
  for (const r of roles) {
    const id = requireRole(r).id;
    if (!out.includes(id)) out.push(id);
  }
  if (out.length < 2) {
    const first = out[0];
    throw new UserError(
      first
        ? `Choose at least one other role to put beside ${getRole(first).name}.`
        : 'Choose at least two roles to put side by side.',
    );
  }
  return out;
}

/** The tab name: the roles' names while they stay short, else their number. */
function tabTitle(roles: readonly Role[]): string {
  const names = roles.map((r) => r.name).join(', ');
  return names.length <= 60 ? `Roles side by side - ${names}` : `Roles side by side - ${roles.length} roles`;
}

/** A role's responsibilities under one standard, one per line, or NONE_LISTED. */
function cellFor(role: Role, frame: FrameId, standardId: string): string {
  const texts = responsibilitiesFor(role.id, [frame])
    .filter((r) => standardOfResponsibility(r.id) === standardId)
    .map((r) => r.text);
  if (texts.length === 0) return NONE_LISTED;
  return texts.length === 1 ? texts[0]! : texts.map((t) => `${BULLET}${t}`).join('\n');
}

/**
 * Two or more roles' key responsibilities side by side, for a team whose members hold different
 * roles: a column per role (the reader's own first), a row per standard under its frame, each
 * cell the role's responsibilities that serve that standard, and a column for the team to note
 * where their work connects.
 * @throws UserError for unknown roles, fewer than two roles, or an empty or unknown frame.
 */
export function crossRolePlan(roleIds: readonly RoleId[], frames: readonly FrameId[] = FRAME_IDS): SheetPlan {
  const roles = normalizeRoles(roleIds).map((id) => getRole(id));
  const chosen = normalizeFrames(frames);
  const cols = roles.length + 3;
  const b = new SheetBuilder(tabTitle(roles), cols);

  b.columnWidths([STANDARD_WIDTH, ...roles.map(() => ROLE_WIDTH), LEAD_WIDTH, ROLE_WIDTH]);
  addTitle(b, `Key responsibilities side by side: ${roles.map((r) => r.name).join(', ')}`);
  addNoteParagraphs(b, [
    'We recommend starting with the key responsibilities for your role, then considering those of other roles to see how the responsibilities complement and support each other and how collaboration is embedded throughout.',
    `Each row is a standard, with each role's key responsibilities that serve it (the action guides group them by frame only: placing them under standards is this add-on's reading). Agree which role takes the lead on each, and note under "${CONNECTS_HEADER}" who does what together and where one role's work sets up another's.`,
  ]);
  const header = addHeader(b, ['Standard', ...roles.map((r) => r.name), LEAD_HEADER, CONNECTS_HEADER]);
  protectTop(b, header, 'Roles side by side');
  b.freeze(header);

  const none: CellStyle = { ...STYLE.starter };
  const lead: CellStyle = {
    ...STYLE.input,
    validation: {
      kind: 'list',
      values: roles.map((r) => r.name),
      allowInvalid: true,
      help: 'Choose the role that takes the lead on this standard (or type "Shared").',
    },
  };
  for (const frameId of chosen) {
    addSection(b, getFrame(frameId).name);
    const standards = STANDARDS.filter((s) => s.frame === frameId);
    const first = b.rowCount + 1;
    standards.forEach((s, i) => {
      const cells = roles.map((role) => cellFor(role, frameId, s.id));
      b.addRow(
        [s.name, ...cells],
        [
          { ...band(i), bold: true },
          ...cells.map((c) => ({ ...band(i), ...(c === NONE_LISTED ? none : {}) })),
          lead,
          STYLE.input,
        ],
      );
    });
    b.protect(
      { row: first, col: 1, rows: standards.length, cols: roles.length + 1 },
      'Roles side by side: the key responsibilities, word for word from the action guides.',
    );
  }
  borderTable(b, header);
  b.tabColor(PALETTE.headerBg);
  return b.build();
}
