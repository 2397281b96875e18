import type { CellBorders, SheetSnapshot } from '../emulator';
import { specFromSnapshot } from './chartFromSnapshot';
import { automaticAlign, shownCell } from './displayText';
import type { CellBorderView, CellView, SheetView, TabKind } from './view';

/** The parts of a tab's snapshot the writers read (a bounded responses preview gives only these). */
export type GridSource = Pick<
  SheetSnapshot,
  | 'name'
  | 'values'
  | 'formulas'
  | 'backgrounds'
  | 'fontWeights'
  | 'fontStyles'
  | 'fontColors'
  | 'fontSizes'
  | 'hAligns'
  | 'vAligns'
  | 'numberFormats'
  | 'wrapStrategies'
  | 'validations'
  | 'borders'
  | 'merges'
  | 'frozenRows'
  | 'frozenColumns'
  | 'columnWidths'
  | 'rowHeights'
  | 'hiddenRows'
  | 'tabColor'
  | 'conditionalFormats'
  | 'protections'
  | 'charts'
>;

export interface ViewOptions {
  readonly timeZone: string;
  readonly kind: TabKind;
  /** Rows of the tab not in `source` (a bounded preview). */
  readonly omittedRows?: number;
}

/** Sheets' border styles (SpreadsheetApp.BorderStyle) as CSS. */
const BORDER_STYLES: Record<string, string> = {
  SOLID: '1px solid',
  SOLID_MEDIUM: '2px solid',
  SOLID_THICK: '3px solid',
  DASHED: '1px dashed',
  DOTTED: '1px dotted',
  DOUBLE: '3px double',
};

function bordersView(b: CellBorders | null | undefined): CellBorderView | null {
  if (!b) return null;
  const out: Record<string, string> = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const edge = b[side];
    const style = edge ? BORDER_STYLES[edge.style.toUpperCase()] : undefined;
    if (edge && style) out[side] = `${style} ${edge.color}`;
  }
  return Object.keys(out).length > 0 ? out : null;
}

const H_ALIGNS = new Set(['left', 'center', 'right']);
const V_ALIGNS = new Set(['top', 'middle', 'bottom']);
const FLOWS: Record<string, CellView['flow']> = { WRAP: 'wrap', CLIP: 'clip', OVERFLOW: 'overflow' };

function cellView(s: GridSource, r: number, c: number, timeZone: string): CellView {
  const validation = s.validations[r]?.[c] ?? null;
  const list =
    validation?.criteria === 'VALUE_IN_LIST' && Array.isArray(validation.values[0])
      ? (validation.values[0] as unknown[]).map(String)
      : null;
  const raw = s.values[r]?.[c];
  const shown = shownCell(raw, s.numberFormats[r]?.[c] ?? null, timeZone);
  const checkbox = validation?.criteria === 'CHECKBOX' ? raw === true : null;
  const bg = (s.backgrounds[r]?.[c] ?? '#ffffff').toLowerCase();
  const color = (s.fontColors[r]?.[c] ?? '#000000').toLowerCase();
  const h = (s.hAligns[r]?.[c] ?? '').toLowerCase();
  const v = (s.vAligns[r]?.[c] ?? '').toLowerCase();
  return {
    value: shown.value,
    text: shown.text,
    formula: s.formulas[r]?.[c] || null,
    checkbox,
    background: bg === '#ffffff' ? null : bg,
    bold: s.fontWeights[r]?.[c] === 'bold',
    italic: s.fontStyles[r]?.[c] === 'italic',
    color: color === '#000000' ? null : color,
    size: s.fontSizes[r]?.[c] ?? 10,
    hAlign: H_ALIGNS.has(h) ? (h as CellView['hAlign']) : automaticAlign(shown.value),
    vAlign: V_ALIGNS.has(v) ? (v as CellView['vAlign']) : 'bottom',
    numberFormat: shown.numberFormat,
    borders: bordersView(s.borders[r]?.[c]),
    flow: FLOWS[s.wrapStrategies[r]?.[c] ?? ''] ?? 'overflow',
    list,
    dateRule: validation?.criteria?.startsWith('DATE') ?? false,
  };
}

/** What the writers need of one emulated tab: values as Sheets shows them and the formats a reader notices. */
export function sheetView(s: GridSource, opts: ViewOptions): SheetView {
  const width = s.columnWidths.length;
  return {
    name: s.name,
    kind: opts.kind,
    rows: s.values.map((_, r) => Array.from({ length: width }, (_c, c) => cellView(s, r, c, opts.timeZone))),
    omittedRows: opts.omittedRows ?? 0,
    merges: s.merges,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    columnWidths: s.columnWidths,
    rowHeights: s.rowHeights,
    hiddenRows: s.hiddenRows,
    tabColor: s.tabColor,
    conditionalFormats: s.conditionalFormats
      .filter((cf) => cf.criteria === 'CUSTOM_FORMULA')
      .map((cf) => ({ ranges: cf.ranges, formula: String(cf.values[0] ?? ''), background: cf.background })),
    protections: s.protections.map((p) => ({
      range: p.range ?? 'whole sheet',
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    charts: s.charts.map((c) => specFromSnapshot(c, s.values)),
  };
}
