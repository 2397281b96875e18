import { rectOfA1 } from './a1';
import { textWidthPx } from './rowHeights';
import { renderChartSvg } from './charts';
import type { CellBorderView, CellView, SheetView, TabKind, WorkbookView } from './view';

/**
 * The report: every tab as Sheets shows it (values through their number formats, checkboxes,
 * merges, wrapped text in the sheet's column widths, frozen rows that stay in view) and every
 * chart drawn. Summaries come first, then templates, then other tabs; raw responses last,
 * collapsed and bounded, since they hold respondents' addresses and comments.
 */

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const px = (n: number): string => `${Math.round(n * 100) / 100}px`;

/**
 * The borders a cell draws. Each cell owns its right and bottom edges (and the grid's first row
 * and column their top and left), so frozen cells carry their borders with them as they stick;
 * an edge the sheet set on either side of it is drawn, else the gridline from the CSS.
 */
function cellEdges(
  rows: readonly (readonly CellView[])[],
  r: number,
  col: number,
  span: { rows: number; cols: number } | undefined,
): CellBorderView {
  const own = rows[r]?.[col]?.borders ?? {};
  const right = own.right ?? rows[r]?.[col + (span?.cols ?? 1)]?.borders?.left;
  const bottom = own.bottom ?? rows[r + (span?.rows ?? 1)]?.[col]?.borders?.top;
  return {
    ...(r === 0 && own.top ? { top: own.top } : {}),
    ...(col === 0 && own.left ? { left: own.left } : {}),
    ...(right ? { right } : {}),
    ...(bottom ? { bottom } : {}),
  };
}

/** The right gridline of a cell that text spills across: Sheets leaves it out. */
const OPEN_EDGE = 'border-right-color:transparent;overflow:visible';

/**
 * The columns whose right gridline text crosses: unwrapped, left-aligned text runs on over
 * the empty cells to its right, as far as it needs (its width estimated with Arial's).
 */
function spillAcross(
  row: readonly CellView[],
  r: number,
  widths: readonly number[],
  covered: Layout['covered'],
  spans: Layout['spans'],
): Set<number> {
  const open = new Set<number>();
  const free = (col: number): boolean =>
    col < widths.length && isBlank(row[col]) && !covered.has(`${r},${col}`) && !spans.has(`${r},${col}`);
  row.forEach((c, col) => {
    if (c.flow !== 'overflow' || c.hAlign !== 'left' || c.text === '' || spans.has(`${r},${col}`)) return;
    const need = textWidthPx(c.text, c.size) * 1.12 + 6;
    let room = widths[col] ?? 0;
    for (let k = col; room < need && free(k + 1); k++) {
      open.add(k);
      room += widths[k + 1]!;
    }
  });
  return open;
}

function cellStyle(c: CellView, edges: CellBorderView, open: boolean, sticky: string): string {
  const s: string[] = [];
  if (c.background) s.push(`background:${c.background}`);
  if (c.bold) s.push('font-weight:bold');
  if (c.italic) s.push('font-style:italic');
  if (c.color) s.push(`color:${c.color}`);
  if (c.size !== 10) s.push(`font-size:${px((c.size * 4) / 3)}`);
  if (c.hAlign !== 'left') s.push(`text-align:${c.hAlign}`);
  if (c.vAlign !== 'bottom') s.push(`vertical-align:${c.vAlign}`);
  if (c.flow === 'wrap') s.push('white-space:pre-wrap;overflow-wrap:anywhere');
  for (const [side, css] of Object.entries(edges)) s.push(`border-${side}:${css}`);
  if (open) s.push(OPEN_EDGE);
  if (sticky) s.push(sticky);
  return s.join(';');
}

function cellHtml(c: CellView): string {
  if (c.checkbox !== null) {
    const state = c.checkbox ? 'checked' : 'not checked';
    return `<span class="cb${c.checkbox ? ' on' : ''}" role="img" aria-label="${state}"></span>`;
  }
  const marker = c.list ? `<span class="dd" title="${esc(c.list.join(' / '))}">▾</span>` : '';
  return `${esc(c.text)}${marker}`;
}

const isBlank = (c: CellView | undefined): boolean => !c || (c.text === '' && c.checkbox === null);

interface Layout {
  /** Merge origin "r,c" -> its span. */
  readonly spans: Map<string, { rows: number; cols: number }>;
  /** Cells hidden under a merge. */
  readonly covered: Set<string>;
}

