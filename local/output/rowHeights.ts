import { rectOfA1 } from './a1';
import type { SheetView } from './view';

/**
 * Row heights that fit wrapped text. Sheets grows a row to fit its wrapped cells; a workbook
 * file carries no such rule, so Excel and LibreOffice would open every row at one line and
 * let the text overlap. The lines are counted by laying the words out in the column's width
 * with Arial's character widths (the font the add-on's tabs use).
 */

/** Arial advance widths in em, by character class (close enough to break lines where Arial does). */
function charEm(ch: string): number {
  if (" .,;:!|'ijlI".includes(ch)) return 0.28;
  if ('ftr()[]-'.includes(ch)) return 0.36;
  if ('mwMW@%'.includes(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.56;
}

const textEm = (s: string): number => [...s].reduce((sum, ch) => sum + charEm(ch), 0);

/** The width of one line of text in Arial at `sizePt`, in pixels. */
export const textWidthPx = (text: string, sizePt: number): number =>
  Math.max(...text.split('\n').map((line) => textEm(line))) * ((sizePt * 4) / 3);

/** Lines `text` takes when wrapped at word boundaries within `widthPx` (a long word is broken). */
export function wrappedLines(text: string, widthPx: number, sizePt: number): number {
  const em = (sizePt * 4) / 3;
  // Sheets pads a cell about 3 px each side; 5% spare for renderers whose Arial runs wider.
  const room = (Math.max(em, widthPx - 7) / em) * 0.95;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/(?<= )/)) {
      const w = textEm(word);
      if (line > 0 && line + textEm(word.trimEnd()) > room) {
        lines++;
        line = 0;
      }
      if (w > room) {
        lines += Math.floor(w / room);
        line = w % room;
      } else line += w;
    }
  }
  return lines;
}

/** Sheets' default row: 21 px. */
export const DEFAULT_ROW_PX = 21;

/**
 * Each row's height in pixels: what the sheet set, grown to fit the wrapped cells in it. A
 * merged cell spreads its text over its columns' width (and, when it spans rows, its rows).
 */
export function fittedRowHeights(view: SheetView): number[] {
  const spans = new Map<string, { rows: number; width: number }>();
  const covered = new Set<string>();
  for (const m of view.merges) {
    const r = rectOfA1(m);
    const width = view.columnWidths.slice(r.col - 1, r.col - 1 + r.cols).reduce((a, b) => a + b, 0);
    spans.set(`${r.row - 1},${r.col - 1}`, { rows: r.rows, width });
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) if (i || j) covered.add(`${r.row - 1 + i},${r.col - 1 + j}`);
  }
  return view.rows.map((row, r) => {
    let height = view.rowHeights[r] ?? DEFAULT_ROW_PX;
    row.forEach((c, col) => {
      if (c.flow !== 'wrap' || c.text === '' || covered.has(`${r},${col}`)) return;
      const span = spans.get(`${r},${col}`);
      const width = span?.width ?? view.columnWidths[col] ?? 100;
      // 10 pt text: 17 px a line, so one line fits Sheets' 21 px row.
      const lineHeight = Math.ceil(((c.size * 4) / 3) * 1.25);
      const needed = wrappedLines(c.text, width, c.size) * lineHeight + 4;
      height = Math.max(height, Math.ceil(needed / (span?.rows ?? 1)));
    });
    return height;
  });
}
