import type { ChartSpec } from '../charts/spec';
import { type Cell, isFormula, planCols, planRows, type RangeRef, type SheetPlan } from '../plan';

/**
 * Sheets API v4 `spreadsheets.batchUpdate` requests that reproduce a `SheetPlan` in an empty
 * grid sheet, as plain JSON. The Apps Script shell sends them through the `Sheets` advanced
 * service (which works with the `drive.file` scope on files the add-on created, unlike
 * `SpreadsheetApp.openById`). Field names follow the v4 REST reference.
 */

/** One batchUpdate request: an object with exactly one key naming its kind. */
export type SheetsRequest = Readonly<Record<string, unknown>>;

/** A 0-based, end-exclusive rectangle, as the Sheets API takes it. */
export interface GridRange {
  readonly sheetId: number;
  readonly startRowIndex: number;
  readonly endRowIndex: number;
  readonly startColumnIndex: number;
  readonly endColumnIndex: number;
}

export interface RgbColor {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

/** A new sheet is 1000 x 26; the plan only ever grows it, as `fillSheet` does. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** The border `fillSheet` draws: thin, solid, this colour. */
export const BORDER_COLOR = '#b7c3d0';

/** A plan's 1-based range as a GridRange. */
export function gridRange(sheetId: number, r: RangeRef): GridRange {
  return {
    sheetId,
    startRowIndex: r.row - 1,
    endRowIndex: r.row - 1 + r.rows,
    startColumnIndex: r.col - 1,
    endColumnIndex: r.col - 1 + r.cols,
  };
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

/** '#rrggbb' (or '#rgb') as the API's 0..1 components. */
export function rgb(hex: string): RgbColor {
  let h = hex.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(h)) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`Not a colour: "${hex}"`);
  const part = (i: number) => round(Number.parseInt(h.slice(i, i + 2), 16) / 255);
  return { red: part(0), green: part(2), blue: part(4) };
}

/**
 * A cell's `userEnteredValue`. A string is always a `stringValue`: the API stores it as text,
 * never parsing it as a formula, number or date ("9-12", "007" stay text), so neither escaping nor
 * the plain-text format `fillSheet` gives strings is needed here. Only a
 * `Formula` the core built becomes a `formulaValue`.
 */
export function extendedValue(c: Cell): Record<string, unknown> | undefined {
  if (c === null) return undefined;
  if (isFormula(c)) return { formulaValue: c.formula };
  if (typeof c === 'number') return { numberValue: c };
  if (typeof c === 'boolean') return { boolValue: c };
  return { stringValue: c };
}

/** A Sheets number format pattern as the API's NumberFormat; 'General' (automatic) is none. */
export function numberFormat(pattern: string): { type: string; pattern: string } | undefined {
  if (pattern === '' || pattern === 'General') return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern };
  return { type: pattern.includes('%') ? 'PERCENT' : 'NUMBER', pattern };
}

const H_ALIGN = { left: 'LEFT', center: 'CENTER', right: 'RIGHT' } as const;
const V_ALIGN = { top: 'TOP', middle: 'MIDDLE', bottom: 'BOTTOM' } as const;
const LEGEND = {
  top: 'TOP_LEGEND',
  bottom: 'BOTTOM_LEGEND',
  right: 'RIGHT_LEGEND',
  none: 'NO_LEGEND',
} as const;

function cellData(plan: SheetPlan, i: number, j: number): Record<string, unknown> {
  const f = plan.formats;
  const background = f.backgrounds[i]?.[j] ?? null;
  const nf = numberFormat(f.numberFormats[i]?.[j] ?? 'General');
  const format: Record<string, unknown> = {
    ...(background ? { backgroundColor: rgb(background) } : {}),
    textFormat: {
      bold: f.fontWeights[i]?.[j] === 'bold',
      italic: f.fontStyles[i]?.[j] === 'italic',
      fontSize: f.fontSizes[i]?.[j] ?? 10,
      foregroundColor: rgb(f.fontColors[i]?.[j] ?? '#000000'),
    },
    horizontalAlignment: H_ALIGN[f.horizontalAlignments[i]?.[j] ?? 'left'],
    verticalAlignment: V_ALIGN[f.verticalAlignments[i]?.[j] ?? 'bottom'],
    wrapStrategy: f.wraps[i]?.[j] ? 'WRAP' : 'OVERFLOW_CELL',
    ...(nf ? { numberFormat: nf } : {}),
  };
  const value = extendedValue(plan.values[i]?.[j] ?? null);
  return { ...(value ? { userEnteredValue: value } : {}), userEnteredFormat: format };
}

/** Consecutive equal sizes as one run: [start (0-based), end (exclusive), size]. */
function runs(sizes: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  sizes.forEach((s, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === s && last[1] === i) last[1] = i + 1;
    else out.push([i, i + 1, s]);
  });
  return out;
}