function layout(view: SheetView): Layout {
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of view.merges) {
    const rect = rectOfA1(m);
    const [r1, c1] = [rect.row - 1, rect.col - 1];
    spans.set(`${r1},${c1}`, { rows: rect.rows, cols: rect.cols });
    for (let r = r1; r < r1 + rect.rows; r++)
      for (let c = c1; c < c1 + rect.cols; c++) if (r !== r1 || c !== c1) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}

/**
 * Frozen rows go in a sticky <thead>, so they stay in view as the grid scrolls, as in Sheets;
 * not when a merge crosses the frozen line (a table section cannot split a cell).
 */
function stickyRows(view: SheetView, spans: Layout['spans']): number {
  const n = Math.min(view.frozenRows, view.rows.length);
  for (const [key, span] of spans) {
    const r = Number(key.split(',')[0]);
    if (r < n && r + span.rows > n) return 0;
  }
  return n;
}

export interface TableOptions {
  /** Column letters and row numbers around the grid, as Sheets draws them (the live preview). */
  readonly headers?: boolean;
  /** Blank rows and columns past the used area up to these counts, as Sheets shows a new tab. */
  readonly minRows?: number;
  readonly minColumns?: number;
}

const HEADER_WIDTH = 46;

/**
 * Empty columns past the used area, as Sheets shows them, wide enough for text in the last
 * column that spills to the right (an outcome typed in column A reads on across B, C...).
 */
function spillColumns(view: SheetView): number[] {
  const last = view.columnWidths.length - 1;
  if (last < 0) return [];
  let need = 0;
  for (const row of view.rows) {
    const c = row[last];
    if (c && c.flow === 'overflow' && c.hAlign === 'left' && c.text !== '')
      need = Math.max(need, textWidthPx(c.text, c.size) * 1.12 + 6 - view.columnWidths[last]!);
  }
  return Array.from({ length: Math.min(20, Math.ceil(Math.max(0, need) / 100)) }, () => 100);
}

/** Column letters: 0 -> A, 26 -> AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One tab as an HTML table in the sheet's own column widths. */
export function sheetTable(view: SheetView, opts: TableOptions = {}): string {
  const { spans, covered } = layout(view);
  const frozen = stickyRows(view, spans);
  const hidden = new Set(view.hiddenRows);
  const headers = opts.headers === true;
  // Frozen columns stick to the left edge: each at the summed width of the columns before it.
  const lefts: number[] = [];
  let left = headers ? HEADER_WIDTH : 0;
  for (let c = 0; c < view.frozenColumns; c++) {
    lefts.push(left);
    left += view.columnWidths[c] ?? 100;
  }
  const extra = spillColumns(view);
  const minCols = opts.minColumns ?? 0;
  while (view.columnWidths.length + extra.length < minCols) extra.push(100);
  const widths = [...view.columnWidths, ...extra];
  const width = widths.reduce((a, b) => a + b, headers ? HEADER_WIDTH : 0);
  const cols =
    (headers ? `<col style="width:${HEADER_WIDTH}px">` : '') +
    widths.map((w) => `<col style="width:${w}px">`).join('');
  const rowHtml = (row: readonly CellView[], r: number): string => {
    const open = spillAcross(row, r, widths, covered, spans);
    const cells = row
      .map((c, col) => {
        const key = `${r},${col}`;
        if (covered.has(key)) return '';
        const span = spans.get(key);
        const attrs = span ? ` rowspan="${span.rows}" colspan="${span.cols}"` : '';
        // A frozen column stays in place over the columns scrolling under it: it needs a background.
        const sticky =
          col < lefts.length
            ? `position:sticky;left:${lefts[col]}px;z-index:1${c.background ? '' : ';background:#fff'}`
            : '';
        const style = cellStyle(c, cellEdges(view.rows, r, col, span), open.has(col), sticky);
        const tag = r < frozen ? 'th' : 'td';
        const at = headers ? ` data-c="${col}"` : '';
        return `<${tag}${at}${attrs}${style ? ` style="${style}"` : ''}>${cellHtml(c)}</${tag}>`;
      })
      .join('');
    const pad = widths
      .slice(row.length)
      .map((_, i) => {
        const at = headers ? ` data-c="${row.length + i}"` : '';
        return open.has(row.length + i) ? `<td${at} style="${OPEN_EDGE}"></td>` : `<td${at}></td>`;
      })
      .join('');
    // Sheets marks where rows are hidden with arrows in the row numbers: here, a mark under the number.
    const before = hidden.has(r + 2) && !hidden.has(r + 1) ? ' hides-below' : '';
    const number = headers ? `<th class="rh${before}">${r + 1}</th>` : '';
    const h = view.rowHeights[r];
    const height = h && h !== 21 ? ` style="height:${h}px"` : '';
    const gone = hidden.has(r + 1) ? ' hidden' : '';
    return `<tr data-r="${r + 1}"${height}${gone}>${number}${cells}${pad}</tr>`;
  };
  const letters = headers
    ? `<tr class="ch"><th class="rh"></th>${widths.map((_, i) => `<th>${columnName(i)}</th>`).join('')}</tr>`
    : '';
  const head = view.rows.slice(0, frozen).map(rowHtml).join('\n');
  const blank = Array.from(
    { length: Math.max(0, (opts.minRows ?? 0) - view.rows.length) },
    (): CellView[] => [],
  );
  const body = [...view.rows, ...blank]
    .slice(frozen)
    .map((row, i) => rowHtml(row, i + frozen))
    .join('\n');
  const thead = letters || head ? `<thead>${letters}${head}</thead>\n` : '';
  return `<table class="sheet" style="width:${width}px"><colgroup>${cols}</colgroup>\n${thead}<tbody>${body}</tbody>\n</table>`;
}

