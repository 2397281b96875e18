import { FRAME_IDS, type FrameId, getRole, isFrameId, isRoleId, ROLES, type Role } from '../../content';
import { UserError } from '../errors';
import type { RangeRef, ValidationRule } from '../plan';
import { type CellStyle, PALETTE, type SheetBuilder } from '../sheetBuilder';

/** Number format of every "By when" cell. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The looks shared by every template. */
export const STYLE = {
  title: { bold: true, size: 14, color: PALETTE.titleFg, valign: 'middle' },
  note: { italic: true, color: PALETTE.noteFg },
  header: { bold: true, background: PALETTE.headerBg, color: PALETTE.headerFg, valign: 'middle' },
  section: { bold: true, background: PALETTE.sectionBg, valign: 'middle' },
  /** A cell people fill in. */
  input: { background: PALETTE.inputBg },
  /** Prompts and guides: text that is not content (IC writing prompts, logic-model prompts). */
  starter: { italic: true, color: PALETTE.noteFg },
  /** A live formula result. */
  computed: { bold: true, align: 'center' },
} as const satisfies Record<string, CellStyle>;

export const DATE_VALIDATION: ValidationRule = { kind: 'date', help: 'Enter a date, e.g. 2025-09-30.' };

/** A fill-in date cell: input look, date validation, yyyy-mm-dd. */
export const DATE_INPUT: CellStyle = {
  ...STYLE.input,
  validation: DATE_VALIDATION,
  numberFormat: DATE_FORMAT,
};

/** Alternating light background for read-only text cells of data rows (i is 0-based within a block). */
export const band = (i: number): CellStyle => ({ background: i % 2 === 1 ? PALETTE.bandBg : null });

/** Adds one row holding `text` in column A, merged across the whole sheet width. */
export function addMergedRow(b: SheetBuilder, text: string, style: CellStyle): number {
  const row = b.addRow([text], style);
  if (b.cols > 1) b.merge({ row, col: 1, rows: 1, cols: b.cols });
  return row;
}

/** Pixels per character and per line of 10 pt Arial: enough to size a paragraph row, not to typeset it. */
const CHAR_PX = 7;
const LINE_PX = 17;

/**
 * A paragraph in one merged row, its height fixed from the text's length and the merged width,
 * since Sheets does not grow a merged row to fit wrapped text. A one-line paragraph keeps the
 * default height unless `always` is set (one call per paragraph, whatever the widths).
 */
export function addParagraph(
  b: SheetBuilder,
  text: string,
  totalWidthPx: number,
  style: CellStyle = {},
  always = false,
): number {
  const row = addMergedRow(b, text, style);
  const perLine = Math.max(10, Math.floor(totalWidthPx / CHAR_PX));
  const lines = Math.ceil(text.length / perLine);
  if (lines > 1 || always) b.rowHeight(row, lines * LINE_PX + 8);
  return row;
}

export const addTitle = (b: SheetBuilder, text: string): number => addMergedRow(b, text, STYLE.title);

/** One merged, wrapped note row per line; returns the last row. */
export function addNotes(b: SheetBuilder, lines: readonly string[]): number {
  let last = b.rowCount;
  for (const line of lines) last = addMergedRow(b, line, STYLE.note);
  return last;
}

/**
 * Note paragraphs (italic, grey), each a merged row sized to its text at the sheet's column
 * widths (set them first): one height call per note, however wide the sheet. Returns the last row.
 */
export function addNoteParagraphs(b: SheetBuilder, lines: readonly string[]): number {
  const width = b.widths.reduce((a, w) => a + w, 0);
  let last = b.rowCount;
  for (const line of lines) last = addParagraph(b, line, width, STYLE.note, true);
  return last;
}

export const addSection = (b: SheetBuilder, text: string): number => addMergedRow(b, text, STYLE.section);

export const addHeader = (b: SheetBuilder, labels: readonly string[]): number =>
  b.addRow(labels, STYLE.header);

/**
 * Splits a paragraph into sentences (at ". ", "? " or "! " followed by a capital letter or a
 * quote), so a long paragraph becomes several merged rows of one or two lines each: Sheets
 * does not always grow a row to fit wrapped text in merged cells.
 */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.?!])\s+(?=[A-Z"“‘'])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Protects the rows from 1 to `lastRow`, all columns (title, notes, legend, header). */
export function protectTop(b: SheetBuilder, lastRow: number, what: string): void {
  b.protect(
    { row: 1, col: 1, rows: lastRow, cols: b.cols },
    `${what}: title, instructions and headers. Edit with care; the rows below are yours to fill in.`,
  );
}

/** A thin grid border over a table from its header row to the last row added. */
export function borderTable(b: SheetBuilder, headerRow: number, cols = b.cols): void {
  b.border({ row: headerRow, col: 1, rows: b.rowCount - headerRow + 1, cols });
}

/** A block of data rows in one column, as a range. */
export const column = (col: number, from: number, to: number): RangeRef => ({
  row: from,
  col,
  rows: to - from + 1,
  cols: 1,
});

/** Validates a role id, with a message that names the known roles. */
export function requireRole(role: unknown): Role {
  if (!isRoleId(role)) {
    throw new UserError(
      `Unknown role ${JSON.stringify(role)}. Choose one of: ${ROLES.map((r) => r.id).join(', ')}.`,
    );
  }
  return getRole(role);
}

/**
 * Frames in catalog order without duplicates. Empty or unknown frames are a UserError: the
 * caller asked for a template of nothing, or for a frame that does not exist.
 */
export function normalizeFrames(frames: readonly unknown[]): FrameId[] {
  if (frames.length === 0) throw new UserError('Choose at least one standards frame.');
  const unknown = frames.filter((f) => !isFrameId(f));
  if (unknown.length > 0) {
    throw new UserError(
      `Unknown standards frame ${JSON.stringify(unknown[0])}. Choose from: ${FRAME_IDS.join(', ')}.`,
    );
  }
  const wanted = new Set(frames);
  return FRAME_IDS.filter((f) => wanted.has(f));
}