/** The `addChart` request for a chart spec on sheet `sheetId`. */
export function chartRequest(sheetId: number, spec: ChartSpec): SheetsRequest {
  const r = spec.range;
  const column = (offset: number): GridRange =>
    gridRange(sheetId, { row: r.row, col: r.col + offset, rows: r.rows, cols: 1 });
  const valueAxis = spec.horizontal ? 'BOTTOM_AXIS' : 'LEFT_AXIS';
  const viewWindow = {
    ...(spec.axis.min === undefined ? {} : { viewWindowMin: spec.axis.min }),
    ...(spec.axis.max === undefined ? {} : { viewWindowMax: spec.axis.max }),
  };
  const hasWindow = Object.keys(viewWindow).length > 0;
  return {
    addChart: {
      chart: {
        spec: {
          title: spec.title,
          hiddenDimensionStrategy: spec.plotsHiddenRows ? 'SHOW_ALL' : 'SKIP_HIDDEN_ROWS_AND_COLUMNS',
          basicChart: {
            chartType: spec.kind === 'line' ? 'LINE' : spec.horizontal ? 'BAR' : 'COLUMN',
            stackedType: spec.stacked ? 'STACKED' : 'NOT_STACKED',
            legendPosition: LEGEND[spec.legend],
            headerCount: spec.headerRows,
            domains: [{ domain: { sourceRange: { sources: [column(0)] } } }],
            series: spec.series.map((s) => ({
              series: { sourceRange: { sources: [column(s.column)] } },
              targetAxis: valueAxis,
              colorStyle: { rgbColor: rgb(s.color) },
              ...(spec.dataLabels ? { dataLabel: { type: 'DATA', placement: 'OUTSIDE_END' } } : {}),
            })),
            axis: [
              {
                position: valueAxis,
                ...(spec.axis.title ? { title: spec.axis.title } : {}),
                ...(hasWindow ? { viewWindowOptions: { viewWindowMode: 'EXPLICIT', ...viewWindow } } : {}),
              },
            ],
          },
        },
        position: {
          overlayPosition: {
            anchorCell: {
              sheetId,
              rowIndex: spec.position.anchorRow - 1,
              columnIndex: spec.position.anchorCol - 1,
            },
            offsetXPixels: spec.position.offsetX,
            offsetYPixels: spec.position.offsetY,
            widthPixels: spec.width,
            heightPixels: spec.height,
          },
        },
      },
    },
  };
}

/**
 * The requests that build `plan` in the empty grid sheet `sheetId` (named `plan.title`): its
 * properties and size, one `updateCells` for every value and format, merges, column widths in
 * runs, row heights, hidden rows, borders, warning-only protections and the charts. A fixed number of
 * requests per plan feature, whatever the number of rows.
 * @throws Error for plan features the share copy never carries (data validations, conditional
 * formats), so nothing is dropped silently.
 */
export function planToSheetRequests(plan: SheetPlan, sheetId: number): SheetsRequest[] {
  if (plan.formats.validations.some((row) => row.some((v) => v !== null))) {
    throw new Error('planToSheetRequests: data validations are not supported.');
  }
  if (plan.conditionalFormats.length > 0) {
    throw new Error('planToSheetRequests: conditional formats are not supported.');
  }
  const rows = planRows(plan);
  const cols = planCols(plan);
  const charts = plan.charts ?? [];
  const rowCount = Math.max(DEFAULT_ROWS, rows, ...charts.map((c) => c.position.anchorRow));
  const columnCount = Math.max(DEFAULT_COLUMNS, cols, ...charts.map((c) => c.position.anchorCol));
  const out: SheetsRequest[] = [
    {
      updateSheetProperties: {
        properties: {
          sheetId,
          title: plan.title,
          gridProperties: {
            rowCount,
            columnCount,
            frozenRowCount: plan.frozenRows,
            frozenColumnCount: plan.frozenColumns,
          },
          ...(plan.tabColor ? { tabColorStyle: { rgbColor: rgb(plan.tabColor) } } : {}),
        },
        fields: [
          'title',
          'gridProperties.rowCount',
          'gridProperties.columnCount',
          'gridProperties.frozenRowCount',
          'gridProperties.frozenColumnCount',
          ...(plan.tabColor ? ['tabColorStyle'] : []),
        ].join(','),
      },
    },
  ];
  if (rows > 0 && cols > 0) {
    out.push({
      updateCells: {
        range: gridRange(sheetId, { row: 1, col: 1, rows, cols }),
        rows: plan.values.map((line, i) => ({ values: line.map((_c, j) => cellData(plan, i, j)) })),
        fields: 'userEnteredValue,userEnteredFormat',
      },
    });
  }
  for (const m of plan.merges) {
    out.push({ mergeCells: { range: gridRange(sheetId, m), mergeType: 'MERGE_ALL' } });
  }
  for (const [start, end, pixelSize] of runs(plan.columnWidths)) {
    out.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: end },
        properties: { pixelSize },
        fields: 'pixelSize',
      },
    });
  }
  for (const h of plan.rowHeights) {
    out.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'ROWS', startIndex: h.row - 1, endIndex: h.row },
        properties: { pixelSize: h.height },
        fields: 'pixelSize',
      },
    });
  }
  for (const h of plan.hiddenRows ?? []) {
    out.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'ROWS', startIndex: h.row - 1, endIndex: h.row - 1 + h.rows },
        properties: { hiddenByUser: true },
        fields: 'hiddenByUser',
      },
    });
  }
  const edge = { style: 'SOLID', colorStyle: { rgbColor: rgb(BORDER_COLOR) } };
  for (const b of plan.borders) {
    out.push({
      updateBorders: {
        range: gridRange(sheetId, b),
        top: edge,
        bottom: edge,
        left: edge,
        right: edge,
        innerHorizontal: edge,
        innerVertical: edge,
      },
    });
  }
  for (const p of plan.protections) {
    out.push({
      addProtectedRange: {
        protectedRange: { range: gridRange(sheetId, p.range), description: p.description, warningOnly: true },
      },
    });
  }
  for (const c of charts) out.push(chartRequest(sheetId, c));
  return out;
}
