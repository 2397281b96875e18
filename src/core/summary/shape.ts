import type { CellFormats, SheetPlan } from '../plan';

/**
 * What a summary tab looks like apart from its figures, remembered with the summary so that a
 * refresh can tell whether new figures fit the tab that is there:
 *
 * - `layout`: everything whose change needs the tab rebuilt (its size, merges, borders, rules,
 *   protections, widths, hidden rows, frozen panes, and each chart's kind, range, place and options);
 * - `formats`: one fingerprint per per-cell format grid, each rewritten on its own when it changed
 *   (a median level in bold moves with the answers; nothing else about the tab does);
 * - `chartTitles`: a title changes only with what the chart shows (the survey's name, hidden
 *   groups), never with the count of responses, which lives in the cells the chart reads (each
 *   item's "(n=123)"); a changed title is updated on its chart in place.
 *
 * Values are not part of the shape: they are what a refresh writes.
 */
export interface TabShape {
  /** The plan's size: a rebuild clears what the old one covered beyond the new one. */
  readonly rows: number;
  readonly cols: number;
  readonly layout: string;
  readonly formats: Readonly<Record<FormatGrid, string>>;
  /** A fingerprint of each chart's title, in order. */
  readonly chartTitles: readonly string[];
}

/** The per-cell grids a refresh can rewrite one by one (validation rules are layout: rare, and costly). */
export const FORMAT_GRIDS = [
  'backgrounds',
  'fontWeights',
  'fontStyles',
  'fontColors',
  'fontSizes',
  'horizontalAlignments',
  'verticalAlignments',
  'numberFormats',
  'wraps',
] as const satisfies readonly (keyof CellFormats)[];
export type FormatGrid = (typeof FORMAT_GRIDS)[number];

/**
 * A 64-bit fingerprint of a string (FNV-1a and djb2 side by side), as 16 hex digits: enough to
 * tell two plans apart (a clash needs two different layouts with the same 64 bits).
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = (Math.imul(b, 33) + c) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The shape of a plan. */
export function tabShape(plan: SheetPlan): TabShape {
  const charts = (plan.charts ?? []).map(({ title: _title, series, ...rest }) => ({
    ...rest,
    // A series' name is its header cell: a value, read by the chart from the tab.
    series: series.map(({ name: _name, ...s }) => s),
  }));
  const layout = {
    rows: plan.values.length,
    cols: plan.values[0]?.length ?? 0,
    merges: plan.merges,
    mergesAcross: plan.mergesAcross ?? [],
    borders: plan.borders,
    conditionalFormats: plan.conditionalFormats,
    validations: plan.formats.validations,
    protections: plan.protections,
    frozen: [plan.frozenRows, plan.frozenColumns],
    rowHeights: plan.rowHeights,
    hiddenRows: plan.hiddenRows ?? [],
    columnWidths: plan.columnWidths,
    tabColor: plan.tabColor,
    charts,
  };
  const formats = Object.fromEntries(
    FORMAT_GRIDS.map((k) => [k, fingerprint(JSON.stringify(plan.formats[k]))]),
  ) as Record<FormatGrid, string>;
  return {
    rows: layout.rows,
    cols: layout.cols,
    layout: fingerprint(JSON.stringify(layout)),
    formats,
    chartTitles: (plan.charts ?? []).map((c) => fingerprint(c.title)),
  };
}

/** How new figures reach a tab whose shape is `before`. */
export type TabUpdate =
  | {
      readonly kind: 'values';
      /** Format grids to rewrite (number formats first, so that values are read in them). */
      readonly formats: readonly FormatGrid[];
      /** Indexes of the charts whose title changed. */
      readonly titles: readonly number[];
    }
  | { readonly kind: 'rebuild' };

/** Values (and the format grids and chart titles that changed) when the layout is the same; else a rebuild. */
export function tabUpdate(before: TabShape | null, after: TabShape): TabUpdate {
  if (before === null || before.layout !== after.layout) return { kind: 'rebuild' };
  const formats = FORMAT_GRIDS.filter((k) => before.formats[k] !== after.formats[k]);
  formats.sort((x, y) => Number(y === 'numberFormats') - Number(x === 'numberFormats'));
  const titles = after.chartTitles.flatMap((t, i) => (before.chartTitles[i] === t ? [] : [i]));
  return { kind: 'values', formats, titles };
}

/** A stored shape read back (from a document property), or null when it is not one. */
export function readShape(raw: unknown): TabShape | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Partial<TabShape>;
  if (typeof s.layout !== 'string' || !s.formats || !Array.isArray(s.chartTitles)) return null;
  if (!Number.isInteger(s.rows) || !Number.isInteger(s.cols)) return null;
  if (!FORMAT_GRIDS.every((k) => typeof (s.formats as Record<string, unknown>)[k] === 'string')) return null;
  return {
    rows: s.rows as number,
    cols: s.cols as number,
    layout: s.layout,
    formats: s.formats,
    chartTitles: s.chartTitles.map(String),
  };
}