/**
 * Each embedded chart drawn by echarts from the values in its range, marked with where Sheets
 * floats it: over the grid, at its anchor cell plus offsets. PLACE_CHARTS moves it there once
 * the rows have their heights (wrapped text decides them); until then, or without scripts,
 * charts follow the grid.
 */
export function chartsHtml(view: SheetView, opts: TableOptions = {}): string {
  if (view.charts.length === 0) return '';
  const values = view.rows.map((row) => row.map((c) => c.value));
  const start = opts.headers ? HEADER_WIDTH : 0;
  return view.charts
    .map((spec) => {
      const { anchorRow, anchorCol, offsetX, offsetY } = spec.position;
      const x = view.columnWidths.slice(0, anchorCol - 1).reduce((a, b) => a + b, start) + offsetX;
      const at = `data-row="${anchorRow}" data-x="${x}" data-dy="${offsetY}"`;
      const svg = renderChartSvg(spec, { values, hiddenRows: view.hiddenRows });
      return `<div class="chart-at" ${at}><figure class="chart">${svg}</figure></div>`;
    })
    .join('\n');
}

/** Floats each chart of `root` over its grid at the anchor row's top (see chartsHtml). */
export const PLACE_CHARTS = `function placeCharts(root) {
  for (const canvas of root.querySelectorAll('.canvas')) {
    const figures = canvas.querySelectorAll('.chart-at[data-row]');
    let placed = 0;
    for (const fig of figures) {
      const tr = canvas.querySelector('tr[data-r="' + fig.dataset.row + '"]');
      if (!tr) continue;
      const top = tr.getBoundingClientRect().top - canvas.getBoundingClientRect().top;
      fig.style.left = fig.dataset.x + 'px';
      fig.style.top = (top + Number(fig.dataset.dy || 0)) + 'px';
      fig.classList.add('placed');
      placed++;
    }
    if (placed) canvas.classList.add('with-charts');
  }
}`;

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function meta(view: SheetView): string {
  if (view.rows.length === 0) return 'Empty';
  const parts = [plural(view.rows.length + view.omittedRows, 'row')];
  if (view.frozenRows > 0) parts.push(`${view.frozenRows} frozen`);
  if (view.charts.length > 0) parts.push(plural(view.charts.length, 'chart'));
  if (view.protections.length > 0) parts.push(plural(view.protections.length, 'protected range'));
  return parts.join(' · ');
}

/** A raw responses tab: its first rows, and how many were left out. */
function responsesNote(view: SheetView): string {
  const responses = Math.max(0, view.rows.length - 1) + view.omittedRows;
  const shown = Math.max(0, view.rows.length - 1);
  const left =
    view.omittedRows > 0
      ? ` Showing the first ${shown.toLocaleString('en-US')}; ${plural(view.omittedRows, 'row')} left out here stay in the spreadsheet.`
      : '';
  return `${plural(responses, 'response')}, as Forms wrote them (e-mail addresses and comments included).${left}`;
}

export interface TabOptions extends TableOptions {
  /** The id of the section, for links. */
  readonly id?: string;
}

/** One tab: its name, a line about it, the grid and its charts. */
export function renderTab(view: SheetView, opts: TabOptions = {}): string {
  const id = opts.id ? ` id="${opts.id}"` : '';
  const grid = `<div class="grid"><div class="canvas">${sheetTable(view, opts)}\n${chartsHtml(view, opts)}</div></div>`;
  if (view.kind === 'responses') {
    return `<section${id} class="tab responses"><details>
<summary><h2>${esc(view.name)}</h2> <span class="meta">${responsesNote(view)}</span></summary>
${grid}
</details></section>`;
  }
  return `<section${id} class="tab">
<h2>${esc(view.name)}</h2>
<p class="meta">${meta(view)}</p>
${grid}
</section>`;
}

