import type { SheetSnapshot, SpreadsheetSnapshot } from '../emulator';
import type { CellView, SheetView, WorkbookView } from './view';

const shown = (v: unknown): string | number | boolean | null => {
  if (v === '' || v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v as string | number | boolean;
};

/** What the writers need of one emulated tab: values and the formats a reader notices. */
export function sheetView(s: SheetSnapshot): SheetView {
  const rows: CellView[][] = s.values.map((row, r) =>
    row.map((v, c) => {
      const validation = s.validations[r]?.[c] ?? null;
      const list =
        validation?.criteria === 'VALUE_IN_LIST' && Array.isArray(validation.values[0])
          ? (validation.values[0] as unknown[]).map(String)
          : null;
      const bg = s.backgrounds[r]?.[c] ?? '#ffffff';
      return {
        value: shown(v),
        formula: s.formulas[r]?.[c] || null,
        background: bg.toLowerCase() === '#ffffff' ? null : bg,
        bold: s.fontWeights[r]?.[c] === 'bold',
        italic: s.fontStyles[r]?.[c] === 'italic',
        color: s.fontColors[r]?.[c] ?? null,
        size: s.fontSizes[r]?.[c] ?? null,
        hAlign: s.hAligns[r]?.[c] || null,
        vAlign: s.vAligns[r]?.[c] || null,
        numberFormat: s.numberFormats[r]?.[c] ?? null,
        wrap: s.wraps[r]?.[c] ?? false,
        list,
        dateRule: validation?.criteria?.startsWith('DATE') ?? false,
      };
    }),
  );
  return {
    name: s.name,
    rows,
    merges: s.merges,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    columnWidths: s.columnWidths,
    tabColor: s.tabColor,
    conditionalFormats: s.conditionalFormats
      .filter((cf) => cf.criteria === 'CUSTOM_FORMULA')
      .map((cf) => ({ ranges: cf.ranges, formula: String(cf.values[0] ?? ''), background: cf.background })),
    protections: s.protections.map((p) => ({
      range: p.range ?? 'whole sheet',
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    charts: s.charts,
  };
}

export function workbookView(ss: SpreadsheetSnapshot): WorkbookView {
  return { name: ss.name, sheets: ss.sheets.map(sheetView) };
}
