import { rectOfA1 } from './a1';
import type { CellView, SheetView, WorkbookView } from './view';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellStyle(c: CellView): string {
  const s: string[] = [];
  if (c.background) s.push(`background:${c.background}`);
  if (c.bold) s.push('font-weight:bold');
  if (c.italic) s.push('font-style:italic');
  if (c.color) s.push(`color:${c.color}`);
  if (c.size) s.push(`font-size:${c.size + 3}px`);
  if (c.hAlign) s.push(`text-align:${c.hAlign}`);
  if (c.vAlign) s.push(`vertical-align:${c.vAlign}`);
  s.push(c.wrap ? 'white-space:pre-wrap' : 'white-space:nowrap');
  return s.join(';');
}

/**
 * A formula cell shows its result as the emulator computed it; one whose result is empty shows
 * its formula, marked as one (the xlsx keeps the formula with its result).
 */
function cellHtml(c: CellView): string {
  if (c.formula && (c.value === null || c.value === '')) {
    return `<code class="formula" title="A live formula: Sheets shows its result">${esc(c.formula)}</code>`;
  }
  return esc(cellText(c));
}

function cellText(c: CellView): string {
  if (c.value === null) return '';
  if (typeof c.value === 'number' && c.numberFormat?.includes('%'))
    return `${Math.round(c.value * 1000) / 10}%`;
  return String(c.value);
}

/** One tab as an HTML table, merges as row/col spans, dropdowns marked with ▾. */
export function sheetTable(view: SheetView): string {
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of view.merges) {
    const rect = rectOfA1(m);
    const [r1, c1] = [rect.row - 1, rect.col - 1];
    const [r2, c2] = [r1 + rect.rows - 1, c1 + rect.cols - 1];
    spans.set(`${r1},${c1}`, { rows: r2 - r1 + 1, cols: c2 - c1 + 1 });
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r},${c}`);
  }
  const cols = view.columnWidths.map((w) => `<col style="width:${w}px">`).join('');
  const body = view.rows
    .map((row, r) => {
      const cells = row
        .map((c, col) => {
          if (covered.has(`${r},${col}`)) return '';
          const span = spans.get(`${r},${col}`);
          const attrs = span ? ` rowspan="${span.rows}" colspan="${span.cols}"` : '';
          const marker = c.list ? ` <span class="dd" title="${esc(c.list.join(' / '))}">▾</span>` : '';
          const tag = r < view.frozenRows ? 'th' : 'td';
          return `<${tag}${attrs} style="${cellStyle(c)}">${cellHtml(c)}${marker}</${tag}>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="sheet"><colgroup>${cols}</colgroup>\n${body}\n</table>`;
}

export interface ReportExtras {
  /** Extra HTML per tab (e.g. rendered charts), inserted after the tab's table. */
  readonly afterSheet?: (view: SheetView) => string;
}

/** A single self-contained page with every tab, in tab order. */
export function renderReport(book: WorkbookView, extras: ReportExtras = {}): string {
  const nav = book.sheets.map((s, i) => `<li><a href="#tab-${i}">${esc(s.name)}</a></li>`).join('');
  const tabs = book.sheets
    .map(
      (s, i) => `<section id="tab-${i}">
<h2>${esc(s.name)}</h2>
<p class="meta">${s.rows.length} rows · ${s.frozenRows} frozen · ${s.protections.length} protected ranges</p>
${sheetTable(s)}
${extras.afterSheet ? extras.afterSheet(s) : ''}
</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(book.name)}</title>
<style>
body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:24px}
table.sheet{border-collapse:collapse;table-layout:fixed;margin-bottom:16px}
table.sheet td,table.sheet th{border:1px solid #dadce0;padding:4px 6px;text-align:left;vertical-align:top;overflow:hidden}
.meta{color:#5f6368}code.formula{color:#1a73e8;font-size:11px}.dd{color:#5f6368;font-size:10px}
section{margin-bottom:40px}
</style></head><body>
<h1>${esc(book.name)}</h1>
<nav><ol>${nav}</ol></nav>
${tabs}
</body></html>
`;
}
