/**
 * `Range.copyTo`: a block of cells copied to another place in the same spreadsheet, in one step.
 * As the docs put it, "both the values and formatting are copied"; only the destination's top-left
 * cell matters. Copied here: contents (formulas with their relative references moved, see
 * references.ts), every per-cell format (borders, number formats, notes and data validation
 * included), the merges inside the block (merges in the way at the destination are undone), and
 * conditional-format rules that lie wholly inside the block (their condition as it is). The
 * PASTE_* kinds narrow that to values, formats, formulas, validation or column widths.
 *
 * The error texts for a copy to another spreadsheet and past the edge of the sheet are assumed.
 */
import { type CellRange, FORMAT_KEYS, type FormatKey, Formula, type Stored } from '../state/cells';
import { CopyPasteType } from '../state/enums';
import type { Rect } from '../state/rect';
import type { SheetModel } from '../state/spreadsheet';
import { contains, intersects } from './a1';
import { evaluate } from './formulas';
import { MERGE_PARTIAL } from './merges';
import { shiftFormula } from './references';
import { copyRule } from './rules';

export type CopyKind = keyof typeof CopyPasteType;
export const COPY_KINDS = Object.keys(CopyPasteType) as CopyKind[];

interface Parts {
  readonly content: 'stored' | 'values' | null;
  readonly formats: readonly FormatKey[];
  readonly merges: boolean;
  readonly rules: boolean;
  readonly widths: boolean;
}

const PER_CELL_FORMATS = FORMAT_KEYS.filter((k) => k !== 'validation' && k !== 'note');

function partsOf(kind: CopyKind): Parts {
  const none: Parts = { content: null, formats: [], merges: false, rules: false, widths: false };
  switch (kind) {
    case 'PASTE_NORMAL':
      return { content: 'stored', formats: FORMAT_KEYS, merges: true, rules: true, widths: false };
    case 'PASTE_NO_BORDERS':
      return { ...partsOf('PASTE_NORMAL'), formats: FORMAT_KEYS.filter((k) => k !== 'border') };
    case 'PASTE_FORMAT':
      return { ...none, formats: PER_CELL_FORMATS, merges: true, rules: true };
    case 'PASTE_FORMULA':
      return { ...none, content: 'stored' };
    case 'PASTE_VALUES':
      return { ...none, content: 'values' };
    case 'PASTE_DATA_VALIDATION':
      return { ...none, formats: ['validation'] };
    case 'PASTE_CONDITIONAL_FORMATTING':
      return { ...none, rules: true };
    case 'PASTE_COLUMN_WIDTHS':
      return { ...none, widths: true };
  }
}

/** A copy's destination rectangle, checked against the sheet's size. */
function destination(src: CellRange, dst: CellRange): Rect {
  const rt = src.sheet.rt;
  if (src.sheet.parent !== dst.sheet.parent) {
    throw rt.error('Target range and source range must be on the same spreadsheet.');
  }
  const rect = { row: dst.rect.row, col: dst.rect.col, numRows: src.rect.numRows, numCols: src.rect.numCols };
  if (rect.row + rect.numRows - 1 > dst.sheet.maxRows || rect.col + rect.numCols - 1 > dst.sheet.maxCols) {
    throw rt.error('The coordinates of the target range are outside the dimensions of the sheet.');
  }
  return rect;
}

/** Reads one format layer of a block now; the function returned writes it at the destination. */
function layerCopy<K extends FormatKey>(
  from: SheetModel,
  to: SheetModel,
  key: K,
  src: Rect,
  dst: Rect,
): () => void {
  const grid = from.formats[key].read(src.row - 1, src.col - 1, src.numRows, src.numCols, (v) => v);
  return () =>
    to.formats[key].write(dst.row - 1, dst.col - 1, src.numRows, src.numCols, (i, j) => grid[i]?.[j]);
}

/** Copies `src` to the block of the same size whose top-left cell is `dst`'s. */
export function copyRange(src: CellRange, dst: CellRange, kind: CopyKind): void {
  const rect = destination(src, dst);
  const parts = partsOf(kind);
  const from = src.sheet;
  const to = dst.sheet;
  const { row, col, numRows, numCols } = src.rect;
  const dr = rect.row - row;
  const dc = rect.col - col;
  // Everything is read before anything is written: the two blocks may overlap.
  let content: (Stored | undefined)[][] | null = null;
  if (parts.content === 'stored') {
    content = from.content.read(row - 1, col - 1, numRows, numCols, (v) =>
      v instanceof Formula ? new Formula(shiftFormula(v.text, dr, dc)) : v,
    );
  } else if (parts.content === 'values') {
    evaluate(from);
    content = from.content.read(row - 1, col - 1, numRows, numCols, (v) => {
      if (!(v instanceof Formula)) return v;
      const r = v.result;
      return r === undefined || r === '' || (typeof r === 'object' && !(r instanceof Date)) ? undefined : r;
    });
  }
  // Each format layer, read now and written below.
  const formats = parts.formats.map((k) => layerCopy(from, to, k, src.rect, rect));
  const merges = parts.merges ? from.merges.filter((m) => contains(src.rect, m)) : [];
  const rules = parts.rules
    ? from.conditionalRules.filter((r) =>
        r.ranges.every((x) => x.sheet === from && contains(src.rect, x.rect)),
      )
    : [];
  const widths = parts.widths
    ? Array.from({ length: numCols }, (_, j) => from.columnWidths.get(col + j))
    : [];

  if (parts.merges) {
    const inTheWay = to.merges.filter((m) => intersects(m, rect));
    if (inTheWay.some((m) => !contains(rect, m))) throw to.rt.error(MERGE_PARTIAL);
    to.merges = to.merges.filter((m) => !intersects(m, rect));
  }
  if (content) {
    const grid = content;
    to.content.write(rect.row - 1, rect.col - 1, numRows, numCols, (i, j) => grid[i]?.[j]);
    if (grid.some((line) => line.some((v) => v instanceof Formula))) to.mayHaveFormulas = true;
  }
  for (const write of formats) write();
  for (const m of merges) to.merges.push({ ...m, row: m.row + dr, col: m.col + dc });
  for (const r of rules) {
    const copy = copyRule(r);
    copy.ranges = copy.ranges.map((x) => ({
      sheet: to,
      rect: { ...x.rect, row: x.rect.row + dr, col: x.rect.col + dc },
    }));
    to.conditionalRules.push(copy);
  }
  widths.forEach((w, j) => {
    if (w === undefined) to.columnWidths.delete(rect.col + j);
    else to.columnWidths.set(rect.col + j, w);
  });
}

/** The kind a `copyTo(destination, options)` call asks for (`{formatOnly}` or `{contentsOnly}`). */
export function kindOfOptions(
  options: { formatOnly?: boolean; contentsOnly?: boolean } | undefined,
): CopyKind {
  if (options?.formatOnly && !options.contentsOnly) return 'PASTE_FORMAT';
  if (options?.contentsOnly && !options.formatOnly) return 'PASTE_FORMULA';
  return 'PASTE_NORMAL';
}