/** The order of the report: what a district reads first, raw data last. */
export const TAB_GROUPS: readonly { kind: TabKind; title: string }[] = [
  { kind: 'summary', title: 'Summaries' },
  { kind: 'template', title: 'Templates' },
  { kind: 'other', title: 'Other tabs' },
  { kind: 'responses', title: 'Raw responses (last, collapsed)' },
];

export const REPORT_CSS = `
body{font-family:Arial,Helvetica,sans-serif;font-size:13.33px;color:#202124;margin:24px;max-width:100%}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:0 0 4px;display:inline-block}
.intro{color:#5f6368;max-width:760px}
nav.toc{columns:2 320px;margin:16px 0 32px;padding:12px 16px;background:#f8f9fa;border:1px solid #e0e0e0}
nav.toc h3{font-size:13px;margin:0 0 4px;break-after:avoid}nav.toc ol{margin:0 0 12px;padding-left:22px}
nav.toc .none{color:#5f6368;margin:0 0 12px}
section.tab{margin-bottom:40px}
.meta{color:#5f6368;margin:2px 0 8px}
.grid{overflow:auto;max-width:100%;max-height:85vh;border:1px solid #c0c0c0;display:inline-block;vertical-align:top}
table.sheet{border-collapse:separate;border-spacing:0;table-layout:fixed;font-size:13.33px;background:#fff;
 border-top:1px solid #e2e3e3;border-left:1px solid #e2e3e3}
table.sheet tr{height:21px}
table.sheet td,table.sheet th{border:0;border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;padding:2px 3px;text-align:left;vertical-align:bottom;
 font-weight:normal;white-space:pre;overflow:hidden;line-height:1.3}
table.sheet thead{position:sticky;top:0;z-index:2}
table.sheet thead th{background-color:#fff}
table.sheet th.rh,table.sheet tr.ch th{background:#f8f9fa;color:#5f6368;text-align:center;font-size:11px}
table.sheet th.rh{position:sticky;left:0;z-index:3}
table.sheet th.rh.hides-below{border-bottom:3px double #80868b}
.dd{color:#5f6368;font-size:10px;float:right}
.cb{display:inline-block;width:12px;height:12px;border:2px solid #5f6368;border-radius:2px;vertical-align:middle}
.cb.on{background:#1a73e8;border-color:#1a73e8;position:relative}
.cb.on::after{content:"";position:absolute;left:3px;top:0;width:4px;height:8px;border:solid #fff;
 border-width:0 2px 2px 0;transform:rotate(45deg)}
.canvas{position:relative;width:max-content}
figure.chart{margin:12px 0 0;border:1px solid #e0e0e0;width:max-content;background:#fff}
.chart-at.placed{position:absolute;z-index:1}
.chart-at.placed figure.chart{margin:0;box-shadow:0 1px 3px rgba(60,64,67,.3)}
details>summary{cursor:pointer;list-style-position:outside}
@media print{.grid{max-height:none;overflow:visible;border:0}details{display:block}}
`;

export interface ReportOptions {
  /** A paragraph under the title saying what the report is. */
  readonly intro?: string;
}

/** A single self-contained page with every tab, grouped and ordered as TAB_GROUPS says. */
export function renderReport(book: WorkbookView, opts: ReportOptions = {}): string {
  const ids = new Map(book.sheets.map((s, i) => [s, `tab-${i + 1}`]));
  const groups = TAB_GROUPS.map((g) => ({ ...g, sheets: book.sheets.filter((s) => s.kind === g.kind) }));
  const toc = groups
    .filter((g) => g.sheets.length > 0)
    .map(
      (g) =>
        `<h3>${esc(g.title)}</h3><ol>${g.sheets
          .map(
            (s) =>
              `<li><a href="#${ids.get(s)}">${esc(s.name)}</a>${s.rows.length === 0 ? ' (empty)' : ''}</li>`,
          )
          .join('')}</ol>`,
    )
    .join('\n');
  const sections = groups.flatMap((g) => g.sheets.map((s) => renderTab(s, { id: ids.get(s) })));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(book.name)}</title>
<style>${REPORT_CSS}</style></head><body>
<h1>${esc(book.name)}</h1>
${opts.intro ? `<p class="intro">${opts.intro}</p>` : ''}
<nav class="toc" aria-label="Contents">
${toc}
</nav>
${sections.join('\n')}
<script>${PLACE_CHARTS}\nplaceCharts(document);</script>
</body></html>
`;
}
